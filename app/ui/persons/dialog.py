"""Register or edit a person: name, personnummer, protected identity, unit, guardians, contacts."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.models.person import Contact, Guardian, Person
from app.services import persons
from app.services.drafts import Draft
from app.ui import drafts
from app.ui.common import ErrorLabel, describe_list, form, line
from app.ui.worker import Database


def rows_table(name: str, headers: list[str], rows: list[list[str]], min_rows: int = 2) -> QTableWidget:
    """A small editable grid; empty lines are ignored on save."""
    table = QTableWidget(max(len(rows) + 1, min_rows), len(headers))
    table.setAccessibleName(name)
    describe_list(table, editable=True)
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))
    # Fixed: in the deviation form's scroll area the layout otherwise squeezes the grid to one
    # row with a scroll bar of its own, rather than letting the form scroll.
    table.setFixedHeight(110)
    # Tab leaves the grid for the next input (the arrow keys move between cells, and Tab in an open
    # cell editor still goes on to the next cell): by default Tab cycles through the cells forever.
    table.setTabKeyNavigation(False)
    return table


def table_values(table: QTableWidget) -> list[list[str]]:
    out = []
    for r in range(table.rowCount()):
        values = [(table.item(r, c).text().strip() if table.item(r, c) else "") for c in range(table.columnCount())]
        if any(values):
            out.append(values)
    return out


class PersonDialog(QDialog):
    draft_kind = "person"  # kept over a lock (app/ui/drafts.py)
    saved = Signal(object)  # Person

    def __init__(self, db: Database, person: Person | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._person = person
        self.setWindowTitle(self.tr("Ny person") if person is None else self.tr("Ändra person"))
        layout = QVBoxLayout(self)
        f = form()
        self.given = line(self.tr("Förnamn"), person.given_name if person else "")
        self.family = line(self.tr("Efternamn"), person.family_name if person else "")
        self.number = line(
            self.tr("Personnummer eller samordningsnummer"),
            person.number.formatted if person else "",
            self.tr("ÅÅÅÅMMDD-NNNN"),
        )
        self.protected = QCheckBox(self.tr("Skyddad identitet"))
        self.protected.setAccessibleName(self.tr("Skyddad identitet"))
        self.protected.setChecked(bool(person and person.protected_identity))
        self.unit = line(self.tr("Skola eller enhet"), person.unit if person else "")
        f.addRow(self.tr("&Förnamn:"), self.given)
        f.addRow(self.tr("&Efternamn:"), self.family)
        f.addRow(self.tr("&Personnummer:"), self.number)
        f.addRow("", self.protected)
        f.addRow(self.tr("&Skola / enhet:"), self.unit)
        layout.addLayout(f)
        layout.addWidget(QLabel(self.tr("Vårdnadshavare (för barn)")))
        self.guardians = rows_table(
            self.tr("Vårdnadshavare"),
            [self.tr("Namn"), self.tr("Telefon"), self.tr("E-post")],
            [[g.name, g.phone, g.email] for g in (person.guardians if person else ())],
        )
        layout.addWidget(self.guardians)
        layout.addWidget(QLabel(self.tr("Kontakter")))
        self.contacts = rows_table(
            self.tr("Kontakter"),
            [self.tr("Namn"), self.tr("Relation"), self.tr("Telefon")],
            [[c.name, c.relation, c.phone] for c in (person.contacts if person else ())],
        )
        layout.addWidget(self.contacts)
        self.error = ErrorLabel()
        self.error.register(
            {
                "given_name": self.given,
                "family_name": self.family,
                "personnummer": self.number,
                "guardian": self.guardians,
                "contact": self.contacts,
            }
        )
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Spara"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Avbryt"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)
        self.resize(620, 560)
        drafts.mark_pristine(self)

    def draft_state(self) -> Draft | None:
        return drafts.form_draft(self, {"person_id": self._person.id if self._person else None})

    def restore_draft(self, draft: Draft) -> None:
        drafts.restore_form(self, draft)

    def save(self) -> None:
        try:
            guardians = tuple(Guardian(*v) for v in table_values(self.guardians))
            contacts = tuple(Contact(*v) for v in table_values(self.contacts))
        except UserError as exc:
            self.error.show_error(exc)
            return
        values = dict(
            given_name=self.given.text(),
            family_name=self.family.text(),
            protected_identity=self.protected.isChecked(),
            unit=self.unit.text(),
            guardians=guardians,
            contacts=contacts,
        )
        if self._person is None:
            given, family, number = values.pop("given_name"), values.pop("family_name"), self.number.text()
            self._db.call(
                persons.register, given, family, number, **values, on_done=self._done, on_error=self._failed, owner=self
            )
        else:
            self._db.call(
                persons.edit,
                self._person,
                number=self.number.text(),
                **values,
                on_done=self._done,
                on_error=self._failed,
                owner=self,
            )
        self.buttons.setEnabled(False)

    def _done(self, person: Person) -> None:
        self.saved.emit(person)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        # The dialog stays open with everything typed: nothing is lost.
        self.buttons.setEnabled(True)
        self.error.show_error(exc)
