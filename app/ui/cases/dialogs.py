"""SIP link and bistånd decision: small forms (the dispute form is in `dispute.py`)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QGroupBox, QWidget

from app.errors import UserError
from app.models.common import Consent, ConsentForm, ConsentGiver
from app.models.labels import label
from app.models.person import Person
from app.models.plan import Plan
from app.models.records import BistandDecision, DecisionResult, Law
from app.services import cases
from app.ui.cases.dispute import DisputeDialog
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
    """An application for bistånd and its decision. The handläggare is the case officer who
    decides, not whoever types: the window proposes the user's name only for a case officer
    (`case_officer_default`). A decision must name the plan it rests on (the model says so);
    opened on a saved pending application, only the decision can be filled in."""

    def __init__(
        self,
        db: Database,
        person: Person,
        plans: list[Plan],
        officer: str,
        parent: QWidget | None = None,
        decision: BistandDecision | None = None,
    ) -> None:
        super().__init__(db, self.tr("Biståndsbeslut – {0}").format(person.name), parent)
        self.person = person
        self.decision = decision
        d = decision
        self.law = combo(self.tr("Lag"), [(label(law), law) for law in Law], d.law if d else None)
        self.applied = DateField(self.tr("Ansökningsdatum"), d.applied_on if d else date.today())
        self.officer = line(self.tr("Handläggare"), d.case_officer if d else officer)
        self.officer.setPlaceholderText(self.tr("Handläggaren som fattar beslutet"))
        self.result = combo(
            self.tr("Beslut"),
            [
                (self.tr("Ej beslutat"), DecisionResult.PENDING),
                (self.tr("Beviljat"), DecisionResult.GRANTED),
                (self.tr("Avslag"), DecisionResult.DENIED),
            ],
            d.result if d else None,
        )
        self.decided = DateField(self.tr("Beslutsdatum"), d.decided_on if d else None, optional=True)
        only = plans[0].id if len(plans) == 1 else None  # one plan: the one the decision rests on
        self.plan = combo(
            self.tr("Plan"),
            [(self.tr("(ingen)"), None)] + [(p.measure, p.id) for p in plans],
            d.plan_id if d else only,
        )
        self.notes = text_box(self.tr("Anteckningar"), d.notes if d else "")
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
        if d is not None:
            for w in (self.law, self.applied, self.officer, self.notes):
                w.setEnabled(False)  # the application as made; only its decision is added
            if d.is_decided:
                self.buttons.setEnabled(False)
        self.error.register(
            {"case_officer": self.officer, "decided_on": self.decided, "plan_id": self.plan, "result": self.result}
        )
        self.finish_layout()

    def save(self) -> None:
        if self.decision is not None:
            self.submit(
                cases.decide, self.decision.id, self.result.currentData(), self.decided.value(), self.plan.currentData()
            )
            return
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


__all__ = ["DecisionDialog", "DisputeDialog", "SipDialog"]
