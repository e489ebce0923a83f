"""The plan window's tables of what happened around the plan: reviews, copies handed over,
instructions, and the signeringslista. Texts keep the translation context "PlanDialog"."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from app.models.labels import label
from app.ui.common import fmt_date, translate
from app.ui.tables import Column, ListModel


def _tr(text: str) -> str:
    return translate("PlanDialog", text)


def reviews_model(parent: QWidget) -> ListModel:
    model = ListModel(
        [
            Column("", _tr("Planerad"), lambda r: fmt_date(r.planned_on)),
            Column("", _tr("Gjord"), lambda r: fmt_date(r.done_on) or (_tr("avbruten") if r.cancelled else "")),
            Column("", _tr("Av"), lambda r: r.done_by),
            Column("", _tr("Resultat"), lambda r: label(r.outcome) if r.outcome else ""),
            Column("", _tr("Nästa"), lambda r: fmt_date(r.next_on)),
        ],
        parent,
    )
    model.emphasis = lambda r: r.is_overdue(date.today())
    return model


def copies_model(parent: QWidget) -> ListModel:
    def consent(c) -> str:  # type: ignore[no-untyped-def]
        if c.consent:
            return f"{c.consent.given_by}, {fmt_date(c.consent.given_on)}"
        return _tr("SAKNAS") if c.needs_consent else "–"

    model = ListModel(
        [
            Column("", _tr("Datum"), lambda c: fmt_date(c.handed_on)),
            Column("", _tr("Mottagare"), lambda c: label(c.recipient)),
            Column("", _tr("Namn"), lambda c: c.recipient_name),
            Column("", _tr("Version"), lambda c: str(c.plan_version)),
            Column("", _tr("Samtycke"), consent),
        ],
        parent,
    )
    model.emphasis = lambda c: c.needs_consent and c.consent is None
    return model


def instructions_model(parent: QWidget) -> ListModel:
    return ListModel(
        [
            Column("", _tr("Datum"), lambda i: fmt_date(i.instructed_on)),
            Column("", _tr("Personal"), lambda i: i.staff_name),
            Column("", _tr("Roll"), lambda i: i.staff_role),
            Column("", _tr("Instruerad av"), lambda i: i.instructed_by),
            Column("", _tr("Förnyas"), lambda i: fmt_date(i.renew_on)),
        ],
        parent,
    )


def performances_model(parent: QWidget) -> ListModel:
    model = ListModel(
        [
            Column("", _tr("Tidpunkt"), lambda p: fmt_date(p.occurred_at)),
            Column("", _tr("Utförare"), lambda p: p.performer),
            Column("", _tr("Utförd"), lambda p: _tr("Ja") if p.done else _tr("Nej")),
            Column("", _tr("Varför inte"), lambda p: p.reason),
        ],
        parent,
    )
    model.emphasis = lambda p: not p.done
    return model
