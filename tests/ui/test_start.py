"""First start, unlock (right and wrong), recovery code, auto-lock and Ctrl+L; the idle time;
accessible names on every input."""

from __future__ import annotations

from pathlib import Path

import keyring
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLineEdit,
    QWizard,
)

from app.services.workspace import Workspace
from app.ui.app import Controller
from tests.factories import PASSPHRASE, person, signed_plan
from tests.ui.helpers import unnamed_inputs


def _print_to_pdf(monkeypatch, out: Path) -> None:  # type: ignore[no-untyped-def]
    """The print dialog answers OK and the printer is a PDF file: what would be on the paper."""
    from PySide6 import QtPrintSupport
    from PySide6.QtWidgets import QDialog

    real = QtPrintSupport.QPrinter

    def printer():  # type: ignore[no-untyped-def]
        p = real(real.PrinterMode.HighResolution)
        p.setOutputFormat(real.OutputFormat.PdfFormat)
        p.setOutputFileName(str(out))
        return p

    class Accepting:
        DialogCode = QDialog.DialogCode

        def __init__(self, _printer, _parent) -> None:  # type: ignore[no-untyped-def]
            pass

        def exec(self):  # type: ignore[no-untyped-def]
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QtPrintSupport, "QPrinter", printer)
    monkeypatch.setattr(QtPrintSupport, "QPrintDialog", Accepting)


def test_first_start_wizard_creates_database_profile_and_remembers(
    qtbot, controller: Controller, db_path: Path, tmp_path: Path, monkeypatch
):
    controller.start()
    wizard = controller.wizard
    assert wizard is not None
    qtbot.addWidget(wizard)
    wizard.location.path.setText(str(db_path))
    wizard.next()
    assert wizard.currentPage() is wizard.passphrase
    wizard.passphrase.first.setText("kort")
    wizard.next()
    assert wizard.currentPage() is wizard.passphrase  # too short: stays, says why
    assert "minst" in wizard.passphrase.error.text()
    assert wizard.passphrase.meter.value() == 0
    qtbot.keyClicks(wizard.passphrase.first, "")
    wizard.passphrase.first.setText(PASSPHRASE)
    wizard.passphrase.second.setText(PASSPHRASE + "x")
    wizard.next()
    assert "inte lika" in wizard.passphrase.error.text()
    wizard.passphrase.second.setText(PASSPHRASE)
    assert wizard.passphrase.meter.value() >= 2
    wizard.passphrase.remember.setChecked(True)
    wizard.next()
    assert wizard.currentPage() is wizard.profile
    wizard.next()
    assert "Namn" in wizard.profile.error.text()  # the name is required
    wizard.profile.name.setText("Rut Rektor")
    wizard.profile.title_edit.setText("Rektor")
    wizard.profile.role.setCurrentIndex(1)
    wizard.profile.organisation.setText("Växjö kommun")
    wizard.profile.unit.setText("Hagaskolan")
    wizard.next()
    page = wizard.recovery
    qtbot.waitUntil(lambda: bool(page.code.text()), timeout=20000)
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    # "Skriv ut koden": the paper holds the code that opens the database.
    paper = tmp_path / "kod.pdf"
    _print_to_pdf(monkeypatch, paper)
    assert page.print_button.isEnabled()
    page.print_button.click()
    import subprocess

    printed = subprocess.run(["pdftotext", str(paper), "-"], capture_output=True, text=True, check=True).stdout
    code = page.code.text()
    assert code in printed and "återställningskod" in printed
    page.confirm.setChecked(True)
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: controller.main is not None)
    main = controller.main
    controller.db.wait_idle()
    assert db_path.exists()
    assert main.profile is not None and main.profile.name == "Rut Rektor" and main.profile.unit == "Hagaskolan"
    assert keyring.get_password("Egenvårdsstöd", str(db_path.resolve()))
    # The sealing certificate and the exchange keys were made at first start, in the profile's name.
    from app.services import documents, exchange

    made: list = []
    controller.db.call(lambda ws: (documents.credential(ws), exchange.own_identity(ws)), on_done=made.append)
    controller.db.wait_idle()
    certificate, identity = made[0]
    assert certificate is not None and "Rut Rektor" in certificate.subject
    assert identity is not None and identity.name == "Växjö kommun"
    from app.store.database import open_with_recovery_code

    open_with_recovery_code(db_path, code).close()  # the printed code opens the database


def _closed(ws: Workspace) -> Path:
    path = ws.path
    person(ws)
    ws.close()
    return path


def test_unlock_wrong_then_right(qtbot, controller: Controller, ws: Workspace):
    _closed(ws)
    controller.start()
    qtbot.waitUntil(lambda: controller.unlock is not None, timeout=10000)
    unlock = controller.unlock
    unlock.passphrase.setText("fel fel fel fel fel")
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: unlock.error.isVisible() or bool(unlock.error.text()), timeout=20000)
    assert "Fel lösenfras" in unlock.error.text()
    assert controller.main is None
    unlock.passphrase.setText(PASSPHRASE)
    unlock.unlock_button.click()
    qtbot.waitUntil(lambda: controller.main is not None, timeout=20000)
    assert controller.main.lock_label.text() == "Upplåst"
    assert controller.unlock is None  # the unlock window, with what was typed, is gone


def test_remembered_key_opens_without_passphrase(qtbot, controller: Controller, ws: Workspace):
    from app.services import security

    security.remember_key(ws.store)
    _closed(ws)
    controller.start()
    qtbot.waitUntil(lambda: controller.main is not None, timeout=10000)
    assert controller.unlock is None


