"""Paints a long list's visible rows straight onto its viewport.

QTableView paints a cell in about 50 µs under the application's style sheet: per cell the style
sheet style draws the row panel, the item delegate asks the model for seven roles, lays the text
out and elides it. A screen of the 150 000-row plan list is 29 rows × 7 columns, 10 ms of CPU,
and a frame of a fast fling paints it up to twice. Here a screen is one Python call that walks
the rows: one fill per row, one drawText per cell (elided only when too wide), the grid in one
pass, and rows not read yet as light bars (no text to lay out at all): 3–4 ms of CPU a screen
loaded, 0.5–2 ms as placeholders (benchmarks/bench_ui.py, this 2-core box under load).

The look is the table's own: the palette's base and alternate colours, the selection's
highlight (the style sheet's palette), the grid colour the style gives, the style's text margin
and elide mode, and the current row's focus frame drawn by the style.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRect
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyleOptionFocusRect, QStyleOptionViewItem, QTableView

# Rows not read yet: a bar a little lighter than the grid, so a fling shows that rows are on
# their way without pretending to be text (it carries no information, so no contrast rule).
PLACEHOLDER = QColor("#dde2e8")
EMPHASIS = QColor("#a61b1b")  # overdue or a draft: the lists' one red (tests/ui/test_contrast.py)
_BAR_MAX = 140  # px: a long column's bar stays a word's width, not a line


@dataclass(frozen=True)
class Shown:
    """One row as painted: its cell texts in model column order, and whether it is emphasised."""

    cells: Sequence[str]
    emphasis: bool = False


@dataclass(frozen=True)
class _Column:
    logical: int
    x: int
    width: int


def _visible_columns(view: QTableView, rect: QRect) -> list[_Column]:
    header = view.horizontalHeader()
    out = []
    for visual in range(header.count()):
        logical = header.logicalIndex(visual)
        if header.isSectionHidden(logical):
            continue
        x, width = header.sectionViewportPosition(logical), header.sectionSize(logical)
        if x + width > rect.left() and x <= rect.right():
            out.append(_Column(logical, x, width))
    return out


def _group(view: QTableView) -> QPalette.ColorGroup:
    if not view.isEnabled():
        return QPalette.ColorGroup.Disabled
    return QPalette.ColorGroup.Active if view.isActiveWindow() else QPalette.ColorGroup.Inactive


def _selected_rows(view: QTableView, first: int, last: int) -> list[tuple[int, int]]:
    """The selection's row ranges that meet first..last (a handful, also after Ctrl+A)."""
    selection = view.selectionModel()
    if selection is None:
        return []
    out = []
    for part in selection.selection():
        top, bottom = part.top(), part.bottom()
        if bottom >= first and top <= last:
            out.append((top, bottom))
    return out


def grid_colour(view: QTableView) -> QColor:
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    hint = view.style().styleHint(QStyle.StyleHint.SH_Table_GridLineColor, option, view)
    return QColor.fromRgba(hint & 0xFFFFFFFF)


