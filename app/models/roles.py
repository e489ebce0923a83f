"""Who may do what: one table from use case to the roles allowed (DESIGN.md "Trust").

The services ask it before they write (`Workspace.require`), the window asks it to enable a
button and to word its tooltip, the command line reaches it through the services. Nothing else
holds a copy of a rule. This prevents mistakes and records who did what; it is no defence
against the laptop's own user, who may change her profile (an audited event).
"""

from __future__ import annotations

from enum import StrEnum

from app.errors import UserError, ValidationError
from app.models.common import (
    PROFESSION_LABELS_EN,
    PROFESSION_LABELS_SV,
    ROLE_LABELS_EN,
    ROLE_LABELS_SV,
    Practitioner,
    Role,
)


class Who(StrEnum):
    """The table's columns: a role, with the licensed professional split by elevhälsa."""

    LICENSED = "licensed"  # legitimerad yrkesutövare, not in elevhälsan
    SCHOOL_HEALTH = "school_health"  # legitimerad yrkesutövare in elevhälsans medicinska insats
    SCHOOL_LEADER = "school_leader"
    UNIT_MANAGER = "unit_manager"
    CASE_OFFICER = "case_officer"
    MAS = "mas"


def who(profile: Practitioner) -> Who:
    if profile.role is Role.LICENSED:
        return Who.SCHOOL_HEALTH if profile.school_health else Who.LICENSED
    return Who(profile.role.value)


class UseCase(StrEnum):
    ASSESS = "assess"
    PLAN = "plan"  # start or change a draft
    SIGN = "sign"
    VOID = "void"
    ISSUE_INTYG = "issue_intyg"
    REVIEW = "review"  # uppföljning / omprövning
    TAKE_OVER = "take_over"  # responsibility for review, by agreement (same profession)
    HAND_OVER_COPY = "hand_over_copy"
    INSTRUCT = "instruct"
    PERFORMANCE = "performance"
    DEVIATION = "deviation"
    BISTAND = "bistand"
    SIP = "sip"
    DISPUTE = "dispute"
    INDICATORS = "indicators"
    EXCHANGE = "exchange"
    READ = "read"  # open, list, print
    PERSON = "person"  # register or edit a person
    BACKUP = "backup"
    RESTORE = "restore"
    PASSPHRASE = "passphrase"
    TRUST_PARTNER = "trust_partner"
    SEAL_CERTIFICATE = "seal_certificate"
    RESOLVE_CONFLICT = "resolve_conflict"
    ACCEPT_AUDIT_LOG = "accept_audit_log"  # anchor a log that differs from its anchor (audit reanchor)


_LICENSED = frozenset({Who.LICENSED})
_ANY_LICENSED = frozenset({Who.LICENSED, Who.SCHOOL_HEALTH})
_AROUND_THE_PLAN = frozenset({Who.LICENSED, Who.SCHOOL_HEALTH, Who.SCHOOL_LEADER, Who.UNIT_MANAGER, Who.MAS})
EVERYONE = frozenset(Who)

ALLOWED: dict[UseCase, frozenset[Who]] = {
    # Lag 2022:1250 and 002: only the treating licensed professional assesses egenvård and
    # answers for the plan; elevhälsan takes part in samråd but does not assess (002 "Barn i
    # förskola, skola").
    UseCase.ASSESS: _LICENSED,
    UseCase.PLAN: _LICENSED,
    UseCase.SIGN: _LICENSED,
    UseCase.VOID: _LICENSED,
    UseCase.ISSUE_INTYG: _LICENSED,
    # 002: elevhälsan must not be responsible for follow-up or re-assessment.
    UseCase.REVIEW: _LICENSED,
    UseCase.TAKE_OVER: _LICENSED,
    # What happens around a signed plan where it is carried out: school, unit and MAS take part.
    UseCase.HAND_OVER_COPY: _AROUND_THE_PLAN,
    UseCase.INSTRUCT: _AROUND_THE_PLAN,
    UseCase.PERFORMANCE: _AROUND_THE_PLAN,
    UseCase.DEVIATION: _AROUND_THE_PLAN,
    # The decision is the handläggare's own (SoL/LSS); nobody else may record one.
    UseCase.BISTAND: frozenset({Who.CASE_OFFICER}),
    # Every party of a SIP may note that one exists; it holds no assessment.
    UseCase.SIP: EVERYONE,
    UseCase.DISPUTE: EVERYONE,
    UseCase.INDICATORS: EVERYONE,
    UseCase.EXCHANGE: EVERYONE,
    UseCase.READ: EVERYONE,
    # Each role's work starts from a person (the handläggare's applicant, the school's pupil);
    # the register holds identity and contacts, no assessment.
    UseCase.PERSON: EVERYONE,
    # A backup protects everyone's work and is encrypted with the same key. Restore and the
    # passphrase act on the file before any profile can be read: the passphrase is the guard,
    # and a restore keeps the replaced database beside it.
    UseCase.BACKUP: EVERYONE,
    UseCase.RESTORE: EVERYONE,
    UseCase.PASSPHRASE: EVERYONE,
    # Whom to trust decides whose records enter the register and whose seals are believed:
    # a health-care decision for a licensed professional or the MAS, not for a school leader.
    UseCase.TRUST_PARTNER: frozenset({Who.LICENSED, Who.SCHOOL_HEALTH, Who.MAS}),
    UseCase.SEAL_CERTIFICATE: frozenset({Who.LICENSED, Who.SCHOOL_HEALTH, Who.MAS}),
    # Choosing between two versions of a plan is choosing the plan's content: its licensed
    # owner, or the MAS who answers for the municipality's health care.
    UseCase.RESOLVE_CONFLICT: frozenset({Who.LICENSED, Who.MAS}),
    # Accepting a log that no longer matches its anchor closes a possible tampering case: the
    # MAS answers for the records of the municipality's health care, so it is hers alone.
    UseCase.ACCEPT_AUDIT_LOG: frozenset({Who.MAS}),
}

