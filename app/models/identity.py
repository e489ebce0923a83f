"""Swedish personal identity and coordination numbers, validated by the `personnummer` package."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from personnummer import personnummer as _pnr

from app.errors import ValidationError
from app.models.limits import IDENTIFIER_MAX, Label, check_name, enforced

NUMBER = Label("Personnummer", "Personal identity number", "personnummer")
EARLIEST_BIRTH = date(1890, 1, 1)
# What a number may be written with: ASCII digits, the hyphen, and "+" for someone over 100.
# Python's int() and the package's \d also take Arabic-Indic or full-width digits, and the same
# person would then be stored under two different texts.
_WRITTEN = re.compile(r"[0-9+\-]+")


@dataclass(frozen=True)
class PersonalNumber:
    """A validated personnummer or samordningsnummer, kept as 12 digits (YYYYMMDDNNNC)."""

    digits: str

    @classmethod
    def parse(cls, text: str, today: date | None = None) -> PersonalNumber:
        raw = (text or "").strip().replace(" ", "")
        _check_written(raw)
        try:
            parsed = _pnr.Personnummer(raw)
        except Exception:  # the package raises its own exception types and ValueError
            raise ValidationError(
                f"”{raw}” är inte ett giltigt personnummer eller samordningsnummer "
                "(kontrollera datum och kontrollsiffra).",
                f"“{raw}” is not a valid Swedish personal identity or coordination number "
                "(check the date and the check digit).",
                "personnummer",
            ) from None
        number = cls(parsed.format(long_format=True))
        if enforced():
            number._check_birth_date(today or date.today())
        return number

    def _check_birth_date(self, today: date) -> None:
        born = self.birth_date
        if born > today:
            raise ValidationError(
                f"Födelsedatumet i {self._definite_sv} ({born.isoformat()}) ligger i framtiden.",
                f"The birth date in the number ({born.isoformat()}) is in the future.",
                NUMBER.key,
            )
        if born < EARLIEST_BIRTH:
            raise ValidationError(
                f"Födelsedatumet i {self._definite_sv} ({born.isoformat()}) är före 1890; kontrollera århundradet.",
                f"The birth date in the number ({born.isoformat()}) is before 1890; check the century.",
                NUMBER.key,
            )

    @property
    def is_coordination(self) -> bool:
        return int(self.digits[6:8]) > 60

    @property
    def birth_date(self) -> date:
        day = int(self.digits[6:8])
        return date(int(self.digits[0:4]), int(self.digits[4:6]), day - 60 if day > 60 else day)

    @property
    def formatted(self) -> str:
        """The way it is written on forms: YYYYMMDD-NNNN."""
        return f"{self.digits[:8]}-{self.digits[8:]}"

    @property
    def masked(self) -> str:
        """Shown in lists for protected identity: the birth date only, no serial."""
        return f"{self.digits[:8]}-****"

    @property
    def kind_sv(self) -> str:
        return "samordningsnummer" if self.is_coordination else "personnummer"

    @property
    def _definite_sv(self) -> str:
        return "samordningsnumret" if self.is_coordination else "personnumret"

    def __str__(self) -> str:
        return self.formatted

    def __repr__(self) -> str:
        # Reprs end up in logs and tracebacks: never the full number there.
        return f"PersonalNumber({self.masked!r})"


def _check_written(raw: str) -> None:
    """Refused before the package sees it: too long, control characters, digits other than 0–9."""
    check_name(raw, NUMBER, IDENTIFIER_MAX)
    if _WRITTEN.fullmatch(raw) or not raw or not enforced():
        return
    if any(ch.isdigit() for ch in raw if ch not in "0123456789"):  # letters: the package's sentence
        raise ValidationError(
            "Personnumret ska skrivas med siffrorna 0–9; andra siffror (till exempel arabiska "
            "eller breda siffror) tas inte emot.",
            "The personal identity number must be written with the digits 0–9; other digits "
            "(such as Arabic-Indic or full-width ones) are not accepted.",
            NUMBER.key,
        )


def age_on(birth: date, today: date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
