"""A table model over row ids with rows fetched on demand from the database worker.

The id list (sorted and filtered in SQL) is small even for 100 000 rows; the rows themselves
are read in blocks as the view asks for them, and only a bounded number of blocks is cached,
so scrolling the full plan list never waits on the disk on the GUI thread.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from app.ui.worker import Database

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str  # the sort key the store knows; "" if the column cannot be sorted
    header: str
    cell: Callable[[Any], str]


class Source:
    """What a list shows: how to get the sorted ids and the rows of some ids (both run on the
    worker with the workspace as first argument)."""

    def __init__(
        self,
        ids: Callable[..., list[str]],
        rows: Callable[..., list[Any]],
        columns: Sequence[Column],
        default_order: str,
        default_desc: bool = False,
        emphasis: Callable[[Any], bool] | None = None,
    ) -> None:
        self.ids, self.rows, self.columns = ids, rows, list(columns)
        self.order, self.desc = default_order, default_desc
        self.emphasis = emphasis


class LazyTableModel(QAbstractTableModel):
    BLOCK = 200
    MAX_BLOCKS = 60  # about 12 000 rows kept in memory

    loaded = Signal(int)  # number of rows after a (re)load

    def __init__(self, db: Database, source: Source, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._source = source
        self._ids: list[str] = []
        self._blocks: OrderedDict[int, dict[str, Any]] = OrderedDict()
        self._requested: set[int] = set()
        self._generation = 0
        self._filter = ""
        self._extra: dict[str, Any] = {}
        self._started = False  # nothing is read before the list is first shown

    # --- loading -----------------------------------------------------------------------
    def reload(self) -> None:
        self._started = True
        self._generation += 1
        gen = self._generation
        self._db.call(
            self._source.ids,
            self._source.order,
            self._source.desc,
            self._filter,
            **self._extra,
            on_done=partial(self._ids_loaded, gen),
            owner=self,
        )

    def set_filter(self, text: str, **extra: Any) -> None:
        self._filter = text.strip()
        self._extra = {k: v for k, v in extra.items()}
        self.reload()

    def clear(self) -> None:
        """Forget every row (on lock): nothing personal stays in memory behind the lock screen."""
        self._generation += 1
        self.beginResetModel()
        self._ids, self._blocks, self._requested = [], OrderedDict(), set()
        self.endResetModel()

    def _ids_loaded(self, gen: int, ids: list[str]) -> None:
        if gen != self._generation:
            return
        self.beginResetModel()
        self._ids = list(ids)
        self._blocks.clear()
        self._requested.clear()
        self.endResetModel()
        self.loaded.emit(len(self._ids))

    def _request(self, block: int) -> None:
        if block in self._requested:
            return
        self._requested.add(block)
        start = block * self.BLOCK
        ids = self._ids[start : start + self.BLOCK]
        self._db.call(self._source.rows, ids, on_done=partial(self._rows_loaded, self._generation, block), owner=self)

    def _rows_loaded(self, gen: int, block: int, rows: list[Any]) -> None:
        if gen != self._generation:
            return
        self._blocks[block] = {r.id: r for r in rows}
        while len(self._blocks) > self.MAX_BLOCKS:
            old, _ = self._blocks.popitem(last=False)
            self._requested.discard(old)
        first = block * self.BLOCK
        last = min(first + self.BLOCK, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))

    # --- access ------------------------------------------------------------------------
    def row_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def record(self, row: int) -> Any | None:
        ident = self.row_id(row)
        if ident is None:
            return None
        block = self._blocks.get(row // self.BLOCK)
        return block.get(ident) if block is not None else None

    def is_loaded(self, row: int) -> bool:
        return self.record(row) is not None

    # --- Qt model ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._source.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole):
            return None
        block_no = index.row() // self.BLOCK
        block = self._blocks.get(block_no)
        if block is None:
            self._request(block_no)
            return "…" if role == Qt.ItemDataRole.DisplayRole else None
        self._blocks.move_to_end(block_no)
        rec = block.get(self._ids[index.row()])
        if rec is None:  # removed since the ids were read
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            emphasis = self._source.emphasis
            return QBrush(QColor("#a61b1b")) if emphasis is not None and emphasis(rec) else None
        return self._source.columns[index.column()].cell(rec)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._source.columns):
            return self._source.columns[section].header
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._source.columns) or not self._source.columns[column].key:
            return
        self._source.order = self._source.columns[column].key
        self._source.desc = order == Qt.SortOrder.DescendingOrder
        # A view calls sort() as soon as sorting is enabled; before the list is first shown
        # that only sets the order, or every list would read all its ids at startup.
        if self._started:
            self.reload()


class ListModel(QAbstractTableModel):
    """A small in-memory table (one person's plans, the to-do list): rows are frozen records."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self.emphasis: Callable[[Any], bool] | None = None

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def record(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        rec = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._columns[index.column()].cell(rec)
        if role == Qt.ItemDataRole.ForegroundRole and self.emphasis is not None and self.emphasis(rec):
            return QBrush(QColor("#a61b1b"))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
        if horizontal and 0 <= section < len(self._columns):
            return self._columns[section].header
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        cell = self._columns[column].cell
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=lambda r: cell(r) or "", reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()
