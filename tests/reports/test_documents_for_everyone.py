"""Issue 14: documents fit for the record and for everyone.

Names in many scripts print exactly (or the document is refused, naming the character), a
person with protected identity is protected on paper, the emergency card stays readable, every
document is PDF/A-2b in structure and sealed ones still verify, and nothing crosses the footer.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from app.models.common import Consent, ConsentGiver
from app.models.plan import Signature
from app.models.records import Recipient
from app.reports.plan_form import render_plan
from app.reports.text import Unprintable
from app.services import cases, documents, persons, plans
from app.services.workspace import Workspace
from tests.factories import DOC_NURSE as NURSE
from tests.factories import Case, make_signed
from tests.pdfs import body_text, page_texts, pdf_date, pdf_text, run_tool, squash, words, write_pdf, xmp_values

NAMES = [
    ("Łucja", "Wiśniewska-Żółć", "20160412-9823"),
    ("Ørjan", "Ødegård", "20120105-9886"),
    ("Ζωή", "Παπαδοπούλου", "20100607-9931"),
    ("Людмила", "Кузнецова", "20110303-9879"),
    ("Şükrü", "Öztürk", "20130909-9974"),
]
ARABIC = ("ليلى", "حداد", "20090202-9974")  # Layla Haddad
PLAIN = ("Anna", "Berg", "20140505-9823")


def _four_documents(ws: Workspace, person_id: str) -> dict[str, bytes]:
    plan = make_signed(ws, person_id)
    return {
        "plan": documents.render_plan_pdf(ws, plan.id),
        "card": documents.render_card_pdf(ws, plan.id),
        "summary": documents.render_summary_pdf(ws, person_id),
        "sealed": documents.seal_plan(ws, plan.id).pdf,
    }


# --- names -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("given", "family", "number"), NAMES, ids=[n[1] for n in NAMES])
def test_names_print_exactly_in_every_document(ws: Workspace, tmp_path: Path, given, family, number) -> None:
    ws.set_profile(plans_nurse())
    person = persons.register(ws, given, family, number)
    plain = persons.register(ws, *PLAIN)
    references = _four_documents(ws, plain.id)  # rendered once, not once per kind
    for kind, data in _four_documents(ws, person.id).items():
        text = pdf_text(write_pdf(tmp_path, f"{kind}.pdf", data))
        assert f"{given} {family}" in text, kind
        # No "?" stands in for a letter: the documents of a plain name hold exactly as many.
        reference = pdf_text(write_pdf(tmp_path, f"{kind}-plain.pdf", references[kind]))
        assert text.count("?") == reference.count("?"), kind


def test_arabic_script_is_refused_naming_the_character(ws: Workspace) -> None:
    ws.set_profile(plans_nurse())
    given, family, number = ARABIC
    person = persons.register(ws, given, family, number)
    plan = make_signed(ws, person.id)
    printed_before = [e for e in ws.audit.events(person.id, limit=50) if e.action == "print"]
    for render in (
        lambda: documents.render_plan_pdf(ws, plan.id),
        lambda: documents.render_card_pdf(ws, plan.id),
        lambda: documents.render_summary_pdf(ws, person.id),
        lambda: documents.seal_plan(ws, plan.id),
    ):
        with pytest.raises(Unprintable) as refused:
            render()
        message = str(refused.value)
        assert "”ل”" in message and "U+0644" in message and "ARABIC LETTER LAM" in message
        assert "höger till vänster" in message
    assert [e for e in ws.audit.events(person.id, limit=50) if e.action == "print"] == printed_before
    assert documents.sealed_documents(ws, plan.id) == []


def test_hebrew_has_glyphs_but_is_refused_unshaped(ws: Workspace, case: Case) -> None:
    """DejaVu has Hebrew letters, but printed left to right the name would read backwards."""
    plan = plans.edit_plan(ws, case.draft, performer="נועה כהן")
    with pytest.raises(Unprintable) as refused:
        documents.render_plan_pdf(ws, plan.id)
    assert "”נ”" in str(refused.value) and "U+05E0" in str(refused.value)
    assert "höger till vänster" in str(refused.value)


def test_a_character_without_a_glyph_is_refused_not_replaced(ws: Workspace, case: Case) -> None:
    plan = plans.edit_plan(ws, case.draft, on_change="Ring mormor 李 om något händer.")
    with pytest.raises(Unprintable) as refused:
        documents.render_plan_pdf(ws, plan.id)
    assert "”李”" in str(refused.value) and "U+674E" in str(refused.value)


# --- protected identity ----------------------------------------------------------------------


@pytest.fixture
def hidden(ws: Workspace):  # type: ignore[no-untyped-def]
    ws.set_profile(plans_nurse())
    person = persons.register(ws, "Saga", "Ek", "20160412-9823", protected_identity=True, unit="Förskolan Solrosen")
    plan = make_signed(ws, person.id)
    consent = Consent("Saga Ek", ConsentGiver.GUARDIAN, date(2026, 8, 20))
    plans.hand_over_copy(ws, plan, Recipient.SCHOOL_LEADER, "Rektor, Förskolan Solrosen", date(2026, 8, 22), consent)
    plan = plans.get_plan(ws, plan.id)
    deviation = cases.report_deviation(
        ws,
        person.id,
        datetime(2026, 10, 5, 10, 30, tzinfo=UTC),
        "Förskolan Solrosen",
        "Dosen gavs för sent.",
        "Förskolechef",
        plan_id=plan.id,
    )
    return person, plan, deviation


def _issued(ws: Workspace, plan_id: str) -> str:
    from app.services import intyg

    return intyg.issue(ws, plan_id, "Hjälp att ge läkemedlet vid måltid", "Två gånger per skoldag").id


def _protected_documents(ws: Workspace, person, plan, deviation, reveal: bool) -> dict[str, bytes]:  # type: ignore[no-untyped-def]
    from app.services import intyg_documents

    issued = _issued(ws, plan.id)
    return {
        "intyg": intyg_documents.render_pdf(ws, issued, reveal=reveal),
        "sealed intyg": intyg_documents.seal(ws, issued, reveal=reveal).pdf,
        "plan": documents.render_plan_pdf(ws, plan.id, reveal=reveal),
        "card": documents.render_card_pdf(ws, plan.id, reveal=reveal),
        "summary": documents.render_summary_pdf(ws, person.id, reveal=reveal),
        "deviation": documents.render_deviation_pdf(ws, deviation.id, reveal=reveal),
        "sealed": documents.seal_plan(ws, plan.id, reveal=reveal).pdf,
    }


def test_protected_identity_is_masked_and_marked_on_every_page(ws: Workspace, hidden, tmp_path: Path) -> None:
    person, plan, deviation = hidden
    for kind, data in _protected_documents(ws, person, plan, deviation, reveal=False).items():
        path = write_pdf(tmp_path, f"{kind}.pdf", data)
        text = pdf_text(path)
        assert "20160412-9823" not in text and "201604129823" not in text and "160412-9823" not in text, kind
        assert "Solrosen" not in text, kind
        assert "20160412-****" in text, kind
        pages = page_texts(path)
        assert all("SKYDDAD IDENTITET" in p for p in pages), kind


def test_protected_details_print_only_when_chosen(ws: Workspace, hidden, tmp_path: Path) -> None:
    person, plan, deviation = hidden
    for kind, data in _protected_documents(ws, person, plan, deviation, reveal=True).items():
        path = write_pdf(tmp_path, f"{kind}.pdf", data)
        text = pdf_text(path)
        assert "20160412-9823" in text, kind
        assert all("SKYDDAD IDENTITET" in p for p in page_texts(path)), kind  # the mark stays
    assert "Förskolan Solrosen" in pdf_text(
        write_pdf(tmp_path, "s.pdf", documents.render_summary_pdf(ws, person.id, reveal=True))
    )


def test_other_people_carry_no_mark(ws: Workspace, case: Case, tmp_path: Path) -> None:
    text = pdf_text(write_pdf(tmp_path, "plan.pdf", documents.render_plan_pdf(ws, case.plan.id)))
    assert "SKYDDAD IDENTITET" not in text and case.person.number.formatted in text


# --- the emergency card ----------------------------------------------------------------------

LONG = ("Mät blodsockret och ge druvsocker vid värde under 4; mät igen efter femton minuter. " * 50)[:4000]


def test_card_with_4000_character_fields_never_goes_below_9_pt(ws: Workspace, case: Case, tmp_path: Path) -> None:
    assert len(LONG) == 4000
    draft = plans.edit_plan(ws, case.draft, on_harm=LONG, on_change=LONG, instruction_by="Karin Ström")
    path = write_pdf(tmp_path, "card-long.pdf", documents.render_card_pdf(ws, draft.id))
    found = words(path)
    assert min(w.height for w in found) >= 8.99  # poppler measures the font size; 9 pt within rounding
    bar = [w for w in found if w.text == "112" and w.page == 1]
    assert bar and bar[0].height == pytest.approx(15.0, abs=0.05)  # the "ring 112" bar keeps its size
    pages = page_texts(path)
    assert len(pages) >= 2 and "(forts.)" in pages[1]
    assert all("UTKAST" in p for p in pages)
    harm = "Om personen skadas eller riskerar att skadas i samband med egenvården"
    change = "Om personens situation förändras"
    assert body_text(path, harm, change).count(squash(LONG)) == 2  # nothing cut, nothing shrunk away
    assert "Kontakta" in pages[0]  # whom to call stays on the first page


def test_card_marks_voided_and_superseded_versions(ws: Workspace, case: Case, tmp_path: Path) -> None:
    v1 = case.plan
    v2 = plans.sign_plan(
        ws,
        plans.edit_plan(ws, v1, on_change="Kontakta Karin Ström."),
        Signature("Växjö", date(2026, 9, 1), "Karin Ström", "Diabetessjuksköterska"),
    )
    old = pdf_text(write_pdf(tmp_path, "v1.pdf", documents.render_card_pdf(ws, v1.id, 1)))
    assert "ERSATT" in old and "ERSATT" not in pdf_text(
        write_pdf(tmp_path, "v2.pdf", documents.render_card_pdf(ws, v2.id, 2))
    )
    voided = plans.void_plan(ws, v2, "Fel dos angiven")
    text = pdf_text(write_pdf(tmp_path, "void.pdf", documents.render_card_pdf(ws, voided.id, voided.version)))
    assert "MAKULERAD" in text and "Fel dos angiven" in text


# --- PDF/A-2b structure and the seal --------------------------------------------------------


def _every_kind(ws: Workspace, case: Case, deviation) -> dict[str, bytes]:  # type: ignore[no-untyped-def]
    from app.services import intyg_documents

    return {
        "plan": documents.render_plan_pdf(ws, case.plan.id),
        "draft": documents.render_plan_pdf(ws, case.draft.id),
        "card": documents.render_card_pdf(ws, case.plan.id),
        "summary": documents.render_summary_pdf(ws, case.person.id),
        "deviation": documents.render_deviation_pdf(ws, deviation.id),
        "blank": documents.render_blank_pdf("Växjö kommun"),
        "sealed": documents.seal_plan(ws, case.plan.id).pdf,
        "intyg": intyg_documents.render_pdf(ws, _issued(ws, case.plan.id)),
    }


def test_every_document_kind_is_pdfa_2b_in_structure(ws: Workspace, case: Case, deviation, tmp_path: Path) -> None:
    for kind, data in _every_kind(ws, case, deviation).items():
        reader = PdfFileReader(write_pdf(tmp_path, f"{kind}.pdf", data).open("rb"), strict=False)
        assert "/Encrypt" not in reader.trailer, kind
        root = reader.root
        metadata = root["/Metadata"]
        assert "/Filter" not in metadata, kind  # PDF/A: the XMP stream is stored as plain text
        xmp = xmp_values(metadata.data)
        assert (xmp["pdfaid:part"], xmp["pdfaid:conformance"]) == ("2", "B"), kind
        info = reader.trailer["/Info"]
        assert xmp["dc:title"] == str(info["/Title"]), kind
        assert xmp["dc:creator"] == str(info["/Author"]), kind
        assert xmp["dc:description"] == str(info["/Subject"]), kind
        assert xmp["pdf:Producer"] == str(info["/Producer"]), kind
        assert xmp["xmp:CreatorTool"] == str(info["/Creator"]) == "Egenvårdsstöd", kind
        assert datetime.fromisoformat(xmp["xmp:CreateDate"]) == pdf_date(str(info["/CreationDate"])), kind
        assert datetime.fromisoformat(xmp["xmp:ModifyDate"]) == pdf_date(str(info["/ModDate"])), kind
        intents = root["/OutputIntents"]
        assert len(intents) == 1 and intents[0]["/S"] == "/GTS_PDFA1", kind
        profile = intents[0]["/DestOutputProfile"]
        assert profile["/N"] == 3 and profile.data[36:40] == b"acsp" and profile.data[16:20] == b"RGB ", kind
        fonts = run_tool("pdffonts", str(tmp_path / f"{kind}.pdf")).stdout.splitlines()[2:]
        assert fonts and all(" yes " in line and "DejaVuSans" in line for line in fonts), kind


def test_sealed_pdfa_still_verifies(ws: Workspace, case: Case, tmp_path: Path) -> None:
    path = write_pdf(tmp_path, "sealed.pdf", documents.seal_plan(ws, case.plan.id).pdf)
    result = run_tool("pdfsig", str(path))
    assert "Signature is Valid" in result.stdout and "Total document signed" in result.stdout
    assert documents.check_pdf(ws, path.read_bytes()).ok
    text = pdf_text(path)
    for phrase in ("förseglad av Region Kronoberg", "egenvard verify", "signaturpanel", "ändrats efter förseglingen"):
        assert squash(phrase) in squash(text), phrase


# --- layout ----------------------------------------------------------------------------------

PAGE_HEIGHT = 841.89
FOOTER_RULE_FROM_TOP = PAGE_HEIGHT - 27 * 72 / 25.4  # the footer rule lies 27 mm above the page's foot


def test_nothing_crosses_the_footer_rule(ws: Workspace, case: Case, deviation, tmp_path: Path) -> None:
    long = "Ge druvsocker, mät igen och ring vårdnadshavaren. " * 120
    draft = plans.edit_plan(ws, case.draft, on_harm=long, follow_up=long)
    kinds = {**_every_kind(ws, case, deviation), "long": documents.render_plan_pdf(ws, draft.id)}
    for kind, data in kinds.items():
        for w in words(write_pdf(tmp_path, f"{kind}.pdf", data)):
            assert not (w.y0 < FOOTER_RULE_FROM_TOP < w.y1), (kind, w)
            if w.y1 > FOOTER_RULE_FROM_TOP:  # below the rule: only the footer's own lines
                assert w.y0 > FOOTER_RULE_FROM_TOP + 1, (kind, w)


def test_ordinary_plan_is_signed_on_page_one(ws: Workspace, case: Case, tmp_path: Path) -> None:
    pages = page_texts(write_pdf(tmp_path, "plan.pdf", documents.render_plan_pdf(ws, case.plan.id)))
    assert "Undertecknat" in pages[0] and "Namnteckning" in pages[0]
    assert "Datum för omprövning" in pages[0]


def test_long_plan_ends_with_no_page_of_empty_rows(ws: Workspace, case: Case, tmp_path: Path) -> None:
    form = documents.plan_form(ws, case.plan)  # signed, with two copies handed over
    assert len(form.copies) == 2
    for repeat in range(20, 80, 3):  # the end of the plan falls at many heights of the last page
        long = "Ge druvsocker, mät igen och ring vårdnadshavaren. " * repeat
        plan = dataclasses.replace(case.plan, on_harm=long, follow_up=long)
        data = render_plan(dataclasses.replace(form, plan=plan))
        pages = page_texts(write_pdf(tmp_path, "long.pdf", data))
        # The copies table is never split from its heading: no last page of table rows alone.
        assert sum("Mottagare" in p for p in pages) == 1, repeat
        assert all("Kopia av egenvårdsplanen har lämnats till" in p for p in pages if "Mottagare" in p), repeat


def test_blank_form_has_point_2_choice(tmp_path: Path) -> None:
    text = pdf_text(write_pdf(tmp_path, "blank.pdf", documents.render_blank_pdf()))
    assert "☐ Personen själv" in text and "☐ Med hjälp av någon annan" in text


def plans_nurse():  # type: ignore[no-untyped-def]
    return NURSE


def test_demo_documents_are_coherent(ws: Workspace) -> None:
    from app.services import demo

    demo.fill(ws, persons=40, seed=7)
    signed = 0
    for row in ws.repos.plans.current_rows():
        for plan in plans.plan_history(ws, row["id"]):
            assert "Personal vid Personen" not in plan.performer
            if plan.signature is None:
                continue
            signed += 1
            assert plan.created_at.date() <= plan.signature.signed_on, plan.id  # upprättad ≤ signerad
            for copy in ws.repos.copies.for_plan_version(plan.id, plan.version):
                assert plan.signature.signed_on <= copy.handed_on, plan.id  # signerad ≤ överlämnad
    assert signed > 10
