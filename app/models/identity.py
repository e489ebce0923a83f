"""Swedish personal identity and coordination numbers, validated by the `personnummer` package."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from personnummer import personnummer as _pnr

from app.errors import ValidationError


@dataclass(frozen=True)
class PersonalNumber:
    """A validated personnummer or samordningsnummer, kept as 12 digits (YYYYMMDDNNNC)."""

    digits: str

    @classmethod
    def parse(cls, text: str) -> PersonalNumber:
        raw = (text or "").strip().replace(" ", "")
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
        return cls(parsed.format(long_format=True))

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

    def __str__(self) -> str:
        return self.formatted

    def __repr__(self) -> str:
        # Reprs end up in logs and tracebacks: never the full number there.
        return f"PersonalNumber({self.masked!r})"


def age_on(birth: date, today: date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
