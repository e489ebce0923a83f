"""`egenvard report indicators --egvb` sends the MeasureReports in an exchange bundle;
`egenvard report county --received` sums what a region received. Figures as
tests/factories.py `indicator_municipality` (4 hand-built assessments + 30 more)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.services import exchange as ex
from app.services.workspace import Workspace
from tests.factories import PASSPHRASE, indicator_municipality, workspace
from tests.factories import run_cli as run

ARGS = ("report", "indicators", "--from", "2026-01-01", "--to", "2026-06-30")


def test_the_region_receives_the_bundle_and_sums_it(
    capsys, ws: Workspace, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    indicator_municipality(ws, "Växjö kommun", 30, 5)
    ex.ensure_identity(ws, "Växjö kommun")
    region_path = tmp_path / "region" / "egenvard.db"
    region = workspace(region_path)
    ex.ensure_identity(region, "Region Kronoberg")
    ex.export_identity(region, tmp_path / "region.id")
    ex.export_identity(ws, tmp_path / "vaxjo.id")
    ex.import_identity(region, tmp_path / "vaxjo.id", trust=True)
    region.close()
    ws.close()
    monkeypatch.setenv("EGENVARD_PASSPHRASE", PASSPHRASE)
    bundle = tmp_path / "vaxjo.egvb"
    code, out, err = run(
        capsys, *ARGS, "--db", str(db_path), "--egvb", str(bundle), "--recipient", str(tmp_path / "region.id")
    )
    assert code == 0, err
    assert bundle.exists() and "Utbytespaket med indikatorer sparat" in out
    code, out, err = run(capsys, "import", str(bundle), "--db", str(region_path), "--yes")
    assert code == 0, err
    code, out, err = run(capsys, "report", "county", "--received", "--db", str(region_path), "--json")
    assert code == 0, err
    got = {(f["id"], f["label"]): f for f in json.loads(out)["figures"]}
    assert got[("new_assessments", "Växjö kommun – Alla")]["numerator"] == 39
    assert got[("new_assessments", "Länet – Alla")]["numerator"] == 39
    assert got[("plans_signed", "Länet – Alla")]["suppressed"] is True  # 3: hidden at home


def test_a_bundle_needs_a_recipient(capsys, ws: Workspace, db_path: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ws.close()
    monkeypatch.setenv("EGENVARD_PASSPHRASE", PASSPHRASE)
    code, _out, err = run(capsys, *ARGS, "--db", str(db_path), "--egvb", str(tmp_path / "x.egvb"))
    assert code == 1
    assert err.strip().count("\n") == 0 and "--recipient" in err and "Traceback" not in err
    assert not (tmp_path / "x.egvb").exists()


def test_nothing_received_is_one_sentence(capsys, ws: Workspace, db_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ws.close()
    monkeypatch.setenv("EGENVARD_PASSPHRASE", PASSPHRASE)
    code, _out, err = run(capsys, "report", "county", "--received", "--db", str(db_path))
    assert code == 1
    assert "Inga indikatorrapporter har tagits emot" in err and "Traceback" not in err
