"""More edges the mutation check found unguarded: coordination numbers, the seven points'
numbers, name splitting, the role table's answers and sentences, text limits, a deviation
crossing borders. Expected values written out by hand."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.errors import ValidationError
from app.models.audit import GENESIS, Head
from app.models.common import Practitioner, Profession, Role, clean
from app.models.deviation import Deviation, Harm, InformedParty
from app.models.identity import PersonalNumber
from app.models.limits import LIST_MAX, NAME_MAX, SHORT_MAX, TEXT_MAX, Label, bounded, escaped
from app.models.person import split_name
from app.models.plan import POINTS, Plan, PlanIncomplete
from app.models.roles import NoRole, PermissionDenied, UseCase, Who, may, needed, refusal, role_label, who

# --- personnummer and samordningsnummer ----------------------------------------------------------


def test_day_60_is_a_personnummer_day_61_a_coordination_number() -> None:
    """A samordningsnummer adds 60 to the day: the 1st becomes 61."""
    coordination = PersonalNumber.parse("19701063-2391")  # born 1970-10-03
    assert coordination.is_coordination is True
    assert coordination.birth_date == date(1970, 10, 3)
    assert coordination.kind_sv == "samordningsnummer"
    person = PersonalNumber.parse("19121212-1212")
    assert person.is_coordination is False
    assert person.birth_date == date(1912, 12, 12)
    assert person.formatted == "19121212-1212"
    assert person.masked == "19121212-****"
    assert "1212-1212" not in repr(person)


def test_a_number_with_letters_gets_the_packages_sentence_not_the_digit_one() -> None:
    with pytest.raises(ValidationError) as letters:
        PersonalNumber.parse("1912121A-1212")
    assert "inte ett giltigt personnummer" in str(letters.value)
    with pytest.raises(ValidationError) as wide:
        PersonalNumber.parse("１９１２１２１２-１２１２")
    assert "siffrorna 0–9" in str(wide.value)


# --- names and texts -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("full", "given", "family"),
    [
        ("Anna Maria Svensson", "Anna Maria", "Svensson"),
        ("Svensson", "Svensson", ""),
        ("  Åsa   Öberg ", "Åsa", "Öberg"),
        ("", "", ""),
    ],
)
def test_split_name(full: str, given: str, family: str) -> None:
    assert split_name(full) == (given, family)


def test_limits_as_written() -> None:
    assert (NAME_MAX, SHORT_MAX, TEXT_MAX, LIST_MAX) == (200, 200, 10_000, 50)


def test_text_at_the_limit_passes_one_over_is_refused() -> None:
    label = Label("Anteckning", "Note", "notes")
    assert len(clean("a" * TEXT_MAX, label)) == TEXT_MAX
    with pytest.raises(ValidationError) as over:
        clean("a" * (TEXT_MAX + 1), label)
    assert over.value.field == "notes"
    assert "10 000" in str(over.value) or "10000" in str(over.value)


def test_list_at_the_limit_passes_one_over_is_refused() -> None:
    label = Label("Parter", "Parties", "parties")
    assert len(bounded(range(LIST_MAX), label)) == LIST_MAX
    with pytest.raises(ValidationError) as over:
        bounded(range(LIST_MAX + 1), label)
    assert over.value.field == "parties"


def test_escaped_writes_control_and_direction_characters_as_codes() -> None:
    assert escaped("Anna\x1b[2J") == "Anna\\u001b[2J"
    assert escaped("a\u202eb") == "a\\u202eb"
    assert escaped("Åsa Öberg") == "Åsa Öberg"
    assert escaped("rad 1\nrad 2", keep="\n") == "rad 1\nrad 2"


# --- the seven points ----------------------------------------------------------------------------


def test_the_seven_points_are_numbered_one_to_seven() -> None:
    assert list(POINTS) == [1, 2, 3, 4, 5, 6, 7]
    assert POINTS[7][0] == "datum för omprövning av egenvårdsbedömningen"


@pytest.mark.parametrize(
    ("filled", "missing"),
    [
        ({}, [1, 2, 3, 4, 5, 6, 7]),
        ({"measure": "Insulin"}, [2, 3, 4, 5, 6, 7]),
        ({"performer": "Kim"}, [1, 2, 3, 4, 5, 6, 7]),  # a performer without the mode: point 2 open
        ({"instruction_by": "Eva"}, [1, 2, 3, 4, 5, 6, 7]),  # point 3 needs both who and how
        ({"instruction_by": "Eva", "instruction_how": "Visar"}, [1, 2, 4, 5, 6, 7]),
        ({"on_harm": "Ring 112"}, [1, 2, 3, 5, 6, 7]),
        ({"on_change": "Ring sjuksköterskan"}, [1, 2, 3, 4, 6, 7]),
        ({"follow_up": "Om tre månader"}, [1, 2, 3, 4, 5, 7]),
        ({"reassessment_on": date(2027, 1, 1)}, [1, 2, 3, 4, 5, 6]),
    ],
)
def test_missing_points(filled: dict, missing: list[int]) -> None:
    assert Plan("p", "a", **filled).missing_points() == missing


def test_plan_incomplete_names_each_missing_point() -> None:
    error = PlanIncomplete([2, 7])
    assert error.missing == [2, 7]
    assert "2. om personen själv" in str(error)
    assert "7. datum för omprövning" in str(error)
    assert "1. vilken" not in str(error)


# --- roles ----------------------------------------------------------------------------------------

NURSE = Practitioner("Anna Berg", "Distriktssköterska", role=Role.LICENSED, profession=Profession.NURSE)
SCHOOL_NURSE = Practitioner("Sofia Ek", "Skolsköterska", role=Role.LICENSED, school_health=True)
RECTOR = Practitioner("Rut Rektor", "Rektor", role=Role.SCHOOL_LEADER, school_health=True)
OFFICER = Practitioner("Hans Handläggare", role=Role.CASE_OFFICER)


def test_who_splits_the_licensed_by_elevhalsa() -> None:
    assert who(NURSE) is Who.LICENSED
    assert who(SCHOOL_NURSE) is Who.SCHOOL_HEALTH
    assert who(RECTOR) is Who.SCHOOL_LEADER  # elevhälsa describes a licensed professional only
    assert RECTOR.school_health is False
    assert who(OFFICER) is Who.CASE_OFFICER


def test_may_and_refusal() -> None:
    assert may(UseCase.SIGN, NURSE) is True
    assert may(UseCase.SIGN, SCHOOL_NURSE) is False
    assert may(UseCase.DEVIATION, RECTOR) is True
    assert may(UseCase.BISTAND, OFFICER) is True
    assert may(UseCase.BISTAND, NURSE) is False
    assert may(UseCase.DISPUTE, None) is True  # open to everyone, even before a profile
    assert may(UseCase.SIGN, None) is False
    assert refusal(UseCase.SIGN, NURSE) is None
    assert isinstance(refusal(UseCase.SIGN, None), NoRole)
    assert isinstance(refusal(UseCase.SIGN, RECTOR), PermissionDenied)


def test_the_sentences_name_the_role_needed_and_the_users_role() -> None:
    assert needed(UseCase.SIGN) == (
        "en legitimerad yrkesutövare (inte elevhälsa)",
        "a licensed professional (not school health)",
    )
    assert needed(UseCase.BISTAND) == ("en biståndshandläggare", "a needs assessment officer")
    assert str(refusal(UseCase.SIGN, RECTOR)) == (
        "Bara en legitimerad yrkesutövare (inte elevhälsa) får signera en plan. Din roll: Skolledare / rektor."
    )


def test_role_label_adds_profession_and_elevhalsa() -> None:
    assert role_label(NURSE)[0] == "Legitimerad yrkesutövare (Sjuksköterska / distriktssköterska)"
    assert role_label(SCHOOL_NURSE)[0].endswith(", elevhälsa")
    assert role_label(SCHOOL_NURSE)[1].endswith(", school health")
    assert role_label(OFFICER) == ("Biståndshandläggare", "Needs assessment officer (bistånd)")


# --- deviations across borders, the audit head --------------------------------------------------


def _deviation(reporter_org: str, *parties: str) -> Deviation:
    return Deviation(
        "p",
        occurred_at=datetime(2026, 3, 10, 8, 0),
        location="Skolan",
        description="Dosen glömdes",
        reporter="Rut Rektor",
        reporter_organisation=reporter_org,
        harm=Harm.NONE,
        parties=tuple(InformedParty(o) for o in parties),
    )


def test_a_deviation_crosses_borders_with_two_organisations() -> None:
    assert _deviation("Växjö kommun").crosses_borders is False
    assert _deviation("Växjö kommun", "Växjö kommun").crosses_borders is False
    assert _deviation("Växjö kommun", "Region Kronoberg").crosses_borders is True
    assert _deviation("", "Region Kronoberg").crosses_borders is False


def test_an_empty_log_has_an_empty_head() -> None:
    assert Head(0, GENESIS).empty is True
    assert Head(1, "a" * 64).empty is False
    count, digest = Head(3, "b" * 64)
    assert (count, digest) == (3, "b" * 64)


# --- who the bistånd form proposes as handläggare -------------------------------------------------


def test_only_a_case_officer_is_proposed_as_the_one_who_decided() -> None:
    from app.models.records import case_officer_default

    assert case_officer_default(Practitioner("Hans Handläggare", role=Role.CASE_OFFICER)) == "Hans Handläggare"
    assert case_officer_default(Practitioner("Eva Lind", role=Role.LICENSED)) == ""
    assert case_officer_default(None) == ""
