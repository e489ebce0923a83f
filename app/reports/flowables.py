"""The building blocks of a form: labelled boxes that split across pages, rows of boxes,
check boxes and signature lines.

ReportLab tables cannot split inside a cell, so a several-thousand-character answer in a
table cell would either be clipped or stop the build. `FieldBox` instead splits its own
paragraph at the page end and continues in a box marked "(forts.)" on the next page.
"""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Paragraph

from app.reports import fonts, styles
from app.reports.text import markup

PAD_X = 2.6 * mm
PAD_TOP = 1.5 * mm
PAD_BOTTOM = 1.9 * mm
GAP = 0.9 * mm
CONTINUES_NOTE = "fortsätter på nästa sida"
CONTINUED_SUFFIX = " (forts.)"
# A row taller than this cannot be a short field row any more: stack its boxes so they can split.
_ROW_STACK_LIMIT = 120 * mm


class FieldBox(Flowable):
    """A box with a small label at the top and the answer below it.

    `point` prints the routine's point number (1–7) at the label's right, so a reader can
    match the form against the seven documentation points of 002.
    """

    def __init__(
        self,
        label: str,
        value: str | Paragraph = "",
        *,
        point: int | None = None,
        min_height: float = 0,
        continues: bool = False,
        continued: bool = False,
        value_style: object = None,
        label_style: object = None,
    ) -> None:
        super().__init__()
        self.label = label
        self.label_style = label_style or styles.FIELD_LABEL
        self.point = point
        self.min_height = min_height
        self.continues = continues
        self.continued = continued
        self.value_style = value_style or styles.FIELD_VALUE
        self.para = value if isinstance(value, Paragraph) else Paragraph(markup(value), self.value_style)
        self._label_para = Paragraph(markup(label + (CONTINUED_SUFFIX if continued else "")), self.label_style)
        self.forced_height: float | None = None

    def _inner(self, width: float) -> float:
        return width - 2 * PAD_X

    def _chrome(self, width: float) -> float:
        """Height of everything but the answer: padding, label and the 'continues' note."""
        label_w = self._inner(width) - (14 * mm if self.point else 0)
        _, lh = self._label_para.wrap(label_w, 10_000)
        note = 3.6 * mm if self.continues else 0
        return PAD_TOP + lh + GAP + PAD_BOTTOM + note

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        _, vh = self.para.wrap(self._inner(availWidth), 10_000)
        self.height = max(self._chrome(availWidth) + vh, self.min_height)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        room = availHeight - self._chrome(availWidth) - 3.6 * mm  # the first part carries the note
        if room < 3 * self.value_style.leading:  # type: ignore[attr-defined]  # not worth starting here: begin on the next page
            return []
        parts = self.para.split(self._inner(availWidth), room)
        if len(parts) < 2:
            return []
        first = FieldBox(
            self.label,
            parts[0],
            point=self.point,
            continues=True,
            continued=self.continued,
            value_style=self.value_style,
            label_style=self.label_style,
        )
        rest = FieldBox(
            self.label,
            parts[1],
            point=self.point,
            continued=True,
            value_style=self.value_style,
            label_style=self.label_style,
        )
        return [first, rest]

    def draw(self) -> None:
        c = self.canv
        height = self.forced_height or self.height
        c.saveState()
        c.setStrokeColor(styles.RULE)
        c.setLineWidth(0.6)
        c.rect(0, 0, self.width, height, stroke=1, fill=0)
        label_w = self._inner(self.width) - (14 * mm if self.point else 0)
        _, lh = self._label_para.wrap(label_w, 10_000)
        self._label_para.drawOn(c, PAD_X, height - PAD_TOP - lh)
        if self.point:
            c.setFont(fonts.REGULAR, 6.5)
            c.setFillColor(styles.MUTED)
            c.drawRightString(self.width - PAD_X, height - PAD_TOP - 7, f"punkt {self.point}")
        _, vh = self.para.wrap(self._inner(self.width), 10_000)
        self.para.drawOn(c, PAD_X, height - PAD_TOP - lh - GAP - vh)
        if self.continues:
            c.setFont(fonts.ITALIC, max(7.5, self.label_style.fontSize))  # type: ignore[attr-defined]
            c.setFillColor(styles.MUTED)
            c.drawRightString(self.width - PAD_X, PAD_BOTTOM - 0.6 * mm, CONTINUES_NOTE)
        c.restoreState()


