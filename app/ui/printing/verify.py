"""`verify` in the window: the one answer about a sealed PDF, in the same words everywhere.

`verdict()` turns the service's SealCheck into a sentence (used by the plan's stored PDFs and by
"Kontrollera förseglad PDF…"); `VerifyDialog` checks a PDF file from disk on the worker. The
sealer is named from our own records (our organisation, a trusted partner); the name inside a
certificate is shown only as what the certificate claims.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.services import documents
from app.services.documents import ChangeKind, SealCheck, SealState
from app.ui.common import ErrorLabel, translate
from app.ui.worker import Database


def change_text(kind: ChangeKind | None) -> str:
    return {
        ChangeKind.VALIDATION_DATA: translate("Verify", "bara valideringsdata; innehållet är oförändrat"),
        ChangeKind.FORM_FILLING: translate("Verify", "formulärfält har fyllts i eller signaturfält lagts till"),
        ChangeKind.ANNOTATIONS: translate("Verify", "kommentarer eller andra anteckningar har lagts till"),
    }.get(kind or ChangeKind.OTHER, translate("Verify", "andra ändringar; innehållet kan ha ändrats"))


def verdict(check: SealCheck) -> str:
    """One sentence per outcome; only KNOWN reads as good news."""
    if check.state is SealState.KNOWN:
        return translate(
            "Verify", "Förseglingen är intakt: oförändrad sedan den förseglades av {0} (känd förseglare)."
        ).format(check.sealer)
    if check.state is SealState.UNKNOWN:
        return translate(
            "Verify",
            "VARNING: förseglingen är intakt, men förseglaren är okänd och inte betrodd "
            "(certifikatet uppger ”{0}”, vilket vem som helst kan skriva).",
        ).format(", ".join(x for x in (check.signer, check.organisation) if x) or "–")
    if check.state is SealState.UPDATED:
        who = check.sealer or translate("Verify", "en okänd förseglare")
        return translate(
            "Verify",
            "VARNING: filen har ändrats efter förseglingen genom en tillagd uppdatering: {0}. "
            "Förseglingen av {1} gäller bara versionen före ändringen.",
        ).format(change_text(check.change), who)
    if check.state is SealState.ALTERED:
        return translate("Verify", "VARNING: dokumentet har ändrats efter förseglingen; förseglingen är inte giltig.")
    if check.state is SealState.UNSIGNED:
        return translate("Verify", "Filen har ingen elektronisk försegling och kan inte kontrolleras.")
    return translate("Verify", "Filen är inte en läsbar PDF.")


class VerifyDialog(QDialog):
    """Kontrollera förseglad PDF: the file's verdict, checked on the worker."""

    def __init__(self, db: Database, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.path = Path(path)
        self.check: SealCheck | None = None
        self.setWindowTitle(self.tr("Kontrollera förseglad PDF"))
        layout = QVBoxLayout(self)
        name = QLabel(str(self.path))
        name.setObjectName("hint")
        name.setWordWrap(True)
        layout.addWidget(name)
        self.answer = QLabel(self.tr("Kontrollerar…"))
        self.answer.setObjectName("heading")
        self.answer.setWordWrap(True)
        self.answer.setAccessibleName(self.tr("Resultat av kontrollen"))
        layout.addWidget(self.answer)
        self.details = QLabel()
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Stäng"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 220)
        db.call(documents.verify_file, self.path, on_done=self._done, on_error=self._failed, owner=self)

    def _done(self, check: SealCheck) -> None:
        self.check = check
        self.answer.setText(verdict(check))
        if check.certificate is not None and check.state in (SealState.KNOWN, SealState.UNKNOWN, SealState.UPDATED):
            when = check.signed_at.astimezone().strftime("%Y-%m-%d %H.%M") if check.signed_at else "–"
            self.details.setText(
                self.tr("Förseglad: {0}. Certifikatets fingeravtryck (SHA-256): {1}.").format(
                    when, check.certificate.short_fingerprint
                )
            )

    def _failed(self, exc: Exception) -> None:
        self.answer.clear()
        self.error.show_error(exc)
