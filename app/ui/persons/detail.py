"""One person: details, guardians, contacts, plans with their versions, and everything that
happened around them as one timeline. Opening is an audited read (services.persons.open_record)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import shiboken6
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.common import Practitioner
from app.models.labels import label
from app.models.plan import PlanStatus
from app.services import documents, overview
from app.services.overview import PersonRecord
from app.ui import common
from app.ui.common import describe_list, fmt_date
from app.ui.printing.dialog import confirm_protected, render_and_show
from app.ui.roles import gate
from app.ui.tables import Column, ListModel
from app.ui.worker import Database


@dataclass(frozen=True)
class Entry:
    when: date | datetime
    kind: str
    text: str
    entity: str
    entity_id: str
    plan_id: str | None
    alert: bool = False

    @property
    def day(self) -> str:
        return fmt_date(self.when.date() if isinstance(self.when, datetime) else self.when)


def _who(p: Practitioner) -> str:
    """ "Eva Lund (Region Kronoberg)": the organisation says when it went across organisations."""
    return f"{p.name} ({p.organisation})" if p.organisation else p.name


class PersonView(QWidget):
    open_item = Signal(str, str, str)  # entity, id, plan id ("" if none): no None through signals
    action = Signal(str, object)  # "edit", "new_plan", "deviation", "sip", "decision", "dispute", "send"; record

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.record: PersonRecord | None = None
        self._children: list[QDialog] = []
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("heading")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head.addWidget(self.title, 1)
        self.badge = QLabel(self.tr("SKYDDAD IDENTITET"))
        self.badge.setObjectName("badge")
        self.badge.hide()
        head.addWidget(self.badge)
        layout.addLayout(head)
        buttons = QHBoxLayout()
        for key, text in (
            ("edit", self.tr("Ä&ndra uppgifter…")),
            ("new_plan", self.tr("Ny &bedömning och plan…")),
            ("deviation", self.tr("Ny &avvikelse…")),
            ("sip", self.tr("Ny S&IP…")),
            ("decision", self.tr("Biståndsbes&lut…")),
            ("dispute", self.tr("Ny &tvist…")),
            ("send", self.tr("Ski&cka till partner…")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"person_{key}")
            button.clicked.connect(lambda _=False, k=key: self.record is not None and self.action.emit(k, self.record))
            buttons.addWidget(button)
        buttons.addStretch(1)
        # Handled here rather than through `action`: it only shows a document, nothing is saved.
        self.summary_button = QPushButton(self.tr("Sa&mmanställning…"))
        self.summary_button.setObjectName("person_summary")
        self.summary_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.summary_button.setToolTip(
            self.tr("Sammanställning av personens planer, uppföljningar och avvikelser som PDF (Ctrl+P)")
        )
        self.summary_button.clicked.connect(self.show_summary)
        buttons.addWidget(self.summary_button)
        layout.addLayout(buttons)
        gate.watch(self)  # buttons the user's role may not use stay off, saying who may (app/ui/roles.py)

        info = QGroupBox(self.tr("Uppgifter"))
        grid = QGridLayout(info)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.people = QLabel()
        self.people.setWordWrap(True)
        self.people.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(self.details, 0, 0)
        grid.addWidget(self.people, 0, 1)
        layout.addWidget(info)

        split = QSplitter(Qt.Orientation.Horizontal)
        plans_box = QGroupBox(self.tr("Planer och versioner"))
        pl = QVBoxLayout(plans_box)
        self.plans = QTreeWidget()
        self.plans.setAccessibleName(self.tr("Planer och versioner"))
        describe_list(self.plans)
        self.plans.setHeaderLabels([self.tr("Insats"), self.tr("Version"), self.tr("Status"), self.tr("Omprövning")])
        self.plans.header().setStretchLastSection(False)
        self.plans.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):  # as wide as "Version" and "Omprövning" need in the bold header font
            self.plans.header().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.plans.itemActivated.connect(self._plan_activated)
        pl.addWidget(self.plans)
        split.addWidget(plans_box)

        time_box = QGroupBox(self.tr("Tidslinje"))
        tl = QVBoxLayout(time_box)
        self.timeline = ListModel(
            [
                Column("", self.tr("Datum"), lambda e: e.day),
                Column("", self.tr("Händelse"), lambda e: e.kind),
                Column("", self.tr("Beskrivning"), lambda e: e.text),
            ],
            self,
        )
        self.timeline.emphasis = lambda e: e.alert
        self.timeline_view = QTableView()
        self.timeline_view.setAccessibleName(self.tr("Tidslinje"))
        describe_list(self.timeline_view)
        self.timeline_view.setModel(self.timeline)
        self.timeline_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline_view.verticalHeader().hide()
        self.timeline_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.timeline_view.horizontalHeader().setStretchLastSection(True)
        self.timeline_view.setColumnWidth(0, 95)
        self.timeline_view.setColumnWidth(1, 150)
        self.timeline_view.activated.connect(self._entry_activated)
        tl.addWidget(self.timeline_view)
        split.addWidget(time_box)
        split.setSizes([420, 620])
        layout.addWidget(split, 1)

    # --- loading -----------------------------------------------------------------------
    def show_person(self, person_id: str) -> None:
        self.clear()
        self.title.setText(self.tr("Hämtar…"))
        self._db.call(overview.person_record, person_id, on_done=self._loaded, owner=self)

    def reload(self) -> None:
        if self.record is not None:
            self.show_person(self.record.person.id)

    def _loaded(self, rec: PersonRecord) -> None:
        self.record = rec
        p = rec.person
        today = date.today()
        self.title.setText(f"{p.name}  ·  {p.shown_number}")
        self.badge.setVisible(p.protected_identity)
        kind = self.tr("barn") if p.is_child(today) else self.tr("vuxen")
        lines = [
            self.tr("Född: {0} ({1} år, {2})").format(fmt_date(p.birth_date), p.age(today), kind),
            self.tr("Skola / enhet: {0}").format(p.unit or "–"),
        ]
        if p.number.is_coordination:
            lines.append(self.tr("Samordningsnummer"))
        self.details.setText("\n".join(lines))
        people = [
            self.tr("Vårdnadshavare: {0}").format(g.name + (f", {g.phone}" if g.phone else "")) for g in p.guardians
        ]
        people += [
            self.tr("Kontakt: {0}").format(", ".join(x for x in (c.name, c.relation, c.phone) if x)) for c in p.contacts
        ]
        self.people.setText("\n".join(people) or self.tr("Inga vårdnadshavare eller kontakter registrerade."))
        self.plans.clear()
        for versions in rec.plans:
            current = versions[-1]
            top = QTreeWidgetItem(
                [
                    current.measure,
                    str(current.version),
                    label(current.status),
                    fmt_date(current.reassessment_on),
                ]
            )
            top.setData(0, Qt.ItemDataRole.UserRole, current.id)
            for v in reversed(versions):
                child = QTreeWidgetItem(
                    [
                        self.tr("Version {0}").format(v.version),
                        str(v.version),
                        label(v.status) + (f" – {v.void_reason}" if v.void_reason else ""),
                        fmt_date(v.signature.signed_on) if v.signature else "",
                    ]
                )
                child.setData(0, Qt.ItemDataRole.UserRole, v.id)
                top.addChild(child)
            self.plans.addTopLevelItem(top)
        self.timeline.set_rows(sorted(self._entries(rec), key=lambda e: str(e.when), reverse=True))

    def _entries(self, rec: PersonRecord) -> list[Entry]:
        measure = {versions[0].id: versions[-1].measure for versions in rec.plans}
        out: list[Entry] = []
        for versions in rec.plans:
            for v in versions:
                text = self.tr("{0}, version {1}: {2}").format(v.measure, v.version, label(v.status))
                out.append(Entry(v.created_at, self.tr("Plan"), text, "plan", v.id, v.id, v.status is PlanStatus.DRAFT))
                if v.signature:
                    signed = self.tr("{0}, version {1} signerad av {2}").format(v.measure, v.version, v.signature.name)
                    out.append(Entry(v.signature.signed_on, self.tr("Signering"), signed, "plan", v.id, v.id))
        today = date.today()
        for r in rec.reviews:
            if r.cancelled:
                continue
            if r.done_on:
                outcome = label(r.outcome) if r.outcome else ""
                text = self.tr("{0}: gjord av {1}, {2}").format(measure.get(r.plan_id, ""), r.done_by, outcome)
                out.append(Entry(r.done_on, self.tr("Uppföljning"), text, "review", r.id, r.plan_id))
            else:
                text = self.tr("{0}: planerad").format(measure.get(r.plan_id, ""))
                out.append(
                    Entry(
                        r.planned_on,
                        self.tr("Planerad omprövning"),
                        text,
                        "review",
                        r.id,
                        r.plan_id,
                        r.is_overdue(today),
                    )
                )
        for c in rec.copies:
            consent = (
                self.tr("med samtycke") if c.consent else ("" if not c.needs_consent else self.tr("UTAN samtycke"))
            )
            text = f"{label(c.recipient)}: {c.recipient_name} {consent}".strip()
            out.append(
                Entry(c.handed_on, self.tr("Kopia"), text, "copy", c.id, c.plan_id, c.needs_consent and not c.consent)
            )
        for i in rec.instructions:
            text = self.tr("{0} instruerad av {1}").format(i.staff_name, i.instructed_by)
            out.append(Entry(i.instructed_on, self.tr("Instruktion"), text, "instruction", i.id, i.plan_id))
        for p in rec.performances:
            text = (self.tr("Utförd av {0}") if p.done else self.tr("Ej utförd ({1}) – {0}")).format(
                p.performer, p.reason
            )
            out.append(
                Entry(p.occurred_at, self.tr("Signeringslista"), text, "performance", p.id, p.plan_id, not p.done)
            )
        for d in rec.decisions:
            text = f"{label(d.law)}: {label(d.result)} – {d.case_officer}"
            out.append(
                Entry(d.decided_on or d.applied_on, self.tr("Biståndsbeslut"), text, "decision", d.id, d.plan_id)
            )
        for s in rec.sip_links:
            text = self.tr("Samordnare {0}; parter: {1}").format(s.coordinator, ", ".join(s.parties))
            out.append(Entry(s.sip_date, self.tr("SIP"), text, "sip", s.id, None))
        for d in rec.deviations:
            text = f"{label(d.harm)} – {d.description} ({label(d.status)})"
            out.append(
                Entry(d.occurred_at, self.tr("Avvikelse"), text, "deviation", d.id, d.plan_id, bool(d.open_notices()))
            )
        for h in rec.handovers:
            text = self.tr("{0}: ansvar för uppföljning överlåtet från {1} till {2}").format(
                measure.get(h.plan_id, ""), h.giver.name, _who(h.receiver)
            )
            out.append(Entry(h.handed_on, self.tr("Överlåtet ansvar"), text, "plan", h.plan_id, h.plan_id))
        for g in rec.intyg:
            text = self.tr("{0}: {1}, giltigt till och med {2}").format(
                g.measure, g.help_needed, fmt_date(g.valid_until)
            )
            if g.void_reason:
                text += self.tr(" – makulerat: {0}").format(g.void_reason)
            out.append(Entry(g.issued_on, self.tr("Egenvårdsintyg"), text, "intyg", g.id, g.plan_id))
        for t in rec.disputes:
            text = f"{t.question} – {label(t.state)}"
            out.append(Entry(t.opened_on, self.tr("Tvist"), text, "dispute", t.id, None, t.discussion_overdue(today)))
        return out

    # --- documents -----------------------------------------------------------------------
    def show_summary(self) -> None:
        """The person summary (every plan and review) rendered on the worker, then previewed."""
        rec = self.record
        if rec is None or not confirm_protected(self, rec.person.protected_identity):
            return
        render_and_show(
            self._db,
            self,
            documents.render_summary_pdf,
            rec.person.id,
            title=self.tr("Sammanställning – {0}").format(rec.person.name),
            file_name=f"sammanstallning-{rec.person.id[:8]}.pdf",
            on_error=lambda exc: common.show_error(self, exc),
            on_shown=self._keep,
            protected=rec.person.protected_identity,
        )

    def _keep(self, dialog: QDialog) -> None:
        self.last_dialog = dialog
        self._children = [d for d in self._children if shiboken6.isValid(d)] + [dialog]

    def _plan_activated(self, item: QTreeWidgetItem) -> None:
        plan_id = item.data(0, Qt.ItemDataRole.UserRole)
        if plan_id:
            self.open_item.emit("plan", plan_id, plan_id)

    def _entry_activated(self, index: QModelIndex) -> None:
        entry = self.timeline.record(index.row())
        if entry is not None:
            self.open_item.emit(entry.entity, entry.entity_id, entry.plan_id or "")

    def clear(self) -> None:
        for dialog in self._children:
            if shiboken6.isValid(dialog):
                dialog.close()  # a preview is cleared when it closes
        self._children = []
        self.record = None
        self.title.clear()
        self.details.clear()
        self.people.clear()
        self.badge.hide()
        self.plans.clear()
        self.timeline.clear()
