"""Personer: every registered person, sorted and filtered in the database, rows on demand."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.models.person import Person
from app.services import overview
from app.ui.tables import Column, LazyTableModel, Source
from app.ui.views import LazyTable, filter_field
from app.ui.worker import Database


class PersonsView(QWidget):
    open_person = Signal(str)
    new_person = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        source = Source(
            overview.person_ids,
            overview.person_rows,
            [
                Column("name", self.tr("Namn"), lambda p: f"{p.family_name}, {p.given_name}"),
                Column("number", self.tr("Personnummer"), lambda p: p.shown_number),
                Column("unit", self.tr("Skola / enhet"), lambda p: p.unit),
                Column("", self.tr("Skyddad identitet"), lambda p: self.tr("Ja") if p.protected_identity else ""),
                Column("", self.tr("Vårdnadshavare"), lambda p: ", ".join(g.name for g in p.guardians)),
            ],
            "name",
        )
        self.model = LazyTableModel(db, source, self)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel(self.tr("Personer"))
        title.setObjectName("heading")
        top.addWidget(title)
        self.filter = filter_field(self.tr("Filtrera personer på namn, personnummer eller skola/enhet"))
        top.addWidget(self.filter, 1)
        self.count = QLabel()
        top.addWidget(self.count)
        add = QPushButton(self.tr("&Ny person…"))
        add.clicked.connect(self.new_person)
        top.addWidget(add)
        layout.addLayout(top)
        self.table = LazyTable(self.model, self.tr("Personer"), (260, 140, 220, 130))
        layout.addWidget(self.table)
        self.table.activated.connect(self._open)
        self.model.loaded.connect(lambda n: self.count.setText(self.tr("%n personer", "", n)))
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(lambda: self.model.set_filter(self.filter.text()))
        self.filter.textChanged.connect(self._debounce.start)

    def refresh(self) -> None:
        self.model.reload()

    def _open(self, index: QModelIndex) -> None:
        rec: Person | None = self.model.record(index.row())
        ident = rec.id if rec else self.model.row_id(index.row())
        if ident:
            self.open_person.emit(ident)

    def clear(self) -> None:
        self.model.clear()
