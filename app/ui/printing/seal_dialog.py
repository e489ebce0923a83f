"""Elektronisk försegling of one signed plan version, with optional drawn signatures.

The seal lets any PDF reader tell whether the file was changed afterwards; it is not a legal
signature, and the dialog says so. The form always keeps its lines for signing with a pen.
Whether the version can be sealed at all (a draft, a missing point) is asked of the service as
soon as the dialog opens, so nobody draws a signature for nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.plan import Plan
from app.services import documents
from app.services.documents import CertificateInfo, SealedDocument
from app.ui.common import ErrorLabel, fmt_date
from app.ui.printing.signature_pad import SignaturePad
from app.ui.worker import Database


class SealDialog(QDialog):
    sealed = Signal(object)  # SealedDocument, with its PDF bytes

    def __init__(self, db: Database, plan: Plan, person_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.plan = plan
        self.organisation = ""  # who seals, from our records (asked when the dialog opens)
        self.setWindowTitle(self.tr("Elektronisk försegling"))
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("{0} – {1}, version {2}").format(plan.measure, person_name, plan.version))
        heading.setObjectName("heading")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        intro = QLabel(
            self.tr(
                "Förseglingen gör att alla PDF-läsare kan visa om filen har ändrats efteråt. "
                "Den är en elektronisk försegling, inte en juridisk underskrift. "
                "Den förseglade PDF-filen sparas med planversionen."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        signer = plan.signature
        signer_text = f"{signer.name}, {signer.title}" if signer else ""
        self.signer_pad, signer_box = self._pad_box(
            self.tr("Undertecknarens namnteckning (valfri)"),
            signer_text,
            self.tr("Undertecknarens namnteckning"),
            self.tr("&Rensa"),
        )
        self.person_pad, person_box = self._pad_box(
            self.tr("Personens eller vårdnadshavarens namnteckning (valfri)"),
            person_name,
            self.tr("Personens eller vårdnadshavarens namnteckning"),
            self.tr("R&ensa"),
        )
        pads = QHBoxLayout()
        pads.addWidget(signer_box, 1)
        pads.addWidget(person_box, 1)
        layout.addLayout(pads, 1)

        self.wet_note = QLabel(
            self.tr(
                "Blanketten har alltid rader för underskrift med penna. Den som inte ritar sin namnteckning här "
                "kan skriva under på utskriften."
            )
        )
        self.wet_note.setObjectName("hint")
        self.wet_note.setWordWrap(True)
        layout.addWidget(self.wet_note)
        self.certificate = QLabel(self.tr("Hämtar certifikat…"))
        self.certificate.setObjectName("hint")
        self.certificate.setWordWrap(True)
        layout.addWidget(self.certificate)
        self.error = ErrorLabel()
        layout.addWidget(self.error)

        self.buttons = QDialogButtonBox()
        self.seal_button = self.buttons.addButton(self.tr("&Försegla"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.seal_button.setShortcut("Ctrl+Return")
        self.seal_button.setToolTip(self.tr("Försegla och visa PDF-filen (Ctrl+Retur)"))
        self.seal_button.setDefault(True)
        self.seal_button.setEnabled(False)  # until the service says this version can be sealed
        cancel = self.buttons.addButton(self.tr("&Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setToolTip(self.tr("Stäng utan att försegla (Esc)"))
        self.buttons.accepted.connect(self.seal)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(860, 460)
        self._check()

    def _pad_box(self, title: str, who: str, name: str, clear_text: str) -> tuple[SignaturePad, QGroupBox]:
        box = QGroupBox(title)
        inner = QVBoxLayout(box)
        pad = SignaturePad(box)
        pad.setAccessibleName(name)
        inner.addWidget(pad, 1)
        row = QHBoxLayout()
        label = QLabel(who)
        label.setWordWrap(True)
        row.addWidget(label, 1)
        clear = QPushButton(clear_text)
        clear.setAutoDefault(False)  # Enter seals (the default button); it must never wipe a signature
        clear.setAccessibleName(self.tr("Rensa: {0}").format(name))
        clear.setToolTip(self.tr("Rensa namnteckningen (Delete i fältet)"))
        clear.clicked.connect(pad.clear)
        row.addWidget(clear)
        inner.addLayout(row)
        return pad, box

    # --- before: may this version be sealed, and with which certificate -------------------
    def _check(self) -> None:
        self._db.call(
            documents.check_sealable,
            self.plan.id,
            self.plan.version,
            on_done=self._sealable,
            on_error=self._refused,
            owner=self,
        )
        self._db.call(documents.sealing_as, on_done=self._show_certificate, on_error=lambda _e: None, owner=self)

    def _sealable(self, _plan: Plan) -> None:
        self.error.clear_error()
        self.seal_button.setEnabled(True)

    def _refused(self, exc: Exception) -> None:
        self.seal_button.setEnabled(False)
        for pad in (self.signer_pad, self.person_pad):
            pad.setEnabled(False)
        self.error.show_error(exc)

    def _show_certificate(self, found: tuple[CertificateInfo | None, str]) -> None:
        # The organisation seals; the one who signed the plan is named on the form. Say both apart.
        info, organisation = found
        self.organisation = organisation
        if info is None:
            self.certificate.setText(
                self.tr(
                    "Förseglas av organisationen {0}. Inget certifikat finns ännu: ett självsignerat certifikat "
                    "skapas vid första förseglingen."
                ).format(organisation)
            )
            return
        kind = self.tr("självsignerat") if info.self_signed else self.tr("utfärdat av organisationen")
        self.certificate.setText(
            self.tr("Förseglas av organisationen {0} med certifikatet för {1} ({2}, giltigt till {3}).").format(
                organisation, info.subject, kind, fmt_date(info.not_after.date())
            )
        )

    # --- sealing -------------------------------------------------------------------------
    def seal(self) -> None:
        if not self.seal_button.isEnabled():
            return
        self.seal_button.setEnabled(False)
        self.error.clear_error()
        self.certificate.setText(self.tr("Förseglar…"))
        # PNG bytes are taken here, on the GUI thread; ReportLab and pyHanko run on the worker.
        signer = self.signer_pad.to_png() or None
        person = self.person_pad.to_png() or None
        self._db.call(
            documents.seal_plan,
            self.plan.id,
            self.plan.version,
            signer_image=signer,
            person_image=person,
            on_done=self._done,
            on_error=self._failed,
            owner=self,
        )

    def _done(self, doc: SealedDocument) -> None:
        self.sealed.emit(doc)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.seal_button.setEnabled(True)  # the drawn signatures are still there: try again
        self.certificate.clear()
        self.error.show_error(exc)

    def clear(self) -> None:
        for pad in (self.signer_pad, self.person_pad):
            pad.clear()
