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


@cache
def _field_names(cls: type) -> tuple[str, ...] | None:
    """A record type's field names, or None for anything that is not a record (cached: asked
    for every value of every record stored or sent)."""
    return tuple(f.name for f in dataclasses.fields(cls)) if dataclasses.is_dataclass(cls) else None


def to_plain(value: Any) -> Any:
    """A JSON-ready form of a record or value: the one used for storage and for fingerprints."""
    cls = type(value)
    if cls in _SCALARS:
        return value
    names = _field_names(cls)
    if names is not None:
        return {name: to_plain(getattr(value, name)) for name in names}
    if isinstance(value, tuple | list):
        return [to_plain(v) for v in value]
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
    NURSE = "nurse"  # sjuksköterska or other licensed professional (legitimerad yrkesutövare)
    SCHOOL_LEADER = "school_leader"
    UNIT_MANAGER = "unit_manager"
    CASE_OFFICER = "case_officer"
    MAS = "mas"


ROLE_LABELS_SV = {
    Role.NURSE: "Sjuksköterska / legitimerad yrkesutövare",
    Role.SCHOOL_LEADER: "Skolledare / rektor",
    Role.UNIT_MANAGER: "Enhetschef",
    Role.CASE_OFFICER: "Handläggare",
    Role.MAS: "MAS",
}
ROLE_LABELS_EN = {
    Role.NURSE: "Nurse / other licensed professional",
    Role.SCHOOL_LEADER: "School leader / head teacher",
    Role.UNIT_MANAGER: "Unit manager",
    Role.CASE_OFFICER: "Case officer",
    Role.MAS: "MAS (medically responsible nurse)",
}


@dataclass(frozen=True)
class Practitioner:
    """Someone acting in the routine: the assessor, the signer, the reporter, the user."""

    name: str
    title: str = ""  # profession / befattning, e.g. "Distriktssköterska"
    organisation: str = ""
    unit: str = ""
    role: Role = Role.NURSE

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", require(self.name, "Namn", "Name", "name"))
        object.__setattr__(self, "title", clean(self.title))
        object.__setattr__(self, "organisation", clean(self.organisation))
        object.__setattr__(self, "unit", clean(self.unit))
        object.__setattr__(self, "role", Role(self.role))


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