@dataclass(frozen=True)
class _Look:
    """What every row of one paint shares, asked of the view once per paint."""

    base: QBrush
    alternate: QBrush | None  # None: the list does not alternate its row colours
    highlight: QBrush
    text: QColor
    chosen_text: QColor
    margin: int
    baseline: int
    bar_height: int

    @staticmethod
    def of(view: QTableView, height: int) -> _Look:
        palette, group = view.palette(), _group(view)
        metrics = view.fontMetrics()
        return _Look(
            base=palette.brush(group, QPalette.ColorRole.Base),
            alternate=palette.brush(group, QPalette.ColorRole.AlternateBase) if view.alternatingRowColors() else None,
            highlight=palette.brush(group, QPalette.ColorRole.Highlight),
            text=palette.color(group, QPalette.ColorRole.Text),
            chosen_text=palette.color(group, QPalette.ColorRole.HighlightedText),
            margin=view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1,
            baseline=(height - metrics.height()) // 2 + metrics.ascent(),
            bar_height=max(4, metrics.height() // 2),
        )

    def background(self, row: int, chosen: bool) -> QBrush:
        if chosen:
            return self.highlight
        return self.alternate if self.alternate is not None and row & 1 else self.base


def paint_rows(view: QTableView, rows: Callable[[int, int], list[Shown | None]], rect: QRect) -> None:
    """Paint the rows of `view` that meet `rect` (viewport coordinates). `rows(first, last)`
    gives a `Shown` per row, None for a row not read yet (and asks for it)."""
    first = view.rowAt(rect.top())
    if first < 0:
        return  # the rect lies below the last row: the viewport's background is all there is
    last = view.rowAt(rect.bottom())
    last = last if last >= 0 else view.model().rowCount() - 1
    height = view.verticalHeader().defaultSectionSize()
    top = view.rowViewportPosition(first)
    columns = _visible_columns(view, rect)
    shown = rows(first, last)
    look = _Look.of(view, height)
    selected = _selected_rows(view, first, last)
    painter = QPainter(view.viewport())
    try:
        for offset, row in enumerate(shown):
            number, y = first + offset, top + offset * height
            chosen = any(a <= number <= b for a, b in selected)
            painter.fillRect(rect.left(), y, rect.width(), height, look.background(number, chosen))
            if row is None:
                _placeholder(painter, look, columns, number, y, height)
            else:
                painter.setPen(look.chosen_text if chosen else EMPHASIS if row.emphasis else look.text)
                _texts(view, painter, look, columns, row, y)
        _grid(view, painter, columns, (top, top + len(shown) * height, height), rect)
        _focus(view, painter, first, last, top, height, selected)
    finally:
        painter.end()


def _texts(view: QTableView, painter: QPainter, look: _Look, columns: list[_Column], row: Shown, y: int) -> None:
    metrics, elide = view.fontMetrics(), view.textElideMode()
    for col in columns:
        cell = row.cells[col.logical]
        room = col.width - 2 * look.margin
        if room <= 0 or not cell:
            continue
        if metrics.horizontalAdvance(cell) > room:  # measuring is cheaper than eliding every cell
            cell = metrics.elidedText(cell, elide, room)
        painter.drawText(col.x + look.margin, y + look.baseline, cell)


def _placeholder(painter: QPainter, look: _Look, columns: list[_Column], row: int, y: int, height: int) -> None:
    """A bar per cell, its length varied by row so the screen reads as rows, not as a grid."""
    middle = y + (height - look.bar_height) // 2
    for col in columns:
        bar = min(col.width - 2 * look.margin, _BAR_MAX) * (2 + row % 3) // 5
        if bar > 0:
            painter.fillRect(col.x + look.margin, middle, bar, look.bar_height, PLACEHOLDER)


def _grid(view: QTableView, painter: QPainter, columns: list[_Column], span: tuple[int, int, int], rect: QRect) -> None:
    """The lines QTableView draws: each cell's bottom and right edge (the cell is one pixel less)."""
    if not view.showGrid():
        return
    top, bottom, height = span
    painter.setPen(grid_colour(view))
    for y in range(top + height - 1, bottom, height):
        painter.drawLine(rect.left(), y, rect.right(), y)
    for col in columns:
        painter.drawLine(col.x + col.width - 1, top, col.x + col.width - 1, bottom - 1)


def _focus(
    view: QTableView, painter: QPainter, first: int, last: int, top: int, height: int, selected: list[tuple[int, int]]
) -> None:
    """The current row framed by the style's focus rectangle when the list has the focus (the
    keyboard user must see where the arrows are)."""
    current = view.currentIndex()
    if not view.hasFocus() or not current.isValid() or not first <= current.row() <= last:
        return
    option = QStyleOptionFocusRect()
    option.initFrom(view)
    option.rect = QRect(0, top + (current.row() - first) * height, view.viewport().width(), height - 1)
    chosen = any(a <= current.row() <= b for a, b in selected)
    option.backgroundColor = view.palette().color(QPalette.ColorRole.Highlight if chosen else QPalette.ColorRole.Base)
    option.state |= QStyle.StateFlag.State_KeyboardFocusChange | QStyle.StateFlag.State_HasFocus
    view.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, view)
