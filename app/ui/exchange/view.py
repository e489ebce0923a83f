"""Utbyte: this organisation's identity, the partners it trusts, unresolved conflicts, and the
history of bundles sent and received. Export and import start here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import exchange
from app.services.exchange import Conflict, ExchangeState, Partner
from app.services.exchange.export_fhir import FhirExportResult, export_fhir
from app.ui import common
from app.ui.common import ErrorLabel, describe_list, fmt_date
from app.ui.exchange.conflict_fields import field_label, visible
from app.ui.exchange.labels import counts_text, direction_label, kind_label
from app.ui.roles import UseCase, gate
from app.ui.tables import Column, ListModel
from app.ui.worker import Database

IDENTITY_FILTER = "Identitetsfil (*.egid *.json);;Alla filer (*)"


def _differing(conflict: Conflict) -> str:
    return ", ".join(field_label(k) for k, _a, _b in conflict.differing() if visible(k))


def _table(model: ListModel, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    describe_list(view)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


class ExchangeView(QWidget):
    export_requested = Signal()
    import_requested = Signal()
    resolve_requested = Signal(object)  # Conflict

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.state: ExchangeState | None = None
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        heading = QLabel(self.tr("Utbyte med andra organisationer"))
        heading.setObjectName("heading")
        top.addWidget(heading, 1)
        self.export_button = QPushButton(self.tr("&Skicka utbytespaket…"))
        self.export_button.setToolTip(self.tr("Skicka utbytespaket (Ctrl+Shift+E)"))
        self.export_button.clicked.connect(self.export_requested)
        self.import_button = QPushButton(self.tr("&Ta emot utbytespaket…"))
        self.import_button.setToolTip(self.tr("Ta emot utbytespaket (Ctrl+Shift+I)"))
        self.import_button.clicked.connect(self.import_requested)
        # The same records as a bundle, as FHIR transaction files for a FHIR server (`export --fhir`).
        self.fhir_button = QPushButton(self.tr("&FHIR-transaktioner…"))
        self.fhir_button.setToolTip(
            self.tr("Exportera som FHIR-transaktioner till en mapp, för regionens FHIR-server (okrypterat)")
        )
        self.fhir_button.clicked.connect(self.export_fhir)
        gate.guard(self.fhir_button, UseCase.EXCHANGE)
        top.addWidget(self.export_button)
        top.addWidget(self.import_button)
        top.addWidget(self.fhir_button)
        layout.addLayout(top)
        self.error = ErrorLabel()
        layout.addWidget(self.error)

        # Conflicts are few and urgent, the history long: conflicts get a short box, history the rest.
        grid = QGridLayout()
        grid.addWidget(self._identity_box(), 0, 0)
        grid.addWidget(self._partner_box(), 0, 1)
        grid.addWidget(self._conflict_box(), 1, 0, 1, 2)
        grid.addWidget(self._history_box(), 2, 0, 1, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setRowStretch(2, 1)
        layout.addLayout(grid, 1)

    # --- parts ---------------------------------------------------------------------------
    def _identity_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Den här organisationen"))
        v = QVBoxLayout(box)
        self.org_name = QLabel()
        self.org_name.setObjectName("subheading")
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("fingerprint")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.fingerprint.setFont(font)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setAccessibleName(self.tr("Fingeravtryck"))
        hint = QLabel(
            self.tr(
                "Ge identitetsfilen till partnern (e-post eller USB-minne) och läs upp "
                "fingeravtrycket per telefon, så att partnern vet att filen är er."
            )
        )
        hint.setWordWrap(True)
        save = QPushButton(self.tr("Spara &identitetsfil…"))
        save.clicked.connect(self.export_identity)
        for w in (self.org_name, self.fingerprint, hint):
            v.addWidget(w)
        v.addStretch(1)
        v.addWidget(save)
        return box

    def _partner_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Partner"))
        v = QVBoxLayout(box)
        self.partners = ListModel(
            [
                Column("", self.tr("Organisation"), lambda p: p.name),
                Column("", self.tr("Fingeravtryck"), lambda p: p.identity.short_fingerprint),
                Column("", self.tr("Betrodd"), lambda p: self.tr("Ja") if p.trusted else self.tr("Nej")),
                Column("", self.tr("Tillagd"), lambda p: fmt_date(p.added_at.date())),
            ],
            self,
        )
        self.partners.emphasis = lambda p: not p.trusted
        self.partner_table = _table(self.partners, self.tr("Partner"))
        self.partner_table.setMaximumHeight(150)
        v.addWidget(self.partner_table)
        row = QHBoxLayout()
        add = QPushButton(self.tr("&Lägg till partner…"))
        add.setToolTip(self.tr("Läs in en partners identitetsfil"))
        add.clicked.connect(self.import_partner)
        self.trust_button = QPushButton(self.tr("Lita &på…"))
        self.trust_button.clicked.connect(lambda: self.set_trust(True))
        self.untrust_button = QPushButton(self.tr("Sluta lita på"))
        self.untrust_button.clicked.connect(lambda: self.set_trust(False))
        for b in (add, self.trust_button, self.untrust_button):
            row.addWidget(b)
            gate.guard(b, UseCase.TRUST_PARTNER)
        row.addStretch(1)
        v.addLayout(row)
        return box

    def _conflict_box(self) -> QGroupBox:
        self.conflict_box = QGroupBox(self.tr("Olösta konflikter"))
        v = QVBoxLayout(self.conflict_box)
        self.conflicts = ListModel(
            [
                Column("", self.tr("Post"), lambda c: kind_label(c.kind)),
                Column("", self.tr("Person"), lambda c: c.person_name),
                Column("", self.tr("Fält som skiljer"), _differing),
            ],
            self,
        )
        self.conflict_table = _table(self.conflicts, self.tr("Olösta konflikter"))
        self.conflict_table.setMaximumHeight(120)
        self.conflict_table.activated.connect(lambda i: self._resolve(i.row()))
        v.addWidget(self.conflict_table)
        row = QHBoxLayout()
        hint = QLabel(self.tr("Ändrat på båda håll sedan förra utbytet. Inget har skrivits över: jämför och välj."))
        hint.setWordWrap(True)
        resolve = QPushButton(self.tr("&Jämför och välj…"))
        resolve.clicked.connect(lambda: self._resolve(self.conflict_table.currentIndex().row()))
        row.addWidget(hint, 1)
        row.addWidget(resolve)
        gate.guard(resolve, UseCase.RESOLVE_CONFLICT)
        v.addLayout(row)
        return self.conflict_box

    def _history_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Historik"))
        v = QVBoxLayout(box)
        self.history = ListModel(
            [
                Column("", self.tr("Tidpunkt"), lambda b: fmt_date(b.at.astimezone())),
                Column("", self.tr("Riktning"), lambda b: direction_label(b.direction)),
                Column("", self.tr("Partner"), lambda b: b.partner_name or self.tr("(lösenfras)")),
                Column("", self.tr("Fil"), lambda b: b.file_name),
                Column("", self.tr("Innehåll"), lambda b: counts_text(b.counts)),
            ],
            self,
        )
        v.addWidget(_table(self.history, self.tr("Historik")))
        return box

    # --- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        self._db.call(exchange.state, on_done=self._loaded, on_error=self.error.show_error, owner=self)

    def _loaded(self, state: ExchangeState) -> None:
        self.state = state
        self.error.clear_error()
        self.org_name.setText(state.me.name)
        self.fingerprint.setText(state.me.short_fingerprint)
        chosen = self.selected_partner()
        self.partners.set_rows(state.partners)
        if chosen is not None:  # the same partner stays selected across a refresh
            fingerprints = [p.fingerprint for p in state.partners]
            if chosen.fingerprint in fingerprints:
                self.partner_table.selectRow(fingerprints.index(chosen.fingerprint))
        self.conflicts.set_rows(state.conflicts)
        self.conflict_box.setTitle(self.tr("Olösta konflikter ({0})").format(len(state.conflicts)))
        self.history.set_rows(state.history)

    def clear(self) -> None:
        self.state = None
        for model in (self.partners, self.conflicts, self.history):
            model.clear()
        self.org_name.clear()
        self.fingerprint.clear()

    def _done(self, *_args: object) -> None:
        self.refresh()

    # --- FHIR transactions ----------------------------------------------------------------------
    def export_fhir(self) -> None:
        """Everything exchangeable, as transaction files in a folder the user chooses; written
        on the worker thread, like every export."""
        folder = common.choose_folder(self, self.tr("Välj en tom mapp för FHIR-transaktionerna"))
        if not folder:
            return
        self.error.clear_error()
        self.fhir_button.setEnabled(False)
        self._db.call(export_fhir, Path(folder), on_done=self._fhir_written, on_error=self._fhir_failed, owner=self)

    def _fhir_written(self, result: FhirExportResult) -> None:
        self.fhir_button.setEnabled(True)
        folder = result.paths[0].parent if result.paths else ""
        text = self.tr("{0} filer med {1} poster sparade i {2}.").format(
            len(result.paths), sum(result.counts.values()), folder
        )
        if result.left_out:
            text += " " + self.tr("Utan samtycke till informationsdelning, inte med: {0}.").format(
                ", ".join(result.left_out)
            )
        common.inform(self, self.tr("FHIR-transaktioner sparade"), text)
        self._done()

    def _fhir_failed(self, exc: Exception) -> None:
        self.fhir_button.setEnabled(True)
        self.error.show_error(exc)

    # --- identity and partners ---------------------------------------------------------------
    def export_identity(self) -> None:
        name = (self.state.me.name if self.state else "organisation").replace(" ", "-").lower()
        path = common.save_file(self, self.tr("Spara identitetsfil"), f"{name}.egid", IDENTITY_FILTER)
        if not path:
            return

        def saved(public) -> None:  # type: ignore[no-untyped-def]
            common.inform(
                self,
                self.tr("Identitetsfil sparad"),
                self.tr("Filen {0} är sparad. Läs upp fingeravtrycket för partnern: {1}").format(
                    Path(path).name, public.short_fingerprint
                ),
            )

        self._db.call(exchange.export_identity, Path(path), on_done=saved, on_error=self.error.show_error, owner=self)

    def import_partner(self) -> None:
        path = common.open_file(self, self.tr("Läs in partnerns identitetsfil"), "", IDENTITY_FILTER)
        if not path:
            return
        self._db.call(
            exchange.import_identity,
            Path(path),
            on_done=self._partner_added,
            on_error=self.error.show_error,
            owner=self,
        )

    def _partner_added(self, partner: Partner) -> None:
        self._done()
        if not partner.trusted:
            self._ask_trust(partner)

    def selected_partner(self) -> Partner | None:
        return self.partners.record(self.partner_table.currentIndex().row())

    def set_trust(self, trusted: bool) -> None:
        partner = self.selected_partner()
        if partner is None:
            self.error.show_error(self.tr("Välj en partner i listan först."))
            return
        if trusted:
            self._ask_trust(partner)
        else:
            self._db.call(
                exchange.set_trusted, partner.fingerprint, False, on_done=self._done, on_error=self.error.show_error
            )

    def _ask_trust(self, partner: Partner) -> None:
        """Trust only after the fingerprint was compared over another channel: a file that came
        by e-mail could have been swapped on the way."""
        if common.ask(
            self,
            self.tr("Lita på {0}?").format(partner.name),
            self.tr(
                "Ring din kontakt hos {0} och be hen läsa upp sitt fingeravtryck.\n\n"
                "Det ska vara:  {1}\n\nStämmer det exakt? Först då kan paket från {0} tas emot."
            ).format(partner.name, partner.identity.short_fingerprint),
            default_yes=False,  # Enter must not trust a fingerprint nobody compared
        ):
            self._db.call(
                exchange.set_trusted, partner.fingerprint, True, on_done=self._done, on_error=self.error.show_error
            )

    # --- conflicts -------------------------------------------------------------------------
    def _resolve(self, row: int) -> None:
        conflict: Conflict | None = self.conflicts.record(row)
        if conflict is None:
            self.error.show_error(self.tr("Välj en konflikt i listan först."))
            return
        self.resolve_requested.emit(conflict)
