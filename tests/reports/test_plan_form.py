"""The plan form as a real PDF: every field's text, long answers, UTKAST, fonts, refusals."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.models.plan import PlanIncomplete, PlanStatus
from app.reports import fingerprint
from app.reports.plan_form import INTRO, Q_CHANGE, Q_FOLLOW_UP, Q_HARM, NotSignable, PlanForm, render_plan
from app.services import documents, plans
from app.services.workspace import Workspace
from tests.factories import DOC_POINTS as POINTS
from tests.factories import DOC_SIGNATURE as SIGNATURE
from tests.factories import Case, make_signed, sign
from tests.pdfs import body_text, page_texts, pdf_text, run_tool, squash, write_pdf


def test_every_field_of_a_signed_plan_is_in_the_text(ws: Workspace, case: Case, tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path, "plan-signed.pdf", documents.render_plan_pdf(ws, case.plan.id))
    text = squash(pdf_text(pdf))
    expected = [
        "EGENVÅRDSPLAN",
        "Nybedömning",
        "Omprövning",
        "Namn",
        case.person.name,
        case.person.number.formatted,
        INTRO,
        "Planen gäller för insats",
        case.plan.measure,
        "Riskanalys är utförd",
        "Ansvarig för utförande av insatsen är",
        "Egenvård – med hjälp av någon annan",
        "Ansvarig för instruktioner och handledning till utföraren är",
        "Hur ska information och instruktioner ges till utföraren?",
        Q_HARM,
        Q_CHANGE,
        Q_FOLLOW_UP,
        "Datum för omprövning av egenvårdsbedömningen",
        "2027-08-20",
        "Undertecknat",
        "Ort",
        SIGNATURE.place,
        "Datum",
        "2026-08-20",
        SIGNATURE.name,
        "Befattning",
        SIGNATURE.title,
        "Kopia av egenvårdsplanen har lämnats till",
        "Örjan Öberg",
        "Rektor Ängsskolan",
        "2026-08-22",
        "kopia till skolan",
        "Vårdnadshavare",
        "Skolledare / rektor",
        f"Plan-ID {case.plan.id}",
        f"Version {case.plan.version}",
        f"Kontrollsumma {fingerprint.short(case.plan)}",
        "Sida 1 av",
        "Region Kronoberg",
        "Karin Ström",
    ]
    expected += [v for k, v in POINTS.items() if isinstance(v, str)]
    for item in expected:
        assert squash(item) in text, item
    # The ticked box carries a real "X" just before its label; the unticked one does not.
    raw = pdf_text(pdf)
    assert re.search(r"X\s*Ny bedömning", raw) and not re.search(r"X\s*Omprövning", raw)
    assert "UTKAST" not in raw


def test_swedish_letters_survive_nfc(ws: Workspace, case: Case, tmp_path: Path) -> None:
    decomposed = "A\u030asa o\u0308ver a\u0308ngen"  # "Åsa över ängen" typed with combining marks
    plan = plans.edit_plan(ws, case.draft, on_change=decomposed)
    pdf = write_pdf(tmp_path, "nfc.pdf", documents.render_plan_pdf(ws, plan.id))
    assert "Åsa över ängen" in pdf_text(pdf)


def test_long_answer_spans_pages_with_nothing_lost(ws: Workspace, case: Case, tmp_path: Path) -> None:
    sentences = [
        f"Mening {i}: vid lågt blodsocker ge druvsocker, mät igen efter femton minuter och ring "
        f"vårdnadshavare på 070-123 45 {i:02d}."
        for i in range(60)
    ]
    long_answer = " ".join(sentences) + "\n\nSista stycket: ring 112 vid medvetslöshet. SLUT-ÅÄÖ."
    assert len(long_answer) > 6000
    plan = plans.edit_plan(ws, case.draft, **{**POINTS, "on_harm": long_answer, "follow_up": long_answer})
    pdf = write_pdf(tmp_path, "plan-long.pdf", documents.render_plan_pdf(ws, plan.id))
    pages = page_texts(pdf)
    assert len(pages) >= 3
    text = body_text(pdf, Q_HARM, Q_FOLLOW_UP)
    # Each answer appears whole and unbroken once furniture is removed: nothing clipped or lost.
    assert text.count(squash(long_answer)) == 2
    assert "(forts.)" in "".join(pages) and "fortsätter på nästa sida" in "".join(pages)
    assert all(f"Sida {n} av {len(pages)}" in p for n, p in enumerate(pages, start=1))


def test_draft_is_marked_utkast_on_every_page(ws: Workspace, case: Case, tmp_path: Path) -> None:
    plan = plans.edit_plan(ws, case.draft, on_harm="Ring vårdnadshavare. " * 400)
    pdf = write_pdf(tmp_path, "plan-draft.pdf", documents.render_plan_pdf(ws, plan.id))
    pages = page_texts(pdf)
    assert len(pages) >= 2
    for page in pages:
        assert page.count("UTKAST") >= 2  # the header line and the watermark
        assert "ej signerad" in page


def test_missing_points_cannot_print_as_signed(ws: Workspace, case: Case) -> None:
    with pytest.raises(NotSignable):
        documents.render_plan_pdf(ws, case.draft.id, as_signed=True)
    # Even a record that claims to be signed (e.g. damaged or hand-edited data) is refused
    # when a point is missing.
    forged = PlanForm(plan=case.plan.__class__(**{**case.plan.__dict__, "on_change": ""}), person=case.person)
    assert forged.plan.status is PlanStatus.SIGNED
    with pytest.raises(PlanIncomplete) as err:
        render_plan(forged)
    assert err.value.missing == [5]
    with pytest.raises(PlanIncomplete):
        render_plan(forged, as_signed=True)


def test_every_font_is_embedded(ws: Workspace, case: Case, deviation, tmp_path: Path) -> None:
    for name, data in [
        ("fonts-sealed.pdf", documents.seal_plan(ws, case.plan.id).pdf),
        ("fonts-deviation.pdf", documents.render_deviation_pdf(ws, deviation.id)),
        ("fonts-summary.pdf", documents.render_summary_pdf(ws, case.person.id)),
        ("fonts-card.pdf", documents.render_card_pdf(ws, case.plan.id)),
        ("fonts-plan.pdf", documents.render_plan_pdf(ws, case.plan.id)),
        ("fonts-draft.pdf", documents.render_plan_pdf(ws, case.draft.id)),
        ("fonts-blank.pdf", documents.render_blank_pdf("Region Kronoberg")),
    ]:
        result = run_tool("pdffonts", str(write_pdf(tmp_path, name, data)))
        assert result.returncode == 0, result.stderr
        rows = result.stdout.splitlines()[2:]
        assert rows, "no fonts listed"
        for row in rows:
            assert re.search(r"\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$", row), f"{name}: not embedded: {row}"
        assert "Helvetica" not in result.stdout


def test_signature_images_are_drawn(ws: Workspace, case: Case, tmp_path: Path) -> None:
    from io import BytesIO

    from PIL import Image, ImageDraw

    img = Image.new("RGBA", (400, 120), (255, 255, 255, 0))
    ImageDraw.Draw(img).line([(10, 100), (120, 20), (220, 90), (390, 30)], fill=(10, 20, 90, 255), width=5)
    buf = BytesIO()
    img.save(buf, "PNG")
    data = documents.render_plan_pdf(ws, case.plan.id, signer_image=buf.getvalue(), person_image=buf.getvalue())
    pdf = write_pdf(tmp_path, "plan-drawn.pdf", data)
    assert pdf.stat().st_size > 0
    assert data.count(b"/Subtype /Image") >= 2  # the signer's and the person's drawn signatures


def test_blank_form_has_the_labels_and_no_answers(tmp_path: Path) -> None:
    pdf = write_pdf(tmp_path, "blank.pdf", documents.render_blank_pdf("Växjö kommun"))
    text = pdf_text(pdf)
    for label in (
        "EGENVÅRDSPLAN",
        "Ny bedömning",
        "Omprövning",
        "Personnummer",
        "Riskanalys är utförd",
        "Undertecknat",
        "Befattning",
        "Växjö kommun",
    ):
        assert label in text
    assert squash(Q_HARM) in squash(text)
    assert "Plan-ID" not in text


def test_versions_have_their_own_fingerprint(ws: Workspace, case: Case) -> None:
    new = plans.edit_plan(ws, case.plan, on_change="Ny rutin från och med vårterminen.")
    assert new.version == case.plan.version + 1
    assert fingerprint.short(new) != fingerprint.short(case.plan)
    assert len(fingerprint.short(new)) == 12
    # Status changes do not change what was signed.
    superseded = sign(ws, new, SIGNATURE)
    old = ws.repos.plans.version(case.plan.id, case.plan.version)
    assert old is not None and old.status is PlanStatus.SUPERSEDED
    assert fingerprint.short(old) == fingerprint.short(case.plan)
    assert superseded.status is PlanStatus.SIGNED


def test_another_persons_plan_prints(ws: Workspace, tmp_path: Path) -> None:
    from app.services import persons

    adult = persons.register(ws, "Bo", "Ek", "19850709-9805")
    plan = make_signed(ws, adult.id)
    pdf = write_pdf(tmp_path, "adult.pdf", documents.render_plan_pdf(ws, plan.id))
    assert "19850709-9805" in pdf_text(pdf)
