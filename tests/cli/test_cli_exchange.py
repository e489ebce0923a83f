"""The exchange commands end to end: exit 0 on success, exit 1 and one sentence on a bad bundle."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from tests.factories import PASSPHRASE, Pair


def test_cli_identity_export_import_and_verify(
    pair: Pair, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("EGENVARD_PASSPHRASE", PASSPHRASE)
    a_db, b_db = str(pair.a.path), str(pair.b.path)
    out = pair.tmp / "cli.egvb"
    assert main(["identity", "export", "--db", a_db, "--out", str(pair.tmp / "again.id")]) == 0
    assert main(["export", "--db", a_db, "--out", str(out), "--to", str(pair.b_id)]) == 0
    assert main(["verify", str(out), "--db", b_db]) == 0
    assert main(["import", str(out), "--db", b_db]) == 1  # no terminal and no --yes: nothing written
    assert main(["import", str(out), "--db", b_db, "--yes"]) == 0
    text = capsys.readouterr()
    assert "Traceback" not in text.err
    bad = pair.tmp / "bad.egvb"
    bad.write_bytes(out.read_bytes()[:-5000])
    assert main(["import", str(bad), "--db", b_db, "--yes"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "avkortad" in err[0]


def test_cli_verify_still_handles_pdfs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    not_pdf = tmp_path / "x.pdf"
    not_pdf.write_bytes(b"hej")
    assert main(["verify", str(not_pdf)]) == 1
    assert "PDF" in capsys.readouterr().err


def test_cli_export_fhir_writes_transactions(
    pair: Pair, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from tests.factories import run_cli

    monkeypatch.setenv("EGENVARD_PASSPHRASE", PASSPHRASE)
    a_db, folder = str(pair.a.path), pair.tmp / "server"
    code, out, err = run_cli(capsys, "export", "--db", a_db, "--fhir", str(folder))
    assert code == 0, err
    files = sorted(folder.glob("transaction-*.json"))
    assert files and (f"{len(files)} files" in out or f"{len(files)} filer" in out)
    first = json.loads(files[0].read_bytes())
    assert first["type"] == "transaction" and first["entry"][0]["request"]["method"] == "PUT"
    code, _out, err = run_cli(capsys, "export", "--db", a_db, "--fhir", str(folder))  # folder in use
    assert code == 1 and "Traceback" not in err and len(err.strip().splitlines()) == 1
    code, _out, err = run_cli(capsys, "export", "--db", a_db, "--fhir", str(pair.tmp / "x"), "--to", str(pair.b_id))
    assert code == 1 and "--fhir" in err and not (pair.tmp / "x").exists()
    code, _out, err = run_cli(capsys, "export", "--db", a_db, "--out", str(pair.tmp / "y.egvb"))  # no recipient
    assert code == 1 and "--out" in err and "Traceback" not in err
