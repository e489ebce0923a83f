"""`egenvard todo list`: the JSON fields exactly, --mine, --unit, a bad --kind, and no
personnummer of a protected person in the output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.services import persons
from app.services.workspace import create_workspace
from tests.factories import PASSPHRASE, signed_school_plan, with_nurse_profile
from tests.factories import run_cli as run

JONAS = ["--name", "Jonas Berg", "--role", "licensed", "--profession", "nurse", "--title", "Sjuksköterska"]
RUT = ["--name", "Rut Rektor", "--role", "school_leader", "--unit", "Hagaskolan"]
ULLA = ["--name", "Ulla Chef", "--role", "unit_manager", "--unit", "Hemtjänst Syd"]
PROTECTED = "19451103-9804"


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, dict[str, str]]:
    """Two pupils of Hagaskolan with signed plans (2026-11-02) of Jonas Berg; one has protected identity."""
    monkeypatch.setenv("EGENVARD_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "todo.db"
    ws, _code = create_workspace(path, PASSPHRASE)
    try:
        with_nurse_profile(ws)
        liam = signed_school_plan(ws)
        hidden = signed_school_plan(ws, PROTECTED)
        persons.edit(ws, persons.get(ws, hidden.person_id), protected_identity=True)
        ids = {"liam": liam.person_id, "liam_plan": liam.id, "hidden": hidden.person_id, "hidden_plan": hidden.id}
    finally:
        ws.close()
    return str(path), ids


def _as(capsys: pytest.CaptureFixture[str], db: str, profile: list[str]) -> None:
    assert run(capsys, "profile", "set", "--db", db, *profile)[0] == 0


def test_json_has_exactly_the_stable_fields(capsys, db) -> None:  # type: ignore[no-untyped-def]
    path, ids = db
    _as(capsys, path, JONAS)
    code, out, err = run(capsys, "todo", "list", "--db", path, "--json", "--kind", "copy_missing")
    assert (code, err) == (0, "")
    items = json.loads(out)
    owner = "Jonas Berg (ansvarig sjuksköterska)"
    expected = [
        {"kind": "copy_missing", "person_id": ids["liam"], "plan_id": ids["liam_plan"], "due": "2026-11-02",
         "action": "Lämna undertecknad kopia till vårdnadshavare för Liam Nilsson", "owner": owner},
        {"kind": "copy_missing", "person_id": ids["liam"], "plan_id": ids["liam_plan"], "due": "2026-11-02",
         "action": "Lämna undertecknad kopia till Hagaskolan", "owner": owner},
        {"kind": "copy_missing", "person_id": ids["hidden"], "plan_id": ids["hidden_plan"], "due": "2026-11-02",
         "action": "Lämna undertecknad kopia till Liam Nilsson", "owner": owner},
        {"kind": "copy_missing", "person_id": ids["hidden"], "plan_id": ids["hidden_plan"], "due": "2026-11-02",
         "action": "Lämna undertecknad kopia till Hagaskolan", "owner": owner},
    ]  # fmt: skip
    key = lambda i: (i["person_id"], i["action"])  # noqa: E731
    assert sorted(items, key=key) == sorted(expected, key=key)


def test_mine_and_unit(capsys, db) -> None:  # type: ignore[no-untyped-def]
    path, _ids = db
    _as(capsys, path, RUT)
    code, out, _err = run(capsys, "todo", "list", "--db", path, "--json", "--mine")
    assert code == 0
    assert [(i["kind"], i["owner"]) for i in json.loads(out)] == [("instruction_missing", "Skolledare, Hagaskolan")] * 2
    code, out, _err = run(capsys, "todo", "list", "--db", path, "--json")
    assert {i["kind"] for i in json.loads(out)} == {"instruction_missing", "copy_missing"}
    _as(capsys, path, ULLA)
    code, out, _err = run(capsys, "todo", "list", "--db", path, "--json")
    assert json.loads(out) == []  # nothing of Hemtjänst Syd
    code, out, _err = run(capsys, "todo", "list", "--db", path, "--json", "--unit", "Hagaskolan", "--mine")
    assert json.loads(out) == []  # the school's items are the school leader's, not hers
    code, out, _err = run(capsys, "todo", "list", "--db", path, "--json", "--unit", "Hagaskolan")
    assert len(json.loads(out)) == 6


def test_text_masks_a_protected_number(capsys, db) -> None:  # type: ignore[no-untyped-def]
    path, _ids = db
    _as(capsys, path, JONAS)
    code, out, err = run(capsys, "todo", "list", "--db", path)
    assert code == 0 and err == ""
    assert "19451103-9804" not in out and "9804" not in out
    lines = out.splitlines()
    assert (
        "* 2026-11-02  copy_missing            Liam Nilsson 19451103-****: Lämna undertecknad kopia till Liam"
        " Nilsson — Jonas Berg (ansvarig sjuksköterska)"
    ) in lines[:4]  # her own first
    assert (
        "  2026-11-02  instruction_missing     Liam Nilsson 19451103-****: Instruera personalen på Hagaskolan"
        " — Skolledare, Hagaskolan"
    ) in lines[4:6]
    assert lines[-1] == "6 att göra; * = dina egna."


def test_an_unknown_kind_lists_the_valid_ones(capsys, db) -> None:  # type: ignore[no-untyped-def]
    path, _ids = db
    code, out, err = run(capsys, "todo", "list", "--db", path, "--kind", "kopia_saknas")
    assert (code, out) == (1, "")
    assert err.startswith("Okänd sorts uppgift ”kopia_saknas”. Giltiga: copy_missing, instruction_missing,")
    assert "Traceback" not in err


def test_limit_prints_the_first_items_and_says_how_many_there_are(capsys, db) -> None:  # type: ignore[no-untyped-def]
    path, _ids = db
    _as(capsys, path, RUT)
    code, out, err = run(capsys, "todo", "list", "--db", path, "--json", "--limit", "3")
    assert code == 0
    assert [i["kind"] for i in json.loads(out)] == ["instruction_missing", "instruction_missing", "copy_missing"]
    assert err == "Visar de 3 första av 6 (2 dina); --all visar alla.\n"
    code, out, err = run(capsys, "todo", "list", "--db", path, "--limit", "3", "--all")
    assert (code, err) == (0, "")
    assert len(out.splitlines()) == 7 and out.splitlines()[-1] == "6 att göra; * = dina egna."
    code, out, err = run(capsys, "todo", "list", "--db", path, "--limit", "0")
    assert (code, out) == (2, "")
    assert "--limit: ange ett heltal från 1" in err and "Traceback" not in err
