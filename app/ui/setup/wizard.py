"""First-start wizard: where the database lives, the passphrase, the user profile, and the
recovery code (created last, so that nothing is written before the user has chosen)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.errors import UserError
from app.models.common import Practitioner
from app.paths import check_db_path
from app.services import security, setup
from app.services.workspace import create_workspace
from app.ui.common import ErrorLabel, FileField, form, line
from app.ui.setup.profile import ProfileFields
from app.ui.worker import Database


class LocationPage(QWizardPage):
    """Where a new database goes, or "Öppna befintlig databas…" for one made before (a demo, a
    copy from another laptop): then the wizard ends and that file is unlocked as usual."""

    existing = Signal(Path)

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Välkommen till Egenvårdsstöd"))
        self.setSubTitle(
            self.tr(
                "Alla personuppgifter sparas krypterade i en fil på den här datorn. "
                "Skapa en ny databas och välj var den ska ligga (förvalet är din egen programmapp), "
                "eller öppna en som redan finns."
            )
        )
        layout = form()
        self.file = FileField(self.tr("Databasens plats"), "*.db", save=True)
        self.path = self.file.edit
        layout.addRow(self.tr("&Skapa ny databas:"), self.file)
        self.open_button = QPushButton(self.tr("&Öppna befintlig databas…"))
        self.open_button.setAccessibleName(self.tr("Öppna en databas som redan finns"))
        self.open_button.clicked.connect(self.choose_existing)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addRow(self.tr("Eller:"), row)
        self.error = ErrorLabel()
        layout.addRow(self.error)
        self.setLayout(layout)
        self.registerField("path*", self.path)  # the wizard fills in `default` (see there)

    def choose_existing(self) -> None:
        from app.ui import common  # looked up at call time: tests answer the dialog

        chosen = common.open_file(self, self.tr("Öppna befintlig databas"), self.path.text(), "*.db")
        if not chosen:
            return
        path = Path(chosen)
        if not path.is_file() or not Path(f"{path}.key").is_file():
            self.error.show_error(self.tr("Det finns ingen databas med nyckelfil där: {0}").format(path))
            return
        self.error.clear_error()
        self.existing.emit(path)

    def validatePage(self) -> bool:
        path = Path(self.path.text().strip())
        if path.exists() or Path(f"{path}.key").exists():
            self.error.show_error(
                self.tr("Det finns redan en databas där; välj en annan plats eller ”Öppna befintlig databas…”.")
            )
            return False
        try:
            check_db_path(path)
        except UserError as exc:
            self.error.show_error(exc)
            return False
        self.error.clear_error()
        return True


class PassphrasePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Lösenfras"))
        self.setSubTitle(
            self.tr("Lösenfrasen låser upp databasen. Flera vanliga ord i rad är både starkt och lätt att minnas.")
        )
        layout = form()
        self.first = line(self.tr("Lösenfras"))
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = line(self.tr("Upprepa lösenfrasen"))
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("Lösenfrasens styrka"))
        self.meter_label = QLabel()
        self.remember = QCheckBox(self.tr("&Kom ihåg på den här datorn (Windows-inloggning låser upp)"))
        self.remember.setAccessibleName(self.tr("Kom ihåg på den här datorn"))
        self.error = ErrorLabel()
        layout.addRow(self.tr("&Lösenfras:"), self.first)
        layout.addRow(self.tr("&Upprepa:"), self.second)
        layout.addRow(self.tr("Styrka:"), self.meter)
        layout.addRow("", self.meter_label)
        layout.addRow("", self.remember)
        layout.addRow(self.error)
        self.setLayout(layout)
        self.first.textChanged.connect(self._strength)
        # An error about the old text ("för kort") must not stand beside "Stark" once it is typed again.
        for edit in (self.first, self.second):
            edit.textChanged.connect(lambda _text: self.error.clear_error())
        self._strength("")

    def _strength(self, text: str) -> None:
        score = security.passphrase_strength(text)
        self.meter.setValue(score)
        words = [self.tr("Mycket svag"), self.tr("Svag"), self.tr("Godkänd"), self.tr("Stark"), self.tr("Mycket stark")]
        self.meter_label.setText(words[score])

    def validatePage(self) -> bool:
        try:
            security.check_passphrase(self.first.text())
        except UserError as exc:
            self.error.show_error(exc)
            return False
        if self.first.text() != self.second.text():
            self.error.show_error(self.tr("Lösenfraserna är inte lika."))
            return False
        self.error.clear_error()
        return True


class ProfilePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Om dig"))
        self.setSubTitle(
            self.tr(
                "Namn och befattning står i planer, loggen och avvikelser du registrerar. "
                "Rollen avgör vad du kan göra: bara en legitimerad yrkesutövare bedömer och signerar."
            )
        )
        layout = form()
        self.fields = ProfileFields(layout, title_placeholder=self.tr("t.ex. Distriktssköterska"))
        f = self.fields
        self.name, self.title_edit, self.role, self.organisation, self.unit = (
            f.name,
            f.title,
            f.role,
            f.organisation,
            f.unit,
        )
        self.profession, self.school_health = f.profession, f.school_health
        self.error = ErrorLabel()
        layout.addRow(self.error)
        self.setLayout(layout)

    def profile(self) -> Practitioner:
        return self.fields.profile()

    def validatePage(self) -> bool:
        try:
            self.profile()
        except UserError as exc:
            self.error.show_error(exc)
            return False
        return True


class RecoveryPage(QWizardPage):
    """Creates the database on entry (on the worker) and shows the recovery code."""

    def __init__(self, wizard: FirstStartWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Återställningskod"))
        self.setSubTitle(
            self.tr(
                "Om lösenfrasen glöms bort är koden det enda sättet att öppna databasen. "
                "Skriv ut den och förvara den inlåst."
            )
        )
        layout = QVBoxLayout(self)
        self.status = QLabel(
            self.tr(
                "Skapar den krypterade databasen, ditt certifikat för försegling och "
                "organisationens nycklar för utbyte…"
            )
        )
        self.status.setWordWrap(True)
        self.code = QLabel()
        self.code.setObjectName("recoveryCode")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(16)
        self.code.setFont(font)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAccessibleName(self.tr("Återställningskod"))
        self.print_button = QPushButton(self.tr("Skriv &ut koden…"))
        self.print_button.setAccessibleName(self.tr("Skriv ut återställningskoden"))
        self.print_button.clicked.connect(self._print)
        self.print_button.setEnabled(False)
        self.confirm = QCheckBox(self.tr("Jag har skrivit ut eller skrivit ner koden"))
        self.confirm.setAccessibleName(self.tr("Bekräfta att koden är sparad"))
        self.confirm.setEnabled(False)
        self.confirm.toggled.connect(self.completeChanged)
        self.error = ErrorLabel()
        for w in (self.status, self.code, self.print_button, self.confirm, self.error):
            layout.addWidget(w)
        layout.addStretch(1)
        self._created = False

    def initializePage(self) -> None:
        if not self._created:
            self._wizard.create_database(self)

    def created(self, code: str) -> None:
        self._created = True
        self.status.setText(self.tr("Databasen, certifikatet och utbytesnycklarna är skapade."))
        self.code.setText(code)
        self.print_button.setEnabled(True)
        self.confirm.setEnabled(True)
        self.completeChanged.emit()

    def failed(self, exc: Exception) -> None:
        self.status.setText("")
        self.error.show_error(exc)

    def isComplete(self) -> bool:
        return self._created and self.confirm.isChecked()

    def _print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        doc = QTextDocument()
        doc.setHtml(
            "<h2>Egenvårdsstöd – återställningskod</h2>"
            f"<p>{self.tr('Databas')}: {self._wizard.path()}</p>"
            f"<p style='font-size:20pt;font-family:monospace'>{self.code.text()}</p>"
            f"<p>{self.tr('Förvara papperet inlåst. Koden öppnar databasen utan lösenfras.')}</p>"
        )
        doc.print_(printer)


class FirstStartWizard(QWizard):
    opened = Signal(Path)  # the new database is open on the worker
    existing = Signal(Path)  # the user chose a database that is already there

    def __init__(self, db: Database, default: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(self.tr("Egenvårdsstöd – första start"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.location = LocationPage()
        self.passphrase = PassphrasePage()
        self.profile = ProfilePage()
        self.recovery = RecoveryPage(self)
        for page in (self.location, self.passphrase, self.profile, self.recovery):
            self.addPage(page)
        self.location.existing.connect(self.existing)
        # A mandatory field counts as filled only when it differs from its value when the page
        # was added: proposed before that, the default path kept "Nästa" disabled until edited.
        self.location.path.setText(str(default))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Börja arbeta"))
        self.resize(720, 520)
        self._path: Path | None = None

    def path(self) -> Path:
        return Path(self.location.path.text().strip())

    def create_database(self, page: RecoveryPage) -> None:
        path, secret = self.path(), self.passphrase.first.text()
        profile, remember = self.profile.profile(), self.passphrase.remember.isChecked()
        holder: dict[str, str] = {}

        def opener():  # runs on the worker
            # Imported here, on the worker: setup pulls in the seal (pyHanko) and the exchange
            # keys, which the first window need not wait for.

            ws, code = create_workspace(path, secret)
            try:
                setup.first_start(ws, profile, remember)
            except Exception:
                ws.close()
                raise
            holder["code"] = code
            return ws

        self._path = path
        self._db.open(opener, on_done=lambda _ok: page.created(holder["code"]), on_error=page.failed)

    def accept(self) -> None:
        # The passphrase fields are cleared so the secret does not outlive the wizard.
        self.passphrase.first.clear()
        self.passphrase.second.clear()
        super().accept()
        if self._path is not None:
            self.opened.emit(self._path)