USE_CASE_LABELS_SV = {
    UseCase.ASSESS: "göra en bedömning",
    UseCase.PLAN: "upprätta eller ändra en egenvårdsplan",
    UseCase.SIGN: "signera en plan",
    UseCase.VOID: "makulera en plan",
    UseCase.ISSUE_INTYG: "utfärda ett egenvårdsintyg",
    UseCase.REVIEW: "registrera uppföljning eller omprövning",
    UseCase.TAKE_OVER: "ta över ansvaret för en plan",
    UseCase.HAND_OVER_COPY: "lämna över en kopia av planen",
    UseCase.INSTRUCT: "registrera instruktion av personal",
    UseCase.PERFORMANCE: "fylla i signeringslistan",
    UseCase.DEVIATION: "rapportera eller hantera en avvikelse",
    UseCase.BISTAND: "registrera ett biståndsbeslut",
    UseCase.SIP: "registrera en SIP",
    UseCase.DISPUTE: "hantera en tolkningsfråga",
    UseCase.INDICATORS: "se indikatorer",
    UseCase.EXCHANGE: "skicka eller ta emot utbytespaket",
    UseCase.READ: "läsa eller skriva ut",
    UseCase.PERSON: "registrera eller ändra en person",
    UseCase.BACKUP: "göra en säkerhetskopia",
    UseCase.RESTORE: "återställa från en säkerhetskopia",
    UseCase.PASSPHRASE: "byta lösenfras",
    UseCase.TRUST_PARTNER: "importera eller lita på en partners identitet",
    UseCase.SEAL_CERTIFICATE: "byta förseglingscertifikat",
    UseCase.RESOLVE_CONFLICT: "lösa en importkonflikt",
    UseCase.ACCEPT_AUDIT_LOG: "godkänna en granskningslogg som inte stämmer med sitt ankare",
}
USE_CASE_LABELS_EN = {
    UseCase.ASSESS: "make an assessment",
    UseCase.PLAN: "write or change a care plan",
    UseCase.SIGN: "sign a plan",
    UseCase.VOID: "void a plan",
    UseCase.ISSUE_INTYG: "issue an egenvård certificate",
    UseCase.REVIEW: "record a review or re-assessment",
    UseCase.TAKE_OVER: "take over responsibility for a plan",
    UseCase.HAND_OVER_COPY: "hand over a copy of the plan",
    UseCase.INSTRUCT: "record instruction of staff",
    UseCase.PERFORMANCE: "log a performance",
    UseCase.DEVIATION: "report or handle a deviation",
    UseCase.BISTAND: "record a needs assessment decision",
    UseCase.SIP: "record a SIP",
    UseCase.DISPUTE: "handle a dispute",
    UseCase.INDICATORS: "see indicators",
    UseCase.EXCHANGE: "send or receive exchange bundles",
    UseCase.READ: "read or print",
    UseCase.PERSON: "register or edit a person",
    UseCase.BACKUP: "make a backup",
    UseCase.RESTORE: "restore from a backup",
    UseCase.PASSPHRASE: "change the passphrase",
    UseCase.TRUST_PARTNER: "import or trust a partner's identity",
    UseCase.SEAL_CERTIFICATE: "replace the sealing certificate",
    UseCase.RESOLVE_CONFLICT: "resolve an import conflict",
    UseCase.ACCEPT_AUDIT_LOG: "accept an audit log that does not match its anchor",
}

