"""The organisation's Swedish identifiers, both optional: its HSA-id (the national catalogue of
care providers, e.g. SE2321000131-P000000123457) and its organisationsnummer (10 digits, the
last a Luhn check digit; a municipality's begins 212000). Written on the Organization of a
bundle with HL7 Sweden's identifier systems."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.errors import ValidationError

_HSA = re.compile(r"SE\d{10}-[A-Za-z0-9]{1,31}")


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def checked_hsa_id(text: str | None) -> str:
    """An HSA-id as written on a bundle (upper case), or "" for none; the organisation's and a
    practitioner's alike."""
    hsa = (text or "").strip().upper()
    if hsa and not _HSA.fullmatch(hsa):
        raise ValidationError(
            "HSA-id ska se ut som SE2321000131-P000000123457 (SE, tio siffror, bindestreck, tecken).",
            "An HSA-id looks like SE2321000131-P000000123457 (SE, ten digits, a hyphen, characters).",
            "hsa_id",
        )
    return hsa


@dataclass(frozen=True)
class OrgIds:
    hsa_id: str = ""
    org_number: str = ""  # 10 digits, no hyphen

    def __post_init__(self) -> None:
        hsa = checked_hsa_id(self.hsa_id)
        number = (self.org_number or "").strip().replace("-", "").replace(" ", "")
        if number and (not re.fullmatch(r"\d{10}", number) or not _luhn_ok(number)):
            raise ValidationError(
                "Organisationsnumret ska vara tio siffror (NNNNNN-NNNN) med rätt kontrollsiffra.",
                "The organisationsnummer is ten digits (NNNNNN-NNNN) with a valid check digit.",
                "org_number",
            )
        object.__setattr__(self, "hsa_id", hsa)
        object.__setattr__(self, "org_number", number)
