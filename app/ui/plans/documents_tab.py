"""The plan window's documents: the sealed PDFs stored with each version (open, print, save
again), and making a new one: print preview, emergency card, electronic seal."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.models.plan import Plan
from app.services import documents
from app.services.documents import SealCheck, SealedDocument
from app.ui.common import fmt_date, translate
from app.ui.plans.tabs import table
from app.ui.printing.dialog import offer_reveal, render_and_show, show_pdf
from app.ui.printing.seal_dialog import SealDialog
from app.ui.printing.verify import verdict
from app.ui.tables import Column, ListModel
from app.ui.worker import Database


def _tr(text: str) -> str:
    return translate("PlanDialog", text)


def _kind_text(doc: SealedDocument) -> str:
    return _tr("Egenvårdsintyg") if doc.kind == documents.INTYG else _tr("Egenvårdsplan")


class DocumentsTab(QWidget):
    """`may_print()` asks about protected identity first; `keep(dialog)` lets the plan window
    close what was opened from here; `show_error` is the window's error line."""

    def __init__(
        self,
        db: Database,
        plan_id: str,
        may_print: Callable[[], bool],
        keep: Callable[[QDialog], None],
        show_error: Callable[[object], None],
        parent: QWidget | None = None,
        protected: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._db, self.plan_id = db, plan_id
        self._may_print, self._keep, self._show_error = may_print, keep, show_error
        self._protected = protected or (lambda: False)  # the preview then offers the full details
        self.sealed = ListModel(
            [
                Column("", _tr("Förseglad"), lambda d: fmt_date(d.created_at.astimezone().replace(tzinfo=None))),
                Column("", _tr("Version"), lambda d: str(d.plan_version)),
                Column("", _tr("Certifikat för"), lambda d: d.signer),
                Column("", _tr("Fingeravtryck"), lambda d: d.fingerprint),
                Column("", _tr("Storlek"), lambda d: _tr("{0} kB").format(max(1, round(d.size / 1024)))),
                Column("", _tr("Dokument"), _kind_text),
            ],
            self,
        )
        box = QVBoxLayout(self)
        self.view = table(self.sealed, _tr("Förseglade dokument"))
        for column, width in ((0, 140), (2, 220), (3, 160)):
            self.view.setColumnWidth(column, width)
        self.view.activated.connect(lambda index: self.open_sealed(index.row()))
        box.addWidget(self.view, 1)
        row = QHBoxLayout()
        hint = QLabel(_tr("Dubbelklicka eller tryck Retur för att öppna, skriva ut eller spara en förseglad PDF."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        row.addWidget(hint, 1)
        self.open_button = QPushButton(_tr("&Öppna…"))
        self.open_button.setToolTip(_tr("Öppna den markerade förseglade PDF-filen"))
        self.open_button.clicked.connect(lambda: self.open_sealed(self.view.currentIndex().row()))
        self.open_button.setEnabled(False)
        row.addWidget(self.open_button)
        box.addLayout(row)

    # --- the stored sealed PDFs --------------------------------------------------------
    def reload(self) -> None:
        self._db.call(
            documents.sealed_documents, self.plan_id, on_done=self._loaded, on_error=self._show_error, owner=self
        )

    def _loaded(self, docs: list[SealedDocument]) -> None:
        self.sealed.set_rows(docs)
        if docs and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.sealed.index(0, 0))
        self.open_button.setEnabled(bool(docs))

    def open_sealed(self, row: int) -> None:
        doc = self.sealed.record(row)
        if doc is None or not self._may_print():
            return
        self._db.call(documents.open_sealed, doc.id, on_done=self._opened, on_error=self._show_error, owner=self)

    def _opened(self, found: tuple[SealedDocument, SealCheck]) -> None:
        doc, check = found
        self._show_sealed(doc, _tr("{0} Planversion {1}.").format(verdict(check), doc.plan_version))

    def _show_sealed(self, doc: SealedDocument, note: str) -> None:
        when = doc.created_at.astimezone().strftime("%Y-%m-%d %H.%M")
        if doc.kind == documents.INTYG:
            title = _tr("Förseglat egenvårdsintyg, planversion {0} ({1})").format(doc.plan_version, when)
            file_name = f"egenvardsintyg-{doc.plan_id[:8]}-v{doc.plan_version}-forseglat.pdf"
        else:
            title = _tr("Förseglad plan, version {0} ({1})").format(doc.plan_version, when)
            file_name = f"egenvardsplan-{doc.plan_id[:8]}-v{doc.plan_version}-forseglad.pdf"
        dialog = show_pdf(self._db, self, doc.pdf, title, file_name, note)
        self._keep(dialog)

    # --- making a document of the chosen version --------------------------------------
    def print_plan(self, plan: Plan) -> None:
        if not self._may_print():
            return
        self._db.call(
            documents.render_plan_pdf,
            self.plan_id,
            plan.version,
            on_done=lambda data: self._show_plan(plan, data),
            on_error=self._show_error,
            owner=self,
        )

    def _show_plan(self, plan: Plan, data: bytes) -> None:
        dialog = show_pdf(self._db, self, data, _tr("Förhandsgranska plan"), documents.batch_file_name(plan))
        if self._protected():
            offer_reveal(
                self._db, dialog, documents.render_plan_pdf, self.plan_id, plan.version, on_error=self._show_error
            )
        self._keep(dialog)

    def card(self, plan: Plan) -> None:
        if not self._may_print():
            return
        render_and_show(
            self._db,
            self,
            documents.render_card_pdf,
            self.plan_id,
            plan.version,
            title=_tr("Akutkort"),
            file_name=f"akutkort-{plan.id[:8]}-v{plan.version}.pdf",
            on_error=self._show_error,
            on_shown=self._keep,
            protected=self._protected(),
        )

    def seal(self, plan: Plan, person_name: str) -> None:
        if not self._may_print():
            return
        dialog = SealDialog(self._db, plan, person_name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sealed.connect(lambda doc, d=dialog: self._sealed(doc, d.organisation))
        dialog.show()
        self._keep(dialog)

    def _sealed(self, doc: SealedDocument, organisation: str) -> None:
        self.reload()
        # Name the organisation that sealed (from our records), not the certificate's person.
        self._show_sealed(
            doc,
            _tr("Förseglad av {0}. Den förseglade PDF-filen är sparad med planversion {1}.").format(
                organisation or "–", doc.plan_version
            ),
        )
