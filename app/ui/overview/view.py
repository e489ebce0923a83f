"""Överblick: what is due, in one list grouped by kind, the user's own items first."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import overview
from app.services.overview import Category, TodoItem
from app.ui.common import fmt_date, translate
from app.ui.tables import Column, ListModel
from app.ui.worker import Database


def category_labels() -> dict[Category, str]:
    return {
        Category.REVIEW_OVERDUE: translate("OverviewView", "Omprövning/uppföljning försenad"),
        Category.REVIEW_DUE: translate("OverviewView", "Omprövning/uppföljning inom 30 dagar"),
        Category.UNSIGNED: translate("OverviewView", "Osignerad plan"),
        Category.COPY_NO_CONSENT: translate("OverviewView", "Kopia utan samtycke"),
        Category.DEVIATION_UNINFORMED: translate("OverviewView", "Avvikelse: part/bedömare ej informerad"),
        Category.DISPUTE_OVERDUE: translate("OverviewView", "Tvist öppen mer än 14 dagar"),
        Category.INSTRUCTION_RENEWAL: translate("OverviewView", "Instruktion ska förnyas"),
        Category.EXCHANGE_CONFLICT: translate("OverviewView", "Konflikt från utbyte"),
    }


class OverviewView(QWidget):
    open_item = Signal(object)  # TodoItem

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        labels = category_labels()
        self.model = ListModel(
            [
                Column("", self.tr("Vad"), lambda i: labels[i.category]),
                Column("", self.tr("Datum"), lambda i: fmt_date(i.due)),
                Column("", self.tr("Person"), lambda i: i.person_name),
                Column("", self.tr("Personnummer"), lambda i: i.person_number),
                Column("", self.tr("Insats / fråga"), lambda i: i.what),
                Column("", self.tr("Att göra"), lambda i: i.detail),
            ],
            self,
        )
        self.model.emphasis = lambda i: i.category in (Category.REVIEW_OVERDUE, Category.DISPUTE_OVERDUE)
        # The user's own items come first in each kind, so dates restart after them: bold says why.
        self.model.strong = lambda i: i.mine
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(0)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel(self.tr("Överblick – att göra"))
        title.setObjectName("heading")
        top.addWidget(title)
        top.addStretch(1)
        self.summary = QLabel()
        top.addWidget(self.summary)
        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Visa kategori"))
        self.filter.addItem(self.tr("Alla kategorier"), None)
        for cat, label in labels.items():
            self.filter.addItem(label, cat)
        self.filter.currentIndexChanged.connect(self._filter)
        top.addWidget(self.filter)
        refresh = QPushButton(self.tr("&Uppdatera"))
        refresh.setShortcut("F5")
        refresh.setToolTip(self.tr("Uppdatera (F5)"))
        refresh.clicked.connect(self.refresh)
        top.addWidget(refresh)
        layout.addLayout(top)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Att göra"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # No sort at first: the service's order (kind, the user's own items first, date) stands.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((270, 95, 170, 130, 240)):
            self.table.setColumnWidth(col, width)
        self.table.activated.connect(self._activated)
        layout.addWidget(self.table)
        hint = QLabel(self.tr("Dubbelklicka eller tryck Enter för att öppna. Dina egna ärenden visas först."))
        hint.setObjectName("hint")
        layout.addWidget(hint)

    def refresh(self) -> None:
        self.summary.setText(self.tr("Hämtar…"))
        self._db.call(overview.todo, on_done=self._loaded, owner=self)

    def _loaded(self, items: list[TodoItem]) -> None:
        self.model.set_rows(items)
        self.summary.setText(self.tr("{0} att göra").format(len(items)))

    def _filter(self) -> None:
        cat = self.filter.currentData()
        self.proxy.setFilterFixedString(category_labels()[cat] if cat else "")

    def items(self) -> list[TodoItem]:
        return self.model.rows()

    def _activated(self, index: QModelIndex) -> None:
        item = self.model.record(self.proxy.mapToSource(index).row())
        if item is not None:
            self.open_item.emit(item)

    def clear(self) -> None:
        self.model.clear()
        self.summary.clear()
