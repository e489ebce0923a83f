"""`egenvard audit verify`: one sentence per outcome, exit 1 on any tamper, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3

from app.cli import main
from app.models.common import to_plain
from app.services import persons
from app.services.workspace import PROFILE_KEY, Workspace, open_workspace
from tests.factories import PASSPHRASE, PROFILES, Who


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def db(ws: Workspace, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    monkeypatch.setenv("EGENVARD_PASSPHRASE", PASSPHRASE)
    for number in ("19850709-9805", "19850769-9802", "20150315-9806"):
        persons.register(ws, "Test", "Person", number)
    key = ws.store.key_hex
    ws.close()
    return db_path, key


def _attack(db: Path, key: str, *statements: str) -> None:
    conn = sqlcipher3.connect(str(db), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key}'\"")
    for sql in statements:
        conn.execute(sql)
    conn.close()


def test_intact(capsys: pytest.CaptureFixture[str], db: tuple[Path, str]) -> None:
    code, out, err = _run(capsys, "audit", "verify", "--db", str(db[0]))
    assert (code, err) == (0, "")
    assert out.startswith("Granskningsloggen är hel (3 händelser) och stämmer med ankaret utanför databasen; ")


def test_tail_cut_with_head_fixed(capsys: pytest.CaptureFixture[str], db: tuple[Path, str]) -> None:
    path, key = db
    _attack(
        path,
        key,
        "DROP TRIGGER audit_no_delete",
        "DELETE FROM audit WHERE seq = 3",
        "UPDATE meta SET value = (SELECT '2:' || hash FROM audit WHERE seq = 2) WHERE key = 'audit_head'",
    )
    code, out, err = _run(capsys, "audit", "verify", "--db", str(path))
    assert code == 1
    assert out == "Skyddet audit_no_delete saknades eller var ändrat och har återskapats (händelsen finns i loggen).\n"
    assert err.splitlines() == [
        "Databasens skydd hade tagits bort eller ändrats.",
        "Granskningsloggen har kortats: ankaret utanför databasen visar 3 händelser, loggen har bara 2.",
    ]
    # The repair is event 3 now; the anchor still holds what event 3 was: still reported.
    code, out, err = _run(capsys, "audit", "verify", "--db", str(path))
    assert (code, out) == (1, "")
    assert err == "Granskningsloggen har skrivits om: händelse 3 stämmer inte längre med ankaret utanför databasen.\n"


def test_english(capsys: pytest.CaptureFixture[str], db: tuple[Path, str]) -> None:
    path, key = db
    _attack(path, key, "DROP TRIGGER audit_no_update")
    code, out, err = _run(capsys, "--lang", "en", "audit", "verify", "--db", str(path))
    assert code == 1 and "The protection audit_no_update was missing or altered and has been re-created" in out
    assert err == "The protection had been removed.\n"
    code, out, _ = _run(capsys, "--lang", "en", "audit", "verify", "--db", str(path))
    assert code == 0 and out.startswith("The audit log is intact (4 events) and matches the anchor")


def _set_profile(path: Path, who: Who) -> None:
    ws = open_workspace(path, PASSPHRASE)
    try:
        with ws.store.atomic():
            ws.repos.settings.set(PROFILE_KEY, to_plain(PROFILES[who]))
    finally:
        ws.close()


def test_reanchor_after_a_reviewed_difference(capsys: pytest.CaptureFixture[str], db: tuple[Path, str]) -> None:
    path, key = db
    code, out, err = _run(capsys, "audit", "reanchor", "--db", str(path))  # the nurse of the fixture
    assert (code, out) == (1, "")
    assert err.startswith(
        "Bara en MAS/administratör får godkänna en granskningslogg som inte stämmer med sitt ankare. Din roll: "
    )
    _set_profile(path, Who.MAS)
    _attack(
        path,
        key,
        "DROP TRIGGER audit_no_delete",
        "DELETE FROM audit WHERE seq = 3",
        "UPDATE meta SET value = (SELECT '2:' || hash FROM audit WHERE seq = 2) WHERE key = 'audit_head'",
        "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit"  # put back as it was: only the anchor tells
        " BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    )
    assert _run(capsys, "audit", "verify", "--db", str(path))[0] == 1
    code, out, err = _run(capsys, "audit", "reanchor", "--db", str(path))
    assert (code, err) == (0, "")
    assert out == (
        "Granskningsloggen är förankrad som den är nu (3 händelser) (loggen var kortare); händelsen finns i loggen.\n"
    )
    code, out, _ = _run(capsys, "audit", "verify", "--db", str(path))
    assert code == 0 and out.startswith("Granskningsloggen är hel (3 händelser) och stämmer med ankaret")
    ws = open_workspace(path, PASSPHRASE)
    try:
        last = ws.audit.events(limit=1)[0]
        assert (last.action.value, last.entity) == ("repair", "anchor") and last.entity_id.startswith("shortened 3:")
    finally:
        ws.close()
