"""The EGENVÅRDSINTYG PDF and its commands: `egenvard intyg issue`, `egenvard pdf intyg PLAN_ID
--out FILE [--sign]`, `egenvard verify`. Fields present (pdftotext), sealed, verified, stored
beside the plan version as kind "intyg"; bad inputs get one Swedish sentence and exit 1."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from app.cli import main
from app.models.plan import Setting
from app.services import documents, intyg, intyg_documents, plans
from app.services.workspace import Workspace
from tests.factories import PASSPHRASE, Who, acting_as, signed_plan_in
from tests.pdfs import page_texts, pdf_text, run_tool, squash


@pytest.fixture
def cli(db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    monkeypatch.setenv("EGENVARD_PASSPHRASE", PASSPHRASE)

    def run(*argv: str) -> tuple[int, str, str]:
        code = main([a.replace("{db}", str(db_path)) for a in argv])
        captured = capsys.readouterr()
        assert "Traceback" not in captured.err
        return code, captured.out, captured.err

    return run


@pytest.fixture
def short_stay(ws: Workspace):  # type: ignore[no-untyped-def]
    return signed_plan_in(ws, Setting.LSS_SHORT_STAY)


def test_issue_print_seal_and_verify(cli, ws: Workspace, short_stay, tmp_path: Path) -> None:
    code, stdout, stderr = cli(
        "intyg", "issue", short_stay.id[:8], "--db", "{db}",
        "--help-needed", "Sondmatning via PEG med förberedd näring",
        "--frequency", "4 gånger per dag",
        "--judgement", "Kan utföras säkert av instruerad personal",
        "--issued-on", "2026-11-05",
    )  # fmt: skip
    assert code == 0, stderr
    record = intyg.for_plan(ws, short_stay.id)[0]
    assert stdout.strip() == f"Egenvårdsintyg utfärdat: {record.id} (giltigt till och med 2027-04-01)."

    out = tmp_path / "intyg.pdf"
    code, stdout, stderr = cli("pdf", "intyg", short_stay.id[:8], "--db", "{db}", "--out", str(out), "--sign")
    assert code == 0, stderr
    assert "Elektroniskt förseglat av Växjö kommun" in stdout
    text = squash(pdf_text(out))
    for expected in (
        "EGENVÅRDSINTYG",
        "Ella Holm",
        "20120405-9800",
        "Åtgärd/insats som bedömts som egenvård Sondmatning",
        "Korttidsvistelse (LSS)",
        "Kan utföras säkert av instruerad personal",
        "Sondmatning via PEG med förberedd näring",
        "4 gånger per dag",
        "2026-11-05",
        "2027-04-01",
        "Anna Berg, Distriktssköterska, Växjö kommun",
        "Sjuksköterska / distriktssköterska",
        f"Plan-ID {short_stay.id}, version 1",
        f"Intyg-ID {record.id}",
        "personalen får utföra insatsen som egenvård när detta intyg är utfärdat, till och med 2027-04-01",
        "Filen är elektroniskt förseglad av organisationen Växjö kommun",
    ):
        assert squash(expected) in text, expected
    assert "Signature is Valid" in run_tool("pdfsig", str(out)).stdout

    code, stdout, stderr = cli("verify", str(out), "--db", "{db}")
    assert code == 0, stderr
    assert "Förseglingen är intakt" in stdout

    # Stored beside the plan version as kind "intyg", found by the intyg; the plan's own sealed
    # form is a different document and there is none yet.
    listed = documents.sealed_documents(ws, short_stay.id)
    assert [(d.kind, d.plan_version) for d in listed] == [("intyg", 1)]
    stored = intyg_documents.sealed_for(ws, record.id)
    assert stored is not None and stored.pdf == out.read_bytes()
    with pytest.raises(documents.NoSealedDocument):
        documents.sealed_pdf(ws, short_stay.id)


def test_unsealed_print_is_not_verified_and_a_voided_intyg_says_so(
    cli, ws: Workspace, short_stay, tmp_path: Path
) -> None:
    record = intyg.issue(ws, short_stay.id, "Sondmatning", "4 gånger per dag")
    plain = tmp_path / "plain.pdf"
    assert cli("pdf", "intyg", short_stay.id, "--db", "{db}", "--out", str(plain))[0] == 0
    assert "Ella Holm" in pdf_text(plain)
    code, _, stderr = cli("verify", str(plain))
    assert code == 1 and "ingen elektronisk försegling" in stderr

    assert cli("intyg", "void", record.id[:8], "--db", "{db}", "--reason", "Fel frekvens")[0] == 0
    code, stdout, _ = cli("intyg", "list", short_stay.id, "--db", "{db}", "--json")
    assert code == 0
    assert json.loads(stdout) == [
        {
            "id": record.id,
            "plan_id": short_stay.id,
            "plan_version": 1,
            "issued_on": record.issued_on.isoformat(),
            "valid_until": "2027-04-01",
            "status": "voided",
            "assessor": "Anna Berg",
        }
    ]
    voided = tmp_path / "voided.pdf"
    code, _, stderr = cli("pdf", "intyg", short_stay.id, "--db", "{db}", "--out", str(voided), "--intyg", record.id)
    assert code == 0, stderr
    text = squash(pdf_text(voided))
    assert squash("MAKULERAT – Fel frekvens") in text and squash("Makulerat 20") in text


def test_bad_inputs_one_sentence_exit_1(cli, ws: Workspace, short_stay, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    issue = ("--help-needed", "Sondmatning", "--frequency", "4/dag")

    code, _, stderr = cli("intyg", "issue", "ffffffff", "--db", "{db}", *issue)
    assert (code, stderr) == (1, "Hittade ingen plan med id ffffffff.\n")
    code, _, stderr = cli("pdf", "intyg", "ffffffff", "--db", "{db}", "--out", str(out))
    assert (code, stderr) == (1, "Hittade ingen plan med id ffffffff.\n")

    draft = plans.start_plan(ws, plans.get_assessment(ws, short_stay.assessment_id), Setting.LSS_SHORT_STAY)
    code, _, stderr = cli("intyg", "issue", draft.id, "--db", "{db}", *issue)
    assert (code, stderr) == (
        1,
        "Egenvårdsintyg utfärdas bara för en signerad plan som gäller; signera planen först.\n",
    )
    code, _, stderr = cli("pdf", "intyg", draft.id, "--db", "{db}", "--out", str(out))
    assert (code, stderr) == (
        1,
        "Planen har inget egenvårdsintyg. Utfärda ett först (”egenvard intyg issue PLAN_ID …”).\n",
    )

    code, _, stderr = cli("intyg", "issue", short_stay.id, "--db", "{db}", *issue, "--valid-until", "1 april")
    assert (code, stderr) == (1, "--valid-until: ”1 april” är inget datum; skriv ÅÅÅÅ-MM-DD, t.ex. 2027-02-01.\n")
    code, _, stderr = cli("intyg", "issue", short_stay.id, "--db", "{db}", "--help-needed", " ", "--frequency", "x")
    assert (code, stderr) == (1, "Vilken hjälp som behövs måste fyllas i.\n")

    with acting_as(ws, Who.UNIT_MANAGER):
        code, _, stderr = cli("intyg", "issue", short_stay.id, "--db", "{db}", *issue)
    assert (code, stderr) == (
        1,
        "Bara en legitimerad yrkesutövare (inte elevhälsa) får utfärda ett egenvårdsintyg. "
        "Din roll: Verksamhetsansvarig chef / enhetschef.\n",
    )
    assert intyg.for_plan(ws, short_stay.id) == []
    assert not out.exists()


def test_a_plan_outside_short_stay_prints_no_short_stay_note(ws: Workspace, tmp_path: Path) -> None:
    plan = signed_plan_in(ws, Setting.HOME_CARE, number="20120405-9800")
    record = intyg.issue(ws, plan.id, "Hjälp med sondmatning", "2 gånger per dag", issued_on=date(2026, 11, 5))
    path = tmp_path / "home.pdf"
    path.write_bytes(intyg_documents.render_pdf(ws, record.id))
    text = squash(pdf_text(path))
    assert "Hemtjänst" in text and "Korttidsvistelse" not in text and "Sondmatning" in text


def test_the_plan_form_says_staff_must_wait_until_an_intyg_exists(ws: Workspace, short_stay, tmp_path: Path) -> None:
    wait = squash("Får inte utföras av personal förrän egenvårdsintyg finns")
    path = tmp_path / "plan.pdf"
    path.write_bytes(documents.render_plan_pdf(ws, short_stay.id))
    pages = page_texts(path)
    assert len(pages) >= 2 and all(wait in squash(page) for page in pages)  # on every page
    sealed = tmp_path / "sealed.pdf"
    sealed.write_bytes(documents.seal_plan(ws, short_stay.id).pdf)
    assert wait not in squash(pdf_text(sealed))  # a sealed PDF outlives the situation
    intyg.issue(ws, short_stay.id, "Sondmatning", "4 gånger per dag")
    path.write_bytes(documents.render_plan_pdf(ws, short_stay.id))
    assert wait not in squash(pdf_text(path))
