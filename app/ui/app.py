"""Starting the desktop client: first-start wizard, unlock, main window, idle lock."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTimer,
    QtMsgType,
    QTranslator,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from app import i18n
from app.paths import resource
from app.services import drafts as draft_store
from app.services import recent, security
from app.services.workspace import Workspace
from app.ui import drafts
from app.ui.lock import Retirer, park
from app.ui.settings import prefs
from app.ui.setup.unlock import UnlockWindow
from app.ui.setup.wizard import FirstStartWizard
from app.ui.worker import Database

if TYPE_CHECKING:
    from app.ui.main.window import MainWindow

ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Any key, click or mouse move restarts the timer; when it runs out, the app locks."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: float) -> None:
        self.timer.setInterval(int(minutes * 60_000))
        if self.timer.isActive():
            self.timer.start()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self.timer.isActive():
            self.timer.start()
        return False


def install_qt_translation(app: QApplication, lang: str) -> QTranslator | None:
    """Qt's own words (Nästa/Tillbaka/Avbryt in wizards, Ja/Nej in questions, file dialogs)
    come from the qtbase catalogue shipped with PySide6; without it they stay English."""
    translator = QTranslator(app)
    if translator.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(translator)
        return translator
    return None


def install_catalogue(app: QApplication, lang: str) -> QTranslator | None:
    """Our own texts. The English catalogue has every text; the Swedish one, for the source
    language, only the plural forms ("%n plan" / "%n planer"), as Qt's numerus needs."""
    translator = QTranslator(app)
    if translator.load(str(resource("i18n", f"egenvard_{lang}.qm"))):
        app.installTranslator(translator)
        return translator
    return None


def install_translation(app: QApplication, lang: str) -> QTranslator | None:
    i18n.set_language(lang)
    install_qt_translation(app, lang)
    return install_catalogue(app, lang)


# The selection in lists and fields: the style's own (Fusion #308cc6 under white text, 3.7:1)
# is below WCAG AA; the navigation's accent gives 11:1 (tests/ui/test_contrast.py).
SELECTION = "#1f3b57"


def load_style(app: QApplication) -> None:
    path = resource("style.qss")
    if path.exists():
        app.setStyleSheet(path.read_text(encoding="utf-8"))
    palette = app.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor(SELECTION))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("white"))
    app.setPalette(palette)


class Controller(QObject):
    """Which window is up: the wizard, the unlock window or the main window."""

    def __init__(self, db_path: Path, db: Database | None = None) -> None:
        super().__init__()
        self.path = db_path
        self.db = db or Database(self)
        self.main: MainWindow | None = None
        self.unlock: UnlockWindow | None = None
        self.wizard: FirstStartWizard | None = None
        self.bundle: Path | None = None  # a double-clicked .egvb: the import wizard once open
        self.idle = IdleWatcher(prefs.idle_minutes(), self)
        self.idle.idle.connect(self.lock)
        self.retirer = Retirer(self)  # deletes a locked window once no dialog loop can use it
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)

    # --- start -----------------------------------------------------------------------------
    def start(self, workspace: Workspace | None = None) -> None:
        if workspace is not None:
            self.db.adopt(workspace)
            self.show_main()
        elif not self.path.exists():
            self.show_wizard()
        else:
            path = self.path
            self.db.open(
                lambda: security.remembered_workspace(path),
                on_done=self._remembered,
                on_error=lambda _e: self.show_unlock(),
            )

    def _remembered(self, opened: bool) -> None:
        if opened:
            self.show_main()
            self._offer_drafts()
        else:
            self.show_unlock()

    def show_wizard(self) -> None:
        self.wizard = FirstStartWizard(self.db, self.path)
        self.wizard.opened.connect(self._created)
        self.wizard.existing.connect(self._open_existing)
        self.wizard.show()

    def _open_existing(self, path: Path) -> None:
        """The wizard's "Öppna befintlig databas…": that file, unlocked as any other."""
        if self.wizard is not None:
            self.wizard.hide()
            self.wizard.deleteLater()
            self.wizard = None
        self.path = path
        self.show_unlock()

    def _created(self, path: Path) -> None:
        self.path = path
        self.wizard = None
        self.show_main()

    def show_unlock(self) -> None:
        self.unlock = UnlockWindow(self.db, self.path)
        self.unlock.unlocked.connect(self._unlocked)
        self.unlock.show()
        self.unlock.passphrase.setFocus()

    def _unlocked(self) -> None:
        if self.unlock is not None:
            self.unlock.hide()
            self.unlock.deleteLater()
            self.unlock = None
        self.retirer.flush()  # anything of the locked session still waiting goes now
        self.show_main()
        self._offer_drafts()

    def _offer_drafts(self) -> None:
        """Forms half-typed when the app locked are offered again, one question each."""
        main = self.main
        if main is not None:
            from app.ui.main import drafts as reopen  # with the main window (see show_main)

            self.db.call(draft_store.pending, on_done=lambda found: reopen.offer(main, found), owner=main)

    def show_main(self) -> MainWindow:
        # Imported on first use: the main window brings ReportLab, pyHanko and jsonschema
        # (about a second), which the wizard and the unlock window, the first ones up, need not.
        from app.ui.main.window import MainWindow

        recent.remember_db(self.path)  # a plain `egenvard` opens this one next time
        self.main = MainWindow(self.db, self.path)
        self.main.lock_requested.connect(self.lock)
        self.main.settings.idle_changed.connect(self.idle.set_minutes)
        self.main.resize(1366, 740)
        self.main.show()
        self.main.show_page(0)
        self.idle.timer.start()
        if self.bundle is not None:
            bundle, self.bundle = self.bundle, None
            self.main.import_bundle().choose.file.edit.setText(str(bundle))
        return self.main

    # --- lock ------------------------------------------------------------------------------
    def lock(self) -> None:
        """Every personal datum goes: dialogs cancelled and hidden, models cleared, answers in
        flight dropped, the database closed; half-typed forms are kept as encrypted drafts
        first. Unlocking builds a new window. The old one is deleted only once every dialog
        loop that was running has returned (`app/ui/lock.py`): deleting it from inside such a
        loop crashed the process."""
        self.idle.timer.stop()
        if self.main is None:
            return
        main, self.main = self.main, None
        kept = drafts.collect()  # before anything is closed: the forms still hold their text
        orphans, loops = park()
        main.wipe()
        if kept:
            self.db.call(draft_store.keep, kept)  # queued before the lock closes the database
        self.db.lock()
        self.show_unlock()
        self.retirer.retire([main, *orphans], loops)

    def shutdown(self) -> None:
        self.idle.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        for w in (self.main, self.unlock, self.wizard):
            if w is not None:
                w.close()
        self.db.shutdown()


