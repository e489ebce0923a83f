"""The main window: navigation, the person search, the status bar, and routing "open this item"
from any list to the right view or dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.models.common import Practitioner
from app.models.deviation import MISSED_MEASURE
from app.models.labels import category_label
from app.models.person import Person
from app.models.plan import PlanKind
from app.models.records import case_officer_default
from app.models.review import Review
from app.services import cases, exchange, persons, plans
from app.services.changes import Changes
from app.services.overview import PersonRecord, PlanRecord
from app.services.todo import Kind, TodoItem
from app.ui import common
from app.ui.cases.dialogs import DecisionDialog, DisputeDialog, SipDialog
from app.ui.cases.lists import deviations_view, disputes_view, sip_view
from app.ui.deviations.dialog import DeviationDialog
from app.ui.exchange.conflict import ConflictDialog
from app.ui.exchange.export_wizard import ExportWizard, Fixed
from app.ui.exchange.import_wizard import ImportWizard
from app.ui.exchange.view import ExchangeView
from app.ui.help import show_help
from app.ui.indicators.view import IndicatorsView
from app.ui.main.routes import IN_PLAN_WINDOW, Route, page_concerned
from app.ui.overview.view import OverviewView
from app.ui.persons.detail import PersonView
from app.ui.persons.dialog import PersonDialog
from app.ui.persons.list import PersonsView
from app.ui.plans.dialogs import AnnounceDialog
from app.ui.plans.list import PlansView
from app.ui.plans.view import PlanDialog, PlanTab
from app.ui.plans.wizard import PlanWizard
from app.ui.printing import open_blank_form
from app.ui.printing.verify import VerifyDialog
from app.ui.roles import gate
from app.ui.settings.view import SettingsView
from app.ui.views import filter_field
from app.ui.worker import Database

SEARCH_DELAY_MS = 30  # short: the search itself is one index range, a few milliseconds
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


def _profile(ws):  # type: ignore[no-untyped-def]
    return ws.profile()


def _deviation_context(ws, person_id: str):  # type: ignore[no-untyped-def]
    return persons.get(ws, person_id), plans.plans_for_person(ws, person_id)


class MainWindow(QMainWindow):
    lock_requested = Signal()
    search_done = Signal(int)  # number of hits shown (the benchmark listens)

    PAGES = ("overview", "persons", "plans", "sip", "deviations", "disputes", "exchange", "settings", "indicators")

    def __init__(self, db: Database, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.profile: Practitioner | None = None
        self._dialogs: list[QDialog] = []
        self._plan_windows: dict[str, PlanDialog] = {}  # one window per plan
        self._search_seq = 0
        self.setWindowTitle(self.tr("Egenvårdsstöd"))
        self.setMinimumSize(QSize(1000, 640))

        # --- left column: search and navigation ---------------------------------------------
        left = QWidget()
        left.setObjectName("navigation")
        ll = QVBoxLayout(left)
        ll.setContentsMargins(6, 6, 6, 6)
        self.search = filter_field(self.tr("Sök person: namn eller personnummer (Ctrl+F)"))
        self.search.setPlaceholderText(self.tr("Sök person (Ctrl+F)"))
        ll.addWidget(self.search)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Sökträffar"))
        common.describe_list(self.results)
        self.results.hide()
        self.results.itemActivated.connect(lambda item: self.open_person(item.data(Qt.ItemDataRole.UserRole)))
        ll.addWidget(self.results, 2)
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Navigering"))
        common.describe_list(self.nav)
        labels = (
            self.tr("Överblick"),
            self.tr("Personer"),
            self.tr("Planer"),
            self.tr("SIP"),
            self.tr("Avvikelser"),
            self.tr("Tvister"),
            self.tr("Utbyte"),
            self.tr("Inställningar"),
            self.tr("Uppföljning"),
        )
        for i, label in enumerate(labels):
            item = QListWidgetItem(f"{label}")
            item.setToolTip(f"{label} (Ctrl+{i + 1})")
            self.nav.addItem(item)
        ll.addWidget(self.nav, 3)

        # --- pages ----------------------------------------------------------------------------
        self.stack = QStackedWidget()
        self.overview = OverviewView(db)
        self.persons = PersonsView(db)
        self.plans = PlansView(db)
        self.sip = sip_view(db)
        self.deviations = deviations_view(db)
        self.disputes = disputes_view(db)
        self.exchange = ExchangeView(db)
        self.settings = SettingsView(db)
        self.indicators = IndicatorsView(db)
        self.person = PersonView(db)
        for page in self.pages():
            self.stack.addWidget(page)
        self._loaded: set[QWidget] = set()

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.stack)
        split.setStretchFactor(1, 1)
        split.setSizes([230, 1130])
        split.setChildrenCollapsible(False)
        self.setCentralWidget(split)

        # --- status bar -------------------------------------------------------------------------
        self.db_label = QLabel(self.tr("Databas: {0}").format(db_path))
        self.lock_label = QLabel(self.tr("Upplåst"))
        self.lock_label.setObjectName("lockState")
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.lock_label)

        self._menus()
        self._connect()
        self.nav.setCurrentRow(0)
        self._db.call(_profile, on_done=self._profile_loaded, owner=self)

    # --- menus and shortcuts ---------------------------------------------------------------------
    def _action(self, text: str, shortcut: str | QKeySequence, slot) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Arkiv"))
        file_menu.addAction(self._action(self.tr("&Ny person…"), "Ctrl+N", self.new_person))
        file_menu.addAction(self._action(self.tr("&Uppdatera"), "F5", self.refresh_current))
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("S&kicka utbytespaket…"), "Ctrl+Shift+E", lambda: self.export_bundle())
        )
        file_menu.addAction(
            self._action(self.tr("&Ta emot utbytespaket…"), "Ctrl+Shift+I", lambda: self.import_bundle())
        )
        file_menu.addSeparator()
        self.lock_action = self._action(self.tr("&Lås"), "Ctrl+L", self.lock_requested.emit)
        file_menu.addAction(self.lock_action)
        # No shortcut: Ctrl+P prints in the person view and the deviation dialog.
        file_menu.addAction(self._action(self.tr("Tom &blankett (pappersreserv)…"), "", self.blank_form))
        file_menu.addAction(self._action(self.tr("&Kontrollera förseglad PDF…"), "", self.verify_pdf))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Avsluta"), "Ctrl+Q", self.close))
        go = bar.addMenu(self.tr("&Gå till"))
        go.addAction(self._action(self.tr("&Sök person"), "Ctrl+F", self.focus_search))
        names = (
            self.tr("&Överblick"),
            self.tr("&Personer"),
            self.tr("P&laner"),
            self.tr("S&IP"),
            self.tr("&Avvikelser"),
            self.tr("&Tvister"),
            self.tr("&Utbyte"),
            self.tr("I&nställningar"),
            self.tr("Uppföl&jning"),
        )
        for i, name in enumerate(names):
            go.addAction(self._action(name, f"Ctrl+{i + 1}", lambda _=False, n=i: self.nav.setCurrentRow(n)))
        help_menu = bar.addMenu(self.tr("&Hjälp"))
        help_menu.addAction(self._action(self.tr("&Hjälp för den här sidan"), "F1", self.open_help))
        help_menu.addAction(self._action(self.tr("&Om Egenvårdsstöd"), "", self._about))

    def _connect(self) -> None:
        self.nav.currentRowChanged.connect(self.show_page)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._open_first_hit)
        self.overview.open_item.connect(self.open_todo)
        self.overview.first_step.connect(self._first_step)
        self.persons.open_person.connect(self.open_person)
        self.persons.new_person.connect(self.new_person)
        self.plans.open_plan.connect(lambda pid: self.open_plan(pid))
        self.person.open_item.connect(self.open_entity)
        self.person.action.connect(self._person_action)
        self.deviations.open_record.connect(lambda r: self.open_entity(Route.DEVIATION, r.id, None))
        self.disputes.open_record.connect(lambda r: self.open_entity(Route.DISPUTE, r.id, None))
        self.sip.open_record.connect(lambda r: self.open_person(r.record.person_id))
        self.settings.profile_changed.connect(self._profile_loaded)
        self.indicators.open_record.connect(self._open_drilled)
        self.exchange.export_requested.connect(lambda: self.export_bundle())
        self.exchange.import_requested.connect(lambda: self.import_bundle())
        self.exchange.resolve_requested.connect(self.resolve_conflict)
        self._db.error.connect(lambda text: common.show_error(self, text))
        self._db.changed.connect(self._changed)

    def _profile_loaded(self, profile: Practitioner | None) -> None:
        self.profile = profile
        gate.set_profile(profile)  # every open window's buttons follow the role (app/ui/roles.py)
        if profile is not None:
            self.setWindowTitle(self.tr("Egenvårdsstöd – {0}").format(profile.name))

    def _first_step(self, link: str) -> None:
        """A link of Överblick's first-steps hint."""
        if link == "new_person":
            self.new_person()
        elif link == "persons":
            self.nav.setCurrentRow(self.PAGES.index("persons"))
        else:
            show_help(self, "plan")

    def help_topic(self) -> str:
        """The help topic of the page in front (app/ui/help.py)."""
        page = self.stack.currentWidget()
        return "person" if page is self.person else self.PAGES[self.stack.currentIndex()]

    def open_help(self) -> None:
        show_help(self, self.help_topic())

    def _about(self) -> None:
        from app import __version__

        common.inform(
            self,
            self.tr("Om Egenvårdsstöd"),
            self.tr("Egenvårdsstöd {0}. Stöd för egenvård enligt lag (2022:1250).").format(__version__),
        )

    # --- pages -----------------------------------------------------------------------------------
    def show_page(self, row: int) -> None:
        if not 0 <= row < len(self.PAGES):
            return
        page = self.stack.widget(row)
        self.stack.setCurrentWidget(page)
        if page not in self._loaded:  # lists load the first time they are shown
            self._loaded.add(page)
            page.refresh()  # type: ignore[attr-defined]

    def pages(self) -> tuple[QWidget, ...]:
        """The navigation's pages in PAGES order, then the person page."""
        return (*(getattr(self, name) for name in self.PAGES), self.person)

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def refresh_current(self) -> None:
        page = self.stack.currentWidget()
        if page is self.person:
            self.person.reload()
        else:
            page.refresh()  # type: ignore[attr-defined]

    def _changed(self, changes: Changes) -> None:
        """A job wrote (from any window): each page it concerns is read again if shown, else
        when next shown. Plan windows listen to `Database.changed` themselves."""
        current = self.stack.currentWidget()
        for name in self.PAGES:
            page = getattr(self, name)
            if not page_concerned(name, changes):
                continue
            if page is current:
                page.refresh()
            else:
                self._loaded.discard(page)
        shown = self.person.record
        if current is self.person and shown is not None and changes.touches_person(shown.person.id):
            self.person.reload()

    # --- search ------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _run_search(self) -> None:
        text = self.search.text().strip()
        self._search_seq += 1
        seq = self._search_seq
        if len(text) < 2:
            self.results.clear()
            self.results.hide()
            self.search_done.emit(0)
            return
        self._db.call(persons.search, text, 30, on_done=lambda hits: self._search_results(seq, hits), owner=self)

    def _search_results(self, seq: int, hits: list[Person]) -> None:
        if seq != self._search_seq:
            return  # a newer keystroke is on its way
        self.results.clear()
        for p in hits:
            item = QListWidgetItem(f"{p.name}\n{p.shown_number}")
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.results.addItem(item)
        if not hits:
            self.results.addItem(QListWidgetItem(self.tr("Ingen träff")))
        self.results.show()
        self.search_done.emit(len(hits))

    def _open_first_hit(self) -> None:
        item = self.results.item(0)
        if item is not None and item.data(Qt.ItemDataRole.UserRole):
            self.open_person(item.data(Qt.ItemDataRole.UserRole))

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
            "description": self.tr("Insatsen blev inte utförd: {0}").format(performance.reason if performance else ""),
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
        path = path or common.open_file(self, self.tr("Kontrollera förseglad PDF"), "", self.tr("PDF-filer (*.pdf)"))
        if not path:
            return None
        return self._keep(VerifyDialog(self._db, Path(path), self))

    def _send_plan(self, record: PlanRecord) -> None:
        label = self.tr("Planen ”{0}” för {1}, alla versioner").format(record.plan.measure, record.person.name)
        self.export_bundle(fixed=Fixed("plan", (record.plan.id,), label))

    def _send_deviation(self, deviation) -> None:  # type: ignore[no-untyped-def]
        label = self.tr("Avvikelsen {0}: {1}").format(
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

    # --- locking -------------------------------------------------------------------------------
    def wipe(self) -> None:
        """Hide and forget every personal datum (on lock), before the window goes away."""
        for dialog in self.dialogs():
            dialog.close()
            wipe = getattr(dialog, "clear", None)
            if callable(wipe):
                wipe()
        self.results.clear()
        self.search.clear()
        for page in self.pages():
            page.clear()  # type: ignore[attr-defined]
        self.lock_label.setText(self.tr("Låst"))
        self.hide()


def _alive(obj: object) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)
