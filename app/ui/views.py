"""Pieces the list views share: the lazily loaded table view and the filter field."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView

from app.ui import memory
from app.ui.common import describe_list
from app.ui.rowpaint import paint_rows
from app.ui.tables import LazyTableModel


def filter_field(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(name)
    edit.setClearButtonEnabled(True)
    return edit


class _HeaderFit(QObject):
    """Widens a header's hand-set columns to their titles when the header is shown or its style
    or font changes (the style sheet's bold and padding, the sort arrow, a longer translation):
    a width chosen for the data must never cut "Skyddad identitet" to "kyddad identitet"."""

    WHEN = frozenset({QEvent.Type.Show, QEvent.Type.StyleChange, QEvent.Type.FontChange, QEvent.Type.Polish})

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.WHEN and isinstance(watched, QHeaderView):
            fit_sections(watched)
        return False


def fit_sections(header: QHeaderView) -> None:
    last = header.logicalIndex(header.count() - 1) if header.stretchLastSection() else -1
    for section in range(header.count()):
        if header.isSectionHidden(section) or section == last:
            continue
        if header.sectionResizeMode(section) != QHeaderView.ResizeMode.Interactive:
            continue
        hint = header.sectionSizeHint(section)
        if header.sectionSize(section) < hint:
            header.resizeSection(section, hint)


def keep_titles_whole(view: QTableView) -> None:
    """Column titles are never cut (see _HeaderFit); the filter lives as long as the header."""
    header = view.horizontalHeader()
    header.installEventFilter(_HeaderFit(header))


class LazyTable(QTableView):
    """Fixed row height and no per-row size hints: with 100 000 rows, measuring each row would
    read each row. The rows are painted by `rowpaint.paint_rows` in one pass, not cell by cell
    through the delegate: a fling through 150 000 rows paints a screen every frame."""

    def __init__(self, model: LazyTableModel, name: str, widths: Sequence[int] = ()) -> None:
        super().__init__()
        self.setAccessibleName(name)
        describe_list(self)
        self.setModel(model)
        # The header's default indicator is descending; show the list's own default order instead,
        # before sorting is enabled (enabling it sorts by the indicator).
        keys = [c.key for c in model._source.columns]
        column = keys.index(model._source.order)  # Source checked that it is one of them
        order = Qt.SortOrder.DescendingOrder if model._source.desc else Qt.SortOrder.AscendingOrder
        self.horizontalHeader().setSortIndicator(column, order)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSortingEnabled(True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        vh = self.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 8)
        vh.hide()
        hh = self.horizontalHeader()
        hh.setStretchLastSection(True)
        hh.setSortIndicatorShown(True)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate(widths):
            self.setColumnWidth(col, width)
        keep_titles_whole(self)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        memory.postpone()  # the collector's walk waits until the list rests (app/ui/memory.py)
        super().scrollContentsBy(dx, dy)

    def paintEvent(self, event: QPaintEvent) -> None:
        model = self.model()
        if isinstance(model, LazyTableModel):
            paint_rows(self, model.shown, event.rect())
        else:  # pragma: no cover - a LazyTable always has its lazy model
            super().paintEvent(event)
