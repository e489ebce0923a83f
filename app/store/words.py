"""The schema's names in words, for the sentences of constraint and trigger errors.

A name not listed here is shown as it is: a new table still gets a true sentence, only a
less polished one.
"""

from __future__ import annotations

# table → (Swedish, English) with the indefinite article, as in "Det finns redan en person …"
TABLES: dict[str, tuple[str, str]] = {
    "persons": ("en person", "a person"),
    "person_tokens": ("ett sökord", "a search word"),
    "assessments": ("en bedömning", "an assessment"),
    "plans": ("en egenvårdsplan", "a self-care plan"),
    "reviews": ("en uppföljning", "a follow-up"),
    "copies": ("en kopia", "a copy"),
    "instructions": ("en instruktion", "an instruction"),
    "performances": ("en utförandeanteckning", "a performance entry"),
    "decisions": ("ett biståndsbeslut", "a bistånd decision"),
    "sip_links": ("en SIP", "a coordinated plan (SIP)"),
    "deviations": ("en avvikelse", "a deviation"),
    "disputes": ("en oenighet", "a dispute"),
    "audit": ("en händelse i granskningsloggen", "an audit log event"),
    "plan_documents": ("ett förseglat dokument", "a sealed document"),
    "intyg": ("ett egenvårdsintyg", "an egenvårdsintyg"),
    "seal_credentials": ("ett förseglingscertifikat", "a sealing certificate"),
    "exchange_identity": ("en egen utbytesidentitet", "an own exchange identity"),
    "exchange_partners": ("en partner", "a partner"),
    "exchange_bundles": ("ett utbytespaket", "an exchange bundle"),
    "meta": ("en inställning", "a setting"),
}

COLUMNS: dict[str, tuple[str, str]] = {
    "id": ("id", "id"),
    "number": ("personnummer", "personal identity number"),
    "given_name": ("förnamn", "given name"),
    "family_name": ("efternamn", "family name"),
    "person_id": ("person", "person"),
    "plan_id": ("plan", "plan"),
    "measure": ("åtgärd", "measure"),
    "assessor": ("bedömare", "assessor"),
    "performer": ("utförare", "performer"),
    "fingerprint": ("fingeravtryck", "fingerprint"),
    "bundle_id": ("paket-id", "bundle id"),
    "seq": ("löpnummer", "sequence number"),
}

# Messages of the protective triggers (RAISE(ABORT, …) in store/migrations.py).
TRIGGERS: dict[str, tuple[str, str]] = {
    "signed plan versions are immutable": (
        "en signerad planversion ändras aldrig; gör en ny version",
        "a signed plan version never changes; make a new version",
    ),
    "plans are voided, never deleted": ("planer makuleras, de raderas aldrig", "plans are voided, never deleted"),
    "sealed documents are never changed": ("förseglade dokument ändras aldrig", "sealed documents are never changed"),
    "sealed documents are never deleted": ("förseglade dokument raderas aldrig", "sealed documents are never deleted"),
    "the audit log is append-only": (
        "granskningsloggen kan bara byggas på, aldrig ändras",
        "the audit log can only grow, never change",
    ),
    "an issued egenvårdsintyg is never changed, only voided": (
        "ett utfärdat egenvårdsintyg ändras aldrig, det kan bara makuleras",
        "an issued egenvårdsintyg never changes, it can only be voided",
    ),
    "egenvårdsintyg are never deleted, only voided": (
        "egenvårdsintyg raderas aldrig, de makuleras",
        "egenvårdsintyg are never deleted, they are voided",
    ),
}


def table(name: str) -> tuple[str, str]:
    return TABLES.get(name, (f"en post i {name}", f"a record in {name}"))


def column(name: str) -> tuple[str, str]:
    return COLUMNS.get(name, (name, name))


def trigger(message: str) -> tuple[str, str]:
    return TRIGGERS.get(message, (message, message))
