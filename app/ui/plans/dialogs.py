"""Around a signed plan: review (always sets the next date), copy (asks for consent),
instruction, and the quick performance entry of a home visit."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.models.common import Consent, ConsentForm, ConsentGiver
from app.models.labels import label
from app.models.plan import Plan
from app.models.records import Recipient
from app.models.review import Review, ReviewKind, ReviewOutcome
from app.services import plans
from app.services.drafts import Draft
from app.ui import drafts
from app.ui.common import DateField, ErrorLabel, combo, form, line, text_box
from app.ui.worker import Database


class _FormDialog(QDialog):
    """A small form on the worker. The forms a plan window opens (`draft_action`, its
    `PlanDialog.do_<action>`) are kept over a lock (app/ui/drafts.py) and opened again there."""

    saved = Signal(object)
    stale = Signal(object)  # ChangedElsewhere: the plan window shows it and reads the plan again
    draft_kind = "plan_form"
    draft_action = ""  # "": not kept

    def __init__(self, db: Database, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(title)
        # Room for a unit's name and a whole date-time: at its own size the smallest of these
        # forms was 245 px wide and showed "sonal vid HVB Solrosen".
        self.setMinimumWidth(480)
        self.layout_ = QVBoxLayout(self)
        self.form = form()
        self.layout_.addLayout(self.form)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Spara"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Avbryt"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        drafts.mark_pristine_once(self)  # as first shown: filled in, nothing typed yet
        super().showEvent(event)

    def _draft_plan_id(self) -> str:
        plan = getattr(self, "plan", None)
        review = getattr(self, "review", None)
        return str(getattr(self, "plan_id", "") or (plan.id if plan else "") or (review.plan_id if review else ""))

    def draft_state(self) -> Draft | None:
        if not self.draft_action or not self._draft_plan_id():
            return None
        return drafts.form_draft(self, {"plan_id": self._draft_plan_id(), "action": self.draft_action})

    def restore_draft(self, draft: Draft) -> None:
        drafts.restore_form(self, draft)

    def submit(self, fn, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        self.buttons.setEnabled(False)
        self._db.call(fn, *args, **kwargs, on_done=self._done, on_error=self._failed, owner=self)

    def _done(self, result: object) -> None:
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, plans.ChangedElsewhere):
            self.stale.emit(exc)
            self.reject()  # what it was opened on is no longer the plan
            return
        self.error.show_error(exc)

    def save(self) -> None:  # pragma: no cover - every dialog overrides
        raise NotImplementedError


class ReviewDialog(_FormDialog):
    draft_action = "review"

    def __init__(self, db: Database, review: Review, done_by: str, parent: QWidget | None = None) -> None:
        super().__init__(db, self.tr("Uppföljning / omprövning"), parent)
        self.review = review
        self.done_on = DateField(self.tr("Datum för uppföljningen"), date.today())
        self.done_by = line(self.tr("Utförd av"), done_by)
        self.outcome = combo(self.tr("Resultat"), [(label(o), o) for o in ReviewOutcome], ReviewOutcome.CONTINUE)
        self.next_on = DateField(self.tr("Nästa uppföljning"), None, optional=True)
        self.next_on.edit.setDate(date.today() + timedelta(days=180))
        self.next_kind = combo(
            self.tr("Nästa gång"),
            [(self.tr("Omprövning"), ReviewKind.REASSESSMENT), (self.tr("Uppföljning"), ReviewKind.FOLLOW_UP)],
        )
        self.notes = text_box(self.tr("Anteckningar"))
        self.form.addRow(self.tr("Planerad:"), line(self.tr("Planerat datum"), review.planned_on.isoformat()))
        self.form.itemAt(self.form.rowCount() - 1, self.form.ItemRole.FieldRole).widget().setReadOnly(True)
        self.form.addRow(self.tr("&Datum:"), self.done_on)
        self.form.addRow(self.tr("&Utförd av:"), self.done_by)
        self.form.addRow(self.tr("&Resultat:"), self.outcome)
        self.form.addRow(self.tr("&Nästa datum:"), self.next_on)
        self.form.addRow(self.tr("Nästa &typ:"), self.next_kind)
        self.form.addRow(self.tr("A&nteckningar:"), self.notes)
        self.finish_layout()

    def save(self) -> None:
        done_on = self.done_on.value()
        try:
            assert done_on is not None
            self.review.completed(
                done_on, self.done_by.text(), self.outcome.currentData(), self.next_on.value(), self.notes.toPlainText()
            )
        except UserError as exc:
            self.error.show_error(exc)
            return
        self.submit(
            plans.complete_review,
            self.review,
            done_on,
            self.done_by.text(),
            self.outcome.currentData(),
            self.next_on.value(),
            self.notes.toPlainText(),
            self.next_kind.currentData(),
        )


class CopyDialog(_FormDialog):
    """A copy to anyone but the person or a guardian asks for the consent first."""

    draft_action = "copy"

    def __init__(self, db: Database, plan: Plan, person_is_child: bool, parent: QWidget | None = None) -> None:
        super().__init__(db, self.tr("Lämna över kopia av planen"), parent)
        self.plan = plan
        self.child = person_is_child
        self.recipient = combo(self.tr("Mottagare"), [(label(r), r) for r in Recipient])
        self.recipient_name = line(self.tr("Mottagarens namn"))
        self.handed_on = DateField(self.tr("Datum"), date.today())
        self.form.addRow(self.tr("&Mottagare:"), self.recipient)
        self.form.addRow(self.tr("&Namn:"), self.recipient_name)
        self.form.addRow(self.tr("&Datum:"), self.handed_on)
        self.consent_box = QGroupBox(self.tr("Samtycke"))
        cf = form()
        self.given_by = line(self.tr("Samtycke lämnat av"))
        self.giver = combo(
            self.tr("Samtycke lämnat som"),
            [
                (self.tr("Den enskilde"), ConsentGiver.PERSON),
                (self.tr("Vårdnadshavare"), ConsentGiver.GUARDIAN),
                (self.tr("Legal företrädare"), ConsentGiver.REPRESENTATIVE),
            ],
            ConsentGiver.GUARDIAN if person_is_child else ConsentGiver.PERSON,
        )
        self.consent_on = DateField(self.tr("Samtyckesdatum"), date.today())
        self.consent_form = combo(
            self.tr("Form"), [(self.tr("Skriftligt"), ConsentForm.WRITTEN), (self.tr("Muntligt"), ConsentForm.VERBAL)]
        )
        cf.addRow(self.tr("&Lämnat av:"), self.given_by)
        cf.addRow(self.tr("&Som:"), self.giver)
        cf.addRow(self.tr("Samtyckes&datum:"), self.consent_on)
        cf.addRow(self.tr("&Form:"), self.consent_form)
        self.consent_box.setLayout(cf)
        self.layout_.addWidget(self.consent_box)
        self.recipient.currentIndexChanged.connect(self._recipient_changed)
        self.recipient.setCurrentIndex(self.recipient.findData(Recipient.SCHOOL_LEADER))
        self._recipient_changed()
        self.finish_layout()

    def _recipient_changed(self) -> None:
        self.consent_box.setVisible(Plan.needs_consent(self.recipient.currentData()))

    def save(self) -> None:
        handed_on = self.handed_on.value()
        consent = None
        try:
            if self.consent_box.isVisibleTo(self):
                on = self.consent_on.value()
                assert on is not None
                consent = Consent(
                    self.given_by.text(),
                    self.giver.currentData(),
                    on,
                    self.consent_form.currentData(),
                    self.tr("Kopia av egenvårdsplan"),
                )
        except UserError as exc:
            self.error.show_error(exc)
            return
        self.submit(
            plans.hand_over_copy,
            self.plan,
            self.recipient.currentData(),
            self.recipient_name.text(),
            handed_on,
            consent,
        )


class InstructionDialog(_FormDialog):
    draft_action = "instruction"

    def __init__(self, db: Database, plan: Plan, instructed_by: str, parent: QWidget | None = None) -> None:
        super().__init__(db, self.tr("Registrera instruktion"), parent)
        self.plan = plan
        self.staff = line(self.tr("Instruerad personal"))
        self.role = line(self.tr("Personalens roll"), placeholder=self.tr("t.ex. Undersköterska"))
        self.by = line(self.tr("Instruerad av"), instructed_by)
        self.on = DateField(self.tr("Instruktionsdatum"), date.today())
        self.renew = DateField(self.tr("Förnyas senast"), None, optional=True)
        self.renew.edit.setDate(date.today() + timedelta(days=365))
        self.notes = text_box(self.tr("Anteckningar"))
        self.form.addRow(self.tr("&Personal:"), self.staff)
        self.form.addRow(self.tr("&Roll:"), self.role)
        self.form.addRow(self.tr("Instruerad &av:"), self.by)
        self.form.addRow(self.tr("&Datum:"), self.on)
        self.form.addRow(self.tr("&Förnyas:"), self.renew)
        self.form.addRow(self.tr("A&nteckningar:"), self.notes)
        self.finish_layout()

    def save(self) -> None:
        self.submit(
            plans.log_instruction,
            self.plan,
            self.staff.text(),
            self.by.text(),
            self.on.value(),
            self.renew.value(),
            self.role.text(),
            self.notes.toPlainText(),
        )


class PerformanceDialog(_FormDialog):
    """The home-visit entry: done, or not done and why. "Not done" may start a deviation,
    which the caller offers when `saved` carries a not-done entry."""

    draft_action = "performance"

    def __init__(self, db: Database, plan: Plan, performer: str, parent: QWidget | None = None) -> None:
        super().__init__(db, self.tr("Signeringslista – ny rad"), parent)
        self.plan = plan
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.when.setAccessibleName(self.tr("Tidpunkt"))
        self.performer = line(self.tr("Utförare"), performer)
        self.done_radio = QRadioButton(self.tr("&Utförd"))
        self.not_done_radio = QRadioButton(self.tr("&Inte utförd"))
        self.done_radio.setChecked(True)
        self.reason = line(self.tr("Varför inte utförd"))
        self.reason.setEnabled(False)
        self.not_done_radio.toggled.connect(self.reason.setEnabled)
        self.form.addRow(self.tr("&Tidpunkt:"), self.when)
        self.form.addRow(self.tr("Ut&förare:"), self.performer)
        self.form.addRow("", self.done_radio)
        self.form.addRow("", self.not_done_radio)
        self.form.addRow(self.tr("&Varför:"), self.reason)
        self.finish_layout()

    def save(self) -> None:
        at = self.when.dateTime().toPython().astimezone(UTC).replace(microsecond=0)
        if not isinstance(at, datetime):  # pragma: no cover
            return
        done = self.done_radio.isChecked()
        self.submit(plans.log_performance, self.plan, at, self.performer.text(), done, self.reason.text())


class AnnounceDialog(_FormDialog):
    """The next review's date told to those concerned (002 "meddelas berörda"): when and to whom."""

    def __init__(self, db: Database, review: Review, parent: QWidget | None = None) -> None:
        super().__init__(db, self.tr("Meddela nästa datum"), parent)
        self.review = review
        self.on = DateField(self.tr("Meddelat den"), date.today())
        self.to = line(self.tr("Meddelat till"), placeholder=self.tr("t.ex. vårdnadshavare, rektor, enhetschef"))
        planned = line(self.tr("Planerat datum"), review.planned_on.isoformat())
        planned.setReadOnly(True)
        self.form.addRow(self.tr("Planerat:"), planned)
        self.form.addRow(self.tr("&Meddelat den:"), self.on)
        self.form.addRow(self.tr("Meddelat &till:"), self.to)
        self.error.register({"announced_to": self.to})
        self.finish_layout()

    def save(self) -> None:
        self.submit(plans.announce_review, self.review, self.on.value(), self.to.text())
