"""A start that finds its database (issue 11): the wizard opens an existing one, `--db` opens
the window on that file, and after `demo --start` a plain `egenvard` opens the demo again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from app.cli import main as cli_main
from app.services import recent, security
from app.services.workspace import create_workspace
from app.ui import common
from app.ui.app import Controller
from app.ui.exchange.import_wizard import ImportWizard
from app.ui.main.window import MainWindow
from app.ui.setup.unlock import UnlockWindow
from tests.factories import PASSPHRASE


def _existing(tmp_path: Path) -> Path:
    db = tmp_path / "Kommunens mapp åäö" / "befintlig.db"
    ws, _ = create_workspace(db, PASSPHRASE)
    ws.close()
    return db


def test_wizard_opens_an_existing_database(qtbot, controller: Controller, tmp_path: Path, monkeypatch) -> None:
    existing = _existing(tmp_path)
    controller.start()  # db_path does not exist: the first-start wizard
    wizard = controller.wizard
    assert wizard is not None  # not given to qtbot: opening an existing database deletes it
    assert wizard.location.open_button.text() == "&Öppna befintlig databas…"
    monkeypatch.setattr(common, "open_file", lambda *_a: str(existing))
    qtbot.mouseClick(wizard.location.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.unlock is not None)
    assert controller.wizard is None and controller.path == existing
    unlock = controller.unlock
    labels = [w.text() for w in unlock.findChildren(QLabel)]
    assert f"Databas: {existing}" in labels
    unlock.passphrase.setText(PASSPHRASE)
    unlock.try_unlock()
    qtbot.waitUntil(lambda: controller.main is not None, timeout=20000)
    assert recent.last_db() == existing.resolve()  # and it is remembered for the next start


def test_wizard_refuses_a_file_that_is_no_database(qtbot, controller: Controller, tmp_path: Path, monkeypatch):
    stray = tmp_path / "anteckningar.db"
    stray.write_bytes(b"inte en databas")  # no key file beside it
    controller.start()
    wizard = controller.wizard
    qtbot.addWidget(wizard)
    monkeypatch.setattr(common, "open_file", lambda *_a: str(stray))
    qtbot.mouseClick(wizard.location.open_button, Qt.MouseButton.LeftButton)
    assert wizard.location.error.text() == f"Det finns ingen databas med nyckelfil där: {stray}"
    assert controller.wizard is wizard and controller.unlock is None


def test_wizard_new_database_where_one_exists_points_to_open(qtbot, controller: Controller, tmp_path: Path):
    existing = _existing(tmp_path)
    controller.start()
    wizard = controller.wizard
    qtbot.addWidget(wizard)
    wizard.location.path.setText(str(existing))
    wizard.next()
    assert wizard.currentPage() is wizard.location
    assert "”Öppna befintlig databas…”" in wizard.location.error.text()


class Probe:
    """Runs inside the real event loop of `egenvard`: waits until a window is up, notes it,
    and ends the loop as closing the window would."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.timer = QTimer(interval=20)
        self.timer.timeout.connect(self._look)
        self.tries = 0

    def _look(self) -> None:
        self.tries += 1
        for w in QApplication.topLevelWidgets():
            if isinstance(w, UnlockWindow) and w.isVisible():
                self.seen = [lb.text() for lb in w.findChildren(QLabel) if lb.text().startswith("Databas:")]
            elif isinstance(w, MainWindow) and w.isVisible():
                self.seen = ["main window"] + [wiz.choose.file.text() for wiz in w.findChildren(ImportWizard)]
        if self.seen or self.tries > 1000:  # 20 s: then the assertion below says what was missing
            self.timer.stop()
            QApplication.instance().exit(0)

    def run(self, argv: list[str]) -> int:
        self.timer.start()
        return cli_main(argv)


@pytest.fixture
def no_keyring_memory(memory_keyring):  # type: ignore[no-untyped-def]
    memory_keyring.items.clear()
    return memory_keyring


def test_db_option_opens_the_window_on_that_database(qtbot, tmp_path: Path, no_keyring_memory) -> None:
    existing = _existing(tmp_path)
    probe = Probe()
    assert probe.run(["--db", str(existing)]) == 0
    assert probe.seen == [f"Databas: {existing}"]


def test_after_demo_start_plain_egenvard_opens_the_demo(qtbot, tmp_path: Path, isolated_home: Path) -> None:
    first = Probe()
    assert first.run(["demo", "--persons", "3", "--start"]) == 0
    assert first.seen == ["main window"]
    demo_db = isolated_home / "demo.db"
    assert recent.last_db() == demo_db.resolve()
    again = Probe()
    assert again.run([]) == 0  # plain `egenvard`: the demo again, not the first-start wizard
    assert again.seen == [f"Databas: {demo_db.resolve()}"]


def test_double_clicked_bundle_opens_the_import_wizard(qtbot, tmp_path: Path) -> None:
    """Windows runs `Egenvårdsstöd.exe "C:\\…\\paket.egvb"` for a double-clicked bundle."""
    db = tmp_path / "kommun.db"
    ws, _ = create_workspace(db, PASSPHRASE)
    security.remember_key(ws.store)  # "Kom ihåg på den här datorn": no unlock window on the way
    ws.close()
    bundle = tmp_path / "från regionen.egvb"
    bundle.write_bytes(b"age-encryption.org/v1")
    probe = Probe()
    assert probe.run(["--db", str(db), str(bundle)]) == 0
    assert probe.seen == ["main window", str(bundle)]
