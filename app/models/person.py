"""The person the plans are about, with guardians and contacts."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from app.models.common import clean, new_id, now, require
from app.models.identity import PersonalNumber, age_on
from app.models.limits import NAME_MAX, SHORT_MAX, Label, bounded, check_name

ADULT_AGE = 18
GUARDIANS = Label("Vårdnadshavare", "Guardians", "guardian")
CONTACTS = Label("Kontakter", "Contacts", "contact")


def name(value: str, sv: str, en: str, key: str) -> str:
    """A required name: at most NAME_MAX characters, one line, no control or bidi characters
    (checked before normalising, so a 50 MB name is refused at once)."""
    label = Label(sv, en, key)
    return check_name(require(value, sv, en, key, NAME_MAX), label)


def short(value: str, sv: str, en: str, key: str) -> str:
    """An optional one-line value (phone, e-mail, unit, relation)."""
    label = Label(sv, en, key)
    return check_name(clean(value, label, SHORT_MAX), label, SHORT_MAX)


@dataclass(frozen=True)
class Guardian:
    name: str
    phone: str = ""
    email: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", name(self.name, "Vårdnadshavarens namn", "Guardian name", "guardian"))
        object.__setattr__(self, "phone", short(self.phone, "Vårdnadshavarens telefon", "Guardian phone", "guardian"))
        object.__setattr__(self, "email", short(self.email, "Vårdnadshavarens e-post", "Guardian e-mail", "guardian"))


@dataclass(frozen=True)
class Contact:
    name: str
    relation: str = ""  # e.g. "närstående", "god man", "kontaktperson skola"
    phone: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", name(self.name, "Kontaktens namn", "Contact name", "contact"))
        object.__setattr__(self, "relation", short(self.relation, "Kontaktens relation", "Contact relation", "contact"))
        object.__setattr__(self, "phone", short(self.phone, "Kontaktens telefon", "Contact phone", "contact"))


@dataclass(frozen=True)
class Person:
    given_name: str
    family_name: str
    number: PersonalNumber
    protected_identity: bool = False
    unit: str = ""  # school, förskola or care unit the person belongs to
    guardians: tuple[Guardian, ...] = ()
    contacts: tuple[Contact, ...] = ()
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=now)
    updated_at: datetime = field(default_factory=now)

    def __post_init__(self) -> None:
        object.__setattr__(self, "given_name", name(self.given_name, "Förnamn", "Given name", "given_name"))
        object.__setattr__(self, "family_name", name(self.family_name, "Efternamn", "Family name", "family_name"))
        object.__setattr__(self, "unit", short(self.unit, "Skola eller enhet", "School or unit", "unit"))
        object.__setattr__(self, "guardians", bounded(self.guardians, GUARDIANS))
        object.__setattr__(self, "contacts", bounded(self.contacts, CONTACTS))

    @property
    def name(self) -> str:
        return f"{self.given_name} {self.family_name}"

    @property
    def birth_date(self) -> date:
        return self.number.birth_date

    def age(self, today: date) -> int:
        return age_on(self.birth_date, today)

    def is_child(self, today: date) -> bool:
        return self.age(today) < ADULT_AGE

    @property
    def shown_number(self) -> str:
        """The number as lists show it: masked for protected identity."""
        return self.number.masked if self.protected_identity else self.number.formatted

    def edited(self, **changes: object) -> Person:
        return replace(self, **changes, updated_at=now())


def split_name(full_name: str) -> tuple[str, str]:
    """'Anna Maria Svensson' -> ('Anna Maria', 'Svensson'); a single word is a family name only."""
    # Not checked here: the two parts are, by Person, each naming its own field and limit.
    parts = unicodedata.normalize("NFC", full_name or "").split()
    if len(parts) < 2:
        return (parts[0] if parts else "", "")
    return " ".join(parts[:-1]), parts[-1]
