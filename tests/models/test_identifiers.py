"""Identifiers checked by the models, expected answers worked out by hand: the organisation's
organisationsnummer (Luhn over ten digits) and HSA-id, and the length of a typed personnummer."""

from __future__ import annotations

import pytest

from app.errors import ValidationError
from app.models.identity import PersonalNumber
from app.models.org_ids import OrgIds


def test_no_identifiers_at_all_is_allowed() -> None:
    assert OrgIds() == OrgIds("", "")


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        # 2·2 + 1 + 2·2 + 0 + 0 + 0 + 0 + 6 + (2·6 = 12 → 1 + 2) + 2 = 20: divisible by 10.
        ("212000-0662", "2120000662"),
        # A 5 in a doubled place: 2·5 = 10 counts as 1 + 0 (not 10): 1+5+3+0+6+6+0+7+9+3 = 40.
        ("556036-0793", "5560360793"),
        ("556036 0793", "5560360793"),
    ],
)
def test_a_valid_organisationsnummer_is_kept_as_ten_digits(typed: str, kept: str) -> None:
    assert OrgIds(org_number=typed).org_number == kept


@pytest.mark.parametrize("typed", ["212000-0663", "556036-0794", "21200006", "212000-066X"])
def test_a_wrong_check_digit_or_length_is_refused(typed: str) -> None:
    with pytest.raises(ValidationError) as refused:
        OrgIds(org_number=typed)
    assert str(refused.value) == "Organisationsnumret ska vara tio siffror (NNNNNN-NNNN) med rätt kontrollsiffra."


def test_an_hsa_id_is_kept_in_capitals_and_a_malformed_one_refused() -> None:
    assert OrgIds(hsa_id="se2321000131-p000000123457").hsa_id == "SE2321000131-P000000123457"
    with pytest.raises(ValidationError) as refused:
        OrgIds(hsa_id="SE232100013-P1")  # nine digits
    assert str(refused.value).startswith("HSA-id ska se ut som SE2321000131-P000000123457")


def test_a_typed_personnummer_of_41_characters_is_refused_for_its_length() -> None:
    with pytest.raises(ValidationError) as refused:
        PersonalNumber.parse("19850709-9805" + "-" * 28)  # 13 + 28 = 41 (spaces are dropped first)
    assert str(refused.value) == "Personnummer: högst 40 tecken (nu 41)."


def test_a_licensed_profile_names_its_profession_and_other_roles_need_none() -> None:
    from app.models.common import Practitioner, Profession, Role
    from app.models.roles import check_profile

    check_profile(Practitioner("Eva Lind", "Rektor", "Växjö kommun", "Ängsskolan", Role.SCHOOL_LEADER))
    check_profile(Practitioner("Eva Lind", "Sjuksköterska", "Region Kronoberg", "", Role.LICENSED, Profession.NURSE))
    with pytest.raises(ValidationError) as refused:
        check_profile(Practitioner("Eva Lind", "Samordnare", "Region Kronoberg", "", Role.LICENSED))  # no profession
    assert str(refused.value) == "Ange yrke för en legitimerad yrkesutövare (t.ex. sjuksköterska eller läkare)."
