"""A horizontal bar chart drawn with QPainter (pyside6-essentials has no QtCharts): one bar per
row, its label left, its figure right. Shares are drawn on 0–100 %, counts and medians on 0–max."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

ROW = 22
LABEL_WIDTH = 190
FIGURE_WIDTH = 120
BAR = QColor("#1F3A5F")


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | None  # None: nothing to draw (no denominator)
    text: str  # the figure as written beside the bar, e.g. "40,0 % (n = 30)"


class BarChart(QWidget):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self._bars: list[Bar] = []
        self._maximum = 1.0
        self._title = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, title: str, bars: list[Bar], share: bool) -> None:
        self._title, self._bars = title, list(bars)
        values = [b.value for b in bars if b.value is not None]
        self._maximum = 1.0 if share else max([*values, 1.0])
        # The figures as text too, for screen readers: a chart is a picture.
        self.setAccessibleDescription("; ".join(f"{b.label}: {b.text}" for b in bars))
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def sizeHint(self) -> QSize:
        return QSize(420, ROW * (len(self._bars) + 1) + 8)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        p.setPen(text)
        bold = p.font()
        bold.setBold(True)
        p.setFont(bold)
        p.drawText(QRectF(0, 0, self.width(), ROW), Qt.AlignmentFlag.AlignVCenter, self._title)
        p.setFont(self.font())
        room = max(self.width() - LABEL_WIDTH - FIGURE_WIDTH - 12, 10)
        for i, bar in enumerate(self._bars):
            top = ROW * (i + 1)
            label = QRectF(0, top, LABEL_WIDTH - 6, ROW)
            elided = self.fontMetrics().elidedText(bar.label, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 6)
            p.drawText(label, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, elided)
            width = 0.0 if bar.value is None else room * min(bar.value / self._maximum, 1.0)
            p.fillRect(QRectF(LABEL_WIDTH, top + 4, width, ROW - 8), BAR)
            figure = QRectF(LABEL_WIDTH + width + 6, top, FIGURE_WIDTH + room - width, ROW)
            p.drawText(figure, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, bar.text)
        p.end()
