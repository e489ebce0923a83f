"""The partner-trust question (issue 9, item 7): "Nej" is the default button, so Enter on the
question box does not trust a fingerprint nobody compared; "Ja" must be chosen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services import exchange as ex
from app.services.workspace import create_workspace
from app.ui import common
from tests.factories import PASSPHRASE, wait

REAL_ASK = common.ask  # before the `answers` fixture replaces it


def answer_when_shown(key: Qt.Key | QMessageBox.StandardButton, seen: dict[str, object]) -> QTimer:
    """Presses `key` on the question box (or clicks that button) as soon as it is up: it runs
    its own modal loop."""
    timer = QTimer(interval=10)

    def press() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            timer.stop()
            seen["default"] = box.standardButton(box.defaultButton())
            seen["text"] = box.text()
            if isinstance(key, QMessageBox.StandardButton):
                box.button(key).click()
            else:
                QTest.keyClick(box, key)

    timer.timeout.connect(press)
    timer.start()
    return timer


def partner_file(tmp_path: Path) -> Path:
    other, _code = create_workspace(tmp_path / "region" / "region.db", PASSPHRASE)
    try:
        ex.ensure_identity(other, "Region Kronoberg")
        ex.export_identity(other, tmp_path / "partner.egid")
        return tmp_path / "partner.egid"
    finally:
        other.close()


def import_partner(main, monkeypatch, path: Path, key: Qt.Key | QMessageBox.StandardButton) -> dict[str, object]:  # type: ignore[no-untyped-def]
    main.nav.setCurrentRow(main.PAGES.index("exchange"))
    wait(main._db)
    monkeypatch.setattr(common, "ask", REAL_ASK)
    monkeypatch.setattr(common, "open_file", lambda *_a: str(path))
    seen: dict[str, object] = {}
    timer = answer_when_shown(key, seen)
    main.exchange.import_partner()  # the question comes when the partner is read
    wait(main._db)
    timer.stop()
    assert seen, "the question was never shown"
    return seen


def trusted(main) -> Callable[[], bool]:  # type: ignore[no-untyped-def]
    return lambda: main.exchange.partners.rowCount() == 1 and main.exchange.partners.record(0).trusted


def test_enter_does_not_trust(qtbot, main, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seen = import_partner(main, monkeypatch, partner_file(tmp_path), Qt.Key.Key_Return)
    assert seen["default"] == QMessageBox.StandardButton.No
    assert "fingeravtryck" in str(seen["text"])
    wait(main._db)
    assert main.exchange.partners.rowCount() == 1
    assert not trusted(main)()
    assert main.exchange.partners.data(main.exchange.partners.index(0, 2)) == "Nej"


def test_choosing_ja_trusts(qtbot, main, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seen = import_partner(main, monkeypatch, partner_file(tmp_path), QMessageBox.StandardButton.Yes)
    wait(main._db)
    assert seen["default"] == QMessageBox.StandardButton.No
    qtbot.waitUntil(trusted(main), timeout=10000)
