"""Page furniture drawn on every page: running header, footer with id / version / page x of y /
fingerprint, the QR code carrying the same, and the UTKAST (draft) watermark.

"Sida x av y" needs the page count, which is only known at the end; `canvas_maker` keeps each
finished page's state and draws the furniture on all of them when the document is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from app.reports import fonts, pdfa, privacy, styles

# Streams are deflated only, not also ASCII85-encoded: ReportLab's encoder is pure Python here
# and makes every file larger; a binary PDF is what every reader and archive expects anyway.
rl_config.useA85 = 0

QR_SIZE = 17 * mm
# A fixed mask pattern: every reader decodes any of the eight, and choosing "the best" one makes
# the library encode each code nine times (13 ms instead of 2 ms, per page). Pattern 4 is the one
# it chose most often for our payloads (and the lowest penalty over 60 of them, with 6).
QR_MASK = 4
FOOTER_BASE = 8 * mm
FOOTER_RULE = FOOTER_BASE + QR_SIZE + 2 * mm  # the text area ends above it (styles.MARGIN_BOTTOM)
PRODUCER = "Egenvårdsstöd"


@dataclass(frozen=True)
class PageFurniture:
    """What goes around the content of every page of one document."""

    header_left: str  # e.g. "EGENVÅRDSPLAN · Region Kronoberg"
    header_right: str = ""  # e.g. the person's name and number, on pages after the first
    footer_items: tuple[str, ...] = ()  # "Plan-ID …", "Version 2", "Kontrollsumma …"
    qr_payload: str = ""  # "{page}" and "{pages}" are filled in per page; empty: no QR code
    watermark: str = ""  # "UTKAST", "MAKULERAD" …
    banner: str = ""  # a red line under the header, e.g. "UTKAST – inte en giltig egenvårdsplan"
    title: str = ""  # PDF metadata
    subject: str = ""
    author: str = ""
    keywords: tuple[str, ...] = field(default_factory=tuple)
    min_size: float = 0  # no furniture text smaller than this (the emergency card: 9 pt)


def _draw_qr(c: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """The QR code as vector runs in one path: sharp at any print resolution, and about ten
    times faster than ReportLab's own QR widget (which encodes twice and draws each module).

    The runs are written in module units under one scaling (whole numbers, written here):
    ReportLab's pure-Python number formatting of ~1 500 coordinates per code cost more than
    encoding it."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, mask_pattern=QR_MASK)
    code.add_data(payload)
    code.make(fit=True)
    matrix = code.get_matrix()
    n = len(matrix)
    runs = []
    for row, modules in enumerate(matrix):
        col = 0
        while col < n:
            if modules[col]:
                start = col
                while col < n and modules[col]:
                    col += 1
                runs.append(f"{start} {n - 1 - row} {col - start} 1 re")
            else:
                col += 1
    c.saveState()
    c.setFillColor(styles.INK)
    c.translate(x, y)
    c.scale(size / n, size / n)
    c.addLiteral("\n".join(runs) + "\nf")
    c.restoreState()


