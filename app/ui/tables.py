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

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QFont

from app.ui import memory
from app.ui.rowpaint import EMPHASIS, Shown
from app.ui.worker import Database, Locked, message_for

Index = QModelIndex | QPersistentModelIndex


_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_SERVED = frozenset((_DISPLAY, _TOOLTIP, _FOREGROUND))
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NEWEST = -1  # key in LazyTableModel._wanted: the turn of the latest ask of any block
_EMPHASIS = QBrush(EMPHASIS)


@dataclass(frozen=True)
class Column:
    key: str  # a sort key of app/models/sorting.py the store knows; "" if the column cannot be sorted
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
        if default_order not in [c.key for c in self.columns if c.key]:
            raise ValueError(f"default order {default_order!r} is no sortable column of this list")
        self.order, self.desc = default_order, default_desc
        self.emphasis = emphasis


class LazyTableModel(QAbstractTableModel):
    BLOCK = 200
    WINDOW_MS = 150  # after a burst of reads, further asks wait this long and are merged
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
        # Reads go out in bursts. What one paint asks for is sent at once; then, for
        # WINDOW_MS, asks wait, and when the window closes only what the latest paint asked
        # for is sent. A fling across 150 000 rows thus costs a few reads instead of one per
        # frame, and the worker stays out of the way of painting (Python's GIL is shared).
        # Asks are stamped with the event-loop turn they came in, so "the latest paint" is
        # exact however long a paint takes.
        self._turn = 0
        self._wanted: dict[int, int] = {}  # block → turn of its last ask; _NEWEST → the latest
        self._waiting: set[int] = set()
        self._throttled = False
        self._sent = False  # reads went out in this turn: a window opens when it ends
        self._turn_end = QTimer(self, singleShot=True, interval=0)
        self._turn_end.timeout.connect(self._end_turn)
        self._window = QTimer(self, singleShot=True, interval=self.WINDOW_MS)
        self._window.timeout.connect(self._close_window)

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
        self._ids = []
        self._forget_rows()
        self._turn_end.stop()
        self._window.stop()
        self._throttled = self._sent = False
        self.endResetModel()

    def _forget_rows(self) -> None:
        self._blocks.clear()
        self._requested.clear()
        self._waiting.clear()
        self._wanted.clear()

    def _ids_loaded(self, gen: int, ids: list[str]) -> None:
        if gen != self._generation:
            return
        self.beginResetModel()
        self._ids = list(ids)
        self._forget_rows()
        self._window.stop()  # a new list: its first paint reads at once
        self._throttled = False
        self.endResetModel()
        self.loaded.emit(len(self._ids))
        memory.settle_soon(len(self._ids))

    def _request(self, block: int) -> None:
        """A view painted a row of `block` and it is not here: read it, now or soon."""
        self._wanted[block] = self._wanted[_NEWEST] = self._turn
        if not self._turn_end.isActive():
            self._turn_end.start()
        if block in self._requested:
            return
        if self._throttled:
            self._waiting.add(block)
            return
        self._send(block)
        self._sent = True

    def _end_turn(self) -> None:
        self._turn += 1
        if self._sent and not self._throttled:
            self._sent = False
            self._throttled = True
            self._window.start()

    def _close_window(self) -> None:
        self._throttled = False
        newest = self._wanted.get(_NEWEST, 0)
        waiting, self._waiting = self._waiting - self._requested, set()
        latest = sorted(b for b in waiting if self._wanted.get(b) == newest)
        for block in latest:
            self._send(block)
        if latest:
            self._sent = True
            self._turn_end.start()
        if waiting - set(latest):
            self._changed(min(waiting), max(waiting))  # a view that still shows one asks again

    def _changed(self, first_block: int, last_block: int) -> None:
        first = first_block * self.BLOCK
        last = min((last_block + 1) * self.BLOCK, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))

    def _send(self, block: int) -> None:
        self._requested.add(block)
        start = block * self.BLOCK
        ids = self._ids[start : start + self.BLOCK]
        self._db.call(
            self._source.rows,
            ids,
            on_done=partial(self._rows_loaded, self._generation, block),
            on_error=self._rows_failed,
            owner=self,
        )

    def _rows_failed(self, exc: Exception) -> None:
        if isinstance(exc, Locked):  # a read that was still waiting when the app locked
            return
        self._db.error.emit(message_for(exc))

    def _rows_loaded(self, gen: int, block: int, rows: list[Any]) -> None:
        if gen != self._generation:
            return
        self._blocks[block] = {r.id: r for r in rows}
        while len(self._blocks) > self.MAX_BLOCKS:
            old, _ = self._blocks.popitem(last=False)
            self._requested.discard(old)
        self._changed(block, block)

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

    def shown(self, first: int, last: int) -> list[Shown | None]:
        """Rows first..last as a view paints them, None for a row not read yet. The blocks
        missing are asked for here, once per block (not once per cell, as data() would)."""
        first, last = max(first, 0), min(last, len(self._ids) - 1)
        out: list[Shown | None] = []
        if last < first:
            return out
        for block_no in range(first // self.BLOCK, last // self.BLOCK + 1):
            lo, hi = max(first, block_no * self.BLOCK), min(last, block_no * self.BLOCK + self.BLOCK - 1)
            block = self._blocks.get(block_no)
            if block is None:
                self._request(block_no)
                out.extend([None] * (hi - lo + 1))
                continue
            self._blocks.move_to_end(block_no)
            out.extend(self._shown(block.get(self._ids[row])) for row in range(lo, hi + 1))
        return out

    def _shown(self, rec: Any | None) -> Shown:
        if rec is None:  # removed since the ids were read: an empty row, as data() answers
            return Shown(("",) * len(self._source.columns))
        emphasis = self._source.emphasis
        return Shown([c.cell(rec) for c in self._source.columns], emphasis is not None and emphasis(rec))

    # --- Qt model ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._source.columns)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        # A view asks seven roles of every visible cell on every paint; the four this model
        # does not serve leave at the first line (plain ints: enum comparisons cost more).
        if type(role) is not int:
            role = int(role)
        if role not in _SERVED:
            return None
        row = index.row()
        if row < 0 or row >= len(self._ids) or not index.isValid():
            return None
        block_no = row // self.BLOCK
        block = self._blocks.get(block_no)
        if block is None:
            self._request(block_no)
            return "…" if role == _DISPLAY else None
        self._blocks.move_to_end(block_no)
        rec = block.get(self._ids[row])
        if rec is None:  # removed since the ids were read
            return None
        if role == _FOREGROUND:
            emphasis = self._source.emphasis
            return _EMPHASIS if emphasis is not None and emphasis(rec) else None
        return self._source.columns[index.column()].cell(rec)

    def multiData(self, index: Index, span: QModelRoleDataSpan) -> None:
        """All roles of one cell in one call. Qt's item delegate asks this way, once per cell;
        answering through data() would cross from C++ into Python seven times per cell, which
        was most of the time a frame of the 150 000-row plan list took to paint."""
        row = index.row()
        if row < 0 or row >= len(self._ids) or not index.isValid():
            for item in span:
                item.clearData()
            return
        block_no = row // self.BLOCK
        block = self._blocks.get(block_no)
        rec = None
        if block is None:
            self._request(block_no)
        else:
            self._blocks.move_to_end(block_no)
            rec = block.get(self._ids[row])
        for item in span:
            role = item.role()
            if role == _DISPLAY:
                item.setData("…" if block is None else None if rec is None else self._cell(index, rec))
            elif rec is None:
                item.clearData()
            elif role == _TOOLTIP:
                item.setData(self._cell(index, rec))
            elif role == _FOREGROUND and self._source.emphasis is not None and self._source.emphasis(rec):
                item.setData(_EMPHASIS)
            else:
                item.clearData()

    def _cell(self, index: Index, rec: Any) -> str:
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
        return _FLAGS

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
        self.emphasis: Callable[[Any], bool] | None = None  # shown in red
        self.strong: Callable[[Any], bool] | None = None  # shown in bold

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
            return _EMPHASIS
        if role == Qt.ItemDataRole.FontRole and self.strong is not None and self.strong(rec):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
        if horizontal and 0 <= section < len(self._columns):
            return self._columns[section].header
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _FLAGS

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        cell = self._columns[column].cell
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=lambda r: cell(r) or "", reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()
