"""`egenvard report indicators`: JSON fields per indicator and group, the rule applied unless
--exact, files written, a bad date one sentence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.services.workspace import Workspace
from tests.factories import PASSPHRASE, indicator_world
from tests.factories import run_cli as run

ARGS = ("report", "indicators", "--from", "2026-01-01", "--to", "2026-06-30")


@pytest.fixture
def db(ws: Workspace, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    indicator_world(ws)
    monkeypatch.setenv("EGENVARD_PASSPHRASE", PASSPHRASE)
    return db_path


def figures(out: str) -> dict[tuple[str, str], dict]:
    return {(f["id"], f["group"]): f for f in json.loads(out)["figures"]}


def test_json_carries_the_fields_and_hides_small_counts(capsys, db: Path) -> None:
    code, out, err = run(capsys, *ARGS, "--db", str(db), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["suppression"]["min_count"] == 5 and data["suppression"]["min_denominator"] == 30
    got = figures(out)
    signed = got[("plans_signed", "")]
    assert {"id", "numerator", "denominator", "value", "suppressed"} <= set(signed)
    assert (signed["numerator"], signed["value"], signed["suppressed"]) == (None, None, True)
    assert got[("bistand_by_law", "SoL")]["suppressed"] is True
    assert data["pending"] == []  # every indicator is computed


def test_json_exact_inside_the_organisation(capsys, db: Path) -> None:
    code, out, _ = run(capsys, *ARGS, "--db", str(db), "--json", "--exact", "--by", "setting")
    assert code == 0
    got = figures(out)
    assert got[("plans_signed", "school")]["numerator"] == 2
    assert got[("plans_signed", "school")]["suppressed"] is False
    assert got[("risk_analysis_documented", "school")]["value"] == 1.0
    assert json.loads(out)["suppression"] is None


def test_pdf_and_xlsx_are_written(capsys, db: Path, tmp_path: Path) -> None:
    code, out, _ = run(capsys, *ARGS, "--db", str(db), "--pdf", str(tmp_path / "u.pdf"))
    assert code == 0 and "PDF sparad" in out
    assert (tmp_path / "u.pdf").read_bytes().startswith(b"%PDF")
    code, out, _ = run(capsys, *ARGS, "--db", str(db), "--xlsx", str(tmp_path / "u.xlsx"), "--by", "unit")
    assert code == 0 and (tmp_path / "u.xlsx").read_bytes().startswith(b"PK")


def test_table_on_the_terminal_is_exact(capsys, db: Path) -> None:
    code, out, _ = run(capsys, *ARGS, "--db", str(db))
    assert code == 0
    assert "Signerade planer\tAlla\t3\t\t3" in out


def test_a_bad_date_or_period_is_one_sentence(capsys, db: Path) -> None:
    code, _, err = run(capsys, "report", "indicators", "--db", str(db), "--from", "2026-02-30", "--to", "2026-06-30")
    assert code == 1 and err.strip() == "--from skrivs ÅÅÅÅ-MM-DD (”2026-02-30”)."
    code, _, err = run(capsys, "report", "indicators", "--db", str(db), "--from", "2026-07-01", "--to", "2026-06-30")
    assert code == 1 and "före startdatumet" in err and "Traceback" not in err


def test_fhir_file_and_county_view(capsys, db: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "vaxjo.json"
    code, out, err = run(capsys, *ARGS, "--db", str(db), "--fhir", str(out_file))
    assert code == 0, err
    bundle = json.loads(out_file.read_text(encoding="utf-8"))
    assert {e["resource"]["resourceType"] for e in bundle["entry"]} == {"Organization", "Measure", "MeasureReport"}
    code, out, err = run(capsys, "report", "county", str(out_file), str(out_file), "--json")
    assert code == 0, err
    got = {(f["id"], f["label"]): f for f in json.loads(out)["figures"]}
    # 4 new assessments in each file: hidden at home, so the county's sum is not known either
    assert got[("new_assessments", "Länet – Alla")]["suppressed"] is True
    assert got[("new_assessments", "Länet – Alla")]["numerator"] is None
    code, _, err = run(capsys, "report", "county", str(tmp_path / "saknas.json"))
    assert code == 1 and "saknas.json" in err and "Traceback" not in err