def test_recovery_code_path(qtbot, controller: Controller, db_path: Path, answers):
    from app.services.workspace import create_workspace

    ws, code = create_workspace(db_path, PASSPHRASE)
    ws.close()
    controller.start()
    qtbot.waitUntil(lambda: controller.unlock is not None, timeout=10000)
    unlock = controller.unlock
    unlock.pages.setCurrentIndex(1)
    unlock.code.setText("AAAA-BBBB-CCCC-DDDD")
    unlock.new1.setText("ny lösenfras som är lång")
    unlock.new2.setText("ny lösenfras som är lång")
    unlock.reset_button.click()
    qtbot.waitUntil(lambda: bool(unlock.error.text()), timeout=20000)
    assert "återställningskod" in unlock.error.text().lower()
    unlock.code.setText(code)
    unlock.reset_button.click()
    qtbot.waitUntil(lambda: controller.main is not None, timeout=30000)
    assert any("återställningskod" in t for t in answers.informed)


def test_auto_lock_hides_every_personal_datum(qtbot, main, controller: Controller, ws: Workspace):
    p = person(ws)
    main.open_person(p.id)
    qtbot.waitUntil(lambda: main.person.record is not None, timeout=10000)
    main.nav.setCurrentRow(1)
    qtbot.waitUntil(lambda: main.persons.model.rowCount() == 1, timeout=10000)
    seen: dict[str, object] = {}
    wipe = main.wipe

    def checked_wipe() -> None:  # look at the widgets after the wipe, before they are deleted
        wipe()
        seen.update(
            rows=main.persons.model.rowCount(),
            record=main.person.record,
            title=main.person.title.text(),
            visible=main.isVisible(),
            dialogs=sum(d.isVisible() for d in main.dialogs()),
            plan_text=dialog.text.toPlainText(),
        )

    main.wipe = checked_wipe
    controller.db.wait_idle()
    dialog = main.open_plan(signed_plan(ws, p.id).id)
    qtbot.waitUntil(lambda: dialog.record is not None, timeout=10000)
    controller.idle.set_minutes(0.005)  # 300 ms
    controller.idle.timer.start()
    qtbot.waitUntil(lambda: controller.main is None, timeout=5000)
    assert seen == {"rows": 0, "record": None, "title": "", "visible": False, "dialogs": 0, "plan_text": ""}
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    qtbot.waitUntil(lambda: not shiboken6.isValid(main), timeout=5000)  # the window itself is gone
    assert controller.unlock is not None and controller.unlock.isVisible()
    qtbot.addWidget(controller.unlock)
    assert controller.db.wait_idle()
    assert controller.db._worker.ctx.ws is None  # the database is closed behind the lock


def test_ctrl_l_locks(qtbot, main, controller: Controller):
    main.activateWindow()
    main.lock_action.trigger()
    qtbot.waitUntil(lambda: controller.main is None, timeout=5000)
    assert controller.unlock is not None
    qtbot.addWidget(controller.unlock)
    assert main.lock_action.shortcut().toString() == "Ctrl+L"


# --- accessibility ------------------------------------------------------------------------------


def test_every_input_of_wizard_unlock_and_main_window_has_a_name(qtbot, controller: Controller, ws: Workspace, main):
    assert unnamed_inputs(main) == []
    for row in range(len(main.PAGES)):  # every page, loaded
        main.nav.setCurrentRow(row)
        assert controller.db.wait_idle()
        assert unnamed_inputs(main.stack.currentWidget()) == [], main.PAGES[row]
    from app.ui.setup.unlock import UnlockWindow
    from app.ui.setup.wizard import FirstStartWizard

    unlock = UnlockWindow(controller.db, ws.path)
    qtbot.addWidget(unlock)
    wizard = FirstStartWizard(controller.db, ws.path.with_name("ny.db"))
    qtbot.addWidget(wizard)
    assert unnamed_inputs(unlock) == []
    assert unnamed_inputs(wizard) == []
    # The check itself can fail: an input without any name is found.
    bare = QLineEdit(main.persons)
    assert unnamed_inputs(main.persons) == ["QLineEdit in PersonsView"]
    bare.deleteLater()


# --- idle time ----------------------------------------------------------------------------------


def test_idle_lock_defaults_to_ten_minutes_and_follows_the_setting(qtbot, main, controller: Controller, db_path: Path):
    from app.ui.settings import prefs

    assert prefs.idle_minutes() == 10
    assert controller.idle.timer.interval() == 10 * 60_000 and controller.idle.timer.isActive()
    main.nav.setCurrentRow(main.PAGES.index("settings"))
    main.settings.idle.setValue(3)
    assert controller.idle.timer.interval() == 3 * 60_000
    assert prefs.idle_minutes() == 3
    later = Controller(db_path, controller.db)  # the next start keeps it
    try:
        assert later.idle.timer.interval() == 3 * 60_000
    finally:
        later.idle.timer.stop()
        from PySide6.QtWidgets import QApplication

        QApplication.instance().removeEventFilter(later.idle)


def test_activity_postpones_the_idle_lock(qtbot, main, controller: Controller):
    controller.idle.set_minutes(0.05)  # 3 s
    timer = controller.idle.timer
    timer.start()
    for _ in range(3):  # typing, each key after a third of the time has run, keeps it open
        qtbot.waitUntil(lambda: timer.remainingTime() < 2000, timeout=5000)
        qtbot.keyClick(main.search, Qt.Key.Key_A)
        assert timer.remainingTime() > 2500  # the key started the count again
    assert controller.main is main
    qtbot.waitUntil(lambda: controller.main is None, timeout=5000)
    qtbot.addWidget(controller.unlock)
