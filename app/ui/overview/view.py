"""Överblick: every step routine 002 still asks for, the user's own first under a divider
("Mina uppgifter" / "Övriga"), filtered by "Mina", "Min enhet" and kind (app/services/todo.py).

The list is read on the database worker a page at a time (`todo.page`: a school leader of a
large unit has 14 000 items); the filters are asked of the database, so the counts under the
dividers are those of the whole list, and "Visa fler" reads the next page."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import todo
from app.services.todo import Kind, TodoItem
from app.ui.common import describe_list, fmt_date, translate
from app.ui.tables import Column, ListModel
from app.ui.worker import Database


def kind_labels() -> dict[Kind, str]:
    def t(text: str) -> str:
        return translate("OverviewView", text)

    return {
        Kind.COPY_MISSING: t("Kopia ej lämnad"),
        Kind.INSTRUCTION_MISSING: t("Personal ej instruerad"),
        Kind.INSTRUCTION_RENEWAL: t("Instruktion ska förnyas"),
        Kind.REVIEW_OVERDUE: t("Omprövning/uppföljning försenad"),
        Kind.REVIEW_DUE: t("Omprövning/uppföljning inom 30 dagar"),
        Kind.INFORM_NEXT_REVIEW: t("Nästa datum ej meddelat"),
        Kind.DEVIATION_UNINFORMED: t("Avvikelse: part/bedömare ej informerad"),
        Kind.EVENT_ANALYSIS_MISSING: t("Gemensam händelseanalys saknas"),
        Kind.INTYG_MISSING: t("Egenvårdsintyg saknas"),
        Kind.BISTAND_PENDING: t("Biståndsansökan ej beslutad"),
        Kind.DISPUTE_NOT_STARTED: t("Tvist: diskussion ej påbörjad"),
        Kind.DRAFT_STALE: t("Utkast äldre än 14 dagar"),
        Kind.COPY_WITHOUT_CONSENT: t("Kopia utan samtycke"),
        Kind.EXCHANGE_CONFLICT: t("Konflikt från utbyte"),
    }


def first_steps_label() -> QLabel:
    """Shown when nothing is due (the first Överblick after setup): where the routine begins,
    each step a link (keyboard too)."""
    steps = (
        ("new_person", translate("OverviewView", "Registrera personen (Ctrl+N)")),
        (
            "persons",
            translate(
                "OverviewView",
                "Öppna personen och välj ”Ny bedömning och plan…”: bedömning, riskanalys, samråd och de sju punkterna",
            ),
        ),
        (
            "help",
            translate(
                "OverviewView",
                "Signera planen och lämna kopia till personen och till den som hjälper till (F1: hela arbetsgången)",
            ),
        ),
    )
    items = "".join(f"<li><a href='{link}'>{html.escape(text)}</a></li>" for link, text in steps)
    title = html.escape(translate("OverviewView", "Inget att göra just nu. Så börjar du:"))
    label = QLabel(f"<p><b>{title}</b></p><ol>{items}</ol>")
    label.setObjectName("first_steps")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    flags = Qt.TextInteractionFlag
    label.setTextInteractionFlags(flags.LinksAccessibleByKeyboard | flags.LinksAccessibleByMouse)
    label.setAccessibleName(translate("OverviewView", "Så börjar du"))
    return label


@dataclass(frozen=True)
class Divider:
    """The line between the user's own items and the others'."""

    text: str


def _cell(get):  # type: ignore[no-untyped-def]
    """A column's text for an item; a divider shows its text in the first column only."""
    return lambda r: "" if isinstance(r, Divider) else get(r)


def overdue(row: object, today: date) -> bool:
    """Red in the list: any step whose date has passed (an instruction renewal as much as an
    omprövning)."""
    return isinstance(row, TodoItem) and row.due is not None and row.due < today


