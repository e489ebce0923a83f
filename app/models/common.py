"""Small values shared by several records: ids, people who act, consent, date helpers."""

from __future__ import annotations

import dataclasses
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum, StrEnum
from functools import cache
from typing import Any

from app.errors import ValidationError
from app.models.limits import TEXT_MAX, Label, check_length, check_text
from app.models.org_ids import checked_hsa_id


def new_id() -> str:
    """A globally unique record id, so records from the region and a municipality never clash."""
    return str(uuid.uuid4())


def now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


ANY_TEXT = Label("En text", "A text", "")


def clean(text: str | None, label: Label = ANY_TEXT, limit: int = TEXT_MAX) -> str:
    """NFC-normalise and trim: the same name typed on two keyboards compares equal. Free text is
    bounded and holds no control or direction-overriding characters (`app.models.limits`);
    a caller that knows the field passes its label, so the refusal names it."""
    text = text or ""
    if len(text) > 4 * limit:  # refused before normalising 50 MB (NFC shrinks text by < 4×)
        check_length(text, label, limit)
    return check_text(unicodedata.normalize("NFC", text).strip(), label, limit)


_SCALARS = frozenset({str, int, float, bool, type(None)})


# Hash versions. Everything computed from a record's plain form (the content hash partners
# compare at import, the fingerprints printed on sealed PDFs, FHIR resource ids) must stay the
# same for a record that does not use a field added later. Such a field is declared with
# `later(default, version)` and left out of the plain form while it holds its default; set, it
# is there like any field (a real change). Version 1: every field before 2026-11. Version 2:
# Practitioner.hsa_id.
HASH_VERSION = 2


def later(default: Any, version: int) -> Any:
    """A field added in hash version `version` (> 1): absent from the plain form at `default`."""
    return dataclasses.field(default=default, metadata={"hash_version": version})


@cache
def _field_names(cls: type) -> tuple[str, ...] | None:
    """A record type's field names, or None for anything that is not a record (cached: asked
    for every value of every record stored or sent)."""
    return tuple(f.name for f in dataclasses.fields(cls)) if dataclasses.is_dataclass(cls) else None


@cache
def _later_fields(cls: type) -> tuple[tuple[str, Any], ...]:
    """(name, default) of the fields a record type gained after hash version 1."""
    return tuple((f.name, f.default) for f in dataclasses.fields(cls) if f.metadata.get("hash_version", 1) > 1)


def to_plain(value: Any) -> Any:
    """A JSON-ready form of a record or value: the one used for storage and for fingerprints.
    A 10 000-plan export makes 1.4 million of these values: text, numbers and None (most of
    them) are taken as they are without a call of their own."""
    cls = type(value)
    if cls in _SCALARS:
        return value
    names = _field_names(cls)
    if names is not None:
        plain = {}
        for name in names:
            v = getattr(value, name)
            plain[name] = v if type(v) in _SCALARS else to_plain(v)
        for name, default in _later_fields(cls):
            if plain[name] == default:
                del plain[name]
        return plain
    if isinstance(value, tuple | list):
        return [v if type(v) in _SCALARS else to_plain(v) for v in value]
    if isinstance(value, Enum):
        return value._value_  # the attribute itself: `.value` is a slow descriptor
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def require(value: str, sv: str, en: str, field: str, limit: int = TEXT_MAX) -> str:
    value = clean(value, Label(sv, en, field), limit)
    if not value:
        raise ValidationError(f"{sv} måste fyllas i.", f"{en} is required.", field)
    return value


class Role(StrEnum):
    """What the user is in the routine; `app.models.roles` says what each may do.

    The licensed professional keeps the stored value "nurse" (profiles and assessors saved
    before professions existed say so) and is told apart by `Practitioner.profession`."""

    LICENSED = "nurse"  # legitimerad yrkesutövare; which one is the profession
    NURSE = "nurse"  # the old name, an alias of LICENSED for code and tests that say it
    SCHOOL_LEADER = "school_leader"
    UNIT_MANAGER = "unit_manager"
    CASE_OFFICER = "case_officer"
    MAS = "mas"


ROLE_LABELS_SV = {
    Role.LICENSED: "Legitimerad yrkesutövare",
    Role.SCHOOL_LEADER: "Skolledare / rektor",
    Role.UNIT_MANAGER: "Verksamhetsansvarig chef / enhetschef",
    Role.CASE_OFFICER: "Biståndshandläggare",
    Role.MAS: "MAS / administratör",
}
ROLE_LABELS_EN = {
    Role.LICENSED: "Licensed professional",
    Role.SCHOOL_LEADER: "School leader / head teacher",
    Role.UNIT_MANAGER: "Manager in charge / unit manager",
    Role.CASE_OFFICER: "Needs assessment officer (bistånd)",
    Role.MAS: "MAS (medically responsible nurse) / administrator",
}

_ROLE_IN_LOG = {
    Role.LICENSED: "legitimerad yrkesutövare",
    Role.SCHOOL_LEADER: "skolledare/rektor",
    Role.UNIT_MANAGER: "verksamhetsansvarig chef/enhetschef",
    Role.CASE_OFFICER: "biståndshandläggare",
    Role.MAS: "MAS/administratör",
}


