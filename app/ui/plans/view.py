"""One plan's window: heading and status, the actions the routine asks for around a plan, and
its tabs (`tabs.py`, `documents_tab.py`). The window holds the plan's id; it reads the plan
again whenever a job anywhere changed it or its person (`Database.changed`)."""

from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.models.common import Practitioner
from app.models.intyg import may_issue_for
from app.models.labels import label
from app.models.plan import Plan
from app.models.records import Performance
from app.services import intyg, overview, plans
from app.services.changes import Changes
from app.services.drafts import Draft
from app.services.overview import PlanRecord
from app.ui import common
from app.ui.common import ErrorLabel, fmt_date
from app.ui.drafts import DraftForm
from app.ui.help import install_help
from app.ui.plans.dialogs import CopyDialog, InstructionDialog, PerformanceDialog, ReviewDialog
from app.ui.plans.documents_tab import DocumentsTab
from app.ui.plans.edit import EditPlanDialog, SignDialog
from app.ui.plans.handover_dialog import HandOverDialog
from app.ui.plans.intyg_dialog import IntygDialog
from app.ui.plans.records_tab import copies_model, instructions_model, performances_model, reviews_model
from app.ui.plans.samrad import SamradDialog
from app.ui.plans.tabs import PlanTab, VersionTab, table
from app.ui.printing.dialog import confirm_protected
from app.ui.roles import gate
from app.ui.worker import Database

__all__ = ["TABS", "EditPlanDialog", "PlanDialog", "PlanTab", "SignDialog", "enabled_actions"]

TABS = {tab.value: i for i, tab in enumerate(PlanTab)}


def enabled_actions(plan: Plan, has_open_review: bool) -> dict[str, bool]:
    """The button table: each plan action asks the plan (`can_*`), as the services do."""
    return {
        "edit": plan.can_edit,
        "samrad": True,  # shown for every version; read-only once a signed version rests on it
        "sign": plan.can_sign,
        "void": plan.can_void,
        "review": plan.can_review and has_open_review,
        "copy": plan.can_hand_over_copy,
        "instruction": plan.can_log_instruction,
        "performance": plan.can_log_performance,
        # Responsibility for follow-up is of the plan in force, as a review is (the service
        # also accepts a signed version under a newer draft: the command line does that).
        "handover": plan.can_review,
        # Offered for every version: the service says why a draft or an incomplete plan cannot be sealed.
        "print": True,
        "seal": True,
        "card": True,
        "send": True,
        "intyg": may_issue_for(plan),  # on the signed version in force (app/models/intyg.py)
    }


