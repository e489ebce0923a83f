"""The samråd records and the one rule of who must take part, by setting (app/models/samrad.py,
`app.models.plan.required_participants`)."""

from __future__ import annotations

from datetime import date

import pytest

from app import i18n
from app.errors import ValidationError
from app.models.common import ConsentGiver
from app.models.labels import label
from app.models.plan import Setting, required_participants
from app.models.samrad import (
    Participant,
    ParticipantRole,
    PatientDecision,
    PatientInformation,
    Samrad,
    SamradForm,
    SamradIncomplete,
)

R = ParticipantRole
DAY = date(2026, 11, 1)

# (setting, child) → the roles, written out by hand from 002
REQUIRED = [
    (Setting.SCHOOL, True, (R.GUARDIAN, R.SCHOOL_LEADER)),
    (Setting.SCHOOL, False, (R.PATIENT, R.SCHOOL_LEADER)),
    (Setting.LSS_SHORT_STAY, True, (R.GUARDIAN, R.UNIT_MANAGER)),
    (Setting.LSS_HOUSING, False, (R.PATIENT, R.UNIT_MANAGER)),
    (Setting.HVB, True, (R.GUARDIAN, R.UNIT_MANAGER)),
    (Setting.HOME_CARE, False, (R.PATIENT, R.PERFORMER_UNIT)),
    (Setting.PERSONAL_ASSISTANCE, False, (R.PATIENT,)),
    (Setting.RELATIVE, False, (R.PATIENT,)),
    (Setting.RELATIVE, True, (R.GUARDIAN,)),
]


@pytest.mark.parametrize(("setting", "child", "roles"), REQUIRED)
def test_who_each_setting_requires(setting: Setting, child: bool, roles: tuple[ParticipantRole, ...]) -> None:
    assert required_participants(setting, child) == roles


def _complete(*roles: ParticipantRole) -> Samrad:
    return Samrad(
        tuple(Participant(f"Namn {n}", r, "Org") for n, r in enumerate(roles)),
        DAY,
        SamradForm.PHONE,
        PatientInformation(DAY, "Jonas Berg", "Vad egenvård innebär"),
        PatientDecision("Sara Nilsson", ConsentGiver.GUARDIAN, True, DAY),
    )


def test_a_complete_samrad_has_no_gaps_and_extra_participants_do_no_harm() -> None:
    samrad = _complete(R.GUARDIAN, R.SCHOOL_LEADER, R.SCHOOL_HEALTH, R.OTHER)
    assert samrad.gaps((R.GUARDIAN, R.SCHOOL_LEADER)) == []


def test_two_missing_roles_are_named_in_one_clause_in_both_languages() -> None:
    gaps = _complete(R.OTHER).gaps((R.GUARDIAN, R.SCHOOL_LEADER, R.UNIT_MANAGER))
    refusal = SamradIncomplete(gaps)
    assert (
        refusal.params["text_sv"]
        == "Planen kan inte signeras: samråd med vårdnadshavare, skolledare och verksamhetsansvarig chef saknas."
    )
    assert refusal.params["text_en"] == (
        "The plan cannot be signed: samråd with a guardian, the school leader and the manager in charge is missing."
    )


def test_participants_need_a_date() -> None:
    with pytest.raises(ValidationError) as refused:
        Samrad((Participant("Rut Rektor", R.SCHOOL_LEADER),))
    assert str(refused.value) == "Datum för samrådet måste fyllas i."
    assert refused.value.field == "samrad"
    assert Samrad().participants == ()  # nothing recorded yet is allowed


@pytest.mark.parametrize(
    ("build", "sentence"),
    [
        (lambda: Participant("", R.PATIENT), "Deltagarens namn måste fyllas i."),
        (lambda: Participant("x" * 201, R.PATIENT), "Deltagarens namn: högst 200 tecken (nu 201)."),
        (
            lambda: Participant("Rut", R.SCHOOL_LEADER, "o" * 201),
            "Deltagarens organisation: högst 200 tecken (nu 201).",
        ),
        (lambda: PatientInformation(DAY, "Jonas", ""), "Vilken information som gavs måste fyllas i."),
        (lambda: PatientInformation(DAY, "", "Vad"), "Vem som gav informationen måste fyllas i."),
        (lambda: PatientDecision("", ConsentGiver.PERSON, True, DAY), "Vem som beslutade måste fyllas i."),
        (
            lambda: Samrad(tuple(Participant("A", R.OTHER) for _ in range(51)), DAY),
            "Deltagare i samrådet: högst 50 rader (nu 51).",
        ),
        (lambda: Participant("Rut\u202eRektor", R.SCHOOL_LEADER), "Deltagarens namn: får inte innehålla"),
    ],
)
def test_limits_and_required_fields(build, sentence: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as refused:
        build()
    assert str(refused.value).startswith(sentence)


def test_unknown_role_is_refused() -> None:
    with pytest.raises(ValueError):
        Participant("Rut", "rektorn")  # type: ignore[arg-type]


def test_labels_in_both_languages() -> None:
    assert label(R.PERFORMER_UNIT) == "Utförande enhet"
    assert label(SamradForm.DIGITAL) == "Digitalt"
    before = i18n.language()
    i18n.set_language("en")
    try:
        assert label(R.UNIT_MANAGER) == "Manager in charge"
        assert label(SamradForm.MEETING) == "Meeting"
    finally:
        i18n.set_language(before)
