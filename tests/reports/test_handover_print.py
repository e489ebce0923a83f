"""Who is responsible now, on a newly printed plan form and in the person summary."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.services import documents
from app.services.workspace import Workspace
from tests.factories import signed_school_plan, taken_over
from tests.pdfs import pdf_text, squash

LINE = "Ansvar övertaget av Anna Berg (Distriktssköterska, Växjö kommun) 2026-11-10 enligt överenskommelse"


def _text(data: bytes, path: Path) -> str:
    path.write_bytes(data)
    return pdf_text(path)


def test_the_plan_form_prints_the_new_responsible_under_point_6(ws: Workspace, tmp_path: Path) -> None:
    plan = signed_school_plan(ws)
    before = _text(documents.render_plan_pdf(ws, plan.id), tmp_path / "before.pdf")
    assert "Ansvar övertaget" not in before
    taken_over(ws, plan.id, on=date(2026, 11, 10))
    after = _text(documents.render_plan_pdf(ws, plan.id), tmp_path / "after.pdf")
    assert squash(LINE) in squash(after)
    # the line comes after point 6's answer and before point 7's question
    flat = squash(after)
    assert (
        flat.index(squash("Vid terminsstart")) < flat.index(squash(LINE)) < flat.index(squash("Datum för omprövning"))
    )
    # the signed text itself is as signed: point 6 still says what was signed
    assert "Vid terminsstart" in after


def test_the_summary_names_who_is_responsible_and_the_hand_over(ws: Workspace, tmp_path: Path) -> None:
    plan = signed_school_plan(ws)
    text = squash(_text(documents.render_summary_pdf(ws, plan.person_id), tmp_path / "s0.pdf"))
    assert squash("Ansvarig för uppföljning Jonas Berg (Sjuksköterska, Region Kronoberg)") in text
    taken_over(ws, plan.id, on=date(2026, 11, 10))
    text = squash(_text(documents.render_summary_pdf(ws, plan.person_id), tmp_path / "s1.pdf"))
    assert squash("Ansvarig för uppföljning Anna Berg (Distriktssköterska, Växjö kommun)") in text
    assert squash(LINE) in text
    assert squash("Överlåtet ansvar för uppföljning och omprövning") in text
    assert squash("Telefon 2026-11-09, bekräftat per e-post") in text
