"""Inputs a person record refuses, each with a sentence naming the field (issue 9, items 9–10):
other digits than 0–9, birth dates outside 1890…today, control and direction characters, and
names, texts and lists beyond the limits in app/models/limits.py."""

from __future__ import annotations

import re
from datetime import date

import pytest

from app.errors import ValidationError
from app.i18n import set_language
from app.models.common import require
from app.models.identity import PersonalNumber
from app.models.limits import stored_records
from app.models.person import Contact, Guardian, Person

NUMBER = PersonalNumber.parse("19121212-1212")


def refused(make, match: str) -> ValidationError:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError, match=match) as caught:
        make()
    return caught.value


class TestDigits:
    @pytest.mark.parametrize(
        "text",
        [
            "١٩١٢١٢١٢-١٢١٢",  # Arabic-Indic digits
            "۱۹۱۲۱۲۱۲-۱۲۱۲",  # Extended Arabic-Indic (Persian) digits
            "１９１２１２１２-１２１２",  # full-width digits
            "19121212-121２",  # one full-width digit among ASCII ones
        ],
    )
    def test_other_digits_are_refused_in_words(self, text: str) -> None:
        err = refused(lambda: PersonalNumber.parse(text), "ska skrivas med siffrorna 0–9")
        assert err.field == "personnummer"

    def test_english_sentence(self) -> None:
        set_language("en")
        try:
            refused(lambda: PersonalNumber.parse("１９１２１２１２-１２１２"), "must be written with the digits 0–9")
        finally:
            set_language("sv")

    def test_ascii_form_still_parses(self) -> None:
        assert PersonalNumber.parse(" 19121212-1212 ").digits == "191212121212"


class TestBirthDate:
    def test_future_birth_date_is_refused(self) -> None:
        err = refused(
            lambda: PersonalNumber.parse("20990101-1230", today=date(2026, 11, 29)),
            r"Födelsedatumet i personnumret \(2099-01-01\) ligger i framtiden",
        )
        assert err.field == "personnummer"

    def test_tomorrow_is_the_future_today_is_not(self) -> None:
        refused(lambda: PersonalNumber.parse("20990101-1230", today=date(2098, 12, 31)), "ligger i framtiden")
        assert PersonalNumber.parse("20990101-1230", today=date(2099, 1, 1)).birth_date == date(2099, 1, 1)

    def test_before_1890_is_refused(self) -> None:
        refused(lambda: PersonalNumber.parse("18890101-1232"), r"\(1889-01-01\) är före 1890")

    def test_1890_is_accepted(self) -> None:
        assert PersonalNumber.parse("18900101-1239").birth_date == date(1890, 1, 1)


class TestCharacters:
    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("Anna\x1b[2J", "U+001B"),  # ESC: clears a terminal
            ("Anna\x07", "U+0007"),  # BEL
            ("An\x00na", "U+0000"),  # NUL
            ("An\x85na", "U+0085"),  # C1: next line (trimmed at the ends like a space)
            ("\u202eannA", "U+202E"),  # right-to-left override
            ("Anna\u2067x", "U+2067"),  # right-to-left isolate
            ("Anna\u200f", "U+200F"),  # right-to-left mark
            ("Anna\nMaria", "U+000A"),  # a name is one line
        ],
    )
    def test_given_name(self, text: str, code: str) -> None:
        err = refused(
            lambda: Person(text, "Svensson", NUMBER),
            "Förnamn: får inte innehålla styrtecken eller tecken som vänder textriktningen "
            f"\\(som {re.escape(code)}\\)",
        )
        assert err.field == "given_name"

    def test_family_guardian_contact_and_number(self) -> None:
        refused(lambda: Person("Anna", "Svens\x1bson", NUMBER), "^Efternamn: får inte innehålla styrtecken")
        refused(lambda: Guardian("Per\u202e"), "^Vårdnadshavarens namn: får inte")
        refused(lambda: Guardian("Per", phone="070\x07"), "^Vårdnadshavarens telefon: får inte")
        refused(lambda: Contact("Ola", relation="god\x1bman"), "^Kontaktens relation: får inte")
        refused(lambda: PersonalNumber.parse("19121212-1212\x1b"), "^Personnummer: får inte innehålla styrtecken")
        refused(lambda: PersonalNumber.parse("\u202e19121212-1212"), r"^Personnummer: .*U\+202E")

    def test_free_text_keeps_lines_and_tabs_but_not_escape(self) -> None:
        assert require("rad ett\n\trad två", "Vad som hände", "What happened", "description") == "rad ett\n\trad två"
        refused(
            lambda: require("rad\x1b[31m", "Vad som hände", "What happened", "description"),
            r"^Vad som hände: får inte innehålla styrtecken .*U\+001B",
        )

    def test_ordinary_names_pass(self) -> None:
        person = Person(" Åsa-Märta ", "O'Neill Björk", NUMBER, unit="Skola 1")
        assert (person.given_name, person.family_name) == ("Åsa-Märta", "O'Neill Björk")


