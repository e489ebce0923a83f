"""The samråd on the printed plan form (pdftotext): participants with role and organisation,
date and form, the information given and the decision; after "Undertecknat"."""

from __future__ import annotations

from pathlib import Path

from app.services import documents, plans
from app.services.workspace import Workspace
from tests.factories import Case
from tests.pdfs import pdf_text, squash


def test_the_samrad_prints_after_the_signature(ws: Workspace, case: Case, tmp_path: Path) -> None:
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(documents.render_plan_pdf(ws, case.plan.id))
    text = squash(pdf_text(pdf))
    expected = [
        "Samråd, information och beslut",
        "Bedömningen och planeringen gjordes i samråd 2026-08-20 (möte) med:",
        "Roll Namn Organisation",
        "Vårdnadshavare Eva Nilsson",
        "Skolledare Rut Rektor Hagaskolan",
        "Information om vad egenvård innebär gavs 2026-08-20 av Jonas Berg: "
        "Vad egenvård innebär och vem som ansvarar för vad",
        "Beslut: Eva Nilsson (vårdnadshavare) accepterade egenvården 2026-08-20.",
    ]
    for part in expected:
        assert squash(part) in text, part
    signed_at, samrad_at, copies_at = (
        text.index(squash(h)) for h in ("Undertecknat", "Samråd, information och beslut", "Kopia av egenvårdsplanen")
    )
    assert signed_at < samrad_at < copies_at


def test_an_assessment_without_samrad_says_so(ws: Workspace, case: Case, tmp_path: Path) -> None:
    assessment = plans.assess(
        ws,
        case.person.id,
        "Astmainhalation",
        plans.get_assessment(ws, case.plan.assessment_id).assessor,
        case.plan.signature.signed_on,
        plans.get_assessment(ws, case.plan.assessment_id).risk_analysis,
        "with_help",  # type: ignore[union-attr]
    )
    draft = plans.start_plan(ws, assessment, case.plan.setting)
    pdf = tmp_path / "draft.pdf"
    pdf.write_bytes(documents.render_plan_pdf(ws, draft.id))
    text = squash(pdf_text(pdf))
    assert squash("Inget samråd är registrerat för bedömningen.") in text
    assert squash("Eva Nilsson") not in text
