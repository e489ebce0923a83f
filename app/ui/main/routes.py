"""Where "open this item" leads, and which pages a change concerns.

Routes are the record kinds a list row, a to-do or a timeline entry names; an unknown kind
raises ValueError (`Route(kind)`) instead of opening nothing."""

from __future__ import annotations

from enum import StrEnum

from app.services.changes import Changes
from app.ui.plans.tabs import PlanTab


class Route(StrEnum):
    """What a list row, a to-do or a timeline entry opens (the kind of record it names)."""

    PLAN = "plan"
    REVIEW = "review"
    COPY = "copy"
    INSTRUCTION = "instruction"
    PERFORMANCE = "performance"
    DEVIATION = "deviation"
    DISPUTE = "dispute"
    CONFLICT = "conflict"
    DECISION = "decision"
    SIP = "sip"
    INTYG = "intyg"  # an egenvårdsintyg: its plan, on the documents tab


IN_PLAN_WINDOW = {
    Route.PLAN: PlanTab.PLAN,
    Route.REVIEW: PlanTab.REVIEW,
    Route.COPY: PlanTab.COPY,
    Route.INSTRUCTION: PlanTab.INSTRUCTION,
    Route.PERFORMANCE: PlanTab.PERFORMANCE,
    Route.INTYG: PlanTab.DOCUMENTS,
}

# The record kinds each page lists (as `Changes` name them); "person" is in most because a bulk
# import notes the persons it wrote. A page that is not shown is read again when next shown.
_RECORDS = frozenset({"person", "assessment", "plan", "review", "copy", "instruction", "performance", "announcement"})
_PAGE_KINDS: dict[str, frozenset[str]] = {
    "overview": _RECORDS | {"decision", "sip", "deviation", "dispute", "bundle", "intyg"},
    "persons": frozenset({"person"}),
    "plans": frozenset({"person", "plan", "review"}),
    "sip": frozenset({"person", "sip"}),
    "deviations": frozenset({"person", "deviation"}),
    "disputes": frozenset({"person", "dispute"}),
    "exchange": frozenset({"person", "bundle", "exchange_identity", "exchange_partner"}),
    # Its forms may hold what is not saved yet; it reads its own parts again after its own writes.
    "settings": frozenset(),
    # Uppföljning counts every kind of record.
    "indicators": _RECORDS | {"decision", "sip", "deviation", "dispute"},
}
_CONFLICT_PAGES = ("overview", "exchange")  # conflicts are kinds of their own: "conflict:plan", …


def page_concerned(page: str, changes: Changes) -> bool:
    if changes.kinds & _PAGE_KINDS[page]:
        return True
    return page in _CONFLICT_PAGES and any(kind.startswith("conflict") for kind in changes.kinds)