def _fit(text: str, font: str, size: float, width: float) -> str:
    """`text` cut with "…" to `width` points, so a long banner never runs into the mark."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _protected_mark(c: Canvas, x: float, y: float, size: float) -> float:
    """The red-framed "SKYDDAD IDENTITET" at the top left of every page; returns its width."""
    w = stringWidth(privacy.MARK, fonts.BOLD, size) + 3 * mm
    c.saveState()
    c.setStrokeColor(styles.WARN)
    c.setLineWidth(0.9)
    c.rect(x, y - 1.3 * mm, w, 4.6 * mm, stroke=1, fill=0)
    c.setFont(fonts.BOLD, size)
    c.setFillColor(styles.WARN)
    c.drawString(x + 1.5 * mm, y, privacy.MARK)
    c.restoreState()
    return w


def decorate(c: Canvas, furniture: PageFurniture, page: int, pages: int) -> None:
    width, height = styles.PAGE
    left, right = styles.MARGIN_X, width - styles.MARGIN_X
    shown = privacy.current()
    c.saveState()

    if furniture.watermark:
        # Under 15 % grey and big: unmistakable, yet the text beneath stays readable.
        c.saveState()
        c.setFillColor(styles.WARN)
        c.setFillAlpha(0.10)
        c.setFont(fonts.BOLD, 110)
        c.translate(width / 2, height / 2)
        c.rotate(52)
        c.drawCentredString(0, -38, furniture.watermark)
        c.restoreState()

    # Header: a thin rule with the document name left and who it is about right.
    top = height - 12 * mm
    small = furniture.min_size
    c.setFont(fonts.BOLD, max(8, small))
    c.setFillColor(styles.ACCENT)
    c.drawString(left, top, furniture.header_left)
    if furniture.header_right and page > 1:
        c.setFont(fonts.REGULAR, max(8, small))
        c.setFillColor(styles.INK)
        c.drawRightString(right, top, shown.redact(furniture.header_right))
    c.setStrokeColor(styles.RULE)
    c.setLineWidth(0.5)
    c.line(left, top - 2 * mm, right, top - 2 * mm)
    banner_size = max(8.5, small)
    mark_w = _protected_mark(c, left, top + 4.2 * mm, banner_size) + 4 * mm if shown.protected else 0
    if furniture.banner:
        c.setFont(fonts.BOLD, banner_size)
        c.setFillColor(styles.WARN)
        banner = _fit(furniture.banner, fonts.BOLD, banner_size, right - left - mark_w)
        c.drawRightString(right, top + 4.2 * mm, banner)

    # Footer: identification left (id on its own line, so long ids never collide with the
    # page number), "Sida x av y" right, the QR code carrying the same at the far right.
    base = FOOTER_BASE
    qr_x = right - QR_SIZE
    text_right = qr_x - 4 * mm if furniture.qr_payload else right
    c.setStrokeColor(styles.RULE)
    c.line(left, FOOTER_RULE, right, FOOTER_RULE)
    items = list(furniture.footer_items)
    lines = [items[0]] if items else []
    if len(items) > 1:
        lines.append("   ·   ".join(items[1:]))
    lines.append(f"Skapad med {PRODUCER}")
    c.setFont(fonts.REGULAR, max(7.5, small))
    c.setFillColor(styles.MUTED)
    for i, line in enumerate(lines):
        c.drawString(left, base + 11 * mm - i * 4 * mm, shown.redact(line))
    c.setFont(fonts.BOLD, max(9.5, small))
    c.setFillColor(styles.INK)
    c.drawRightString(text_right, base + 11 * mm, f"Sida {page} av {pages}")
    if furniture.qr_payload:
        _draw_qr(c, furniture.qr_payload.format(page=page, pages=pages), qr_x, base, QR_SIZE)
    c.restoreState()


def canvas_maker(furniture: PageFurniture) -> Callable[..., Canvas]:
    class _FurnishedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # The initial font is written into every page; it must be an embedded one.
            # (DocTemplate passes initialFontName=None explicitly, hence no setdefault.)
            kwargs["initialFontName"] = kwargs.get("initialFontName") or fonts.REGULAR
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                decorate(self, furniture, number, total)
                Canvas.showPage(self)
            pdfa.attach(self)
            Canvas.save(self)

    return _FurnishedCanvas


def build(story: list[Flowable], furniture: PageFurniture) -> bytes:
    """Lay out `story` on A4 pages with the furniture; returns the PDF bytes."""
    fonts.register()
    buffer = BytesIO()
    width, height = styles.PAGE
    doc = BaseDocTemplate(
        buffer,
        pagesize=styles.PAGE,
        leftMargin=styles.MARGIN_X,
        rightMargin=styles.MARGIN_X,
        topMargin=styles.MARGIN_TOP,
        bottomMargin=styles.MARGIN_BOTTOM,
        # Never empty: the archive's metadata (XMP) repeats these, and an empty one says nothing.
        title=furniture.title or furniture.header_left,
        subject=furniture.subject or furniture.title or furniture.header_left,
        author=furniture.author or PRODUCER,
        creator=PRODUCER,
        producer=PRODUCER,
        keywords=list(furniture.keywords),
        lang="sv-SE",
        initialFontName=fonts.REGULAR,
    )
    # No frame padding: boxes line up exactly with the header and footer rules.
    frame = Frame(
        styles.MARGIN_X,
        styles.MARGIN_BOTTOM,
        width - 2 * styles.MARGIN_X,
        height - styles.MARGIN_TOP - styles.MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=canvas_maker(furniture))
    return buffer.getvalue()
