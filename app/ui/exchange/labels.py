"""Words for exchange records on screen (translated through Qt)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.exchange import counts_by_kind


def _t(text: str) -> str:
    return QCoreApplication.translate("Exchange", text)


def kind_label(kind: str) -> str:
    return {
        "person": _t("Person"),
        "assessment": _t("Bedömning"),
        "plan": _t("Plan"),
        "review": _t("Uppföljning"),
        "copy": _t("Kopia"),
        "sip_link": _t("SIP"),
        "deviation": _t("Avvikelse"),
        "document": _t("Förseglad PDF"),
    }.get(kind, kind)


def status_label(status: str) -> str:
    return {
        "new": _t("Ny"),
        "updated": _t("Uppdateras"),
        "conflict": _t("Konflikt"),
        "unchanged": _t("Oförändrad"),
    }.get(status, status)


def direction_label(direction: str) -> str:
    return _t("Skickat") if direction == "sent" else _t("Mottaget")


def counts_text(counts: dict[str, int]) -> str:
    """ "Person 3, Plan 5" for a bundle sent, "Ny 12, Konflikt 1" for one received (no plurals
    to get wrong in two languages)."""
    statuses = ("new", "updated", "conflict", "unchanged")
    return ", ".join(
        f"{status_label(k) if k in statuses else kind_label(k)} {n}" for k, n in counts_by_kind(counts).items() if n
    )


def preview_counts_text(counts: dict[str, int]) -> str:
    return _t("{0} nya, {1} uppdateras, {2} i konflikt, {3} oförändrade").format(
        counts.get("new", 0), counts.get("updated", 0), counts.get("conflict", 0), counts.get("unchanged", 0)
    )


def partner_label(name: str, short_fingerprint: str) -> str:
    return f"{name}  ({short_fingerprint})"