class FieldRow(Flowable):
    """Boxes side by side sharing one height (Namn | Personnummer, Ort | Datum …)."""

    def __init__(self, boxes: list[tuple[FieldBox, float]], gap: float = 3 * mm) -> None:
        super().__init__()
        self.boxes = boxes
        self.gap = gap

    def _widths(self, width: float) -> list[float]:
        total = sum(f for _, f in self.boxes)
        usable = width - self.gap * (len(self.boxes) - 1)
        return [usable * f / total for _, f in self.boxes]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = max(
            box.wrap(w, availHeight)[1] for (box, _), w in zip(self.boxes, self._widths(availWidth), strict=True)
        )
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        if self.height <= _ROW_STACK_LIMIT:
            return []  # a short row moves to the next page whole
        # An unusually long answer: stack, so each box can split. The first piece must fit where
        # it is placed (ReportLab raises LayoutError otherwise), so a first box taller than the
        # room is split here already.
        boxes: list[Flowable] = [box for box, _ in self.boxes]
        first = boxes[0]
        if first.wrap(availWidth, availHeight)[1] <= availHeight:
            return boxes
        parts = first.split(availWidth, availHeight)
        return [*parts, *boxes[1:]] if parts else []

    def draw(self) -> None:
        x = 0.0
        for (box, _), w in zip(self.boxes, self._widths(self.width), strict=True):
            box.wrap(w, self.height)
            box.forced_height = self.height
            box.drawOn(self.canv, x, 0)
            x += w + self.gap


class CheckRow(Flowable):
    """Check boxes with labels on one line. A ticked box holds the letter X as real text, so
    the state is visible in extracted text (pdftotext) and not only as a drawing."""

    BOX = 3.8 * mm

    def __init__(self, items: list[tuple[str, bool]], spacing: float = 70 * mm, font_size: float = 10.5) -> None:
        super().__init__()
        self.items = items
        self.spacing = spacing
        self.font_size = font_size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.BOX + 2 * mm
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        y = 1 * mm
        for i, (label, checked) in enumerate(self.items):
            x = i * self.spacing
            c.setStrokeColor(styles.INK)
            c.setLineWidth(0.8)
            c.rect(x, y, self.BOX, self.BOX, stroke=1, fill=0)
            if checked:
                c.setFont(fonts.BOLD, 10)
                c.setFillColor(styles.INK)
                c.drawCentredString(x + self.BOX / 2, y + 0.75 * mm, "X")
            c.setFont(fonts.REGULAR, self.font_size)
            c.setFillColor(styles.INK)
            c.drawString(x + self.BOX + 2.2 * mm, y + 0.7 * mm, label)


class SignatureLine(Flowable):
    """A line to sign on by hand, with its caption below; a drawn signature (PNG) sits on it."""

    def __init__(self, caption: str, image_png: bytes | None = None, height: float = 14 * mm) -> None:
        super().__init__()
        self.caption = caption
        self.image_png = image_png
        self.line_height = height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.line_height + 5 * mm
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        base = 5 * mm
        if self.image_png:
            img = ImageReader(BytesIO(self.image_png))
            iw, ih = img.getSize()
            box_w, box_h = self.width * 0.9, self.line_height - 1.5 * mm
            scale = min(box_w / iw, box_h / ih)
            c.drawImage(img, 1 * mm, base + 0.5 * mm, iw * scale, ih * scale, mask="auto")
        c.setStrokeColor(styles.INK)
        c.setLineWidth(0.7)
        c.line(0, base, self.width, base)
        c.setFont(fonts.REGULAR, 8)
        c.setFillColor(styles.LABEL)
        c.drawString(0, base - 3.6 * mm, self.caption)


class SignatureRow(Flowable):
    """Two signature lines side by side (the signer, and the person or guardian)."""

    def __init__(self, lines: list[SignatureLine], gap: float = 10 * mm) -> None:
        super().__init__()
        self.lines = lines
        self.gap = gap

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        w = (availWidth - self.gap * (len(self.lines) - 1)) / len(self.lines)
        self.height = max(line.wrap(w, availHeight)[1] for line in self.lines)
        return self.width, self.height

    def draw(self) -> None:
        w = (self.width - self.gap * (len(self.lines) - 1)) / len(self.lines)
        for i, line in enumerate(self.lines):
            line.wrap(w, self.height)
            line.drawOn(self.canv, i * (w + self.gap), 0)


class FullWidth(Flowable):
    """A table rebuilt for the width it is given each time it is wrapped. KeepInFrame(shrink)
    lays content out wider and scales it down; a table with fixed widths would stay narrow."""

    def __init__(self, make: Callable[[float], Flowable]) -> None:
        super().__init__()
        self.make = make
        self._inner: Flowable | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._inner = self.make(availWidth)
        self.width, self.height = self._inner.wrap(availWidth, availHeight)
        self.width = availWidth
        return self.width, self.height

    def draw(self) -> None:
        assert self._inner is not None
        self._inner.drawOn(self.canv, 0, 0)
