"""Tvist (tolkning) as 002 has it: the parties with their närmaste chef, when the chefs started
discussions (within two weeks), the escalation, the solution and to whom it was spread.

One form opens a dispute and takes it further; what is already recorded is shown and fixed.
Every rule is the model's (`app/models/dispute.py`), reached through `cases.save_dispute`."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QTableWidget, QTableWidgetItem, QWidget

from app.models.dispute import Dispute
from app.models.labels import label
from app.models.person import Person
from app.services import cases
from app.ui.common import DateField, fmt_date, text_box
from app.ui.date_cells import date_columns
from app.ui.persons.dialog import rows_table, table_values
from app.ui.plans.dialogs import _FormDialog
from app.ui.worker import Database

SCHOOL = 4  # the parties grid's column that says "this party is a school"


def _school_item(checked: bool) -> QTableWidgetItem:
    item = QTableWidgetItem()
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


def party_rows(table: QTableWidget) -> tuple[cases.PartyRow, ...]:
    """The grid's filled rows as the service takes them."""
    out = []
    for r in range(table.rowCount()):
        texts = [(table.item(r, c).text().strip() if table.item(r, c) else "") for c in range(SCHOOL)]
        school = table.item(r, SCHOOL)
        checked = school is not None and school.checkState() == Qt.CheckState.Checked
        if any(texts) or checked:
            out.append((texts[0], texts[1], texts[2], texts[3], checked))
    return tuple(out)


class DisputeDialog(_FormDialog):
    """Open a dispute, or take an open one further (002 §"Tolkningar")."""

    def __init__(
        self, db: Database, person: Person | None = None, dispute: Dispute | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, self.tr("Tvist (tolkning)"), parent)
        self.person = person
        self.dispute = t = dispute
        self.parties = self._parties_grid(t)
        self.question = text_box(self.tr("Frågan"), t.question if t else "")
        self.opened = DateField(self.tr("Öppnad"), t.opened_on if t else date.today())
        self.state_label = QLabel(self._state_text(t))
        self.state_label.setObjectName("dispute_state")
        self.state_label.setWordWrap(True)
        self.state_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.started = DateField(self.tr("Diskussion påbörjad"), t.discussion_started_on if t else None, optional=True)
        self.escalated = DateField(self.tr("Eskalerad"), t.escalated_on if t else None, optional=True)
        self.resolved = DateField(self.tr("Löst datum"), t.resolved_on if t else None, optional=True)
        self.solution = text_box(self.tr("Lösning"), t.solution if t else "")
        self.spread = rows_table(
            self.tr("Lösningen spridd till"),
            [self.tr("Enhet / organisation"), self.tr("Datum")],
            [[s.recipient, s.spread_on.isoformat()] for s in (t.spread_to if t else ())],  # type: ignore[union-attr]
            min_rows=3,
        )
        date_columns(self.spread, {1: self.tr("Spridd datum")})
        self.form.addRow(self.tr("&Fråga:"), self.question)
        self.form.addRow(self.tr("&Öppnad:"), self.opened)
        self.form.addRow(self.tr("&Parter och närmaste chef:"), self.parties)
        self.form.addRow(self.tr("Läge:"), self.state_label)
        self.form.addRow(self.tr("&Diskussion påbörjad:"), self.started)
        self.form.addRow(self.tr("&Eskalerad:"), self.escalated)
        self.form.addRow(self.tr("&Löst:"), self.resolved)
        self.form.addRow(self.tr("L&ösning:"), self.solution)
        self.form.addRow(self.tr("Sp&ridd till:"), self.spread)
        self._fix_recorded(t)
        self.error.register(
            {
                "parties": self.parties,
                "question": self.question,
                "discussion_started_on": self.started,
                "escalated_on": self.escalated,
                "resolved_on": self.resolved,
                "solution": self.solution,
                "spread_to": self.spread,
            }
        )
        self.finish_layout()
        self.resize(820, self.sizeHint().height())

    def _parties_grid(self, t: Dispute | None) -> QTableWidget:
        rows = [[p.organisation, p.unit, p.manager, p.manager_title] for p in (t.parties if t else ())]  # type: ignore[union-attr]
        grid = rows_table(
            self.tr("Parter"),
            [
                self.tr("Organisation"),
                self.tr("Enhet"),
                self.tr("Närmaste chef"),
                self.tr("Befattning"),
                self.tr("Skola"),
            ],
            [[*r, ""] for r in rows],
            min_rows=3,
        )
        schools = [p.school for p in (t.parties if t else ())]  # type: ignore[union-attr]
        for r in range(grid.rowCount()):
            grid.setItem(r, SCHOOL, _school_item(r < len(schools) and schools[r]))
        grid.setToolTip(
            self.tr(
                "Varje part med sin närmaste chef, som har mandat att fatta beslut; markera Skola när skolan är part"
            )
        )
        return grid

    def _state_text(self, t: Dispute | None) -> str:
        if t is None:
            return self.tr("Ny: diskussionerna ska påbörjas inom två veckor.")
        text = label(t.state)
        if t.discussion_overdue(date.today()):
            text += " – " + self.tr("diskussionerna skulle ha påbörjats senast {0}").format(
                fmt_date(t.discussion_due_on)
            )
        elif t.discussion_started_on is None and t.is_open:
            text += " – " + self.tr("diskussionerna ska påbörjas senast {0}").format(fmt_date(t.discussion_due_on))
        if t.escalated_on is not None:
            text += " – " + self.tr("eskalerad till {0}").format(label(t.escalated_to))
        elif t.is_open:
            text += " – " + self.tr("eskaleras vid behov till {0}").format(label(t.escalation_body))
        return text

    def _fix_recorded(self, t: Dispute | None) -> None:
        """What is recorded stays as it is; a resolved dispute may still record its spreading."""
        if t is None:
            return
        fixed: list[QWidget] = [self.question, self.opened]
        fixed += [w for w, on in ((self.started, t.discussion_started_on), (self.escalated, t.escalated_on)) if on]
        if not t.is_open:
            fixed += [self.parties, self.started, self.escalated, self.resolved, self.solution]
        for w in fixed:
            w.setEnabled(False)
        # The cursor starts in the first step still open (the grids are no place to start).
        steps: list[QWidget] = [self.started, self.escalated, self.resolved, self.solution]
        first = next((w for w in steps if w.isEnabled()), None)
        if first is not None:
            first.setFocus()

    def entry(self) -> cases.DisputeEntry:
        """What the form holds, as typed."""
        person_id = self.person.id if self.person else (self.dispute.person_id if self.dispute else None)
        return cases.DisputeEntry(
            parties=party_rows(self.parties),
            question=self.question.toPlainText(),
            opened_on=self.opened.value() or date.today(),
            person_id=person_id,
            discussion_started_on=self.started.value(),
            escalated_on=self.escalated.value(),
            resolved_on=self.resolved.value(),
            solution=self.solution.toPlainText(),
            spread_to=tuple((who, when) for who, when in table_values(self.spread)),
            dispute_id=self.dispute.id if self.dispute else None,
        )

    def save(self) -> None:
        self.submit(cases.save_dispute, self.entry())
