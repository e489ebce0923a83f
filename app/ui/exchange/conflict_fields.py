"""The conflict dialog's rows in the user's words: field names from the glossary
(docs/ordlista.md), values formatted (lists one item a line, dates as dates, codes as their
labels), the bookkeeping fields (ids, created/updated stamps, the PDF bytes) left out."""

from __future__ import annotations

import re
from datetime import datetime
from enum import Enum
from typing import Any

from app.models.assessment import Outcome
from app.models.deviation import DeviationStatus, Harm
from app.models.labels import label
from app.models.plan import PlanKind, PlanStatus, Setting
from app.models.records import Recipient
from app.models.review import ReviewKind, ReviewOutcome
from app.ui.common import fmt_date, translate

# Fields that say nothing to the user: which row a record is, when the program wrote it.
HIDDEN = frozenset({"id", "created_at", "updated_at", "pdf", "key", "sha256"})

# A code stored as its enum value, per record kind ("*" = any kind).
_CODES: dict[tuple[str, str], type[Enum]] = {
    ("plan", "status"): PlanStatus,
    ("plan", "kind"): PlanKind,
    ("plan", "setting"): Setting,
    ("plan", "performer_mode"): Outcome,
    ("assessment", "outcome"): Outcome,
    ("review", "kind"): ReviewKind,
    ("review", "outcome"): ReviewOutcome,
    ("deviation", "status"): DeviationStatus,
    ("deviation", "harm"): Harm,
    ("copy", "recipient"): Recipient,
}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def visible(key: str) -> bool:
    return key not in HIDDEN and not key.endswith("_id")


def field_label(key: str) -> str:
    """The glossary's word for a field; a readable form of the name for one not listed."""
    t = translate
    labels = {
        "name": t("ConflictDialog", "Namn"),
        "given_name": t("ConflictDialog", "Förnamn"),
        "family_name": t("ConflictDialog", "Efternamn"),
        "number": t("ConflictDialog", "Personnummer"),
        "protected_identity": t("ConflictDialog", "Skyddad identitet"),
        "unit": t("ConflictDialog", "Enhet / skola"),
        "guardians": t("ConflictDialog", "Vårdnadshavare"),
        "contacts": t("ConflictDialog", "Kontakter"),
        "measure": t("ConflictDialog", "1. Åtgärd/insats"),
        "performer": t("ConflictDialog", "2. Vem som utför"),
        "performer_mode": t("ConflictDialog", "Utförs"),
        "instruction_by": t("ConflictDialog", "3. Vem som instruerar"),
        "instruction_how": t("ConflictDialog", "3. Hur instruktion ges"),
        "on_harm": t("ConflictDialog", "4. Vid skada eller risk för skada"),
        "on_change": t("ConflictDialog", "5. Om situationen förändras"),
        "follow_up": t("ConflictDialog", "6. Uppföljning"),
        "reassessment_on": t("ConflictDialog", "7. Datum för omprövning"),
        "status": t("ConflictDialog", "Status"),
        "void_reason": t("ConflictDialog", "Skäl till makulering"),
        "kind": t("ConflictDialog", "Typ"),
        "setting": t("ConflictDialog", "Verksamhet"),
        "version": t("ConflictDialog", "Version"),
        "signature": t("ConflictDialog", "Underskrift"),
        "risk_analysis_done": t("ConflictDialog", "Riskanalys gjord"),
        "risk_analysis": t("ConflictDialog", "Riskanalys"),
        "assessor": t("ConflictDialog", "Bedömare"),
        "assessed_on": t("ConflictDialog", "Bedömningsdatum"),
        "outcome": t("ConflictDialog", "Bedömning / resultat"),
        "samrad": t("ConflictDialog", "Samråd"),
        "notes": t("ConflictDialog", "Anteckningar"),
        "occurred_at": t("ConflictDialog", "När"),
        "reported_at": t("ConflictDialog", "Rapporterad"),
        "location": t("ConflictDialog", "Plats"),
        "description": t("ConflictDialog", "Vad hände"),
        "reporter": t("ConflictDialog", "Rapportör"),
        "reporter_organisation": t("ConflictDialog", "Rapportörens organisation"),
        "harm": t("ConflictDialog", "Skada"),
        "category": t("ConflictDialog", "Kategori"),
        "assessor_informed_on": t("ConflictDialog", "Bedömaren informerad"),
        "event_analysis": t("ConflictDialog", "Händelseanalys"),
        "immediate_action": t("ConflictDialog", "Omedelbar åtgärd"),
        "measures": t("ConflictDialog", "Beslutade åtgärder"),
        "parties": t("ConflictDialog", "Parter"),
        "sip_date": t("ConflictDialog", "SIP-datum"),
        "coordinator": t("ConflictDialog", "Samordnare"),
        "region_reference": t("ConflictDialog", "Regionens referens"),
        "next_follow_up": t("ConflictDialog", "Nästa uppföljning"),
        "planned_on": t("ConflictDialog", "Planerad"),
        "done_on": t("ConflictDialog", "Gjord"),
        "done_by": t("ConflictDialog", "Utförd av"),
        "next_on": t("ConflictDialog", "Nästa datum"),
        "cancelled": t("ConflictDialog", "Inställd"),
        "plan_version": t("ConflictDialog", "Planversion"),
        "recipient": t("ConflictDialog", "Mottagare"),
        "recipient_name": t("ConflictDialog", "Mottagarens namn"),
        "handed_on": t("ConflictDialog", "Lämnad"),
        "consent": t("ConflictDialog", "Samtycke"),
    }
    return labels.get(key) or key.replace("_", " ").capitalize()


def shown(value: Any, key: str = "", kind: str = "") -> str:
    """A stored value as a person reads it: never braces, quotes or keys of JSON."""
    if value is None or value == "" or value == [] or value == {}:
        return "–"
    if isinstance(value, bool):
        return translate("ConflictDialog", "Ja") if value else translate("ConflictDialog", "Nej")
    if isinstance(value, list):
        return "\n".join(f"• {_flat(item)}" for item in value)
    if isinstance(value, dict):
        return _flat(value)
    code = _CODES.get((kind, key))
    if code is not None:
        try:
            return label(code(value))
        except (ValueError, KeyError):
            return str(value)
    return _scalar(value)


def _scalar(value: Any) -> str:
    text = str(value)
    if _STAMP.match(text):
        try:
            return fmt_date(datetime.fromisoformat(text).astimezone())
        except ValueError:
            return text
    return text


def _flat(value: Any) -> str:
    """A nested record on one line: its filled values, lists in brackets of words."""
    if isinstance(value, dict):
        parts = [_flat(v) for k, v in value.items() if visible(k) and v not in (None, "", [], {}, False)]
        return ", ".join(p for p in parts if p)
    if isinstance(value, list):
        return "; ".join(_flat(v) for v in value)
    if isinstance(value, bool):
        return ""
    return _scalar(value)