class OverviewView(QWidget):
    open_item = Signal(object)  # TodoItem
    first_step = Signal(str)  # a link of the first-steps hint: "new_person", "persons", "help"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._items: list[TodoItem] = []
        self._page = todo.Page((), 0, 0)
        self._limit = todo.PAGE
        labels = kind_labels()
        self.model = ListModel(
            [
                Column("", self.tr("Vad"), lambda r: r.text if isinstance(r, Divider) else labels[r.kind]),
                Column("", self.tr("Att göra"), _cell(lambda i: i.action)),
                Column("", self.tr("Vem"), _cell(lambda i: i.owner)),
                Column("", self.tr("Senast"), _cell(lambda i: fmt_date(i.due))),
                # The name only: the list has no room for the number (the person's page shows it).
                Column("", self.tr("Person"), _cell(lambda i: i.person_name)),
                Column("", self.tr("Insats / fråga"), _cell(lambda i: i.measure)),
            ],
            self,
        )
        self.model.emphasis = lambda r: overdue(r, date.today())
        self.model.strong = lambda r: isinstance(r, Divider)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel(self.tr("Överblick – att göra"))
        title.setObjectName("heading")
        top.addWidget(title)
        top.addStretch(1)
        self.summary = QLabel()
        top.addWidget(self.summary)
        layout.addLayout(top)

        filters = QHBoxLayout()
        self.mine = QCheckBox(self.tr("&Mina"))
        self.mine.setToolTip(self.tr("Bara det du själv ska göra"))
        self.my_unit = QCheckBox(self.tr("Min &enhet"))
        self.my_unit.setToolTip(self.tr("Bara personer vid din enhet"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Visa kategori"))
        self.kind.addItem(self.tr("Alla kategorier"), None)
        for kind, text in labels.items():
            self.kind.addItem(text, kind)
        for box in (self.mine, self.my_unit):
            box.toggled.connect(self._filtered)
            filters.addWidget(box)
        self.kind.currentIndexChanged.connect(self._filtered)
        filters.addWidget(self.kind)
        filters.addStretch(1)
        refresh = QPushButton(self.tr("&Uppdatera"))
        refresh.setShortcut("F5")
        refresh.setToolTip(self.tr("Uppdatera (F5)"))
        refresh.clicked.connect(self.refresh)
        filters.addWidget(refresh)
        layout.addLayout(filters)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Att göra"))
        describe_list(self.table)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((210, 300, 200, 95, 140)):
            self.table.setColumnWidth(col, width)
        self.table.activated.connect(self._activated)
        # Tab leaves the list (arrows move within it); by default Tab walked every cell.
        self.table.setTabKeyNavigation(False)
        layout.addWidget(self.table)
        below = QHBoxLayout()
        self.more = QPushButton()
        self.more.setToolTip(self.tr("Visa nästa sida av listan"))
        self.more.clicked.connect(self._more)
        self.more.hide()
        below.addWidget(self.more)
        below.addStretch(1)
        layout.addLayout(below)
        self.first_steps = first_steps_label()
        self.first_steps.linkActivated.connect(self.first_step)
        self.first_steps.hide()
        layout.addWidget(self.first_steps)
        hint = QLabel(self.tr("Dubbelklicka eller tryck Enter för att öppna formuläret för steget."))
        hint.setObjectName("hint")
        layout.addWidget(hint)

    def refresh(self) -> None:
        self.summary.setText(self.tr("Hämtar…"))
        kind = self.kind.currentData()
        self._db.call(
            todo.page,
            mine=self.mine.isChecked(),
            my_unit=self.my_unit.isChecked(),
            kinds=None if kind is None else [kind],
            limit=self._limit,
            on_done=self._loaded,
            owner=self,
        )

    def _filtered(self) -> None:
        self._limit = todo.PAGE  # a new filter starts at its first page
        self.refresh()

    def _more(self) -> None:
        self._limit += todo.PAGE
        self.refresh()

    def _loaded(self, page: todo.Page) -> None:
        self._page = page
        self._items = list(page.items)
        self._show()

    def _show(self) -> None:
        """The page read, own first under their divider; the dividers count the whole list."""
        page = self._page
        own = [i for i in self._items if i.mine]
        others = [i for i in self._items if not i.mine]
        rows: list[TodoItem | Divider] = []
        if own:
            rows += [Divider(self.tr("Mina uppgifter ({0})").format(page.own)), *own]
        if others:
            rows += [Divider(self.tr("Övriga ({0})").format(page.total - page.own)), *others]
        self.model.set_rows(rows)
        self.table.clearSpans()
        for row, r in enumerate(rows):
            if isinstance(r, Divider):
                self.table.setSpan(row, 0, 1, self.model.columnCount())
        summary = self.tr("{0} att göra, {1} dina").format(page.total, page.own)
        if not page.complete:
            summary += " – " + self.tr("visar {0}").format(len(self._items))
        self.summary.setText(summary)
        self.more.setText(self.tr("Visa fler ({0} till)").format(min(todo.PAGE, page.total - len(self._items))))
        self.more.setVisible(not page.complete)
        filtered = self.mine.isChecked() or self.my_unit.isChecked() or self.kind.currentData() is not None
        self.first_steps.setVisible(page.total == 0 and not filtered)  # nothing at all yet: where to begin

    def items(self) -> list[TodoItem]:
        """The items read: the filters' first pages."""
        return list(self._items)

    def shown(self) -> list[TodoItem]:
        """The items the filters show, in their order (dividers left out)."""
        return [r for r in self.model.rows() if isinstance(r, TodoItem)]

    def row_of(self, item: TodoItem) -> int:
        return self.model.rows().index(item)

    def _activated(self, index: QModelIndex) -> None:
        item = self.model.record(index.row())
        if isinstance(item, TodoItem):
            self.open_item.emit(item)

    def clear(self) -> None:
        self._items = []
        self._page = todo.Page((), 0, 0)
        self.more.hide()
        self.model.clear()
        self.table.clearSpans()
        self.summary.clear()
