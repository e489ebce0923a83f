"""Skicka utbytespaket: to whom, what, where to save it, then the export with progress."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.errors import UserError
from app.models.person import Person
from app.services import exchange, persons, security
from app.services.exchange import ExportResult, Partner
from app.ui import common
from app.ui.common import ErrorLabel, FileField, combo, describe_list, form, line
from app.ui.exchange.labels import counts_text, partner_label
from app.ui.exchange.pages import JobPage
from app.ui.worker import Database

BUNDLE_FILTER = "Utbytespaket (*.egvb)"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower().translate(str.maketrans("åäöé", "aaoe"))).strip("-") or "paket"


class RecipientPage(QWizardPage):
    def __init__(self, partners: list[Partner]) -> None:
        super().__init__()
        self.setTitle(self.tr("Till vem?"))
        self.setSubTitle(
            self.tr(
                "Paketet krypteras så att bara mottagaren kan öppna det. Personuppgifter skickas bara "
                "för personer med registrerat samtycke."
            )
        )
        trusted = [p for p in partners if p.trusted]
        layout = QVBoxLayout(self)
        self.to_partner = QRadioButton(self.tr("Till en betrodd &partner"))
        self.partner = combo(
            self.tr("Partner"), [(partner_label(p.name, p.identity.short_fingerprint), p) for p in trusted]
        )
        self.to_passphrase = QRadioButton(self.tr("Med en &lösenfras (mottagaren har inte Egenvårdsstöd)"))
        self.first = line(self.tr("Lösenfras för paketet"))
        self.second = line(self.tr("Upprepa lösenfrasen"))
        for w in (self.first, self.second):
            w.setEchoMode(QLineEdit.EchoMode.Password)
        group = QButtonGroup(self)
        for b in (self.to_partner, self.to_passphrase):
            group.addButton(b)
        f = form()
        f.addRow(self.tr("Lösen&fras:"), self.first)
        f.addRow(self.tr("&Upprepa:"), self.second)
        note = QLabel(self.tr("Lämna lösenfrasen på annat sätt än paketet, till exempel per telefon."))
        note.setWordWrap(True)
        self.none_note = QLabel(
            self.tr(
                "Det finns ingen betrodd partner ännu: lägg till en under Utbyte → Partner, eller använd lösenfras."
            )
        )
        self.none_note.setWordWrap(True)
        self.none_note.setVisible(not trusted)
        self.error = ErrorLabel()
        for w in (self.to_partner, self.partner, self.none_note, self.to_passphrase):
            layout.addWidget(w)
        layout.addLayout(f)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.to_partner.setEnabled(bool(trusted))
        self.partner.setEnabled(bool(trusted))
        (self.to_partner if trusted else self.to_passphrase).setChecked(True)
        self.to_partner.toggled.connect(self._mode)
        self._mode()

    def _mode(self) -> None:
        by_partner = self.to_partner.isChecked()
        self.partner.setEnabled(by_partner)
        self.first.setEnabled(not by_partner)
        self.second.setEnabled(not by_partner)

    def chosen(self) -> Partner | None:
        return self.partner.currentData() if self.to_partner.isChecked() else None  # type: ignore[return-value]

    def passphrase(self) -> str | None:
        return None if self.to_partner.isChecked() else self.first.text()

    def validatePage(self) -> bool:
        if self.to_partner.isChecked():
            ok = self.chosen() is not None
            self.error.show_error("" if ok else self.tr("Välj en partner."))
            return ok
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


@dataclass(frozen=True)
class Fixed:
    """An export started from a record: one deviation ("deviation") or plans ("plan")."""

    kind: str
    ids: tuple[str, ...]
    label: str


class ContentPage(QWizardPage):
    def __init__(self, db: Database, preset: list[Person], fixed: Fixed | None) -> None:
        super().__init__()
        self._db = db
        self._fixed = fixed
        self.setTitle(self.tr("Vad ska skickas?"))
        layout = QVBoxLayout(self)
        self.since_last = QRadioButton(self.tr("Allt som &ändrats sedan förra paketet till mottagaren"))
        self.everything = QRadioButton(self.tr("&Allt (alla personer med samtycke)"))
        self.chosen = QRadioButton(self.tr("&Valda personer"))
        self.fixed = QRadioButton(fixed.label if fixed else "")
        group = QButtonGroup(self)
        for b in (self.since_last, self.everything, self.chosen, self.fixed):
            group.addButton(b)
            layout.addWidget(b)
        self.fixed.setVisible(fixed is not None)
        picker = QHBoxLayout()
        left = QVBoxLayout()
        self.search = line(self.tr("Sök person att lägga till"), placeholder=self.tr("Sök namn eller personnummer"))
        self.hits = QListWidget()
        self.hits.setAccessibleName(self.tr("Sökträffar"))
        describe_list(self.hits)
        self.hits.itemActivated.connect(self._add)
        left.addWidget(self.search)
        left.addWidget(self.hits)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Skickas:")))
        middle = QVBoxLayout()
        add = QPushButton(self.tr("Lägg &till →"))
        add.clicked.connect(lambda: self._add(self.hits.currentItem()))
        remove = QPushButton(self.tr("← Ta &bort"))
        remove.clicked.connect(self._remove)
        middle.addStretch(1)
        middle.addWidget(add)
        middle.addWidget(remove)
        middle.addStretch(1)
        self.picked = QListWidget()
        self.picked.setAccessibleName(self.tr("Valda personer"))
        right.addWidget(self.picked)
        picker.addLayout(left, 1)
        picker.addLayout(middle)
        picker.addLayout(right, 1)
        self.picker = QWidget()
        self.picker.setLayout(picker)
        layout.addWidget(self.picker, 1)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self._search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        for p in preset:
            self._pick(p.id, f"{p.name}  {p.shown_number}")
        if fixed is not None:
            self.fixed.setChecked(True)
        elif preset:
            self.chosen.setChecked(True)
        else:
            self.since_last.setChecked(True)
        for b in (self.since_last, self.everything, self.chosen, self.fixed):
            b.toggled.connect(self._mode)
        self._mode()

    def _mode(self) -> None:
        self.picker.setEnabled(self.chosen.isChecked())

    def _search(self) -> None:
        text = self.search.text().strip()
        if len(text) < 2:
            self.hits.clear()
            return
        self._db.call(persons.search, text, 30, on_done=self._hits, owner=self)

    def _hits(self, found: list[Person]) -> None:
        self.hits.clear()
        for p in found:
            item = QListWidgetItem(f"{p.name}  {p.shown_number}")
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.hits.addItem(item)

    def _pick(self, person_id: str, text: str) -> None:
        if person_id in self.person_ids():
            return
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, person_id)
        self.picked.addItem(item)

    def _add(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self._pick(item.data(Qt.ItemDataRole.UserRole), item.text())

    def _remove(self) -> None:
        row = self.picked.currentRow()
        if row >= 0:
            self.picked.takeItem(row)

    def person_ids(self) -> list[str]:
        return [self.picked.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.picked.count())]

    def deviation_id(self) -> str | None:
        f = self._fixed
        return f.ids[0] if f and f.kind == "deviation" and self.fixed.isChecked() else None

    def plan_ids(self) -> list[str]:
        f = self._fixed
        return list(f.ids) if f and f.kind == "plan" and self.fixed.isChecked() else []

    def validatePage(self) -> bool:
        if self.chosen.isChecked() and not self.person_ids():
            self.error.show_error(self.tr("Lägg till minst en person."))
            return False
        self.error.clear_error()
        return True


class FilePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Var ska paketet sparas?"))
        self.setSubTitle(
            self.tr("Spara på ett USB-minne eller skicka filen som bilaga. Den är krypterad och signerad.")
        )
        layout = form()
        self.file = FileField(self.tr("Paketets fil"), BUNDLE_FILTER, save=True)
        layout.addRow(self.tr("&Fil:"), self.file)
        self.error = ErrorLabel()
        layout.addRow(self.error)
        self.setLayout(layout)

    def suggest(self, recipient: str) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        name = f"egenvard-{_slug(recipient)}-{date.today().isoformat()}.egvb"
        self.file.edit.setText(str(Path(folder) / name))

    def path(self) -> Path:
        text = self.file.text()
        return Path(text if text.endswith(".egvb") else f"{text}.egvb")

    def validatePage(self) -> bool:
        if not self.file.text():
            self.error.show_error(self.tr("Ange var paketet ska sparas."))
            return False
        if not self.path().parent.is_dir():
            self.error.show_error(self.tr("Mappen {0} finns inte.").format(self.path().parent))
            return False
        if self.path().exists() and not common.ask(
            self, self.tr("Filen finns"), self.tr("{0} finns redan. Ersätta den?").format(self.path().name)
        ):
            return False
        self.error.clear_error()
        return True


class ExportRunPage(JobPage):
    def __init__(self, db: Database) -> None:
        super().__init__(
            db,
            [
                self.tr("Samlar poster och kontrollerar samtycke…"),
                self.tr("Bygger FHIR-innehållet…"),
                self.tr("Krypterar och signerar…"),
                self.tr("Sparar filen…"),
            ],
        )
        self.setTitle(self.tr("Skapar utbytespaketet"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(self.summary)
        self.body.addStretch(1)

    def initializePage(self) -> None:
        wizard: ExportWizard = self.wizard()  # type: ignore[assignment]
        self.summary.clear()
        partner = wizard.recipient.chosen()
        self.run(
            exchange.export_bundle,
            wizard.file.path(),
            to=partner.identity if partner else None,
            passphrase=wizard.recipient.passphrase(),
            person_ids=wizard.content.person_ids() if wizard.content.chosen.isChecked() else [],
            plan_ids=wizard.content.plan_ids(),
            deviation_id=wizard.content.deviation_id(),
            since_last=wizard.content.since_last.isChecked(),
        )

    def finished(self, result: ExportResult) -> None:
        text = self.tr("Paketet är sparat: {0}\nInnehåll: {1}").format(result.path, counts_text(result.counts))
        if result.left_out:
            text += "\n\n" + self.tr("Utelämnade eftersom samtycke saknas: {0}").format("; ".join(result.left_out))
        self.summary.setText(text)
        self.lock_back()


class ExportWizard(QWizard):
    exported = Signal(object)  # ExportResult

    def __init__(
        self,
        db: Database,
        partners: list[Partner],
        preset: list[Person] | None = None,
        fixed: Fixed | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Skicka utbytespaket"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.recipient = RecipientPage(partners)
        self.content = ContentPage(db, preset or [], fixed)
        self.file = FilePage()
        self.run_page = ExportRunPage(db)
        for page in (self.recipient, self.content, self.file, self.run_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Stäng"))
        self.currentIdChanged.connect(self._entered)
        self.resize(760, 560)

    def _entered(self, _id: int) -> None:
        if self.currentPage() is self.file and not self.file.file.text():
            partner = self.recipient.chosen()
            self.file.suggest(partner.name if partner else self.tr("losenfras"))

    def accept(self) -> None:
        if self.run_page.result is not None:
            self.exported.emit(self.run_page.result)
        self.clear()
        super().accept()

    def reject(self) -> None:
        self.run_page.relay.cancel()  # a running export stops at its next step and writes nothing
        self.clear()
        super().reject()

    def clear(self) -> None:
        """On lock or close: passphrases and names leave the widgets."""
        for w in (self.recipient.first, self.recipient.second, self.content.search):
            w.clear()
        self.content.hits.clear()
        self.content.picked.clear()