class PlanDialog(QDialog):
    start_deviation = Signal(object, object)  # (PlanRecord, Performance | None)
    send_plan = Signal(object)  # PlanRecord: the main window starts the export wizard

    def __init__(
        self,
        db: Database,
        plan_id: str,
        profile: Practitioner | None,
        tab: str = PlanTab.PLAN,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.plan_id = plan_id
        self.profile = profile
        install_help(self, lambda: "plan")
        self.record: PlanRecord | None = None  # what is shown; never handed back as the truth
        self._children: list[QDialog] = []
        self._tab: PlanTab | None = PlanTab(tab)
        # Forms to open once the plan is read (a to-do item, or drafts kept over a lock, asked).
        self._then: list[tuple[str, Draft | None]] = []
        self._last_opened: QDialog | None = None
        self.setWindowTitle(self.tr("Egenvårdsplan"))
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Hämtar…"))
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.responsible = QLabel()  # who answers for follow-up now (002), a line of its own
        self.responsible.setObjectName("plan_responsible")
        self.responsible.setWordWrap(True)
        layout.addWidget(self.responsible)
        # 002: at an LSS short stay staff may not perform before an egenvårdsintyg exists.
        self.intyg_mark = QLabel()
        self.intyg_mark.setObjectName("intyg_mark")
        self.intyg_mark.setWordWrap(True)
        self.intyg_mark.hide()
        layout.addWidget(self.intyg_mark)
        self.intyg_state: intyg.IntygState | None = None
        self.buttons: dict[str, QPushButton] = {}
        layout.addLayout(self._action_row())
        layout.addLayout(self._papers_row())
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        layout.addWidget(self._tabs(), 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("S&täng"))
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(1000, 680)
        db.changed.connect(self._changed)
        gate.watch(self)  # buttons the user's role may not use stay off, saying who may (app/ui/roles.py)
        self.reload()

    # --- building ----------------------------------------------------------------------
    def _action_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for key, text, shortcut in (
            ("edit", self.tr("Ä&ndra…"), "Ctrl+E"),
            ("samrad", self.tr("Samr&åd…"), ""),
            ("sign", self.tr("&Signera…"), "Ctrl+S"),
            ("void", self.tr("&Makulera…"), ""),
            ("review", self.tr("&Uppföljning…"), "Ctrl+U"),
            ("copy", self.tr("Lämna &kopia…"), ""),
            ("instruction", self.tr("&Instruktion…"), ""),
            ("performance", self.tr("Signe&ringslista…"), "Ctrl+R"),
            ("handover", self.tr("Överlåt &ansvar…"), ""),
        ):
            row.addWidget(self._button(key, text, shortcut))
        row.addStretch(1)
        return row

    def _papers_row(self) -> QHBoxLayout:
        # Documents get their own row: ten buttons in one row do not fit at 1366 pixels.
        row = QHBoxLayout()
        caption = QLabel(self.tr("Dokument:"))
        caption.setObjectName("hint")
        row.addWidget(caption)
        for key, text, shortcut in (
            ("print", self.tr("Skriv ut / &Förhandsgranska…"), QKeySequence(QKeySequence.StandardKey.Print).toString()),
            ("seal", self.tr("Förs&egla…"), "Ctrl+Shift+F"),
            ("card", self.tr("Akutk&ort…"), "Ctrl+K"),
            ("send", self.tr("Ski&cka till partner…"), ""),
            ("intyg", self.tr("Utfärda e&genvårdsintyg…"), ""),
        ):
            row.addWidget(self._button(key, text, shortcut))
        self.buttons["send"].setToolTip(
            self.tr("Planen med alla versioner i ett krypterat utbytespaket till en annan organisation")
        )
        self.buttons["seal"].setToolTip(
            self.tr("Elektronisk försegling av vald version: PDF-läsare kan visa om filen ändrats (Ctrl+Shift+F)")
        )
        self.buttons["intyg"].setToolTip(
            self.tr("Intyg om att insatsen är egenvård, för ansökan om bistånd och för korttidsvistelse enligt LSS")
        )
        self.buttons["card"].setToolTip(self.tr("Akutkort för den som utför insatsen: vad göra, vem ringa (Ctrl+K)"))
        row.addStretch(1)
        return row

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

    def _tabs(self) -> QTabWidget:
        self.tabs = QTabWidget()
        self.version_tab = VersionTab()
        self.tabs.addTab(self.version_tab, self.tr("&Plan"))
        self.reviews, self.copies = reviews_model(self), copies_model(self)
        self.instructions, self.performances = instructions_model(self), performances_model(self)
        for model, name in (
            (self.reviews, self.tr("&Uppföljningar")),
            (self.copies, self.tr("&Kopior")),
            (self.instructions, self.tr("&Instruktioner")),
            (self.performances, self.tr("Signerings&lista")),
        ):
            self.tabs.addTab(table(model, name.replace("&", "")), name)
        self.documents = DocumentsTab(
            self._db, self.plan_id, self._may_print, self._keep, self.error.show_error, protected=self._protected
        )
        self.tabs.addTab(self.documents, self.tr("Förseglade &dokument"))
        # The names tests and the main window have always used.
        self.version, self.text = self.version_tab.version, self.version_tab.text
        self.sealed, self.open_sealed_button = self.documents.sealed, self.documents.open_button
        return self.tabs

    # --- loading -----------------------------------------------------------------------
    def reload(self) -> None:
        self._db.call(
            overview.plan_record, self.plan_id, on_done=self._loaded, on_error=self.error.show_error, owner=self
        )
        self.documents.reload()
        self._db.call(
            intyg.plan_state, self.plan_id, on_done=self._intyg_loaded, on_error=self.error.show_error, owner=self
        )

    def _intyg_loaded(self, state: intyg.IntygState) -> None:
        """The red mark while staff must wait (the rule in app/models/intyg.py), else the intyg in force."""
        self.intyg_state = state
        if state.must_wait:
            self.intyg_mark.setProperty("alert", True)
            self.intyg_mark.setStyleSheet("color: #B00020; font-weight: bold;")
            self.intyg_mark.setText("⚠ " + self.tr("Får inte utföras av personal förrän egenvårdsintyg finns"))
        elif state.current is not None:
            self.intyg_mark.setProperty("alert", False)
            self.intyg_mark.setStyleSheet("")
            self.intyg_mark.setText(
                self.tr("Egenvårdsintyg utfärdat {0} av {1}, giltigt till och med {2}").format(
                    fmt_date(state.current.issued_on), state.current.assessor.name, fmt_date(state.current.valid_until)
                )
            )
        self.intyg_mark.setVisible(state.must_wait or state.current is not None)

    def _changed(self, changes: Changes) -> None:
        """A job anywhere wrote: read again if it was this plan, or anything of its person
        (reviews, copies, instructions, the log and deviations all carry the person)."""
        if not shiboken6.isValid(self):
            return
        mine = changes.touches("plan", self.plan_id) or changes.touches("handover", self.plan_id)
        if mine or (self.record is not None and changes.touches_person(self.record.person.id)):
            self.reload()

    def _stale(self, exc: Exception) -> None:
        """Another window changed the plan after this one read it: say so, show it as it is."""
        self.error.show_error(exc)
        self.reload()

    def _loaded(self, rec: PlanRecord) -> None:
        self.record = rec
        p, person = rec.plan, rec.person
        self.heading.setText(f"{p.measure} – {person.name} ({person.shown_number})")
        nxt = rec.open_review
        bits = [self.tr("Status: {0}").format(label(p.status)), self.tr("version {0}").format(p.version)]
        bits.append(label(p.setting))
        if nxt:
            bits.append(self.tr("nästa omprövning {0}").format(fmt_date(nxt.planned_on)))
        if p.void_reason:
            bits.append(self.tr("makulerad: {0}").format(p.void_reason))
        self.responsible.setText(self._responsible_text(rec))
        missing = p.missing_points()
        if p.is_editable and missing:
            bits.append(self.tr("saknas punkt {0}").format(", ".join(map(str, missing))))
        self.status.setText(" · ".join(bits))
        self.version_tab.show_record(rec)
        self.reviews.set_rows(rec.reviews)
        self.copies.set_rows(rec.copies)
        self.instructions.set_rows(rec.instructions)
        self.performances.set_rows(rec.performances)
        enabled = enabled_actions(p, nxt is not None)
        for key, button in self.buttons.items():
            button.setEnabled(enabled[key])
        if self._tab is not None:
            self.show_tab(self._tab)
            self._tab = None
        then, self._then = self._then, []
        for action, draft in then:
            self.start(action, draft)

    def start(self, action: str, draft: Draft | None = None) -> None:
        """Open the form of an action ("copy", "instruction", "review", "edit", "intyg", …), once
        the plan is read and if the plan allows it now: what a to-do item asks for, one click
        away; with a draft, what was typed in it before a lock is put back."""
        if self.record is None:
            self._then.append((action, draft))
            return
        self._last_opened = None
        if enabled_actions(self.record.plan, self.record.open_review is not None).get(action):
            getattr(self, f"do_{action}")()
        if draft is not None and isinstance(self._last_opened, DraftForm):
            self._last_opened.restore_draft(draft)

    def _responsible_text(self, rec: PlanRecord) -> str:
        """Who answers for follow-up now, and since when when it was handed over (002)."""
        who = rec.responsible
        if who is None:
            return ""
        name = f"{who.name} ({who.organisation})" if who.organisation else who.name
        if not rec.handovers:
            return self.tr("Ansvarig för uppföljning: {0}").format(name)
        last = rec.handovers[-1]
        return self.tr("Ansvarig för uppföljning: {0} – övertaget {1} från {2} enligt överenskommelse").format(
            name, fmt_date(last.handed_on), last.giver.name
        )

    def show_tab(self, tab: PlanTab) -> None:
        self.tabs.setCurrentIndex(list(PlanTab).index(PlanTab(tab)))

    # --- actions on the plan: each sub-dialog reports a stale plan back through `stale` --
    def _open(self, dialog: QDialog) -> QDialog:
        dialog.stale.connect(self._stale)  # type: ignore[attr-defined]
        dialog.show()
        self._keep(dialog)
        self._last_opened = dialog
        return dialog

    def _signer(self) -> str:
        return self.profile.name if self.profile else ""

    def do_edit(self) -> None:
        assert self.record is not None
        plan = self.record.plan
        if not plan.is_editable and not common.ask(  # signed: the change is the next version
            self,
            self.tr("Ny version"),
            self.tr(
                "Planen är signerad och låst. En ändring blir version {0} som ett utkast som ska signeras. Fortsätt?"
            ).format(plan.version + 1),
        ):
            return
        self._open(EditPlanDialog(self._db, plan, self))

    def do_samrad(self) -> None:
        assert self.record is not None
        self._open(SamradDialog(self._db, self.record.plan, self))

    def do_sign(self) -> None:
        assert self.record is not None
        self._open(SignDialog(self._db, self.record.plan, self.profile, self))

    def do_void(self) -> None:
        assert self.record is not None
        reason = common.ask_text(self, self.tr("Makulera plan"), self.tr("Skäl för makulering (krävs):"))
        if reason is None:
            return
        self._db.call(plans.void_plan, self.record.plan, reason, on_error=self._failed, owner=self)

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, plans.ChangedElsewhere):
            self._stale(exc)
        else:
            self.error.show_error(exc)

    def do_review(self) -> None:
        assert self.record is not None and self.record.open_review is not None
        self._open(ReviewDialog(self._db, self.record.open_review, self._signer(), self))

    def do_copy(self) -> None:
        assert self.record is not None
        self._open(CopyDialog(self._db, self.record.plan, self.record.person.is_child(date.today()), self))

    def do_instruction(self) -> None:
        assert self.record is not None
        self._open(InstructionDialog(self._db, self.record.plan, self._signer(), self))

    def do_performance(self) -> None:
        assert self.record is not None
        dialog = PerformanceDialog(self._db, self.record.plan, self.record.plan.performer or self._signer(), self)
        dialog.saved.connect(self._performed)
        self._open(dialog)

    def _performed(self, entry: Performance) -> None:
        if (
            not entry.done
            and self.record is not None
            and common.ask(
                self, self.tr("Inte utförd"), self.tr("Insatsen blev inte utförd. Vill du rapportera en avvikelse?")
            )
        ):
            self.start_deviation.emit(self.record, entry)

    def do_handover(self) -> None:
        assert self.record is not None
        self._open(HandOverDialog(self._db, self.plan_id, self.record.responsible, self.profile, self))

    def do_intyg(self) -> None:
        assert self.record is not None
        judgement = self.intyg_state.judgement if self.intyg_state else ""
        self._open(IntygDialog(self._db, self.record.plan, judgement, self._signer(), self))

    def do_send(self) -> None:
        if self.record is not None:
            self.send_plan.emit(self.record)

    # --- documents of the chosen version ----------------------------------------------
    def _selected_version(self) -> Plan:
        chosen = self.version_tab.selected()
        assert chosen is not None
        return chosen

    def _protected(self) -> bool:
        return self.record is not None and self.record.person.protected_identity

    def _may_print(self) -> bool:
        return self.record is not None and confirm_protected(self, self.record.person.protected_identity)

    def do_print(self) -> None:
        self.error.clear_error()
        self.documents.print_plan(self._selected_version())

    def do_card(self) -> None:
        self.error.clear_error()
        self.documents.card(self._selected_version())

    def do_seal(self) -> None:
        self.error.clear_error()
        assert self.record is not None
        self.documents.seal(self._selected_version(), self.record.person.name)

    def open_sealed(self, row: int) -> None:
        self.error.clear_error()
        self.documents.open_sealed(row)

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
        self.version_tab.clear()
        for model in (self.reviews, self.copies, self.instructions, self.performances, self.sealed):
            model.clear()