class Profession(StrEnum):
    """The licensed profession (legitimationsyrke) of a licensed professional: a take-over of
    responsibility is only between two of the same profession (002)."""

    NURSE = "nurse"  # sjuksköterska, distriktssköterska, skolsköterska
    PHYSICIAN = "physician"
    PHYSIOTHERAPIST = "physiotherapist"
    OCCUPATIONAL_THERAPIST = "occupational_therapist"
    DIETITIAN = "dietitian"
    SPEECH_THERAPIST = "speech_therapist"
    MIDWIFE = "midwife"
    OTHER = "other"


PROFESSION_LABELS_SV = {
    Profession.NURSE: "Sjuksköterska / distriktssköterska",
    Profession.PHYSICIAN: "Läkare",
    Profession.PHYSIOTHERAPIST: "Fysioterapeut",
    Profession.OCCUPATIONAL_THERAPIST: "Arbetsterapeut",
    Profession.DIETITIAN: "Dietist",
    Profession.SPEECH_THERAPIST: "Logoped",
    Profession.MIDWIFE: "Barnmorska",
    Profession.OTHER: "Annan legitimerad yrkesutövare",
}
PROFESSION_LABELS_EN = {
    Profession.NURSE: "Nurse / district nurse",
    Profession.PHYSICIAN: "Physician",
    Profession.PHYSIOTHERAPIST: "Physiotherapist",
    Profession.OCCUPATIONAL_THERAPIST: "Occupational therapist",
    Profession.DIETITIAN: "Dietitian",
    Profession.SPEECH_THERAPIST: "Speech and language therapist",
    Profession.MIDWIFE: "Midwife",
    Profession.OTHER: "Other licensed professional",
}

# Title words that name a profession, for profiles and assessors saved before the profession
# was asked (their title, e.g. "Distriktssköterska", is all they say).
_TITLE_WORDS = (
    ("sköterska", Profession.NURSE),
    ("läkare", Profession.PHYSICIAN),
    ("fysioterapeut", Profession.PHYSIOTHERAPIST),
    ("sjukgymnast", Profession.PHYSIOTHERAPIST),
    ("arbetsterapeut", Profession.OCCUPATIONAL_THERAPIST),
    ("dietist", Profession.DIETITIAN),
    ("logoped", Profession.SPEECH_THERAPIST),
    ("barnmorska", Profession.MIDWIFE),
)


def profession_from_title(title: str) -> Profession | None:
    lowered = title.casefold()
    return next((p for word, p in _TITLE_WORDS if word in lowered), None)


def _flag(value: object) -> bool:
    """A yes/no that may come back as text (profiles stored as strings, FHIR valueString)."""
    if isinstance(value, str):
        return value.strip().casefold() in ("true", "1", "yes", "ja")
    return bool(value)


@dataclass(frozen=True)
class Practitioner:
    """Someone acting in the routine: the assessor, the signer, the reporter, the user."""

    name: str
    title: str = ""  # befattning as the person writes it, e.g. "Distriktssköterska"
    organisation: str = ""
    unit: str = ""
    role: Role = Role.LICENSED
    profession: Profession | None = None  # only for a licensed professional
    school_health: bool = False  # works in elevhälsans medicinska insats (licensed only)
    hsa_id: str = later("", 2)  # optional, in the national HSA catalogue (e.g. SE2321000131-P000000123457)

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", require(self.name, "Namn", "Name", "name"))
        object.__setattr__(self, "hsa_id", checked_hsa_id(self.hsa_id))
        object.__setattr__(self, "title", clean(self.title))
        object.__setattr__(self, "organisation", clean(self.organisation))
        object.__setattr__(self, "unit", clean(self.unit))
        object.__setattr__(self, "role", Role(self.role))
        licensed = self.role is Role.LICENSED
        profession = Profession(self.profession) if self.profession else None
        if licensed and profession is None:
            profession = profession_from_title(self.title)
        # A profession and elevhälsa describe a licensed professional only: a rektor who is
        # a nurse by training acts here as rektor.
        object.__setattr__(self, "profession", profession if licensed else None)
        object.__setattr__(self, "school_health", licensed and _flag(self.school_health))

    @property
    def role_text(self) -> str:
        """The role in words for the audit log (always Swedish: the log is a record)."""
        text = _ROLE_IN_LOG[self.role]
        return f"{text}, elevhälsa" if self.school_health else text

    @property
    def actor(self) -> str:
        """ "Anna Berg, Distriktssköterska (legitimerad yrkesutövare)": who acted, in what role."""
        who = f"{self.name}, {self.title}" if self.title else self.name
        return f"{who} ({self.role_text})"


class ConsentGiver(StrEnum):
    PERSON = "person"  # the person (or an adult pupil)
    GUARDIAN = "guardian"  # vårdnadshavare, for a child
    REPRESENTATIVE = "representative"  # god man / förvaltare / other legal representative


class ConsentForm(StrEnum):
    WRITTEN = "written"
    VERBAL = "verbal"


@dataclass(frozen=True)
class Consent:
    """Recorded samtycke: who gave it, in what capacity, when and how."""

    given_by: str
    giver: ConsentGiver
    given_on: date
    form: ConsentForm = ConsentForm.WRITTEN
    scope: str = ""  # what it covers, e.g. "kopia till skolan"

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "given_by", require(self.given_by, "Vem som gav samtycket", "Who gave consent", "consent")
        )
        object.__setattr__(self, "giver", ConsentGiver(self.giver))
        object.__setattr__(self, "form", ConsentForm(self.form))
        object.__setattr__(self, "scope", clean(self.scope))
