"""Deviation report, person summary and emergency card as real PDFs."""

from __future__ import annotations

from pathlib import Path

from app.models.deviation import Deviation
from app.services import documents, plans
from app.services.workspace import Workspace
from tests.factories import Case
from tests.pdfs import page_texts, pdf_text, squash, write_pdf


def test_deviation_report_has_every_field(ws: Workspace, case: Case, deviation: Deviation, tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path, "deviation.pdf", documents.render_deviation_pdf(ws, deviation.id))
    text = squash(pdf_text(pdf))
    for item in [
        "AVVIKELSERAPPORT",
        case.person.name,
        case.person.number.formatted,
        "2026-10-05",
        deviation.location,
        deviation.description,
        deviation.immediate_action,
        deviation.reporter,
        "Växjö kommun",
        "Risk för skada",
        "Utebliven insats",
        "Region Kronoberg",
        "Inte informerad",
        "den som gjort egenvårdsbedömningen ska kontaktas",
        case.plan.id,
        f"Avvikelse-ID {deviation.id}",
        "gemensam händelseanalys saknas",
    ]:
        assert squash(item) in text, item


def test_summary_lists_every_plan_and_review(ws: Workspace, case: Case, deviation: Deviation, tmp_path: Path) -> None:
    newer = plans.edit_plan(ws, case.plan, on_change="Ny rutin efter avvikelsen.")
    pdf = write_pdf(tmp_path, "summary.pdf", documents.render_summary_pdf(ws, case.person.id))
    text = squash(pdf_text(pdf))
    for item in [
        "SAMMANSTÄLLNING",
        case.person.name,
        "Örjan Öberg",
        "070-123 45 67",
        "Britt Öberg",
        case.plan.measure,
        "Sondmatning",
        case.plan.id,
        case.draft.id,
        "Fungerar väl",
        "Fortsätter oförändrad",
        "2027-06-01",
        "Signerad",
        "Utkast",
        "Åke Lindqvist",
        "kopia till skolan",
        "Utebliven insats",
        "Versioner",
    ]:
        assert squash(item) in text, item
    assert newer.version == 2 and squash("Utkast, version 2") in text


def test_emergency_card_is_one_page_for_an_ordinary_plan(ws: Workspace, case: Case, tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path, "card.pdf", documents.render_card_pdf(ws, case.plan.id))
    text = pdf_text(pdf)
    assert len(page_texts(pdf)) == 1
    for item in [
        "AKUTKORT",
        "ring 112",
        case.plan.on_harm,
        case.plan.on_change,
        "Örjan Öberg",
        "070-123 45 67",
        "Karin Ström",
    ]:
        assert squash(item) in squash(text), item
    # Long answers continue on further card pages (tests/reports/test_documents_for_everyone.py).


def test_documents_are_audited_as_prints(ws: Workspace, case: Case, deviation: Deviation) -> None:
    documents.render_card_pdf(ws, case.plan.id)
    documents.render_summary_pdf(ws, case.person.id)
    documents.render_deviation_pdf(ws, deviation.id)
    documents.render_plan_pdf(ws, case.plan.id)
    printed = {e.entity for e in ws.audit.events(case.person.id, limit=50) if e.action == "print"}
    assert {"emergency_card", "person_summary", "deviation", "plan"} <= printed
