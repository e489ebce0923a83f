"""Enum values read in Swedish or English: every labelled enum, both languages, one function."""

from __future__ import annotations

from collections.abc import Iterator
from enum import Enum

import pytest

from app import i18n
from app.models import assessment, common, deviation, plan, records, review
from app.models.labels import category_label, label, labelled_enums

# The enums the UI shows by label; the registry must find each (and may find more).
EXPECTED = {
    common.Role,
    records.Recipient,
    records.Law,
    records.DecisionResult,
    review.ReviewOutcome,
    assessment.Outcome,
    plan.PlanStatus,
    plan.Setting,
    deviation.Harm,
    deviation.DeviationStatus,
}


@pytest.fixture
def swedish_after() -> Iterator[None]:
    yield
    i18n.set_language("sv")


def _in(lang: str, value: Enum) -> str:
    i18n.set_language(lang)
    return label(value)


def test_every_expected_enum_is_labelled() -> None:
    assert set(labelled_enums()) >= EXPECTED


@pytest.mark.parametrize("kind", labelled_enums(), ids=lambda k: f"{k.__module__}.{k.__qualname__}")
def test_every_member_has_swedish_and_english(kind: type[Enum], swedish_after: None) -> None:
    for member in kind:
        sv, en = _in("sv", member), _in("en", member)
        assert sv.strip() and en.strip(), member
        assert sv == sv.strip() and en == en.strip(), member


def test_swedish_labels_are_the_dicts_the_reports_print(swedish_after: None) -> None:
    i18n.set_language("sv")
    assert label(plan.PlanStatus.SIGNED) == plan.STATUS_LABELS_SV[plan.PlanStatus.SIGNED] == "Signerad"
    assert label(deviation.DeviationStatus.CLOSED) == deviation.STATUS_LABELS_SV[deviation.DeviationStatus.CLOSED]
    assert label(review.ReviewOutcome.END) == "Avslutas"
    assert label(assessment.Outcome.SELF) == "Egenvård – personen själv"
    assert label(records.Law.SOL) == "SoL"
    assert label(records.DecisionResult.GRANTED) == "Beviljat"


def test_label_follows_the_language(swedish_after: None) -> None:
    assert i18n.language() == "sv"
    assert label(plan.PlanStatus.VOIDED) == "Makulerad"
    i18n.set_language("en")
    assert label(plan.PlanStatus.VOIDED) == "Voided"
    # Two enums share the dict name OUTCOME_LABELS_*; each gets its own labels.
    assert label(review.ReviewOutcome.END) == "Ended"
    assert label(assessment.Outcome.WITH_HELP) == "Self-care – with help from someone else"
    assert label(deviation.DeviationStatus.CLOSED) == "Closed"
    assert label(common.Role.SCHOOL_LEADER) == "School leader / head teacher"
    assert label(deviation.Harm.RISK) == "Risk of harm"
    i18n.set_language("sv")
    assert label(plan.PlanStatus.VOIDED) == "Makulerad"
    assert label(deviation.Harm.RISK) == "Risk för skada"


def test_english_differs_from_swedish_for_most_members(swedish_after: None) -> None:
    members = [m for kind in labelled_enums() for m in kind]
    same = [m for m in members if _in("sv", m) == _in("en", m)]
    assert len(same) * 10 <= len(members), same  # only true loan words such as "MAS" may stay
    for kind in labelled_enums():
        differing = sum(_in("sv", m) != _in("en", m) for m in kind)
        assert differing * 2 > len(kind), kind


def test_missing_english_falls_back_to_swedish(monkeypatch: pytest.MonkeyPatch, swedish_after: None) -> None:
    monkeypatch.delitem(deviation.HARM_LABELS_EN, deviation.Harm.HARM)
    monkeypatch.setitem(deviation.HARM_LABELS_EN, deviation.Harm.RISK, "")
    i18n.set_language("en")
    assert label(deviation.Harm.HARM) == "Skada"  # missing
    assert label(deviation.Harm.RISK) == "Risk för skada"  # empty
    assert label(deviation.Harm.NONE) == "No harm"


def test_an_enum_without_labels_is_an_error() -> None:
    with pytest.raises(KeyError, match="ConsentForm"):
        label(common.ConsentForm.WRITTEN)


def test_deviation_categories(swedish_after: None) -> None:
    assert set(deviation.CATEGORY_LABELS_EN) == set(deviation.CATEGORIES_SV)
    assert category_label(deviation.MISSED_MEASURE) == "Utebliven insats"
    i18n.set_language("en")
    assert category_label(deviation.MISSED_MEASURE) == "Measure not performed"
    assert category_label("Egen kategori från partnern") == "Egen kategori från partnern"
