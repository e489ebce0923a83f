"""Avvikelse: report, parties informed with dates, joint event analysis, measures, status.

Harm or risk of harm means the assessor must be contacted for a re-assessment (002): the form
says so as soon as it is chosen, the open notice stays on the deviation (and in Överblick) until
the date the assessor was informed is set, and after saving the user is offered to start the
re-assessment of the plan right away."""

from __future__ import annotations

from datetime import UTC

import shiboken6
from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.deviation import CATEGORIES_SV, Deviation, DeviationStatus, Harm
from app.models.labels import category_label, label
from app.models.person import Person
from app.models.plan import Plan
from app.services import cases, documents
from app.services.drafts import Draft
from app.ui import common, drafts
from app.ui.common import DateField, ErrorLabel, combo, form, line, text_box
from app.ui.date_cells import date_columns
from app.ui.persons.dialog import rows_table, table_values
from app.ui.printing.dialog import confirm_protected, render_and_show
from app.ui.worker import Database


class DeviationDialog(QDialog):
    draft_kind = "deviation"  # kept over a lock (app/ui/drafts.py)
    saved = Signal(object)  # Deviation
    reassess = Signal(object)  # Deviation: the user chose to start the re-assessment now
    send = Signal(object)  # Deviation: to another organisation (the main window's export wizard)
    proposal_shown = Signal()  # the parties the plan calls for are in the grid

    def __init__(
        self,
        db: Database,
        person: Person | None,
        deviation: Deviation | None = None,
        plans: list[Plan] | None = None,
        reporter: tuple[str, str] = ("", ""),
        preset: dict | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.person = person
        self.deviation = deviation
        self.last_dialog: QDialog | None = None  # the report preview, closed on lock
        d = deviation
        preset = preset or {}
        who = person.name if person else ""
        self.setWindowTitle(self.tr("Avvikelse – {0}").format(who) if who else self.tr("Avvikelse"))
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # Not a Tab stop: as the first one it took the focus when the dialog opened (typing went
        # nowhere, and it shows no focus frame); Tab into a field scrolls it into view anyway.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body = QWidget()
        layout = QVBoxLayout(body)
        f = form()
        self.occurred = QDateTimeEdit(QDateTime(d.occurred_at.astimezone()) if d else QDateTime.currentDateTime())
        self.occurred.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.occurred.setCalendarPopup(True)
        self.occurred.setAccessibleName(self.tr("När det hände"))
        self.location = line(self.tr("Plats"), d.location if d else preset.get("location", ""))
        self.description = text_box(self.tr("Vad som hände"), d.description if d else preset.get("description", ""))
        self.action = text_box(self.tr("Omedelbar åtgärd"), d.immediate_action if d else "")
        self.harm = combo(self.tr("Skada"), [(label(h), h) for h in Harm], d.harm if d else Harm.NONE)
        self.category = combo(
            self.tr("Kategori"),
            [(category_label(c), c) for c in CATEGORIES_SV],
            d.category if d else preset.get("category", "Övrigt"),
        )
        self.plan = combo(
            self.tr("Plan"),
            [(self.tr("(ingen plan)"), None)] + [(f"{p.measure} (v{p.version})", p.id) for p in (plans or [])],
            d.plan_id if d else preset.get("plan_id"),
        )
        self.reporter = line(self.tr("Rapportör"), d.reporter if d else reporter[0])
        self.reporter_org = line(self.tr("Rapportörens organisation"), d.reporter_organisation if d else reporter[1])
        f.addRow(self.tr("&När:"), self.occurred)
        f.addRow(self.tr("&Plats:"), self.location)
        f.addRow(self.tr("&Vad hände:"), self.description)
        f.addRow(self.tr("&Omedelbar åtgärd:"), self.action)
        f.addRow(self.tr("&Skada:"), self.harm)
        f.addRow(self.tr("&Kategori:"), self.category)
        f.addRow(self.tr("P&lan:"), self.plan)
        f.addRow(self.tr("&Rapportör:"), self.reporter)
        f.addRow(self.tr("Organisation:"), self.reporter_org)
        layout.addLayout(f)
        self.harm_note = QLabel(
            self.tr(
                "Skada eller risk för skada: bedömaren ska kontaktas för omprövning av egenvårdsbedömningen. "
                "Ange datum när bedömaren informerades."
            )
        )
        self.harm_note.setObjectName("warning")
        self.harm_note.setWordWrap(True)
        layout.addWidget(self.harm_note)
        f2 = form()
        self.assessor_on = DateField(
            self.tr("Bedömaren informerad"), d.assessor_informed_on if d else None, optional=True
        )
        f2.addRow(self.tr("&Bedömaren informerad:"), self.assessor_on)
        layout.addLayout(f2)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Berörda parter och när de informerades (datum i kalendern, tomt = inte ännu). "
                    "Parterna föreslås från planen och kan ändras."
                )
            )
        )
        self.parties = rows_table(
            self.tr("Informerade parter"),
            [self.tr("Organisation"), self.tr("Kontakt"), self.tr("Informerad")],
            [
                [p.organisation, p.contact, p.informed_on.isoformat() if p.informed_on else ""]
                for p in (d.parties if d else ())
            ],
            min_rows=3,
        )
        date_columns(self.parties, {2: self.tr("Informerad datum")})
        layout.addWidget(self.parties)
        f3 = form()
        self.analysis = text_box(self.tr("Gemensam händelseanalys"), d.event_analysis if d else "")
        self.analysis_on = DateField(self.tr("Händelseanalys gjord"), d.event_analysis_on if d else None, optional=True)
        self.measures = text_box(self.tr("Åtgärder"), d.measures if d else "")
        self.status = combo(
            self.tr("Status"),
            [(label(s), s) for s in DeviationStatus],
            d.status if d else DeviationStatus.REPORTED,
        )
        # The day of the analysis beside its text: one row, so the form keeps its height.
        analysis_row = QHBoxLayout()
        analysis_row.addWidget(self.analysis, 1)
        analysis_on_label = QLabel(self.tr("Händelseanal&ys gjord:"))
        analysis_on_label.setBuddy(self.analysis_on)
        analysis_row.addWidget(analysis_on_label, 0, Qt.AlignmentFlag.AlignTop)
        analysis_row.addWidget(self.analysis_on, 0, Qt.AlignmentFlag.AlignTop)
        f3.addRow(self.tr("&Händelseanalys:"), analysis_row)
        row_label = f3.labelForField(analysis_row)
        if isinstance(row_label, QLabel):
            row_label.setBuddy(self.analysis)
        f3.addRow(self.tr("Åt&gärder:"), self.measures)
        f3.addRow(self.tr("S&tatus:"), self.status)
        layout.addLayout(f3)
        self.notices = QLabel()
        self.notices.setWordWrap(True)
        self.notices.setObjectName("warning")
        layout.addWidget(self.notices)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.error = ErrorLabel()
        self.error.register(
            {
                "location": self.location,
                "description": self.description,
                "reporter": self.reporter,
                "parties": self.parties,
                "event_analysis_on": self.analysis_on,
                "status": self.status,
            }
        )
        outer.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Spara"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Avbryt"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.button_box = buttons
        row = QHBoxLayout()
        # The report shows what is saved: a new deviation gets it after saving, when it is opened again.
        self.report_button = QPushButton(self.tr("Avvikelserapport (P&DF)…"))
        self.report_button.setObjectName("deviation_report")
        self.report_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.report_button.setToolTip(
            self.tr(
                "Rapporten som PDF, att skriva ut eller skicka till en annan organisation; visar det sparade (Ctrl+P)"
            )
            if d is not None
            else self.tr("Spara avvikelsen först; rapporten visar det som är sparat.")
        )
        self.report_button.setEnabled(d is not None)
        self.report_button.clicked.connect(self.show_report)
        row.addWidget(self.report_button)
        # Routine 002: a deviation reaches every organisation involved; this sends the saved one.
        self.send_button = QPushButton(self.tr("Skicka till annan organisation…"))
        self.send_button.setObjectName("deviation_send")
        self.send_button.setToolTip(self.tr("Avvikelsen i ett krypterat utbytespaket till en partner"))
        self.send_button.setEnabled(d is not None)
        self.send_button.clicked.connect(lambda: self.deviation is not None and self.send.emit(self.deviation))
        row.addWidget(self.send_button)
        row.addWidget(buttons, 1)
        outer.addLayout(row)
        self.harm.currentIndexChanged.connect(self._harm_changed)
        self._harm_changed()
        self.plan.currentIndexChanged.connect(self.propose_parties)
        if d is not None:
            notices = d.open_notices()
            self.notices.setText(self.tr("Öppet: {0}").format("; ".join(notices)) if notices else "")
        self.resize(860, 700)
        drafts.mark_pristine(self)
        if d is None:
            self.propose_parties()

    def draft_state(self) -> Draft | None:
        context = {
            "person_id": self.person.id if self.person else None,
            "deviation_id": self.deviation.id if self.deviation else None,
        }
        return drafts.form_draft(self, context) if self.person else None

    def restore_draft(self, draft: Draft) -> None:
        drafts.restore_form(self, draft)

    def show_report(self) -> None:
        """The saved deviation as a report, rendered on the worker and previewed."""
        if self.deviation is None:
            return
        if not confirm_protected(self, self.person is not None and self.person.protected_identity):
            return
        self.error.clear_error()
        render_and_show(
            self._db,
            self,
            documents.render_deviation_pdf,
            self.deviation.id,
            title=self.tr("Avvikelserapport"),
            file_name=f"avvikelse-{self.deviation.id[:8]}.pdf",
            on_error=self.error.show_error,
            on_shown=self._shown,
            protected=self.person is not None and self.person.protected_identity,
        )

    def _shown(self, dialog: QDialog) -> None:
        self.last_dialog = dialog

    def clear(self) -> None:
        """On lock: close the report preview (it holds personal data) with the dialog."""
        dialog = self.last_dialog
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.close()

    def propose_parties(self) -> None:
        """The parties the chosen plan calls for, added to the grid (service: `proposed_parties`)."""
        plan_id = self.plan.currentData()
        if plan_id:
            self._db.call(cases.proposed_parties, plan_id, self.reporter_org.text(), on_done=self._proposed, owner=self)

    def _proposed(self, names: tuple[tuple[str, str], ...]) -> None:
        """Each proposed party not yet in the grid goes into its first empty row; nothing typed
        is replaced. A form nobody has typed in stays without a draft to keep."""
        pristine = drafts.form_draft(self, {}) is None
        present = {org.casefold() for org, *_ in table_values(self.parties)}
        for organisation, contact in names:
            if organisation.casefold() in present:
                continue
            row = next((r for r in range(self.parties.rowCount()) if not any(_row_texts(self.parties, r))), None)
            if row is None:
                row = self.parties.rowCount()
                self.parties.insertRow(row)
            self.parties.setItem(row, 0, QTableWidgetItem(organisation))
            self.parties.setItem(row, 1, QTableWidgetItem(contact))
            present.add(organisation.casefold())
        if self.parties.rowCount() and any(_row_texts(self.parties, self.parties.rowCount() - 1)):
            self.parties.insertRow(self.parties.rowCount())  # room for one more by hand
        if pristine:
            drafts.mark_pristine(self)
        self.proposal_shown.emit()

    def _harm_changed(self) -> None:
        self.harm_note.setVisible(self.harm.currentData().calls_for_reassessment)

    def entry(self) -> cases.DeviationEntry:
        """What the form holds, as typed; every rule about it is the model's (via the service)."""
        person_id = self.person.id if self.person is not None else self.deviation.person_id  # type: ignore[union-attr]
        return cases.DeviationEntry(
            person_id=person_id,
            occurred_at=self.occurred.dateTime().toPython().astimezone(UTC).replace(microsecond=0),
            location=self.location.text(),
            description=self.description.toPlainText(),
            reporter=self.reporter.text(),
            reporter_organisation=self.reporter_org.text(),
            plan_id=self.plan.currentData(),
            immediate_action=self.action.toPlainText(),
            harm=self.harm.currentData(),
            category=self.category.currentData(),
            parties=tuple((org, contact, when) for org, contact, when in table_values(self.parties)),
            assessor_informed_on=self.assessor_on.value(),
            event_analysis=self.analysis.toPlainText(),
            event_analysis_on=self.analysis_on.value(),
            measures=self.measures.toPlainText(),
            status=self.status.currentData(),
            deviation_id=self.deviation.id if self.deviation is not None else None,
        )

    def save(self) -> None:
        """One use case on the worker; a rule broken comes back as an error naming its field."""
        self.error.clear_error()
        self.button_box.setEnabled(False)
        self._db.call(cases.save_deviation, self.entry(), on_done=self._done, on_error=self._failed, owner=self)

    def _done(self, deviation: Deviation) -> None:
        self.saved.emit(deviation)
        self.deviation = deviation
        if deviation.awaits_assessor:
            text = self.tr(
                "Avvikelsen innebär skada eller risk för skada. Bedömaren ska kontaktas för omprövning; "
                "det står som öppen punkt tills datumet är ifyllt. Vill du starta en omprövning av planen nu?"
            )
            if common.ask(self, self.tr("Omprövning behövs"), text):
                self.reassess.emit(deviation)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.button_box.setEnabled(True)
        self.error.show_error(exc)


def _row_texts(table: QTableWidget, row: int) -> list[str]:
    return [(table.item(row, c).text().strip() if table.item(row, c) else "") for c in range(table.columnCount())]