class TestLimits:
    def test_a_10000_character_name_is_refused_naming_field_and_limit(self) -> None:
        err = refused(lambda: Person("A" * 10_000, "B", NUMBER), r"^Förnamn: högst 200 tecken \(nu 10 000\)\.$")
        assert err.field == "given_name"

    def test_200_characters_is_the_longest_name(self) -> None:
        assert len(Person("A" * 200, "B" * 200, NUMBER).given_name) == 200
        refused(lambda: Person("A", "B" * 201, NUMBER), r"^Efternamn: högst 200 tecken \(nu 201\)")

    def test_a_50_mb_given_name_is_refused_at_once(self) -> None:
        refused(lambda: Person("x" * 50_000_000, "B", NUMBER), r"^Förnamn: högst 200 tecken \(nu 50 000 000\)")

    def test_english_limit_sentence(self) -> None:
        set_language("en")
        try:
            refused(lambda: Person("A" * 201, "B", NUMBER), r"^Given name: at most 200 characters \(now 201\)\.$")
        finally:
            set_language("sv")

    def test_free_text_limit(self) -> None:
        assert len(require("x" * 10_000, "Vad som hände", "What happened", "description")) == 10_000
        refused(
            lambda: require("x" * 10_001, "Vad som hände", "What happened", "description"),
            r"^Vad som hände: högst 10 000 tecken \(nu 10 001\)",
        )

    def test_list_lengths(self) -> None:
        fifty = tuple(Guardian(f"Vårdnadshavare {i}") for i in range(50))
        assert len(Person("A", "B", NUMBER, guardians=fifty).guardians) == 50
        refused(
            lambda: Person("A", "B", NUMBER, guardians=(*fifty, Guardian("En till"))),
            r"^Vårdnadshavare: högst 50 rader \(nu 51\)",
        )
        many = tuple(Contact(f"Kontakt {i}") for i in range(51))
        refused(lambda: Person("A", "B", NUMBER, contacts=many), r"^Kontakter: högst 50 rader \(nu 51\)")

    def test_a_stored_record_beyond_a_limit_is_revived_as_it_is(self) -> None:
        with stored_records():
            old = Person("A" * 10_000, "Svens\x1bson", NUMBER, guardians=tuple(Guardian("G") for _ in range(60)))
        assert len(old.given_name) == 10_000 and len(old.guardians) == 60
        # … and outside, changing it applies the limits again.
        refused(lambda: old.edited(unit="Skola 2"), "^Förnamn: högst 200 tecken")


def test_hazards_and_parties_are_bounded() -> None:
    from app.models.assessment import Consequence, Hazard, Likelihood, RiskAnalysis
    from app.models.dispute import Dispute

    hazard = Hazard("Fel dos", Likelihood.UNLIKELY, Consequence.MODERATE, "Dubbelkontroll")
    assert len(RiskAnalysis((hazard,) * 50, "Säkert").hazards) == 50
    refused(lambda: RiskAnalysis((hazard,) * 51, "Säkert"), r"^Risker: högst 50 rader \(nu 51\)")
    refused(
        lambda: Dispute(tuple(f"Part {i}" for i in range(51)), "Vem utför?", date(2026, 11, 1)),
        r"^Parter: högst 50 rader \(nu 51\)",
    )
