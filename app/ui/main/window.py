"""The main window: navigation, the person search, the status bar, and the lock's wipe. Routing
"open this item" from any list to the right view or dialog is its mixin `Opening`
(app/ui/main/opening.py)."""

from __future__ import annotations

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
from app.models.person import Person
from app.services import persons
from app.services.changes import Changes
from app.ui import common
from app.ui.cases.lists import deviations_view, disputes_view, sip_view
from app.ui.exchange.view import ExchangeView
from app.ui.help import show_help
from app.ui.indicators.view import IndicatorsView
from app.ui.main.opening import Opening
from app.ui.main.routes import Route, page_concerned
from app.ui.overview.view import OverviewView
from app.ui.persons.detail import PersonView
from app.ui.persons.list import PersonsView
from app.ui.plans.list import PlansView
from app.ui.plans.view import PlanDialog
from app.ui.roles import gate
from app.ui.settings.view import SettingsView
from app.ui.views import filter_field
from app.ui.worker import Database

SEARCH_DELAY_MS = 30  # short: the search itself is one index range, a few milliseconds


def _profile(ws):  # type: ignore[no-untyped-def]
    return ws.profile()


class MainWindow(Opening, QMainWindow):
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
