"""The audit log against its anchor outside the database (issue 9, item 5).

Each attack is done as someone with the database key and a SQL tool would do it: drop the
triggers, change the rows, recompute every hash and the head in `meta`, so that the chain
alone looks intact. Only the anchor beside the database catches it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3

from app.models.audit import GENESIS, AuditEvent
from app.services import audit_check, demo, persons
from app.services.workspace import Workspace, open_workspace
from app.store.anchor import anchor_path
from app.store.errors import Refused
from tests.factories import PASSPHRASE


@pytest.fixture
def logged(ws: Workspace, db_path: Path) -> Iterator[tuple[Path, str]]:
    """A closed database with a few dozen audit events, and its key (the attacker has it)."""
    demo.fill(ws, persons=4, seed=3)
    for person in persons.all_persons(ws):
        persons.open_record(ws, person.id)
    key = ws.store.key_hex
    ws.close()
    yield db_path, key


def _sql_tool(db: Path, key: str) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(db), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key}'\"")
    conn.execute("DROP TRIGGER IF EXISTS audit_no_update")
    conn.execute("DROP TRIGGER IF EXISTS audit_no_delete")
    return conn


def _rechain(conn: sqlcipher3.Connection, start: int) -> None:
    """Recompute every hash from event `start` on, and the head in meta: a chain that checks."""
    prev = conn.execute("SELECT hash FROM audit WHERE seq = ?", (start - 1,)).fetchone()
    prev_hash = prev[0] if prev else GENESIS
    cols = "seq, at, actor, action, entity, entity_id, person_id"
    for row in conn.execute(f"SELECT {cols} FROM audit WHERE seq >= ? ORDER BY seq", (start,)).fetchall():
        digest = AuditEvent.digest(*row, prev_hash)
        conn.execute("UPDATE audit SET prev_hash = ?, hash = ? WHERE seq = ?", (prev_hash, digest, row[0]))
        prev_hash = digest
    last = conn.execute("SELECT coalesce(max(seq), 0) FROM audit").fetchone()[0]
    conn.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'", (f"{last}:{prev_hash}",))


def _count(db: Path, key: str) -> int:
    conn = sqlcipher3.connect(str(db))
    conn.execute(f"PRAGMA key = \"x'{key}'\"")
    try:
        return int(conn.execute("SELECT count(*) FROM audit").fetchone()[0])
    finally:
        conn.close()


def _verify(db: Path) -> audit_check.AuditReport:
    ws = open_workspace(db, PASSPHRASE)
    try:
        return audit_check.verify_audit(ws)
    finally:
        ws.close()


def test_intact_log_matches_its_anchor(logged: tuple[Path, str]) -> None:
    db, key = logged
    report = _verify(db)
    assert not report.tampered and report.anchor.state == "ok"
    assert report.anchor.anchored == report.anchor.chain and report.anchor.chain.count == _count(db, key)
    assert report.summary().startswith(
        f"Granskningsloggen är hel ({_count(db, key)} händelser) och stämmer med ankaret"
    )


def test_tail_truncation(logged: tuple[Path, str]) -> None:
    db, key = logged
    n = _count(db, key)
    conn = _sql_tool(db, key)
    conn.execute("DELETE FROM audit WHERE seq > ?", (n - 3,))
    _rechain(conn, n - 2)
    conn.close()
    report = _verify(db)
    assert report.chain.ok  # the chain alone looks fine
    assert report.anchor.state == "shortened" and report.tampered
    assert report.problems()[-1] == (
        f"Granskningsloggen har kortats: ankaret utanför databasen visar {n} händelser, loggen har bara {n - 3}."
    )


def test_whole_log_deleted(logged: tuple[Path, str]) -> None:
    db, key = logged
    n = _count(db, key)
    conn = _sql_tool(db, key)
    conn.execute("DELETE FROM audit")
    conn.execute("DELETE FROM meta WHERE key = 'audit_head'")
    conn.close()
    report = _verify(db)
    assert report.chain.ok and report.chain.events == 0
    assert report.anchor.state == "shortened"
    assert f"visar {n} händelser, loggen har bara 0" in report.problems()[-1]


def test_edited_row_with_recomputed_hashes(logged: tuple[Path, str]) -> None:
    db, key = logged
    n = _count(db, key)
    conn = _sql_tool(db, key)
    conn.execute("UPDATE audit SET actor = 'Någon annan' WHERE seq = 5")
    _rechain(conn, 5)
    conn.close()
    report = _verify(db)
    assert report.chain.ok
    assert report.anchor.state == "rewritten"
    assert report.problems()[-1] == (
        f"Granskningsloggen har skrivits om: händelse {n} stämmer inte längre med ankaret utanför databasen."
    )


def test_forged_appended_event(logged: tuple[Path, str]) -> None:
    db, key = logged
    n = _count(db, key)
    conn = _sql_tool(db, key)
    prev = conn.execute("SELECT hash FROM audit WHERE seq = ?", (n,)).fetchone()[0]
    event = (n + 1, "2026-11-29T10:00:00+00:00", "Förfalskare", "read", "person", "x", "x")
    conn.execute(
        "INSERT INTO audit (seq, at, actor, action, entity, entity_id, person_id, prev_hash, hash)"
        " VALUES (?,?,?,?,?,?,?,?,?)",
        (*event, prev, AuditEvent.digest(*event, prev)),
    )
    _rechain(conn, n + 1)
    conn.close()
    report = _verify(db)
    assert report.chain.ok and report.chain.events == n + 1
    assert report.anchor.state == "ahead"
    assert report.problems()[-1] == (
        f"Granskningsloggen har händelser tillagda utanför programmet: ankaret slutar vid {n}, loggen vid {n + 1}."
    )


def test_the_evidence_survives_later_work(logged: tuple[Path, str]) -> None:
    """After a tamper, ordinary use must not overwrite the anchor with the tampered head."""
    db, key = logged
    n = _count(db, key)
    conn = _sql_tool(db, key)
    conn.execute("DELETE FROM audit WHERE seq > ?", (n - 2,))
    _rechain(conn, n - 1)
    conn.close()
    ws = open_workspace(db, PASSPHRASE)
    try:  # three new events: the log is longer than the anchor again, but not from it
        for number in ("19850709-9805", "19850769-9802", "20150315-9806"):
            persons.register(ws, "Efter", "Attacken", number)
    finally:
        ws.close()
    report = _verify(db)
    assert report.chain.ok and report.chain.events == n + 1
    assert report.anchor.state == "rewritten" and report.anchor.anchored.count == n  # type: ignore[union-attr]


def test_anchor_edited_without_the_key(logged: tuple[Path, str]) -> None:
    db, _key = logged
    doc = json.loads(anchor_path(db).read_text())
    doc["count"] -= 5  # "the log was only this long"
    anchor_path(db).write_text(json.dumps(doc))
    report = _verify(db)
    assert report.anchor.state == "forged"
    assert report.problems()[-1] == (
        f"Ankarfilen {anchor_path(db)} är ändrad eller hör till en annan databas; loggen kan inte bekräftas mot den."
    )


def test_anchor_deleted(logged: tuple[Path, str]) -> None:
    db, key = logged
    anchor_path(db).unlink()
    conn = _sql_tool(db, key)
    conn.execute("DELETE FROM audit WHERE seq > 3")
    _rechain(conn, 4)
    conn.close()
    report = _verify(db)
    assert report.anchor.state == "missing"
    assert report.problems()[-1].startswith(f"Ankarfilen {anchor_path(db)} saknas fast databasen har haft en")
    assert not anchor_path(db).exists() or _verify(db).anchor.state == "missing"


@pytest.mark.parametrize("how", ["dropped", "defanged"])
def test_missing_triggers_are_recreated_as_an_audited_repair(logged: tuple[Path, str], how: str) -> None:
    db, key = logged
    conn = sqlcipher3.connect(str(db), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key}'\"")
    conn.execute("DROP TRIGGER plans_signed_locked")
    conn.execute("DROP TRIGGER audit_no_delete")
    if how == "defanged":  # the name is there, the protection is not
        conn.execute("CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT 1; END")
    conn.close()
    report = _verify(db)
    assert report.repaired == ("audit_no_delete", "plans_signed_locked") and report.tampered
    assert report.repair_sentence() == (
        "Skyddet audit_no_delete, plans_signed_locked saknades eller var ändrat och har återskapats "
        "(händelsen finns i loggen)."
    )
    ws = open_workspace(db, PASSPHRASE)
    try:
        last = ws.audit.events(limit=1)[0]
        assert (last.action.value, last.entity, last.entity_id) == (
            "repair",
            "protection",
            "audit_no_delete,plans_signed_locked",
        )
        with pytest.raises(Refused, match="granskningsloggen kan bara byggas på"):
            with ws.store.atomic():
                ws.store.conn.execute("DELETE FROM audit WHERE seq = 1")
    finally:
        ws.close()
    again = _verify(db)
    assert not again.tampered and again.anchor.state == "ok"  # the repair itself is anchored


def test_a_rolled_back_savepoint_leaves_no_head_behind(ws: Workspace, db_path: Path) -> None:
    """An event written in a savepoint that is rolled back, inside a transaction that commits:
    the anchor holds the committed head, so the next open finds them equal."""
    from app.models.audit import Action

    with ws.store.atomic():
        ws.audit.append("Test", Action.READ, "person", "a")
        with pytest.raises(RuntimeError):
            with ws.store.atomic():
                ws.audit.append("Test", Action.READ, "person", "b")
                raise RuntimeError("given up")
    ws.close()
    rows = open_workspace(db_path, PASSPHRASE)
    try:
        assert [e.entity_id for e in rows.audit.events()] == ["a"]
        assert rows.store.anchor_problem == "" and tuple(rows.store.read_anchor()) == (1, rows.audit.hash_at(1))
    finally:
        rows.close()


def test_an_anchor_already_at_the_head_is_not_written_again(ws: Workspace, db_path: Path) -> None:
    """A commit that says the log grew, when the anchor already holds the head (another program
    on the database anchored it): the file is left as it is, not replaced by the same content."""
    persons.register(ws, "Före", "Ankaret", "19850709-9805")
    path = anchor_path(db_path)
    before = path.stat()
    ws.store.note_audit_grew()
    with ws.store.atomic():
        pass
    after = path.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    persons.register(ws, "Efter", "Ankaret", "19850769-9802")  # a longer head is written
    assert path.stat().st_ino != before.st_ino
