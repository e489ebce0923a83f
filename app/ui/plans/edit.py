"""Changing a plan from its window: edit the seven points (a signed version becomes the next
draft), sign a draft. Both send the version the window showed; the service refuses it if it is
no longer the stored one, and the window is told through `stale`."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from app.models.common import Practitioner
from app.models.plan import Plan
from app.services import plans
from app.services import samrad as samrad_service
from app.services.drafts import Draft
from app.services.plans import ChangedElsewhere
from app.ui import drafts
from app.ui.common import ErrorLabel
from app.ui.plans.points import PointsForm, SignForm, missing_text
from app.ui.worker import Database


class _PlanChange(QDialog):
    saved = Signal(object)
    stale = Signal(object)  # ChangedElsewhere: the plan window shows it and reads the plan again

    def __init__(self, db: Database, plan: Plan, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._db = db
        self.plan = plan
        self.layout_ = QVBoxLayout(self)
        self.error = ErrorLabel()

    def finish(self, buttons: QDialogButtonBox) -> None:
        self.layout_.addWidget(self.error)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.layout_.addWidget(buttons)

    def submit(self, fn, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        self._db.call(fn, self.plan, *args, **kwargs, on_done=self._done, on_error=self._failed, owner=self)

    def _done(self, plan: Plan) -> None:
        self.saved.emit(plan)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, ChangedElsewhere):
            self.stale.emit(exc)
            self.reject()  # what it shows is no longer the plan
            return
        self.error.show_error(exc)

    def save(self) -> None:  # pragma: no cover - every dialog overrides
        raise NotImplementedError


class EditPlanDialog(_PlanChange):
    draft_kind = "plan_edit"  # kept over a lock (app/ui/drafts.py)

    def __init__(self, db: Database, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(db, plan, parent)
        self.setWindowTitle(self.tr("Ändra plan"))
        self.form = PointsForm(plan)
        self.layout_.addWidget(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Spara"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Avbryt"))
        self.finish(buttons)
        self.resize(820, 620)
        drafts.mark_pristine(self)

    def draft_state(self) -> Draft | None:
        return drafts.form_draft(self, {"plan_id": self.plan.id})

    def restore_draft(self, draft: Draft) -> None:
        drafts.restore_form(self, draft)

    def save(self) -> None:
        self.submit(plans.edit_plan, **self.form.values())


class SignDialog(_PlanChange):
    def __init__(self, db: Database, plan: Plan, profile: Practitioner | None, parent: QWidget | None = None) -> None:
        super().__init__(db, plan, parent)
        self.setWindowTitle(self.tr("Signera plan"))
        self.setMinimumWidth(560)  # room for the sentence that says what keeps the plan from signing
        self.form = SignForm(profile)
        self.layout_.addWidget(self.form)
        missing = plan.missing_points()
        self._notes = [self.tr("Innan planen kan signeras saknas:") + "\n" + missing_text(missing)] if missing else []
        if self._notes:
            self.error.show_error(self._notes[0])
        # The samråd is the assessment's: asked of the worker, shown in the model's words.
        db.call(samrad_service.state_for_plan, plan, on_done=self._samrad, owner=self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Signera"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Avbryt"))
        self.finish(buttons)

    def _samrad(self, state: samrad_service.SamradState) -> None:
        if state.refusal is not None:
            self._notes.append(str(state.refusal))
            self.error.show_error("\n".join(self._notes))

    def save(self) -> None:
        problem = self.form.check()
        if problem:
            self.error.show_error(problem)
            return
        self.submit(plans.sign_plan, self.form.signature())
