"""A signature pad: sign with a pen (tablet) or the mouse; clear; export as PNG bytes.

Strokes are kept as point lists and drawn with smooth lines, so the exported image is
rendered fresh at export size rather than scaled from the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QTabletEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

INK = QColor(16, 32, 96)  # dark blue, as a ballpoint: reads as a signature, prints as black
_PEN_WIDTH = 2.4


class SignaturePad(QWidget):
    changed = Signal()  # after each stroke and after clear()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[list[QPointF]] = []
        self._current: list[QPointF] | None = None
        self.setMinimumSize(320, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Namnteckning"))
        self.setAccessibleDescription(self.tr("Skriv din namnteckning med penna eller mus. Delete rensar."))
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("white"))
        self.setPalette(palette)

    def sizeHint(self) -> QSize:
        return QSize(480, 160)

    # --- state ---------------------------------------------------------------------------
    @property
    def is_empty(self) -> bool:
        return not any(len(s) > 0 for s in self._strokes)

    def strokes(self) -> list[list[tuple[float, float]]]:
        return [[(p.x(), p.y()) for p in s] for s in self._strokes]

    def clear(self) -> None:
        self._strokes.clear()
        self._current = None
        self.update()
        self.changed.emit()

    # --- input: mouse and pen ------------------------------------------------------------
    def _begin(self, pos: QPointF) -> None:
        self._current = [pos]
        self._strokes.append(self._current)
        self.update()

    def _extend(self, pos: QPointF) -> None:
        if self._current is not None:
            self._current.append(pos)
            self.update()

    def _end(self) -> None:
        if self._current is not None:
            self._current = None
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:
        # Accepting the tablet event stops Qt from synthesising mouse events for the same stroke.
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QTabletEvent.Type.TabletMove and event.pressure() > 0:
            self._extend(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self._end()
        event.accept()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear()
        else:
            super().keyPressEvent(event)

    # --- drawing and export --------------------------------------------------------------
    def _paint(self, painter: QPainter, scale: float = 1.0, origin: QPointF | None = None) -> None:
        origin = origin or QPointF(0, 0)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(INK, _PEN_WIDTH * scale, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        for stroke in self._strokes:
            points = [(p - origin) * scale for p in stroke]
            if len(points) == 1:
                painter.drawPoint(points[0])
                continue
            path = QPainterPath(points[0])
            for p in points[1:]:
                path.lineTo(p)
            painter.drawPath(path)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(QPen(QColor(150, 150, 150), 1, Qt.PenStyle.DashLine))
        baseline = self.height() - 28
        painter.drawLine(16, baseline, self.width() - 16, baseline)
        self._paint(painter)
        painter.end()

    def bounds(self) -> QRectF:
        points = [p for s in self._strokes for p in s]
        if not points:
            return QRectF()
        xs, ys = [p.x() for p in points], [p.y() for p in points]
        return QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))

    def to_png(self, scale: float = 3.0, margin: float = 6.0) -> bytes:
        """The signature cropped to its ink, on a transparent background, at `scale`× screen
        resolution (sharp in print). Empty bytes when nothing was drawn."""
        if self.is_empty:
            return b""
        box = self.bounds().adjusted(-margin, -margin, margin, margin)
        size = QSize(max(1, round(box.width() * scale)), max(1, round(box.height() * scale)))
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        self._paint(painter, scale, box.topLeft())
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())
