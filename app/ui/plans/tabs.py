"""The plan window's tabs, each a widget of its own: the version shown as text here; the
tables of what happened around the plan in `records_tab.py`, the documents in `documents_tab.py`.

Texts keep the translation context "PlanDialog" they had when the window was one class."""

from __future__ import annotations

from enum import StrEnum
from html import escape

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.models.labels import label
from app.models.plan import POINTS, Plan
from app.models.samrad import Samrad
from app.services.overview import PlanRecord
from app.ui.common import describe_list, fmt_date, translate
from app.ui.tables import ListModel
from app.ui.views import keep_titles_whole


class PlanTab(StrEnum):
    """The tabs in their order; also the routes that open the plan window on one of them."""

    PLAN = "plan"
    REVIEW = "review"
    COPY = "copy"
    INSTRUCTION = "instruction"
    PERFORMANCE = "performance"
    DOCUMENTS = "documents"


def _tr(text: str) -> str:
    return translate("PlanDialog", text)


def table(model: ListModel, name: str) -> QTableView:
    view = QTableView()
    view.setAccessibleName(name)
    describe_list(view)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setColumnWidth(0, 120)
    keep_titles_whole(view)
    return view


class VersionTab(QWidget):
    """Any version of the plan as text: the assessment, the seven points and the signature."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._record: PlanRecord | None = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        caption = QLabel(_tr("&Version:"))
        row.addWidget(caption)
        self.version = QComboBox()
        self.version.setAccessibleName(_tr("Version"))
        self.version.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.version.currentIndexChanged.connect(self._show_selected)
        caption.setBuddy(self.version)
        row.addWidget(self.version)
        row.addStretch(1)
        layout.addLayout(row)
        self.text = QTextBrowser()
        self.text.setAccessibleName(_tr("Planens innehåll"))
        layout.addWidget(self.text)

    def show_record(self, rec: PlanRecord) -> None:
        """Newest version first; the one chosen before stays chosen if it is still there."""
        chosen = self.version.currentData()
        self._record = rec
        self.version.blockSignals(True)
        self.version.clear()
        for v in reversed(rec.versions):
            self.version.addItem(f"{v.version} – {label(v.status)}", v.version)
        at = self.version.findData(chosen) if chosen is not None else -1
        self.version.setCurrentIndex(max(at, 0))
        self.version.blockSignals(False)
        self._show_selected()

    def selected(self) -> Plan | None:
        if self._record is None:
            return None
        number = self.version.currentData()
        return next((v for v in self._record.versions if v.version == number), self._record.plan)

    def clear(self) -> None:
        self._record = None
        self.version.clear()
        self.text.clear()

    def _show_selected(self) -> None:
        plan = self.selected()
        if plan is not None and self._record is not None:
            self.text.setHtml(plan_html(plan, self._record))


def samrad_rows(samrad: Samrad | None) -> list[tuple[str, str]]:
    """The assessment's samråd as the plan tab shows it (the form prints the same)."""
    if samrad is None:
        return [(_tr("Samråd"), _tr("Inget samråd registrerat"))]
    who = "; ".join(
        f"{label(p.role)}: {p.name}" + (f" ({p.organisation})" if p.organisation else "") for p in samrad.participants
    )
    when = f"{fmt_date(samrad.held_on)} ({label(samrad.form)})" if samrad.held_on else ""
    rows = [(_tr("Samråd"), f"{when} {who}".strip() or "–")]
    info = samrad.information
    rows.append(
        (
            _tr("Information till patienten"),
            f"{fmt_date(info.given_on)} {info.given_by}: {info.content}" if info else "–",
        )
    )
    d = samrad.decision
    verdict = _tr("accepterar egenvården") if d and d.accepted else _tr("accepterar inte egenvården")
    rows.append(
        (_tr("Beslut"), f"{d.decided_by} ({label(d.decider)}) {verdict}, {fmt_date(d.decided_on)}" if d else "–")
    )
    return rows


def plan_html(p: Plan, rec: PlanRecord) -> str:
    a = rec.assessment
    rows = []
    if a is not None:
        rows.append(
            (
                _tr("Bedömning"),
                f"{a.measure} – {label(a.outcome)}; {a.assessor.name}, {a.assessor.title}, {fmt_date(a.assessed_on)}",
            )
        )
        risks = "; ".join(
            f"{h.description} ({h.likelihood}×{h.consequence}={h.score})" for h in a.risk_analysis.hazards
        )
        rows.append((_tr("Riskanalys"), f"{risks}. {a.risk_analysis.conclusion}"))
        rows += samrad_rows(a.samrad)
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
        rows.append((_tr("Underskrift"), f"{s.place} {fmt_date(s.signed_on)} – {s.name}, {s.title}"))
    body = "".join(f"<tr><th align=left valign=top>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in rows)
    return f"<table cellpadding=4>{body}</table>"
