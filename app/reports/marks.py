"""What a plan version's status puts on every page of a document made from it: the big
watermark and the red line under the header. One place, so the plan form and the emergency
card (and any later document of a plan version) mark a version alike."""

from __future__ import annotations

from app.models.plan import Plan, PlanStatus
from app.reports.text import nfc

DRAFT = "UTKAST"
VOIDED = "MAKULERAD"
SUPERSEDED = "ERSATT"


def for_plan(plan: Plan, draft_banner: str) -> tuple[str, str]:
    """(watermark, banner) for the version; `draft_banner` says what a draft is not."""
    if plan.status is PlanStatus.DRAFT:
        return DRAFT, draft_banner
    if plan.status is PlanStatus.VOIDED:
        return VOIDED, f"MAKULERAD – {nfc(plan.void_reason)}"
    if plan.status is PlanStatus.SUPERSEDED:
        return SUPERSEDED, "ERSATT av en senare version av planen – gäller inte längre"
    if plan.status is PlanStatus.ENDED:
        return "", "Egenvården är avslutad"
    return "", ""
