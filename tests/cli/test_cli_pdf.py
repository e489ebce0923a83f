"""`egenvard pdf …` and `egenvard verify`: exit codes and one clear sentence, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.services.workspace import Workspace
from tests.factories import PASSPHRASE, Case
from tests.pdfs import pdf_text, run_tool


@pytest.fixture
def cli(db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    monkeypatch.setenv("EGENVARD_PASSPHRASE", PASSPHRASE)

    def run(*argv: str) -> tuple[int, str, str]:
        code = main([a.replace("{db}", str(db_path)) for a in argv])
        captured = capsys.readouterr()
        assert "Traceback" not in captured.err
        return code, captured.out, captured.err

    return run


def test_plan_sign_then_verify(cli, case: Case, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    code, stdout, _ = cli("pdf", "plan", case.plan.id[:8], "--db", "{db}", "--out", str(out), "--sign")
    assert code == 0 and out.exists() and "förseglad" in stdout
    code, stdout, stderr = cli("verify", str(out), "--db", "{db}")
    assert code == 0, stderr
    assert "intakt" in stdout and "Region Kronoberg" in stdout


def test_verify_altered_unsigned_and_odd_files(cli, case: Case, tmp_path: Path) -> None:
    sealed = tmp_path / "plan.pdf"
    assert cli("pdf", "plan", case.plan.id, "--db", "{db}", "--out", str(sealed), "--sign")[0] == 0
    data = bytearray(sealed.read_bytes())
    data[bytes(data).index(b"stream", 200) + 25] ^= 0x01
    altered = tmp_path / "altered.pdf"
    altered.write_bytes(bytes(data))
    code, stdout, stderr = cli("verify", str(altered))
    assert code == 1 and stdout == ""
    assert stderr.strip() == "Dokumentet har ändrats efter förseglingen; förseglingen är inte giltig."
    result = run_tool("pdfsig", str(altered))
    assert "Signature is Valid" not in result.stdout

    unsigned = tmp_path / "unsigned.pdf"
    assert cli("pdf", "plan", case.plan.id, "--db", "{db}", "--out", str(unsigned))[0] == 0
    code, _, stderr = cli("verify", str(unsigned))
    assert code == 1 and "ingen elektronisk försegling" in stderr and stderr.count("\n") == 1

    for name, content in [("text.pdf", b"not a pdf"), ("x.egvx", b"?")]:
        (tmp_path / name).write_bytes(content)
        code, _, stderr = cli("verify", str(tmp_path / name))
        assert code == 1 and stderr.count("\n") == 1
    code, _, stderr = cli("verify", str(tmp_path / "missing.pdf"))
    assert code == 1 and "finns inte" in stderr


def test_draft_cannot_be_sealed_from_the_cli(cli, case: Case, tmp_path: Path) -> None:
    out = tmp_path / "draft.pdf"
    code, _, stderr = cli("pdf", "plan", case.draft.id, "--db", "{db}", "--out", str(out), "--sign")
    assert code == 1 and "utkast" in stderr and not out.exists()
    code, _, _ = cli("pdf", "plan", case.draft.id, "--db", "{db}", "--out", str(out))
    assert code == 0 and "UTKAST" in pdf_text(out)


def test_every_document_kind(cli, ws: Workspace, case: Case, deviation, tmp_path: Path) -> None:
    jobs = {
        "deviation.pdf": ("pdf", "deviation", deviation.id[:6], "--db", "{db}"),
        "summary.pdf": ("pdf", "summary", case.person.id, "--db", "{db}"),
        "card.pdf": ("pdf", "card", case.plan.id, "--db", "{db}"),
        "blank.pdf": ("pdf", "blank", "--organisation", "Växjö kommun"),
    }
    for name, argv in jobs.items():
        out = tmp_path / name
        code, _, stderr = cli(*argv, "--out", str(out))
        assert code == 0, stderr
        assert run_tool("pdfinfo", str(out)).returncode == 0


def test_unknown_and_ambiguous_ids(cli, ws: Workspace, case: Case, tmp_path: Path) -> None:
    code, _, stderr = cli("pdf", "plan", "ffffffff-nope", "--db", "{db}", "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and "Hittade ingen plan" in stderr
    code, _, stderr = cli("pdf", "plan", "", "--db", "{db}", "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and "Flera poster" in stderr


def test_unwritable_output_is_a_sentence(cli, case: Case, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _, stderr = cli("pdf", "blank", "--out", str(blocker / "sub" / "blank.pdf"))
    assert code == 1 and "Kunde inte skriva filen" in stderr


def test_batch_seals_signed_and_prints_drafts(cli, case: Case, tmp_path: Path) -> None:
    out_dir = tmp_path / "batch"
    code, stdout, stderr = cli("pdf", "batch", "--db", "{db}", "--out-dir", str(out_dir), "--sign")
    assert code == 0, stderr
    files = sorted(out_dir.glob("*.pdf"))
    assert len(files) == 2 and "2 av 2" in stdout
    verdicts = sorted(cli("verify", str(f), "--db", "{db}")[0] for f in files)
    assert verdicts == [0, 1]  # the signed plan is sealed; the draft is not


def test_cert_import_from_the_cli(cli, case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.factories import issued_p12

    p12 = tmp_path / "jonas.p12"
    p12.write_bytes(issued_p12(b"hemligt"))
    code, _, stderr = cli("pdf", "cert", "import", str(p12), "--db", "{db}")
    assert code == 1 and "EGENVARD_P12_PASSWORD" in stderr
    monkeypatch.setenv("EGENVARD_P12_PASSWORD", "hemligt")
    code, stdout, _ = cli("pdf", "cert", "import", str(p12), "--db", "{db}")
    assert code == 0 and "Jonas Berg" in stdout
    code, stdout, _ = cli("pdf", "cert", "show", "--db", "{db}")
    assert code == 0 and "Jonas Berg" in stdout


def test_protected_identity_warns_and_masks_unless_revealed(cli, ws: Workspace, tmp_path: Path) -> None:
    from app.services import persons
    from tests.factories import DOC_NURSE as NURSE
    from tests.factories import make_signed

    ws.set_profile(NURSE)
    person = persons.register(ws, "Saga", "Ek", "20160412-9823", protected_identity=True, unit="Solrosen")
    plan = make_signed(ws, person.id)
    for kind in ("plan", "card"):
        out = tmp_path / f"{kind}.pdf"
        code, _, stderr = cli("pdf", kind, plan.id[:8], "--db", "{db}", "--out", str(out))
        assert code == 0 and "Varning: personen har skyddad identitet" in stderr
        text = pdf_text(out)
        assert "20160412-****" in text and "20160412-9823" not in text and "SKYDDAD IDENTITET" in text
        code, _, stderr = cli("pdf", kind, plan.id[:8], "--db", "{db}", "--out", str(out), "--reveal-protected")
        assert code == 0 and "fullständigt personnummer" in stderr
        assert "20160412-9823" in pdf_text(out)
    code, _, stderr = cli("pdf", "summary", person.id[:8], "--db", "{db}", "--out", str(tmp_path / "s.pdf"))
    assert code == 0 and "Solrosen" not in pdf_text(tmp_path / "s.pdf") and "skyddad identitet" in stderr


def test_a_name_that_cannot_print_is_one_sentence(cli, ws: Workspace, tmp_path: Path) -> None:
    from app.services import persons
    from tests.factories import DOC_NURSE as NURSE
    from tests.factories import make_signed

    ws.set_profile(NURSE)
    person = persons.register(ws, "ليلى", "حداد", "20090202-9974")
    plan = make_signed(ws, person.id)
    out = tmp_path / "plan.pdf"
    code, stdout, stderr = cli("pdf", "plan", plan.id[:8], "--db", "{db}", "--out", str(out))
    assert code == 1 and not out.exists() and stdout == ""
    assert stderr.count("\n") == 1 and "Tecknet ”ل” (U+0644" in stderr and "Dokumentet skapas inte" in stderr


def test_batch_in_processes_and_a_wrong_process_count(cli, case: Case, tmp_path: Path) -> None:
    out_dir = tmp_path / "processer"
    args = ("pdf", "batch", "--db", "{db}", "--out-dir", str(out_dir), "--sign")
    code, stdout, stderr = cli(*args, "--processes", "2")
    assert code == 0, stderr
    assert "2 av 2 PDF sparade" in stdout
    verdicts = sorted(cli("verify", str(f), "--db", "{db}")[0] for f in out_dir.glob("*.pdf"))
    assert verdicts == [0, 1]  # sealed in another process, verified here; the draft unsealed
    for wrong in ("-1", "två", "65"):
        with pytest.raises(SystemExit) as refused:
            cli(*args, "--processes", wrong)
        assert refused.value.code == 2
