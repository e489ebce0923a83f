"""Words for exchange records on screen (translated through Qt)."""

from __future__ import annotations

from app.services.exchange import counts_by_kind
from app.ui.common import translate


def kind_label(kind: str) -> str:
    return {
        "person": translate("Exchange", "Person"),
        "assessment": translate("Exchange", "Bedömning"),
        "plan": translate("Exchange", "Plan"),
        "review": translate("Exchange", "Uppföljning"),
        "copy": translate("Exchange", "Kopia"),
        "sip_link": translate("Exchange", "SIP"),
        "handover": translate("Exchange", "Överlåtet ansvar"),
        "deviation": translate("Exchange", "Avvikelse"),
        "document": translate("Exchange", "Förseglad PDF"),
        "intyg": translate("Exchange", "Egenvårdsintyg"),
    }.get(kind, kind)


def status_label(status: str) -> str:
    return {
        "new": translate("Exchange", "Ny"),
        "updated": translate("Exchange", "Uppdateras"),
        "conflict": translate("Exchange", "Konflikt"),
        "unchanged": translate("Exchange", "Oförändrad"),
    }.get(status, status)


def direction_label(direction: str) -> str:
    return translate("Exchange", "Skickat") if direction == "sent" else translate("Exchange", "Mottaget")


def counts_text(counts: dict[str, int]) -> str:
    """ "Person 3, Plan 5" for a bundle sent, "Ny 12, Konflikt 1" for one received (no plurals
    to get wrong in two languages)."""
    statuses = ("new", "updated", "conflict", "unchanged")
    return ", ".join(
        f"{status_label(k) if k in statuses else kind_label(k)} {n}" for k, n in counts_by_kind(counts).items() if n
    )


def preview_counts_text(counts: dict[str, int]) -> str:
    return translate("Exchange", "nya {0}, uppdateras {1}, i konflikt {2}, oförändrade {3}").format(
        counts.get("new", 0), counts.get("updated", 0), counts.get("conflict", 0), counts.get("unchanged", 0)
    )


def partner_label(name: str, short_fingerprint: str) -> str:
    return f"{name}  ({short_fingerprint})"
