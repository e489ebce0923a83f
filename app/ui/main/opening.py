"""Opening things from the main window: a person, a plan (one window each), a to-do's form, a
record by its kind (app/ui/main/routes.py), the forms of a person's actions, and the exchange
dialogs. A mixin of MainWindow (app/ui/main/window.py), which owns the attributes below; its
texts keep the "MainWindow" translation context."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidget, QStackedWidget

from app.models.common import Practitioner
from app.models.deviation import MISSED_MEASURE
from app.models.labels import category_label
from app.models.person import Person
from app.models.plan import PlanKind
from app.models.records import case_officer_default
from app.models.review import Review
from app.services import cases, exchange, persons, plans
from app.services.overview import PersonRecord, PlanRecord
from app.services.todo import Kind, TodoItem
from app.ui import common
from app.ui.cases.dialogs import DecisionDialog, DisputeDialog, SipDialog
from app.ui.common import translate
from app.ui.deviations.dialog import DeviationDialog
from app.ui.exchange.conflict import ConflictDialog
from app.ui.exchange.export_wizard import ExportWizard, Fixed
from app.ui.exchange.import_wizard import ImportWizard
from app.ui.main.routes import IN_PLAN_WINDOW, Route
from app.ui.persons.detail import PersonView
from app.ui.persons.dialog import PersonDialog
from app.ui.plans.dialogs import AnnounceDialog
from app.ui.plans.view import PlanDialog, PlanTab
from app.ui.plans.wizard import PlanWizard
from app.ui.printing import open_blank_form
from app.ui.printing.verify import VerifyDialog
from app.ui.worker import Database

# The plan window's form that records the step a to-do item asks for (app/services/todo.py).
TODO_FORMS = {
    Kind.COPY_MISSING: "copy",
    Kind.INSTRUCTION_MISSING: "instruction",
    Kind.INSTRUCTION_RENEWAL: "instruction",
    Kind.REVIEW_DUE: "review",
    Kind.REVIEW_OVERDUE: "review",
    Kind.DRAFT_STALE: "edit",
    Kind.INTYG_MISSING: "intyg",
}


def _deviation_context(ws, person_id: str):  # type: ignore[no-untyped-def]
    return persons.get(ws, person_id), plans.plans_for_person(ws, person_id)


def _alive(obj: object) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


class Opening:
    """The "open this" half of the main window (a mixin: MainWindow builds what is declared here)."""

    _db: Database
    profile: Practitioner | None
    _dialogs: list[QDialog]
    _plan_windows: dict[str, PlanDialog]
    nav: QListWidget
    stack: QStackedWidget
    person: PersonView

    # --- opening things ------------------------------------------------------------------------
    def open_person(self, person_id: str) -> None:
        if not person_id:
            return
        # No navigation row is current on a person page, so that any row (even Personer) leads back.
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(-1)
        self.nav.blockSignals(False)
        self.stack.setCurrentWidget(self.person)
        self.person.show_person(person_id)

    def _keep(self, dialog: QDialog) -> QDialog:
        self._dialogs = [d for d in self._dialogs if _alive(d)]
        self._dialogs.append(dialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_plan(self, plan_id: str, tab: str = PlanTab.PLAN) -> PlanDialog:
        """One window per plan: a plan already open is raised (on the tab asked for)."""
        open_ = self._plan_windows.get(plan_id)
        if open_ is not None and _alive(open_) and open_.isVisible():
            open_.show_tab(PlanTab(tab))
            open_.raise_()
            open_.activateWindow()
            return open_
        dialog = PlanDialog(self._db, plan_id, self.profile, tab, self)
        dialog.start_deviation.connect(self._deviation_from_plan)
        dialog.send_plan.connect(self._send_plan)
        self._plan_windows = {k: d for k, d in self._plan_windows.items() if _alive(d)}
        self._plan_windows[plan_id] = dialog
        self._keep(dialog)
        return dialog

    def open_todo(self, item: TodoItem) -> None:
        """The form of the step the item asks for (TODO_FORMS), else the record it names."""
        if item.entity == "announce":
            self._db.call(plans.get_review, item.entity_id, on_done=self._announce, owner=self)
        elif item.entity == "decision" and item.person_id:
            self.open_person(item.person_id)  # the application is on the person's timeline
        elif item.kind in TODO_FORMS and item.plan_id:
            tab = IN_PLAN_WINDOW[Route(item.entity)]
            self.open_plan(item.plan_id, tab).start(TODO_FORMS[item.kind])
        else:
            self.open_entity(item.entity, item.entity_id, item.plan_id)

    def _announce(self, review: Review) -> None:
        self._keep(AnnounceDialog(self._db, review, self))

    def open_entity(self, entity: str, entity_id: str, plan_id: str | None) -> None:
        """Route by the record kind; an unknown kind is a programming error (ValueError)."""
        route = Route(entity)
        if route in IN_PLAN_WINDOW:
            if plan_id:
                self.open_plan(plan_id, IN_PLAN_WINDOW[route])
            return
        opener: dict[Route, Callable[[str], None]] = {
            Route.DEVIATION: self._open_deviation,
            Route.DISPUTE: self._open_dispute,
            Route.CONFLICT: self._open_conflict,
            Route.DECISION: self._open_decision,
            Route.SIP: lambda _id: None,
        }
        opener[route](entity_id)

    def _open_drilled(self, record) -> None:  # type: ignore[no-untyped-def]
        """A record behind a follow-up figure: a plan, deviation or dispute opens itself; the
        others (an assessment, a review, a log line, a decision) open their person."""
        if record.kind == "plan":
            self.open_plan(record.id)
        elif record.kind in (Route.DEVIATION, Route.DISPUTE):
            self.open_entity(record.kind, record.id, None)
        elif record.person_id:
            self.open_person(record.person_id)

    def _open_deviation(self, deviation_id: str) -> None:
        self._db.call(cases.get_deviation, deviation_id, on_done=self._edit_deviation, owner=self)

    def _open_dispute(self, dispute_id: str) -> None:
        self._db.call(cases.get_dispute, dispute_id, on_done=self._edit_dispute, owner=self)

    def _open_decision(self, decision_id: str) -> None:
        """A saved application: a pending one is decided here (with its plan)."""

        def shown(decision) -> None:  # type: ignore[no-untyped-def]
            def with_context(ctx: tuple) -> None:
                person, plans_ = ctx
                officer = case_officer_default(self.profile)
                self._keep(DecisionDialog(self._db, person, plans_, officer, self, decision))

            self._db.call(_deviation_context, decision.person_id, on_done=with_context, owner=self)

        self._db.call(cases.get_decision, decision_id, on_done=shown, owner=self)

    def _open_conflict(self, conflict_id: str) -> None:
        def shown(conflicts: list) -> None:
            found = next((c for c in conflicts if c.id == conflict_id), None)
            if found is not None:
                self.resolve_conflict(found)

        self._db.call(exchange.open_conflicts, on_done=shown, owner=self)

    def _edit_deviation(self, deviation) -> None:  # type: ignore[no-untyped-def]
        def shown(ctx: tuple) -> None:
            person, plans_ = ctx
            dialog = DeviationDialog(self._db, person, deviation, plans_, parent=self)
            dialog.reassess.connect(self._reassess)
            dialog.send.connect(self._send_deviation)
            self._keep(dialog)

        self._db.call(_deviation_context, deviation.person_id, on_done=shown, owner=self)

    def _edit_dispute(self, dispute) -> None:  # type: ignore[no-untyped-def]
        if dispute is None:
            return
        dialog = DisputeDialog(self._db, None, dispute, self)
        self._keep(dialog)

    def new_person(self) -> None:
        dialog = PersonDialog(self._db, None, self)
        dialog.saved.connect(lambda p: self.open_person(p.id))
        self._keep(dialog)

    def _person_action(self, key: str, record: PersonRecord | None) -> None:
        if record is None:
            return
        person = record.person
        current = [versions[-1] for versions in record.plans]
        if key == "edit":
            dialog: QDialog = PersonDialog(self._db, person, self)
        elif key == "new_plan":
            dialog = PlanWizard(self._db, person, self.profile, parent=self)
        elif key == "deviation":
            self.new_deviation(person, current)
            return
        elif key == "send":
            self.export_bundle(preset=[person])
            return
        elif key == "sip":
            dialog = SipDialog(self._db, person, self)
        elif key == "decision":
            dialog = DecisionDialog(self._db, person, current, case_officer_default(self.profile), self)
        else:
            dialog = DisputeDialog(self._db, person, None, self)
        self._keep(dialog)

    def new_deviation(self, person: Person, plans_: list, preset: dict | None = None) -> DeviationDialog:
        reporter = (self.profile.name, self.profile.organisation) if self.profile else ("", "")
        dialog = DeviationDialog(self._db, person, None, plans_, reporter, preset, self)
        dialog.reassess.connect(self._reassess)
        dialog.send.connect(self._send_deviation)
        self._keep(dialog)
        return dialog

    def _deviation_from_plan(self, record: PlanRecord, performance) -> None:  # type: ignore[no-untyped-def]
        preset = {
            "plan_id": record.plan.id,
            "category": MISSED_MEASURE,
            "description": translate("MainWindow", "Insatsen blev inte utförd: {0}").format(
                performance.reason if performance else ""
            ),
        }
        self.new_deviation(record.person, [record.plan], preset)

    def _reassess(self, deviation) -> None:  # type: ignore[no-untyped-def]
        """Harm or risk of harm: a re-assessment of the plan (a new assessment and plan version)."""

        def start(ctx: tuple) -> None:
            person, plans_ = ctx
            plan = next((p for p in plans_ if p.id == deviation.plan_id), None)
            wizard = PlanWizard(
                self._db,
                person,
                self.profile,
                PlanKind.REASSESSMENT,
                plan.measure if plan else "",
                plan.setting if plan else None,
                self,
            )
            self._keep(wizard)

        self._db.call(_deviation_context, deviation.person_id, on_done=start, owner=self)

    # --- exchange ------------------------------------------------------------------------------
    def export_bundle(self, preset: list[Person] | None = None, fixed: Fixed | None = None) -> None:
        """The export wizard; from a person, a plan or a deviation it starts with that chosen."""

        def start(partners_: list) -> None:
            wizard = ExportWizard(self._db, partners_, preset, fixed, self)
            self._keep(wizard)

        self._db.call(exchange.partners, on_done=start, owner=self)

    def blank_form(self) -> None:
        open_blank_form(self._db, self)

    def verify_pdf(self, path: str | None = None) -> QDialog | None:
        """`verify` in the window: which file, then its one answer (app/ui/printing/verify.py)."""
        path = path or common.open_file(
            self, translate("MainWindow", "Kontrollera förseglad PDF"), "", translate("MainWindow", "PDF-filer (*.pdf)")
        )
        if not path:
            return None
        return self._keep(VerifyDialog(self._db, Path(path), self))

    def _send_plan(self, record: PlanRecord) -> None:
        label = translate("MainWindow", "Planen ”{0}” för {1}, alla versioner").format(
            record.plan.measure, record.person.name
        )
        self.export_bundle(fixed=Fixed("plan", (record.plan.id,), label))

    def _send_deviation(self, deviation) -> None:  # type: ignore[no-untyped-def]
        label = translate("MainWindow", "Avvikelsen {0}: {1}").format(
            common.fmt_date(deviation.occurred_at), category_label(deviation.category)
        )
        self.export_bundle(fixed=Fixed("deviation", (deviation.id,), label))

    def import_bundle(self) -> ImportWizard:
        wizard = ImportWizard(self._db, parent=self)
        self._keep(wizard)
        return wizard

    def resolve_conflict(self, conflict) -> ConflictDialog:  # type: ignore[no-untyped-def]
        dialog = ConflictDialog(self._db, conflict, self)
        self._keep(dialog)
        return dialog

    def dialogs(self) -> list[QDialog]:
        return [d for d in self._dialogs if _alive(d)]
