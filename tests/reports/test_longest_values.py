"""Every document with the longest values the models allow (app/models/limits.py): names of
200 characters and free text of 10 000, all one unbroken word, lists at their limit. No
LayoutError (issue 9: a 10 000-character name broke every PDF of that person), and pdftotext
finds every character of every field (a letter per field, counted in the extracted text)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.models.assessment import Outcome
from app.models.deviation import InformedParty
from app.models.limits import LIST_MAX, NAME_MAX, SHORT_MAX, TEXT_MAX
from app.models.person import Contact, Guardian, Person
from app.models.plan import Plan, Setting
from app.services import cases, documents, persons, plans
from app.services.workspace import Workspace
from tests.factories import DOC_NURSE as NURSE
from tests.factories import DOC_RISK as RISK
from tests.factories import DOC_SIGNATURE as SIGNATURE
from tests.factories import sign
from tests.pdfs import page_texts, pdf_text, words, write_pdf


def runs(text: str, letter: str) -> int:
    """How many times `letter` appears in runs of 20 or more (a field's text, not a label's)."""
    return sum(len(m) for m in re.findall(f"{letter}{{20,}}", "".join(text.split())))


@pytest.fixture
def longest(ws: Workspace) -> Person:
    ws.set_profile(NURSE)
    return persons.register(
        ws,
        "G" * NAME_MAX,
        "F" * NAME_MAX,
        "20150315-9806",
        unit="U" * SHORT_MAX,
        guardians=(Guardian("V" * NAME_MAX, "0" * SHORT_MAX, "E" * SHORT_MAX),),
        contacts=(Contact("K" * NAME_MAX, "R" * SHORT_MAX, "1" * SHORT_MAX),),
    )


def longest_plan(ws: Workspace, person: Person, **texts: str) -> Plan:
    assessment = plans.assess(ws, person.id, "M" * TEXT_MAX, NURSE, date(2026, 8, 18), RISK, Outcome.WITH_HELP)
    draft = plans.start_plan(ws, assessment, Setting.SCHOOL)
    return plans.edit_plan(ws, draft, reassessment_on=date(2027, 8, 20), **texts)


SEVEN = dict(
    performer="P" * TEXT_MAX,
    instruction_by="I" * TEXT_MAX,
    instruction_how="W" * TEXT_MAX,
    on_harm="H" * TEXT_MAX,
    on_change="C" * TEXT_MAX,
    follow_up="Q" * TEXT_MAX,
)


def test_plan_form_draft_and_signed(ws: Workspace, longest: Person, tmp_path: Path) -> None:
    draft = longest_plan(ws, longest, **SEVEN)
    text = pdf_text(write_pdf(tmp_path, "draft.pdf", documents.render_plan_pdf(ws, draft.id)))
    assert runs(text, "G") >= NAME_MAX and runs(text, "F") >= NAME_MAX
    for letter in "MPIWHCQ":
        assert runs(text, letter) == TEXT_MAX, letter
    signed = sign(ws, draft, SIGNATURE)
    text = pdf_text(write_pdf(tmp_path, "signed.pdf", documents.render_plan_pdf(ws, signed.id)))
    for letter in "MPIWHCQ":
        assert runs(text, letter) == TEXT_MAX, letter


def test_summary(ws: Workspace, longest: Person, tmp_path: Path) -> None:
    longest_plan(ws, longest, **SEVEN)
    text = pdf_text(write_pdf(tmp_path, "summary.pdf", documents.render_summary_pdf(ws, longest.id)))
    for letter, count in (("G", NAME_MAX), ("F", NAME_MAX), ("V", NAME_MAX), ("K", NAME_MAX), ("M", TEXT_MAX)):
        assert runs(text, letter) >= count, letter


def test_emergency_card_continues_and_never_shrinks(ws: Workspace, longest: Person, tmp_path: Path) -> None:
    plan = longest_plan(ws, longest, on_harm="H" * TEXT_MAX, on_change="C" * TEXT_MAX)
    pdf = write_pdf(tmp_path, "card.pdf", documents.render_card_pdf(ws, plan.id))
    text = "".join(page_texts(pdf))
    assert runs(text, "G") >= NAME_MAX and runs(text, "F") >= NAME_MAX
    for letter in ("M", "H", "C"):  # spread over the card's pages, nothing cut
        assert runs(text, letter) >= TEXT_MAX, letter
    assert min(w.height for w in words(pdf)) >= 8.99  # never below 9 pt (pdftotext -bbox)
    # Every answer at its limit: more card pages, never an exception.
    every = plans.edit_plan(ws, plan, **SEVEN)
    assert len(page_texts(write_pdf(tmp_path, "card-all.pdf", documents.render_card_pdf(ws, every.id)))) > 1


def test_deviation_report(ws: Workspace, longest: Person, tmp_path: Path) -> None:
    deviation = cases.report_deviation(
        ws,
        longest.id,
        datetime(2026, 10, 5, 10, 30, tzinfo=UTC),
        "L" * TEXT_MAX,
        "D" * TEXT_MAX,
        "Y" * NAME_MAX,
        immediate_action="A" * TEXT_MAX,
        parties=tuple(InformedParty("O" * NAME_MAX, "N" * NAME_MAX) for _ in range(LIST_MAX)),
    )
    text = pdf_text(write_pdf(tmp_path, "deviation.pdf", documents.render_deviation_pdf(ws, deviation.id)))
    for letter, count in (("L", TEXT_MAX), ("D", TEXT_MAX), ("A", TEXT_MAX), ("Y", NAME_MAX), ("G", NAME_MAX)):
        assert runs(text, letter) >= count, letter
    assert runs(text, "O") >= NAME_MAX * LIST_MAX


def test_a_person_stored_before_the_limits_still_prints(ws: Workspace, tmp_path: Path) -> None:
    """The issue's case: a 10 000-character name (refused now, but an old row may hold one)."""
    from app.models.audit import Action
    from app.models.identity import PersonalNumber
    from app.models.limits import stored_records

    ws.set_profile(NURSE)
    with stored_records():
        old = Person("G" * 10_000, "F" * 10_000, PersonalNumber.parse("20150315-9806"), unit="U" * 10_000)
    with ws.write(Action.CREATE, "person", old.id, old.id):
        ws.repos.persons.add(old)
    plan = longest_plan(ws, old)
    text = pdf_text(write_pdf(tmp_path, "plan.pdf", documents.render_plan_pdf(ws, plan.id)))
    assert runs(text, "G") >= 10_000 and runs(text, "F") >= 10_000
    write_pdf(tmp_path, "summary.pdf", documents.render_summary_pdf(ws, old.id))
    assert len(page_texts(write_pdf(tmp_path, "card.pdf", documents.render_card_pdf(ws, plan.id)))) > 1
