"""`egenvard plan hand-over` and `plan responsible`: done, shown, and refused in one line on
stderr with exit 1 and nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.services.workspace import Workspace
from tests.factories import PASSPHRASE, signed_school_plan
from tests.factories import run_cli as run


@pytest.fixture
def plan_id(ws: Workspace, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("EGENVARD_PASSPHRASE", PASSPHRASE)
    plan = signed_school_plan(ws)  # Jonas Berg, Region Kronoberg, signed 2026-11-02
    ws.close()
    return plan.id


def _take_over(capsys, db: Path, plan: str, *extra: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    base = ["plan", "hand-over", "--db", str(db), plan[:8], "--to-name", "Anna Berg"]
    base += ["--to-title", "Distriktssköterska", "--to-organisation", "Växjö kommun", "--note", "Telefon 2026-11-09"]
    return run(capsys, *base, *extra)


def test_hand_over_and_show_who_is_responsible(capsys, db_path: Path, plan_id: str) -> None:  # type: ignore[no-untyped-def]
    code, out, err = _take_over(capsys, db_path, plan_id, "--to-profession", "nurse", "--on", "2026-11-10")
    assert (code, err) == (0, "")
    assert out == (
        "Ansvar övertaget av Anna Berg (Distriktssköterska, Växjö kommun) 2026-11-10 enligt överenskommelse.\n"
    )
    code, out, _err = run(capsys, "plan", "responsible", "--db", str(db_path), plan_id[:8], "--json")
    data = json.loads(out)
    assert data["responsible"]["name"] == "Anna Berg"
    assert data["assessor"]["name"] == "Jonas Berg"
    assert [(h["from"]["name"], h["to"]["name"], h["on"]) for h in data["handovers"]] == [
        ("Jonas Berg", "Anna Berg", "2026-11-10")
    ]


@pytest.mark.parametrize(
    ("extra", "sentence"),
    [
        (
            ["--to-profession", "physician", "--on", "2026-11-10"],
            "Ansvaret kan bara tas över av en legitimerad yrkesutövare med samma profession "
            "(sjuksköterska → sjuksköterska). Mottagaren är läkare.",
        ),
        (
            ["--to-profession", "nurse", "--on", "10/11/2026"],
            "”10/11/2026” är inget datum; skriv ÅÅÅÅ-MM-DD, t.ex. 2026-05-01.",
        ),
        (
            ["--to-profession", "nurse", "--on", "2026-10-01"],
            "Datum för överlåtelsen kan inte ligga före planens signeringsdatum (2026-11-02).",
        ),
    ],
    ids=["other profession", "not a date", "before signing"],
)
def test_refused_in_one_line(capsys, db_path: Path, plan_id: str, extra: list[str], sentence: str) -> None:  # type: ignore[no-untyped-def]
    code, out, err = _take_over(capsys, db_path, plan_id, *extra)
    assert code == 1 and out == ""
    assert err.strip().endswith(sentence), err
    assert "Traceback" not in err and err.count("\n") == 1
    code, out, _err = run(capsys, "plan", "responsible", "--db", str(db_path), plan_id, "--json")
    assert json.loads(out)["handovers"] == []


def test_an_unknown_plan(capsys, db_path: Path, plan_id: str) -> None:  # type: ignore[no-untyped-def]
    code, _out, err = _take_over(capsys, db_path, "ffffffff", "--to-profession", "nurse", "--on", "2026-11-10")
    assert code == 1
    assert err.strip().endswith("Hittade ingen plan med id ffffffff."), err
