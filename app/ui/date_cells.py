"""A date picker in a grid's cell: the cell is edited with a QDateEdit and its calendar popup,
never typed as free text. The cell holds the date as ÅÅÅÅ-MM-DD (what the services parse and
what a draft keeps); Delete or Backspace on the cell empties it ("not yet")."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractItemModel, QDate, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QStyledItemDelegate, QStyleOptionViewItem, QTableWidget, QWidget

from app.ui.common import translate

ISO = "yyyy-MM-dd"
Index = QModelIndex | QPersistentModelIndex


class DateDelegate(QStyledItemDelegate):
    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat(ISO)
        editor.setAccessibleName(self.name)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        text = str(index.data() or "")
        try:
            value = date.fromisoformat(text) if text else date.today()
        except ValueError:  # a cell from an older draft: start from today
            value = date.today()
        editor.setDate(QDate(value))  # type: ignore[attr-defined]

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        model.setData(index, editor.date().toString(ISO))  # type: ignore[attr-defined]


class _ClearOnDelete(QObject):
    """Delete or Backspace on a date cell (not while editing) empties it."""

    def __init__(self, table: QTableWidget, columns: tuple[int, ...]) -> None:
        super().__init__(table)
        self.table, self.columns = table, columns

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            index = self.table.currentIndex()
            editing = self.table.state() == QTableWidget.State.EditingState
            if (
                event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
                and not editing
                and index.isValid()
                and index.column() in self.columns
            ):
                self.table.model().setData(index, "")
                return True
        return False


def date_columns(table: QTableWidget, names: dict[int, str]) -> None:
    """Make these columns of `table` date pickers (column → accessible name of its editor)."""
    for column, name in names.items():
        table.setItemDelegateForColumn(column, DateDelegate(name, table))
    table.installEventFilter(_ClearOnDelete(table, tuple(names)))
    table.setToolTip(translate("DateCells", "Datum väljs i kalendern (dubbelklicka eller F2); Delete tömmer datumet"))
