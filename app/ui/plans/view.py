"""One plan: the seven points of any version, its status and history, and every action the
routine asks for around it (sign, edit → new version, void, review, copy, instruction, log)."""

from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.models.common import Practitioner
from app.models.labels import label
from app.models.plan import POINTS, Plan, PlanStatus
from app.models.records import Performance
from app.services import documents, overview, plans
from app.services.documents import SealCheck, StoredDocument
from app.services.drafts import Draft
from app.services.overview import PlanRecord
from app.ui import common, drafts
from app.ui.common import ErrorLabel, fmt_date
from app.ui.plans.dialogs import CopyDialog, InstructionDialog, PerformanceDialog, ReviewDialog
from app.ui.plans.points import PointsForm, SignForm
from app.ui.printing.dialog import confirm_protected, render_and_show, show_pdf
from app.ui.printing.seal_dialog import SealDialog
from app.ui.tables import Column, ListModel
from app.ui.worker import Database

TABS = {"plan": 0, "review": 1, "copy": 2, "instruction": 3, "performance": 4, "documents": 5}


def _table(model: ListModel, name: str) -> QTableView:
    view = QTableView()
    view.setAccessibleName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setColumnWidth(0, 120)
    return view


class PlanDialog(QDialog):
    changed = Signal()  # something was saved: lists and the overview refresh
    start_deviation = Signal(object, object)  # (PlanRecord, Performance | None)
    send_plan = Signal(object)  # PlanRecord: the main window starts the export wizard

    def __init__(
        self, db: Database, plan_id: str, profile: Practitioner | None, tab: str = "plan", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.plan_id = plan_id
        self.profile = profile
        self.record: PlanRecord | None = None
        self._children: list[QDialog] = []
        self._tab = tab
        self.setWindowTitle(self.tr("Egenvårdsplan"))
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Hämtar…"))
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        actions = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, shortcut in (
            ("edit", self.tr("Ä&ndra…"), "Ctrl+E"),
            ("sign", self.tr("&Signera…"), "Ctrl+S"),
            ("void", self.tr("&Makulera…"), ""),
            ("review", self.tr("&Uppföljning…"), "Ctrl+U"),
            ("copy", self.tr("Lämna &kopia…"), ""),
            ("instruction", self.tr("&Instruktion…"), ""),
            ("performance", self.tr("Utför&ande…"), "Ctrl+R"),
        ):
            actions.addWidget(self._button(key, text, shortcut))
        actions.addStretch(1)
        layout.addLayout(actions)
        # Documents get their own row: ten buttons in one row do not fit at 1366 pixels.
        papers = QHBoxLayout()
        papers_label = QLabel(self.tr("Dokument:"))
        papers_label.setObjectName("hint")
        papers.addWidget(papers_label)
        for key, text, shortcut in (
            ("print", self.tr("Skriv ut / &Förhandsgranska…"), QKeySequence(QKeySequence.StandardKey.Print).toString()),
            ("seal", self.tr("Förs&egla…"), "Ctrl+Shift+F"),
            ("card", self.tr("Nödk&ort…"), "Ctrl+K"),
            ("send", self.tr("Ski&cka till partner…"), ""),
        ):
            papers.addWidget(self._button(key, text, shortcut))
        self.buttons["send"].setToolTip(
            self.tr("Planen med alla versioner i ett krypterat utbytespaket till en annan organisation")
        )
        self.buttons["seal"].setToolTip(
            self.tr("Elektronisk försegling av vald version: PDF-läsare kan visa om filen ändrats (Ctrl+Shift+F)")
        )
        self.buttons["card"].setToolTip(self.tr("Nödkort för den som utför insatsen: vad göra, vem ringa (Ctrl+K)"))
        papers.addStretch(1)
        layout.addLayout(papers)
        self.error = ErrorLabel()
        layout.addWidget(self.error)

        self.tabs = QTabWidget()
        plan_page = QWidget()
        pl = QVBoxLayout(plan_page)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("&Version:")))
        self.version = QComboBox()
        self.version.setAccessibleName(self.tr("Version"))
        self.version.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.version.currentIndexChanged.connect(self._show_version)
        row.itemAt(0).widget().setBuddy(self.version)  # type: ignore[attr-defined]
        row.addWidget(self.version)
        row.addStretch(1)
        pl.addLayout(row)
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Planens innehåll"))
        pl.addWidget(self.text)
        self.tabs.addTab(plan_page, self.tr("&Plan"))

        self.reviews = ListModel(
            [
                Column("", self.tr("Planerad"), lambda r: fmt_date(r.planned_on)),
                Column(
                    "", self.tr("Gjord"), lambda r: fmt_date(r.done_on) or (self.tr("avbruten") if r.cancelled else "")
                ),
                Column("", self.tr("Av"), lambda r: r.done_by),
                Column("", self.tr("Resultat"), lambda r: label(r.outcome) if r.outcome else ""),
                Column("", self.tr("Nästa"), lambda r: fmt_date(r.next_on)),
            ],
            self,
        )
        self.reviews.emphasis = lambda r: r.is_overdue(date.today())
        self.copies = ListModel(
            [
                Column("", self.tr("Datum"), lambda c: fmt_date(c.handed_on)),
                Column("", self.tr("Mottagare"), lambda c: label(c.recipient)),
                Column("", self.tr("Namn"), lambda c: c.recipient_name),
                Column("", self.tr("Version"), lambda c: str(c.plan_version)),
                Column(
                    "",
                    self.tr("Samtycke"),
                    lambda c: (
                        f"{c.consent.given_by}, {fmt_date(c.consent.given_on)}"
                        if c.consent
                        else (self.tr("SAKNAS") if c.needs_consent else "–")
                    ),
                ),
            ],
            self,
        )
        self.copies.emphasis = lambda c: c.needs_consent and c.consent is None
        self.instructions = ListModel(
            [
                Column("", self.tr("Datum"), lambda i: fmt_date(i.instructed_on)),
                Column("", self.tr("Personal"), lambda i: i.staff_name),
                Column("", self.tr("Roll"), lambda i: i.staff_role),
                Column("", self.tr("Instruerad av"), lambda i: i.instructed_by),
                Column("", self.tr("Förnyas"), lambda i: fmt_date(i.renew_on)),
            ],
            self,
        )
        self.performances = ListModel(
            [
                Column("", self.tr("Tidpunkt"), lambda p: fmt_date(p.occurred_at)),
                Column("", self.tr("Utförare"), lambda p: p.performer),
                Column("", self.tr("Utförd"), lambda p: self.tr("Ja") if p.done else self.tr("Nej")),
                Column("", self.tr("Varför inte"), lambda p: p.reason),
            ],
            self,
        )
        self.performances.emphasis = lambda p: not p.done
        for model, name in (
            (self.reviews, self.tr("&Uppföljningar")),
            (self.copies, self.tr("&Kopior")),
            (self.instructions, self.tr("&Instruktioner")),
            (self.performances, self.tr("Signerings&lista")),
        ):
            self.tabs.addTab(_table(model, name.replace("&", "")), name)
        self.tabs.addTab(self._documents_page(), self.tr("Förseglade &dokument"))
        layout.addWidget(self.tabs, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("S&täng"))
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(1000, 680)
        self.reload()

    def _button(self, key: str, text: str, shortcut: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(f"plan_{key}")
        if shortcut:
            button.setShortcut(shortcut)
            button.setToolTip(f"{text.replace('&', '')} ({shortcut})")
        button.clicked.connect(getattr(self, f"do_{key}"))
        button.setEnabled(False)
        self.buttons[key] = button
        return button

    def _documents_page(self) -> QWidget:
        """The sealed PDFs stored for this plan: each can be opened, printed and saved again."""
        self.sealed = ListModel(
            [
                Column("", self.tr("Förseglad"), lambda d: fmt_date(d.created_at.astimezone().replace(tzinfo=None))),
                Column("", self.tr("Version"), lambda d: str(d.plan_version)),
                Column("", self.tr("Certifikat för"), lambda d: d.signer),
                Column("", self.tr("Fingeravtryck"), lambda d: d.fingerprint),
                Column("", self.tr("Storlek"), lambda d: self.tr("{0} kB").format(max(1, round(d.size / 1024)))),
            ],
            self,
        )
        page = QWidget()
        box = QVBoxLayout(page)
        self.sealed_view = _table(self.sealed, self.tr("Förseglade dokument"))
        self.sealed_view.setColumnWidth(0, 140)
        self.sealed_view.setColumnWidth(2, 220)
        self.sealed_view.setColumnWidth(3, 160)
        self.sealed_view.activated.connect(lambda index: self.open_sealed(index.row()))
        box.addWidget(self.sealed_view, 1)
        row = QHBoxLayout()
        hint = QLabel(self.tr("Dubbelklicka eller tryck Retur för att öppna, skriva ut eller spara en förseglad PDF."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        row.addWidget(hint, 1)
        self.open_sealed_button = QPushButton(self.tr("&Öppna…"))
        self.open_sealed_button.setToolTip(self.tr("Öppna den markerade förseglade PDF-filen"))
        self.open_sealed_button.clicked.connect(lambda: self.open_sealed(self.sealed_view.currentIndex().row()))
        self.open_sealed_button.setEnabled(False)
        row.addWidget(self.open_sealed_button)
        box.addLayout(row)
        return page

    # --- loading -----------------------------------------------------------------------
    def reload(self) -> None:
        self._db.call(
            overview.plan_record, self.plan_id, on_done=self._loaded, on_error=self.error.show_error, owner=self
        )
        self.reload_sealed()

    def reload_sealed(self) -> None:
        self._db.call(
            documents.sealed_documents,
            self.plan_id,
            on_done=self._sealed_loaded,
            on_error=self.error.show_error,
            owner=self,
        )

    def _sealed_loaded(self, docs: list[StoredDocument]) -> None:
        self.sealed.set_rows(docs)
        if docs and not self.sealed_view.currentIndex().isValid():
            self.sealed_view.setCurrentIndex(self.sealed.index(0, 0))
        self.open_sealed_button.setEnabled(bool(docs))

    def _loaded(self, rec: PlanRecord) -> None:
        self.record = rec
        p, person = rec.plan, rec.person
        self.heading.setText(f"{p.measure} – {person.name} ({person.shown_number})")
        nxt = rec.open_review
        bits = [
            self.tr("Status: {0}").format(label(p.status)),
            self.tr("version {0}").format(p.version),
            label(p.setting),
        ]
        if nxt:
            bits.append(self.tr("nästa omprövning {0}").format(fmt_date(nxt.planned_on)))
        if p.void_reason:
            bits.append(self.tr("makulerad: {0}").format(p.void_reason))
        missing = p.missing_points()
        if p.is_editable and missing:
            bits.append(self.tr("saknas punkt {0}").format(", ".join(map(str, missing))))
        self.status.setText(" · ".join(bits))
        self.version.blockSignals(True)
        self.version.clear()
        for v in reversed(rec.versions):
            self.version.addItem(f"{v.version} – {label(v.status)}", v.version)
        self.version.blockSignals(False)
        self._show_version()
        self.reviews.set_rows(rec.reviews)
        self.copies.set_rows(rec.copies)
        self.instructions.set_rows(rec.instructions)
        self.performances.set_rows(rec.performances)
        signed = p.status is PlanStatus.SIGNED
        enabled = {
            "edit": p.status in (PlanStatus.DRAFT, PlanStatus.SIGNED),
            "sign": p.status is PlanStatus.DRAFT,
            "void": p.status in (PlanStatus.DRAFT, PlanStatus.SIGNED, PlanStatus.ENDED),
            "review": signed and nxt is not None,
            "copy": signed,
            "instruction": signed or p.is_editable,
            "performance": signed,
            "print": True,
            # Offered for every version: the service says why a draft or an incomplete plan cannot be sealed.
            "seal": True,
            "card": True,
            "send": True,
        }
        for key, button in self.buttons.items():
            button.setEnabled(enabled[key])
        if self._tab:
            self.tabs.setCurrentIndex(TABS.get(self._tab, 0))
            self._tab = ""

    def do_send(self) -> None:
        if self.record is not None:
            self.send_plan.emit(self.record)

    def _show_version(self) -> None:
        if self.record is None:
            return
        number = self.version.currentData()
        plan = next((v for v in self.record.versions if v.version == number), self.record.plan)
        self.text.setHtml(self._html(plan))

    def _html(self, p: Plan) -> str:
        from html import escape

        a = self.record.assessment if self.record else None
        rows = []
        if a is not None:
            rows.append(
                (
                    self.tr("Bedömning"),
                    f"{a.measure} – {label(a.outcome)}; "
                    f"{a.assessor.name}, {a.assessor.title}, {fmt_date(a.assessed_on)}",
                )
            )
            risks = "; ".join(
                f"{h.description} ({h.likelihood}×{h.consequence}={h.score})" for h in a.risk_analysis.hazards
            )
            rows.append((self.tr("Riskanalys"), f"{risks}. {a.risk_analysis.conclusion}"))
        mode = label(p.performer_mode) if p.performer_mode else ""
        values = {
            1: p.measure,
            2: f"{mode}: {p.performer}",
            3: f"{p.instruction_by}: {p.instruction_how}",
            4: p.on_harm,
            5: p.on_change,
            6: p.follow_up,
            7: fmt_date(p.reassessment_on),
        }
        for n, (sv, _en) in POINTS.items():
            rows.append((f"{n}. {sv}", values[n]))
        if p.signature:
            s = p.signature
            rows.append((self.tr("Underskrift"), f"{s.place} {fmt_date(s.signed_on)} – {s.name}, {s.title}"))
        body = "".join(f"<tr><th align=left valign=top>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in rows)
        return f"<table cellpadding=4>{body}</table>"

    # --- actions -----------------------------------------------------------------------
    def _saved(self, *_args: object) -> None:
        self.changed.emit()
        self.reload()

    def _signer(self) -> str:
        return self.profile.name if self.profile else ""

    def do_edit(self) -> None:
        assert self.record is not None
        plan = self.record.plan
        if plan.status is PlanStatus.SIGNED and not common.ask(
            self,
            self.tr("Ny version"),
            self.tr(
                "Planen är signerad och låst. En ändring blir version {0} som ett utkast som ska signeras. Fortsätt?"
            ).format(plan.version + 1),
        ):
            return
        dialog = EditPlanDialog(self._db, plan, self)
        dialog.saved.connect(self._saved)
        dialog.show()

    def do_sign(self) -> None:
        assert self.record is not None
        dialog = SignDialog(self._db, self.record.plan, self.profile, self)
        dialog.saved.connect(self._saved)
        dialog.show()

    def do_void(self) -> None:
        assert self.record is not None
        reason = common.ask_text(self, self.tr("Makulera plan"), self.tr("Skäl för makulering (krävs):"))
        if reason is None:
            return
        self._db.call(
            plans.void_plan, self.record.plan, reason, on_done=self._saved, on_error=self.error.show_error, owner=self
        )

    def do_review(self) -> None:
        assert self.record is not None and self.record.open_review is not None
        dialog = ReviewDialog(self._db, self.record.open_review, self._signer(), self)
        dialog.saved.connect(self._saved)
        dialog.show()
        self.last_dialog = dialog

    def do_copy(self) -> None:
        assert self.record is not None
        dialog = CopyDialog(self._db, self.record.plan, self.record.person.is_child(date.today()), self)
        dialog.saved.connect(self._saved)
        dialog.show()
        self.last_dialog = dialog

    def do_instruction(self) -> None:
        assert self.record is not None
        dialog = InstructionDialog(self._db, self.record.plan, self._signer(), self)
        dialog.saved.connect(self._saved)
        dialog.show()
        self.last_dialog = dialog

    def do_performance(self) -> None:
        assert self.record is not None
        dialog = PerformanceDialog(self._db, self.record.plan, self.record.plan.performer or self._signer(), self)
        dialog.saved.connect(self._performed)
        dialog.show()
        self.last_dialog = dialog

    def _performed(self, entry: Performance) -> None:
        self._saved()
        if (
            not entry.done
            and self.record is not None
            and common.ask(
                self,
                self.tr("Inte utförd"),
                self.tr("Insatsen blev inte utförd. Vill du rapportera en avvikelse?"),
            )
        ):
            self.start_deviation.emit(self.record, entry)

    # --- documents ---------------------------------------------------------------------
    def _selected_version(self) -> Plan:
        assert self.record is not None
        number = self.version.currentData()
        return next((v for v in self.record.versions if v.version == number), self.record.plan)

    def _may_print(self) -> bool:
        return self.record is not None and confirm_protected(self, self.record.person.protected_identity)

    def do_print(self) -> None:
        if not self._may_print():
            return
        self.error.clear_error()
        plan = self._selected_version()
        self._db.call(
            documents.render_plan_pdf,
            self.plan_id,
            plan.version,
            on_done=lambda data: self._show_pdf(data, plan),
            on_error=self.error.show_error,
            owner=self,
        )

    def _show_pdf(self, data: bytes, plan: Plan) -> None:
        self._keep(
            show_pdf(
                self._db,
                self,
                data,
                self.tr("Förhandsgranska plan"),
                documents.batch_file_name(plan),
            )
        )

    def do_card(self) -> None:
        if not self._may_print():
            return
        self.error.clear_error()
        plan = self._selected_version()
        render_and_show(
            self._db,
            self,
            documents.render_card_pdf,
            self.plan_id,
            plan.version,
            title=self.tr("Nödkort"),
            file_name=f"nodkort-{plan.id[:8]}-v{plan.version}.pdf",
            on_error=self.error.show_error,
            on_shown=self._keep,
        )

    def do_seal(self) -> None:
        if not self._may_print():
            return
        self.error.clear_error()
        assert self.record is not None
        dialog = SealDialog(self._db, self._selected_version(), self.record.person.name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sealed.connect(self._sealed)
        dialog.show()
        self._keep(dialog)

    def _sealed(self, doc: StoredDocument) -> None:
        self.reload_sealed()
        self._show_sealed(doc, self.tr("Förseglad av {0}. Den förseglade PDF-filen är sparad med planversion {1}."))

    def open_sealed(self, row: int) -> None:
        doc = self.sealed.record(row)
        if doc is None or not self._may_print():
            return
        self.error.clear_error()
        self._db.call(
            documents.open_sealed, doc.id, on_done=self._opened_sealed, on_error=self.error.show_error, owner=self
        )

    def _opened_sealed(self, found: tuple[StoredDocument, SealCheck]) -> None:
        doc, check = found
        note = (
            self.tr("Förseglingen är intakt: certifikat för {0}, planversion {1}.")
            if check.ok
            else self.tr("VARNING: förseglingen stämmer inte, filen kan vara ändrad ({0}, planversion {1}).")
        )
        self._show_sealed(doc, note)

    def _show_sealed(self, doc: StoredDocument, note: str) -> None:
        when = doc.created_at.astimezone().strftime("%Y-%m-%d %H.%M")
        dialog = show_pdf(
            self._db,
            self,
            doc.pdf,
            self.tr("Förseglad plan, version {0} ({1})").format(doc.plan_version, when),
            f"egenvardsplan-{doc.plan_id[:8]}-v{doc.plan_version}-forseglad.pdf",
            note.format(doc.signer, doc.plan_version),
        )
        self._keep(dialog)

    def _keep(self, dialog: QDialog) -> None:
        """The newest dialog opened from here (tests look at it; clear() closes them all)."""
        self.last_dialog = dialog
        self._children = [d for d in self._children if shiboken6.isValid(d)] + [dialog]

    def clear(self) -> None:
        for dialog in self._children:
            if shiboken6.isValid(dialog):
                wipe = getattr(dialog, "clear", None)
                if callable(wipe):
                    wipe()
                dialog.close()
        self._children = []
        self.record = None
        self.text.clear()
        for model in (self.reviews, self.copies, self.instructions, self.performances, self.sealed):
            model.clear()


class EditPlanDialog(QDialog):
    draft_kind = "plan_edit"  # kept over a lock (app/ui/drafts.py)
    saved = Signal(object)

    def __init__(self, db: Database, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.plan = plan
        self.setWindowTitle(self.tr("Ändra plan"))
        layout = QVBoxLayout(self)
        self.form = PointsForm(plan)
        layout.addWidget(self.form)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Spara"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Avbryt"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 620)
        drafts.mark_pristine(self)

    def draft_state(self) -> Draft | None:
        return drafts.form_draft(self, {"plan_id": self.plan.id})

    def restore_draft(self, draft: Draft) -> None:
        drafts.restore_form(self, draft)

    def save(self) -> None:
        self._db.call(
            plans.edit_plan,
            self.plan,
            **self.form.values(),
            on_done=self._done,
            on_error=self.error.show_error,
            owner=self,
        )

    def _done(self, plan: Plan) -> None:
        self.saved.emit(plan)
        self.accept()


class SignDialog(QDialog):
    saved = Signal(object)

    def __init__(self, db: Database, plan: Plan, profile: Practitioner | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.plan = plan
        self.setWindowTitle(self.tr("Signera plan"))
        layout = QVBoxLayout(self)
        self.form = SignForm(profile)
        layout.addWidget(self.form)
        self.error = ErrorLabel()
        missing = plan.missing_points()
        if missing:
            from app.ui.plans.points import missing_text

            self.error.show_error(self.tr("Innan planen kan signeras saknas:") + "\n" + missing_text(missing))
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Signera"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Avbryt"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        problem = self.form.check()
        if problem:
            self.error.show_error(problem)
            return
        self._db.call(
            plans.sign_plan,
            self.plan,
            self.form.signature(),
            on_done=self._done,
            on_error=self.error.show_error,
            owner=self,
        )

    def _done(self, plan: Plan) -> None:
        self.saved.emit(plan)
        self.accept()
