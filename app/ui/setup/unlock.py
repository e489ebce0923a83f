"""The unlock window: the passphrase (Argon2id on the worker), or the printed recovery code."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import security
from app.services.workspace import Workspace, open_workspace
from app.ui import common
from app.ui.common import ErrorLabel, form, line
from app.ui.worker import Database


class UnlockWindow(QWidget):
    unlocked = Signal()

    def __init__(self, db: Database, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._path = path
        self.setWindowTitle(self.tr("Egenvårdsstöd – lås upp"))
        self.setObjectName("unlockWindow")
        outer = QVBoxLayout(self)
        heading = QLabel(self.tr("Egenvårdsstöd är låst"))
        heading.setObjectName("heading")
        outer.addWidget(heading)
        where = QLabel(self.tr("Databas: {0}").format(path))
        where.setWordWrap(True)
        outer.addWidget(where)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages)
        self.pages.addWidget(self._passphrase_page())
        self.pages.addWidget(self._recovery_page())
        self.error = ErrorLabel()
        outer.addWidget(self.error)
        outer.addStretch(1)
        self.resize(520, 300)

    def _passphrase_page(self) -> QWidget:
        page = QWidget()
        layout = form()
        self.passphrase = line(self.tr("Lösenfras"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.remember = QCheckBox(self.tr("&Kom ihåg på den här datorn"))
        self.remember.setAccessibleName(self.tr("Kom ihåg på den här datorn"))
        self.unlock_button = QPushButton(self.tr("&Lås upp"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        forgot = QPushButton(self.tr("&Glömt lösenfrasen? Använd återställningskoden"))
        forgot.setFlat(True)
        forgot.clicked.connect(lambda: self._show(1))
        layout.addRow(self.tr("&Lösenfras:"), self.passphrase)
        layout.addRow("", self.remember)
        layout.addRow("", self.unlock_button)
        layout.addRow("", forgot)
        page.setLayout(layout)
        return page

    def _recovery_page(self) -> QWidget:
        page = QWidget()
        layout = form()
        self.code = line(self.tr("Återställningskod"))
        self.new1 = line(self.tr("Ny lösenfras"))
        self.new1.setEchoMode(QLineEdit.EchoMode.Password)
        self.new2 = line(self.tr("Upprepa ny lösenfras"))
        self.new2.setEchoMode(QLineEdit.EchoMode.Password)
        self.reset_button = QPushButton(self.tr("&Återställ och lås upp"))
        self.reset_button.clicked.connect(self.try_recover)
        back = QPushButton(self.tr("&Tillbaka till lösenfrasen"))
        back.setFlat(True)
        back.clicked.connect(lambda: self._show(0))
        self.new_code = QLabel()
        self.new_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.new_code.setWordWrap(True)
        layout.addRow(self.tr("&Kod:"), self.code)
        layout.addRow(self.tr("&Ny lösenfras:"), self.new1)
        layout.addRow(self.tr("&Upprepa:"), self.new2)
        layout.addRow("", self.reset_button)
        layout.addRow("", back)
        layout.addRow(self.new_code)
        page.setLayout(layout)
        return page

    def _show(self, index: int) -> None:
        self.error.clear_error()
        self.pages.setCurrentIndex(index)
        (self.passphrase if index == 0 else self.code).setFocus()

    def _busy(self, busy: bool) -> None:
        self.unlock_button.setEnabled(not busy)
        self.reset_button.setEnabled(not busy)
        self.unlock_button.setText(self.tr("Låser upp…") if busy else self.tr("&Lås upp"))

    def try_unlock(self) -> None:
        secret, path, remember = self.passphrase.text(), self._path, self.remember.isChecked()
        if not secret:
            self.error.show_error(self.tr("Skriv lösenfrasen."))
            return

        def opener() -> Workspace:
            ws = open_workspace(path, secret)
            if remember:
                security.remember(ws)
            return ws

        self._busy(True)
        self._db.open(opener, on_done=self._opened, on_error=self._failed)

    def try_recover(self) -> None:
        code, new1, new2, path = self.code.text().strip(), self.new1.text(), self.new2.text(), self._path
        if new1 != new2:
            self.error.show_error(self.tr("De nya lösenfraserna är inte lika."))
            return
        issued: dict[str, str] = {}

        def opener() -> Workspace:
            issued["code"] = security.reset_with_recovery_code(path, code, new1)
            return open_workspace(path, new1)

        def done(_ok: object) -> None:
            text = self.tr("Ny återställningskod (skriv ut den): {0}").format(issued["code"])
            self.new_code.setText(text)
            common.inform(self, self.tr("Ny återställningskod"), text)
            self._opened(True)

        self._busy(True)
        self._db.open(opener, on_done=done, on_error=self._failed)

    def _opened(self, _ok: object) -> None:
        self._busy(False)
        self.passphrase.clear()
        self.new1.clear()
        self.new2.clear()
        self.error.clear_error()
        self.unlocked.emit()

    def _failed(self, exc: Exception) -> None:
        self._busy(False)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        self.error.show_error(exc)
