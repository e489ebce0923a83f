"""SIP link, bistånd decision and dispute: small forms."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QGroupBox, QWidget

from app.errors import UserError
from app.models.common import Consent, ConsentForm, ConsentGiver
from app.models.dispute import Dispute
from app.models.labels import label
from app.models.person import Person
from app.models.plan import Plan
from app.models.records import DecisionResult, Law
from app.services import cases
from app.ui.common import DateField, combo, form, line, text_box
from app.ui.plans.dialogs import _FormDialog
from app.ui.worker import Database


class SipDialog(_FormDialog):
    def __init__(self, db: Database, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(db, self.tr("SIP – {0}").format(person.name), parent)
        self.person = person
        self.sip_date = DateField(self.tr("SIP-datum"), date.today())
        self.coordinator = line(self.tr("Samordnare"))
        self.parties = line(self.tr("Parter, kommaseparerade"), placeholder=self.tr("Region Kronoberg, Socialtjänsten"))
        self.reference = line(self.tr("Referens i regionens system"))
        self.next = DateField(self.tr("Nästa uppföljning"), date.today() + timedelta(days=90), optional=True)
        self.form.addRow(self.tr("&Datum:"), self.sip_date)
        self.form.addRow(self.tr("&Samordnare:"), self.coordinator)
        self.form.addRow(self.tr("&Parter:"), self.parties)
        self.form.addRow(self.tr("&Referens:"), self.reference)
        self.form.addRow(self.tr("&Nästa uppföljning:"), self.next)
        box = QGroupBox(self.tr("Samtycke (SIP kräver personens samtycke)"))
        cf = form()
        child = person.is_child(date.today())
        self.given_by = line(
            self.tr("Samtycke lämnat av"), person.guardians[0].name if child and person.guardians else person.name
        )
        self.giver = combo(
            self.tr("Samtycke lämnat som"),
            [
                (self.tr("Den enskilde"), ConsentGiver.PERSON),
                (self.tr("Vårdnadshavare"), ConsentGiver.GUARDIAN),
                (self.tr("Legal företrädare"), ConsentGiver.REPRESENTATIVE),
            ],
            ConsentGiver.GUARDIAN if child else ConsentGiver.PERSON,
        )
        self.consent_on = DateField(self.tr("Samtyckesdatum"), date.today())
        cf.addRow(self.tr("&Lämnat av:"), self.given_by)
        cf.addRow(self.tr("S&om:"), self.giver)
        cf.addRow(self.tr("Da&tum:"), self.consent_on)
        box.setLayout(cf)
        self.layout_.addWidget(box)
        self.error.register({"coordinator": self.coordinator, "next_follow_up": self.next, "consent": self.given_by})
        self.finish_layout()

    def save(self) -> None:
        try:
            consent = Consent(
                self.given_by.text(), self.giver.currentData(), self.consent_on.value(), ConsentForm.WRITTEN, "SIP"
            )
        except UserError as exc:
            self.error.show_error(exc)
            return
        parties = tuple(p.strip() for p in self.parties.text().split(",") if p.strip())
        self.submit(
            cases.link_sip,
            self.person.id,
            self.sip_date.value(),
            self.coordinator.text(),
            consent,
            parties,
            self.reference.text(),
            self.next.value(),
        )


class DecisionDialog(_FormDialog):
    def __init__(
        self, db: Database, person: Person, plans: list[Plan], officer: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, self.tr("Biståndsbeslut – {0}").format(person.name), parent)
        self.person = person
        self.law = combo(self.tr("Lag"), [(label(law), law) for law in Law])
        self.applied = DateField(self.tr("Ansökningsdatum"), date.today())
        self.officer = line(self.tr("Handläggare"), officer)
        self.result = combo(
            self.tr("Beslut"),
            [
                (self.tr("Ej beslutat"), DecisionResult.PENDING),
                (self.tr("Beviljat"), DecisionResult.GRANTED),
                (self.tr("Avslag"), DecisionResult.DENIED),
            ],
        )
        self.decided = DateField(self.tr("Beslutsdatum"), None, optional=True)
        self.plan = combo(self.tr("Plan"), [(self.tr("(ingen)"), None)] + [(p.measure, p.id) for p in plans])
        self.notes = text_box(self.tr("Anteckningar"))
        for caption, w in (
            (self.tr("&Lag:"), self.law),
            (self.tr("&Ansökt:"), self.applied),
            (self.tr("&Handläggare:"), self.officer),
            (self.tr("&Beslut:"), self.result),
            (self.tr("Beslu&tsdatum:"), self.decided),
            (self.tr("&Plan:"), self.plan),
            (self.tr("A&nteckningar:"), self.notes),
        ):
            self.form.addRow(caption, w)
        self.error.register({"case_officer": self.officer, "decided_on": self.decided})
        self.finish_layout()

    def save(self) -> None:
        self.submit(
            cases.record_decision,
            self.person.id,
            self.law.currentData(),
            self.applied.value(),
            self.officer.text(),
            self.result.currentData(),
            self.decided.value(),
            self.plan.currentData(),
            self.notes.toPlainText(),
        )


class DisputeDialog(_FormDialog):
    """Open a dispute, or resolve an open one (002: within two weeks)."""

    def __init__(
        self, db: Database, person: Person | None = None, dispute: Dispute | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, self.tr("Tvist (tolkning)"), parent)
        self.person = person
        self.dispute = dispute
        t = dispute
        self.parties = line(self.tr("Parter, kommaseparerade"), ", ".join(t.parties) if t else "")
        self.question = text_box(self.tr("Frågan"), t.question if t else "")
        self.opened = DateField(self.tr("Öppnad"), t.opened_on if t else date.today())
        self.form.addRow(self.tr("&Parter:"), self.parties)
        self.form.addRow(self.tr("&Fråga:"), self.question)
        self.form.addRow(self.tr("&Öppnad:"), self.opened)
        self.resolved = DateField(self.tr("Löst datum"), t.resolved_on if t else None, optional=True)
        self.solution = text_box(self.tr("Lösning"), t.solution if t else "")
        if t is not None:
            for w in (self.parties, self.question, self.opened):
                w.setEnabled(False)
            due = line(self.tr("Ska vara löst senast"), t.due_on.isoformat())
            due.setReadOnly(True)  # shown, not saved: typing here would change nothing
            self.form.addRow(self.tr("Senast: "), due)
            self.form.addRow(self.tr("&Löst:"), self.resolved)
            self.form.addRow(self.tr("L&ösning:"), self.solution)
            if not t.is_open:
                self.buttons.setEnabled(False)
        self.error.register(
            {
                "parties": self.parties,
                "question": self.question,
                "resolved_on": self.resolved,
                "solution": self.solution,
            }
        )
        self.finish_layout()

    def save(self) -> None:
        if self.dispute is None:
            parties = tuple(p.strip() for p in self.parties.text().split(",") if p.strip())
            self.submit(
                cases.open_dispute,
                parties,
                self.question.toPlainText(),
                self.opened.value(),
                self.person.id if self.person else None,
            )
        else:
            self.submit(cases.resolve_dispute, self.dispute, self.resolved.value(), self.solution.toPlainText())
