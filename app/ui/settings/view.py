"""Inställningar: the user profile, the sealing certificate, lock time, language, "remember on this
computer", backup."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.models.common import Practitioner
from app.services import documents, security
from app.services.documents import CertificateInfo
from app.ui import common
from app.ui.common import ErrorLabel, combo, fmt_date, form, line
from app.ui.roles import UseCase, gate
from app.ui.settings import prefs
from app.ui.setup.profile import ProfileFields
from app.ui.worker import Database


def _profile(ws):  # type: ignore[no-untyped-def]
    return ws.profile()


def _set_profile(ws, profile: Practitioner) -> Practitioner:  # type: ignore[no-untyped-def]
    ws.set_profile(profile)
    return profile


def _remember(ws, on: bool) -> bool:  # type: ignore[no-untyped-def]
    if on:
        security.remember(ws)
    else:
        security.forget_key(ws.path)
    return on


def _change_passphrase(ws, old: str, new: str) -> None:  # type: ignore[no-untyped-def]
    security.change_passphrase(ws.path, old, new)


def _import_credential(ws, path: Path, password: str) -> CertificateInfo:  # type: ignore[no-untyped-def]
    # Read on the worker too: the file may sit on a slow USB stick or network share.
    return documents.import_credential(ws, path.read_bytes(), password)


# Dialogs behind module functions, so the tests can answer them.
def choose_certificate_file(parent: QWidget | None, title: str) -> str | None:
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        title,
        "",
        QCoreApplication.translate("SettingsView", "PKCS#12-certifikat (*.p12 *.pfx);;Alla filer (*)"),
    )
    return path or None


def ask_password(parent: QWidget | None, title: str, label: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return text if ok else None


class SettingsView(QWidget):
    profile_changed = Signal(object)
    idle_changed = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Inställningar"))
        heading.setObjectName("heading")
        layout.addWidget(heading)
        columns = QHBoxLayout()
        layout.addLayout(columns)

        profile_box = QGroupBox(self.tr("Min profil"))
        f = form()
        self.fields = ProfileFields(f)
        fields = self.fields
        self.name, self.title, self.role, self.organisation, self.unit = (
            fields.name,
            fields.title,
            fields.role,
            fields.organisation,
            fields.unit,
        )
        self.profession, self.school_health = fields.profession, fields.school_health
        save = QPushButton(self.tr("&Spara profil"))
        save.clicked.connect(self.save_profile)
        self.profile_error = ErrorLabel()
        f.addRow("", save)
        f.addRow(self.profile_error)
        profile_box.setLayout(f)
        left = QVBoxLayout()
        columns.addLayout(left, 1)
        left.addWidget(profile_box)
        left.addWidget(self._seal_box())
        left.addStretch(1)

        right = QVBoxLayout()
        columns.addLayout(right, 1)
        security_box = QGroupBox(self.tr("Säkerhet"))
        g = form()
        self.idle = QSpinBox()
        self.idle.setRange(1, 240)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setAccessibleName(self.tr("Lås efter inaktivitet, minuter"))
        self.idle.setValue(prefs.idle_minutes())
        self.idle.valueChanged.connect(self._idle)
        self.remember = QCheckBox(self.tr("Kom ihåg nyckeln på den här datorn"))
        self.remember.setAccessibleName(self.tr("Kom ihåg nyckeln på den här datorn"))
        self.remember.clicked.connect(self._remember)
        self.old = line(self.tr("Nuvarande lösenfras"))
        self.new1 = line(self.tr("Ny lösenfras"))
        self.new2 = line(self.tr("Upprepa ny lösenfras"))
        for w in (self.old, self.new1, self.new2):
            w.setEchoMode(QLineEdit.EchoMode.Password)
        change = QPushButton(self.tr("Byt &lösenfras"))
        change.clicked.connect(self.change_passphrase)
        self.security_error = ErrorLabel()
        g.addRow(self.tr("Lås efter &inaktivitet:"), self.idle)
        g.addRow("", self.remember)
        g.addRow(self.tr("Nu&varande lösenfras:"), self.old)
        g.addRow(self.tr("N&y lösenfras:"), self.new1)
        g.addRow(self.tr("&Upprepa:"), self.new2)
        g.addRow("", change)
        g.addRow(self.security_error)
        security_box.setLayout(g)
        right.addWidget(security_box)

        other = QGroupBox(self.tr("Språk och säkerhetskopia"))
        h = form()
        self.language = combo(self.tr("Språk"), [("Svenska", "sv"), ("English", "en")], prefs.language())
        self.language.currentIndexChanged.connect(self._language)
        backup = QPushButton(self.tr("Gör &säkerhetskopia nu"))
        backup.clicked.connect(self.backup)
        self.backup_label = QLabel()
        self.backup_label.setWordWrap(True)
        h.addRow(self.tr("Sp&råk:"), self.language)
        h.addRow("", backup)
        h.addRow(self.backup_label)
        other.setLayout(h)
        right.addWidget(other)
        right.addStretch(1)
        layout.addStretch(1)

    def _seal_box(self) -> QGroupBox:
        """Elektronisk försegling: which certificate seals PDFs, a new one, or the organisation's."""
        box = QGroupBox(self.tr("Elektronisk försegling"))
        f = form()
        about = QLabel(
            self.tr(
                "Förseglade PDF-filer visar i alla PDF-läsare om de har ändrats. "
                "Förseglingen är inte en juridisk underskrift."
            )
        )
        about.setObjectName("hint")
        about.setWordWrap(True)
        f.addRow(about)
        self.cert_fields: dict[str, QLabel] = {}
        for key, caption in (
            ("subject", self.tr("Certifikat för:")),
            ("organisation", self.tr("Organisation:")),
            ("valid", self.tr("Giltigt till:")),
            ("kind", self.tr("Typ:")),
            ("fingerprint", self.tr("Fingeravtryck:")),
        ):
            value = QLabel("–")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(caption.rstrip(":"))
            self.cert_fields[key] = value
            f.addRow(caption, value)
        row = QHBoxLayout()
        self.create_cert = QPushButton(self.tr("S&kapa nytt självsignerat…"))
        self.create_cert.setToolTip(self.tr("Ett nytt certifikat med namn och organisation från profilen"))
        self.create_cert.clicked.connect(self.create_certificate)
        self.import_cert = QPushButton(self.tr("Im&portera PKCS#12…"))
        self.import_cert.setToolTip(self.tr("Använd organisationens certifikat (.p12 eller .pfx)"))
        self.import_cert.clicked.connect(self.import_certificate)
        row.addWidget(self.create_cert)
        row.addWidget(self.import_cert)
        gate.guard(self.create_cert, UseCase.SEAL_CERTIFICATE)
        gate.guard(self.import_cert, UseCase.SEAL_CERTIFICATE)
        row.addStretch(1)
        f.addRow(row)
        self.cert_error = ErrorLabel()
        f.addRow(self.cert_error)
        box.setLayout(f)
        return box

    def refresh(self) -> None:
        self._db.call(_profile, on_done=self._show_profile, owner=self)
        self.refresh_certificate()

    # --- sealing certificate ---------------------------------------------------------------
    def refresh_certificate(self) -> None:
        self._db.call(
            documents.credential, on_done=self._show_certificate, on_error=self.cert_error.show_error, owner=self
        )

    def _show_certificate(self, info: CertificateInfo | None) -> None:
        if info is None:
            for value in self.cert_fields.values():
                value.setText("–")
            self.cert_fields["subject"].setText(self.tr("Inget ännu; skapas vid första förseglingen"))
            return
        expired = info.not_after.date() <= date.today()
        self.cert_fields["subject"].setText(info.subject)
        self.cert_fields["organisation"].setText(info.organisation or "–")
        valid = fmt_date(info.not_after.date())
        self.cert_fields["valid"].setText(self.tr("{0} (har gått ut)").format(valid) if expired else valid)
        self.cert_fields["kind"].setText(
            self.tr("Självsignerat (skapat i programmet)")
            if info.self_signed
            else self.tr("Utfärdat av organisationen (importerat)")
        )
        self.cert_fields["fingerprint"].setText(info.short_fingerprint)

    def create_certificate(self) -> None:
        if not common.ask(
            self,
            self.tr("Nytt certifikat"),
            self.tr(
                "Ett nytt självsignerat certifikat används för kommande förseglingar. "
                "PDF-filer som redan är förseglade påverkas inte. Fortsätt?"
            ),
        ):
            return
        self.cert_error.clear_error()
        self._db.call(
            documents.create_credential,
            on_done=self._certificate_changed,
            on_error=self.cert_error.show_error,
            owner=self,
        )

    def import_certificate(self) -> None:
        path = choose_certificate_file(self, self.tr("Välj certifikatfil"))
        if not path:
            return
        password = ask_password(
            self, self.tr("Lösenord"), self.tr("Lösenordet för certifikatfilen {0}:").format(Path(path).name)
        )
        if password is None:
            return
        self.cert_error.clear_error()
        self._db.call(
            _import_credential,
            Path(path),
            password,
            on_done=self._certificate_changed,
            on_error=lambda exc: self._import_failed(exc, path),
            owner=self,
        )

    def _import_failed(self, exc: Exception, path: str) -> None:
        if isinstance(exc, OSError):
            self.cert_error.show_error(self.tr("Filen {0} kunde inte läsas.").format(path))
        else:
            self.cert_error.show_error(exc)

    def _certificate_changed(self, info: CertificateInfo) -> None:
        self._show_certificate(info)
        common.inform(
            self,
            self.tr("Elektronisk försegling"),
            self.tr("Från och med nu förseglas PDF-filer med certifikatet för {0}.").format(info.subject),
        )

    def _show_profile(self, p: Practitioner | None) -> None:
        self.fields.show(p)

    def save_profile(self) -> None:
        try:
            profile = self.fields.profile()
        except UserError as exc:
            self.profile_error.show_error(exc)
            return
        self.profile_error.clear_error()
        self._db.call(
            _set_profile, profile, on_done=self.profile_changed.emit, on_error=self.profile_error.show_error, owner=self
        )

    def _idle(self, minutes: int) -> None:
        prefs.set_idle_minutes(minutes)
        self.idle_changed.emit(minutes)

    def _remember(self, on: bool) -> None:
        self._db.call(_remember, on, on_error=self.security_error.show_error, owner=self)

    def change_passphrase(self) -> None:
        if self.new1.text() != self.new2.text():
            self.security_error.show_error(self.tr("De nya lösenfraserna är inte lika."))
            return
        old, new = self.old.text(), self.new1.text()
        for w in (self.old, self.new1, self.new2):
            w.clear()

        def done(_r: object) -> None:
            self.security_error.clear_error()
            common.inform(self, self.tr("Lösenfras"), self.tr("Lösenfrasen är bytt."))

        self._db.call(_change_passphrase, old, new, on_done=done, on_error=self.security_error.show_error, owner=self)

    def _language(self) -> None:
        prefs.set_language(self.language.currentData())
        common.inform(self, self.tr("Språk"), self.tr("Språket byts nästa gång programmet startas."))

    def backup(self) -> None:
        self.backup_label.setText(self.tr("Säkerhetskopierar…"))
        self._db.call(
            security.backup,
            on_done=lambda p: self.backup_label.setText(self.tr("Sparad: {0}").format(p)),
            on_error=lambda e: self.backup_label.setText(str(e)),
            owner=self,
        )

    def clear(self) -> None:
        for value in self.cert_fields.values():
            value.setText("–")
        self.cert_error.clear_error()
        for w in (self.name, self.title, self.organisation, self.unit, self.old, self.new1, self.new2):
            w.clear()
        self.backup_label.clear()
