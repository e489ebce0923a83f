"""Ta emot utbytespaket: choose the file, check everything and preview, then import.

Every check (decryption, sender signature and trust, hashes, FHIR, references) runs before
the preview is shown; the import itself is one transaction. Conflicts are stored for the user
to decide side by side, never written over.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.services import exchange
from app.services.exchange import Change, ImportResult, Incoming, PassphraseNeeded, Preview
from app.ui.common import ErrorLabel, FileField, form, line
from app.ui.exchange.export_wizard import BUNDLE_FILTER
from app.ui.exchange.labels import kind_label, preview_counts_text, status_label
from app.ui.exchange.pages import JobPage
from app.ui.tables import Column, ListModel
from app.ui.worker import Database


class ChooseFilePage(QWizardPage):
    def __init__(self, path: str = "") -> None:
        super().__init__()
        self.setTitle(self.tr("Ta emot utbytespaket"))
        self.setSubTitle(self.tr("Inget sparas förrän du har sett vad paketet innehåller och valt att importera."))
        layout = form()
        self.file = FileField(self.tr("Paketets fil"), f"{BUNDLE_FILTER};;Alla filer (*)", save=False, text=path)
        self.passphrase = line(self.tr("Lösenfras för paketet"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("bara om paketet är skyddat med lösenfras"))
        layout.addRow(self.tr("&Fil:"), self.file)
        layout.addRow(self.tr("&Lösenfras:"), self.passphrase)
        self.error = ErrorLabel()
        layout.addRow(self.error)
        self.setLayout(layout)

    def validatePage(self) -> bool:
        path = Path(self.file.text())
        if not self.file.text() or not path.is_file():
            self.error.show_error(self.tr("Välj en fil som finns."))
            return False
        self.error.clear_error()
        return True


class CheckPage(JobPage):
    """Decrypts, verifies and compares: the preview. Its Next button is the import."""

    def __init__(self, db: Database) -> None:
        super().__init__(
            db,
            [
                self.tr("Dekrypterar och kontrollerar signatur, kontrollsummor och FHIR-innehåll…"),
                self.tr("Jämför med databasen…"),
                self.tr("Förbereder förhandsvisningen…"),
            ],
        )
        self.setTitle(self.tr("Kontroll och förhandsvisning"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Importera"))
        self.incoming: Incoming | None = None
        self.preview: Preview | None = None
        self.sender = QLabel()
        self.sender.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setObjectName("subheading")
        self.show_unchanged = QCheckBox(self.tr("Visa även &oförändrade poster"))
        self.show_unchanged.toggled.connect(self._fill)
        self.model = ListModel(
            [
                Column("", self.tr("Status"), lambda c: status_label(c.status)),
                Column("", self.tr("Post"), lambda c: kind_label(c.kind)),
                Column("", self.tr("Person"), self._person),
            ],
            self,
        )
        self.model.emphasis = lambda c: c.status == "conflict"
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Poster i paketet"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for w in (self.sender, self.counts, self.show_unchanged, self.table):
            self.body.addWidget(w)

    def _person(self, change: Change) -> str:
        return self.preview.names.get(change.person_id, "") if self.preview else ""

    def initializePage(self) -> None:
        wizard: ImportWizard = self.wizard()  # type: ignore[assignment]
        self.incoming, self.preview = None, None
        self.sender.clear()
        self.counts.clear()
        self.model.clear()
        secret = wizard.choose.passphrase.text() or None
        self.run(exchange.read_and_preview, Path(wizard.choose.file.text()), secret)

    def finished(self, result: tuple[Incoming, Preview]) -> None:
        self.incoming, self.preview = result
        sender = self.incoming.sender
        self.sender.setText(
            self.tr("Från {0}, fingeravtryck {1}. Signaturen och innehållet stämmer.").format(
                sender.name, sender.short_fingerprint
            )
        )
        counts = self.preview.counts()
        text = preview_counts_text(counts)
        if counts.get("conflict"):
            text += "\n" + self.tr("Konflikter skrivs inte över: du avgör dem sida vid sida efter importen.")
        for notice in self.preview.notices:  # an older bundle, a partner's audit log that shrank
            text += "\n" + notice
        self.counts.setText(text)
        self._fill()

    def failed(self, exc: Exception) -> None:
        if isinstance(exc, PassphraseNeeded):
            # The service's sentence names the command-line option; here the field is the answer.
            self.error.show_error(self.tr("Paketet är skyddat med en lösenfras. Gå tillbaka och skriv lösenfrasen."))

    def _fill(self) -> None:
        if self.preview is None:
            return
        shown = [c for c in self.preview.changes if self.show_unchanged.isChecked() or c.status != "unchanged"]
        self.model.set_rows(shown)

    def clear(self) -> None:
        self.incoming, self.preview, self.result = None, None, None
        self.model.clear()
        self.sender.clear()


class DonePage(QWizardPage):
    def __init__(self, db: Database) -> None:
        super().__init__()
        self._db = db
        self.setTitle(self.tr("Import"))
        self.result: ImportResult | None = None
        layout = form()
        self.summary = QLabel(self.tr("Importerar…"))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = ErrorLabel()
        layout.addRow(self.summary)
        layout.addRow(self.error)
        self.setLayout(layout)

    def initializePage(self) -> None:
        wizard: ImportWizard = self.wizard()  # type: ignore[assignment]
        check = wizard.check
        self._db.call(
            exchange.apply, check.incoming, check.preview, on_done=self._done, on_error=self._failed, owner=self
        )

    def _done(self, result: ImportResult) -> None:
        self.result = result
        text = self.tr("Importen är klar: {0}.").format(preview_counts_text(result.counts))
        if result.conflicts:
            text += "\n\n" + self.tr(
                "Konflikter som väntar på ditt beslut under Utbyte → Olösta konflikter: {0}. Inget har skrivits över."
            ).format(len(result.conflicts))
        self.summary.setText(text)
        self.completeChanged.emit()

    def _failed(self, exc: Exception) -> None:
        self.summary.setText(self.tr("Inget importerades."))
        self.error.show_error(exc)
        self.result = None
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.result is not None or bool(self.error.text())


class ImportWizard(QWizard):
    imported = Signal(object)  # ImportResult

    def __init__(self, db: Database, path: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ta emot utbytespaket"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.choose = ChooseFilePage(path)
        self.check = CheckPage(db)
        self.done_page = DonePage(db)
        for page in (self.choose, self.check, self.done_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Stäng"))
        self.resize(800, 580)

    def accept(self) -> None:
        result: Any = self.done_page.result
        self.clear()
        super().accept()
        if result is not None:
            self.imported.emit(result)

    def reject(self) -> None:
        self.check.relay.cancel()
        self.clear()
        super().reject()

    def clear(self) -> None:
        """On lock or close: the decrypted records and the passphrase leave memory."""
        self.choose.passphrase.clear()
        self.check.clear()