KNOWN_PLATFORMS = ("xcb", "wayland", "offscreen", "windows", "cocoa", "eglfs", "linuxfb", "minimal", "vnc")
_held: list[tuple[QtMsgType, object, str]] = []


def _platform_guard(kind: QtMsgType, context: object, message: str) -> None:
    """Qt aborts (exit 134) after a fatal message when no platform plugin starts, e.g. DISPLAY
    set but no X server, or the xcb libraries missing. Our sentence and exit 1 instead; Qt's own
    lines (which may blame a package that is installed) are held back until Qt has started."""
    if kind != QtMsgType.QtFatalMsg:
        _held.append((kind, context, message))
        return
    from app.display import DisplayFailed

    said = " ".join(m for _k, _c, m in _held) + " " + message
    platform = os.environ.get("QT_QPA_PLATFORM") or next(
        (w.strip('"') for w in said.split() if w.strip('"') in KNOWN_PLATFORMS), "xcb"
    )
    sys.stderr.write(f"{DisplayFailed(platform=platform)}\n")
    sys.stderr.flush()
    os._exit(1)  # Qt is half-started; nothing of ours is open yet, so nothing is lost


def _new_application(argv: list[str]) -> QApplication:
    previous = qInstallMessageHandler(_platform_guard)
    try:
        return QApplication(argv)
    finally:
        qInstallMessageHandler(previous)
        held, _held[:] = list(_held), []
        for kind, context, message in held:  # Qt started: its warnings go where they always went
            if previous is not None:
                previous(kind, context, message)
            else:
                sys.stderr.write(message + "\n")


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or _new_application(argv or sys.argv[:1])
    app.setApplicationName("Egenvårdsstöd")
    app.setOrganizationName("Egenvardsstod")
    QLocale.setDefault(QLocale("sv_SE"))
    install_translation(app, prefs.language())  # type: ignore[arg-type]
    load_style(app)  # type: ignore[arg-type]
    app.setWindowIcon(QIcon(str(resource("icons", "egenvard-256.png"))))  # type: ignore[union-attr]
    return app  # type: ignore[return-value]


# The start-up measurement (installer/smoke.py, tests/test_frozen.py): the app ends as soon as its
# first window is on screen and says which window that was.
QUIT_WHEN_SHOWN = "EGENVARD_QUIT_WHEN_SHOWN"


def _quit_when_shown(app: QApplication) -> None:
    timer = QTimer(app, interval=5)

    def look() -> None:
        shown = [w for w in app.topLevelWidgets() if w.isVisible() and w.isWindow()]
        if shown:
            timer.stop()
            sys.stdout.write(f"shown: {type(shown[0]).__name__}\n")
            sys.stdout.flush()
            app.quit()

    timer.timeout.connect(look)
    timer.start()


def run_gui(db: Path | None, workspace: Workspace | None = None, bundle: Path | None = None) -> int:
    security.choose_keyring()
    app = make_app()
    controller = Controller(recent.window_db(db))
    controller.bundle = bundle
    controller.start(workspace)
    app.lastWindowClosed.connect(app.quit)
    if os.environ.get(QUIT_WHEN_SHOWN):
        _quit_when_shown(app)
    try:
        code = app.exec()
    finally:
        app.lastWindowClosed.disconnect(app.quit)
        controller.shutdown()
    return int(code)