# The table's columns in words, as the refusal names them ("Bara en X, Y eller Z får …").
_WHO_SV = {
    Who.LICENSED: "legitimerad yrkesutövare",
    Who.SCHOOL_HEALTH: "legitimerad yrkesutövare i elevhälsan",
    Who.SCHOOL_LEADER: "skolledare",
    Who.UNIT_MANAGER: "enhetschef",
    Who.CASE_OFFICER: "biståndshandläggare",
    Who.MAS: "MAS/administratör",
}
_WHO_EN = {
    Who.LICENSED: "licensed professional",
    Who.SCHOOL_HEALTH: "licensed professional in school health",
    Who.SCHOOL_LEADER: "school leader",
    Who.UNIT_MANAGER: "unit manager",
    Who.CASE_OFFICER: "needs assessment officer",
    Who.MAS: "MAS/administrator",
}


def _join(words: list[str], last: str) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} {last} {words[-1]}"


def needed(use_case: UseCase) -> tuple[str, str]:
    """The roles a use case needs, in Swedish and English: "en legitimerad yrkesutövare (inte
    elevhälsa)", "en legitimerad yrkesutövare, skolledare, enhetschef eller MAS/administratör"."""
    allowed = ALLOWED[use_case]
    sv: list[str] = []
    en: list[str] = []
    if Who.LICENSED in allowed and Who.SCHOOL_HEALTH in allowed:
        sv.append(_WHO_SV[Who.LICENSED])
        en.append(_WHO_EN[Who.LICENSED])
    elif Who.LICENSED in allowed:
        sv.append(f"{_WHO_SV[Who.LICENSED]} (inte elevhälsa)")
        en.append(f"{_WHO_EN[Who.LICENSED]} (not school health)")
    rest = [w for w in Who if w in allowed and w not in (Who.LICENSED, Who.SCHOOL_HEALTH)]
    sv += [_WHO_SV[w] for w in rest]
    en += [_WHO_EN[w] for w in rest]
    article = "an" if en[0][0] in "aeiouAEIOU" else "a"
    return f"en {_join(sv, 'eller')}", f"{article} {_join(en, 'or')}"


def role_label(profile: Practitioner) -> tuple[str, str]:
    """The user's role in words, Swedish and English: "Skolledare / rektor",
    "Legitimerad yrkesutövare (Läkare), elevhälsa"."""
    sv, en = ROLE_LABELS_SV[profile.role], ROLE_LABELS_EN[profile.role]
    if profile.profession is not None:
        sv += f" ({PROFESSION_LABELS_SV[profile.profession]})"
        en += f" ({PROFESSION_LABELS_EN[profile.profession]})"
    if profile.school_health:
        sv += ", elevhälsa"
        en += ", school health"
    return sv, en


class PermissionDenied(UserError):
    """The user's role may not do this use case; the sentence names the role needed."""

    sv = "Bara {needed_sv} får {what_sv}. Din roll: {role_sv}."
    en = "Only {needed_en} may {what_en}. Your role: {role_en}."


class NoRole(UserError):
    """No profile yet, so no role: only the use cases open to everyone are possible."""

    sv = (
        "Ange din roll först: egenvard profile set --name NAMN --role ROLL "
        "(eller Inställningar → Profil). Bara {needed_sv} får {what_sv}."
    )
    en = (
        "Set your role first: egenvard profile set --name NAME --role ROLE "
        "(or Settings → Profile). Only {needed_en} may {what_en}."
    )


def may(use_case: UseCase, profile: Practitioner | None) -> bool:
    allowed = ALLOWED[use_case]
    if profile is None:
        return allowed == EVERYONE  # nothing role-limited before the user has said who she is
    return who(profile) in allowed


def refusal(use_case: UseCase, profile: Practitioner | None) -> UserError | None:
    """Why this profile may not do this use case, or None when it may."""
    if may(use_case, profile):
        return None
    need_sv, need_en = needed(use_case)
    what = {"what_sv": USE_CASE_LABELS_SV[use_case], "what_en": USE_CASE_LABELS_EN[use_case]}
    if profile is None:
        return NoRole(needed_sv=need_sv, needed_en=need_en, **what)
    role_sv, role_en = role_label(profile)
    return PermissionDenied(needed_sv=need_sv, needed_en=need_en, role_sv=role_sv, role_en=role_en, **what)


def check(use_case: UseCase, profile: Practitioner | None) -> None:
    error = refusal(use_case, profile)
    if error is not None:
        raise error


def why_not(use_case: UseCase, profile: Practitioner | None) -> str:
    """The tooltip of a disabled button: the refusal in the language in force, or ""."""
    error = refusal(use_case, profile)
    return str(error) if error is not None else ""


def check_profile(profile: Practitioner) -> None:
    """A profile the table can place: a licensed professional must say which profession (a
    take-over is only between two of the same). Assessors on old records may lack it."""
    if profile.role is Role.LICENSED and profile.profession is None:
        raise ValidationError(
            "Ange yrke för en legitimerad yrkesutövare (t.ex. sjuksköterska eller läkare).",
            "Give the profession of a licensed professional (for example nurse or physician).",
            "profession",
        )
