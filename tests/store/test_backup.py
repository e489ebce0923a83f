"""Backups: encrypted, rotated, restorable; a bad backup file changes nothing."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest

from app.paths import backup_dir
from app.services import demo, persons, security
from app.services.workspace import Workspace, open_workspace
from app.store import backup as backups
from app.store.errors import BackupInvalid, DatabaseExists, WrongPassphrase
from tests.factories import PASSPHRASE


def test_backup_is_encrypted_and_restores(ws: Workspace, db_path: Path, tmp_path: Path) -> None:
    demo.fill(ws, persons=25, seed=5)
    every = persons.all_persons(ws)
    people = {p.id: p.name for p in every}
    out = security.backup(ws, tmp_path / "kopia.egvbak")
    ws.close()
    raw = out.read_bytes()
    # Personnummer only: a short name ("Berg") turns up by chance in random bytes.
    needles = [p.number.digits.encode() for p in every] + [p.number.formatted.encode() for p in every]
    assert len(needles) == 50
    assert [n for n in needles if n in raw] == []
    restored_path = tmp_path / "annan dator" / "egenvard.db"
    restored_path.parent.mkdir()
    assert security.restore(out, restored_path, PASSPHRASE) is None
    ws2 = open_workspace(restored_path, PASSPHRASE)
    try:
        assert {p.id: p.name for p in persons.all_persons(ws2)} == people
        assert ws2.audit.verify().ok
    finally:
        ws2.close()


def test_restore_over_existing_keeps_the_old_one(ws: Workspace, db_path: Path, tmp_path: Path) -> None:
    persons.register(ws, "Före", "Kopian", "19850709-9805")
    out = security.backup(ws, tmp_path / "kopia.egvbak")
    persons.register(ws, "Efter", "Kopian", "19850769-9802")
    ws.close()
    with pytest.raises(DatabaseExists):
        security.restore(out, db_path, PASSPHRASE)
    kept = security.restore(out, db_path, PASSPHRASE, overwrite=True)
    assert kept is not None and kept.exists()
    ws2 = open_workspace(db_path, PASSPHRASE)
    assert [p.given_name for p in persons.all_persons(ws2)] == ["Före"]
    ws2.close()
    old = open_workspace(kept, PASSPHRASE)
    assert sorted(p.given_name for p in persons.all_persons(old)) == ["Efter", "Före"]
    old.close()


def test_bad_backups_change_nothing(ws: Workspace, db_path: Path, tmp_path: Path) -> None:
    out = security.backup(ws, tmp_path / "kopia.egvbak")
    ws.close()
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    with pytest.raises(WrongPassphrase):
        security.restore(out, db_path, "fel fras helt", overwrite=True)
    truncated = tmp_path / "trasig.egvbak"
    truncated.write_bytes(out.read_bytes()[:2000])
    with pytest.raises(BackupInvalid, match="ingen giltig säkerhetskopia"):
        security.restore(truncated, db_path, PASSPHRASE, overwrite=True)
    not_zip = tmp_path / "annat.egvbak"
    not_zip.write_text("hej")
    with pytest.raises(BackupInvalid):
        security.restore(not_zip, db_path, PASSPHRASE, overwrite=True)
    missing_member = tmp_path / "halv.egvbak"
    with zipfile.ZipFile(missing_member, "w") as zf:
        zf.writestr("backup.json", "{}")
    with pytest.raises(BackupInvalid, match="saknas"):
        security.restore(missing_member, db_path, PASSPHRASE, overwrite=True)
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_automatic_backups_rotate(ws: Workspace, db_path: Path) -> None:
    for _ in range(backups.KEEP + 3):
        security.backup(ws)
    kept = sorted(backup_dir(db_path).glob("auto-*.egvbak"))
    assert len(kept) == backups.KEEP


def _info(backup: Path) -> dict:
    import json

    with zipfile.ZipFile(backup) as zf:
        return json.loads(zf.read("backup.json"))


def _with_info(backup: Path, info: dict, edited: Path) -> Path:
    """A copy of `backup` whose backup.json is `info` (someone rewrote it)."""
    import json

    with zipfile.ZipFile(backup) as src, zipfile.ZipFile(edited, "w") as dst:
        for name in src.namelist():
            dst.writestr(name, json.dumps(info).encode() if name == "backup.json" else src.read(name))
    return edited


def test_backup_carries_the_audit_head(ws: Workspace, tmp_path: Path) -> None:
    persons.register(ws, "Före", "Kopian", "19850709-9805")
    head = ws.audit.head()
    out = security.backup(ws, tmp_path / "kopia.egvbak")
    carried = _info(out)["audit_head"]
    assert (carried["count"], carried["hash"]) == (head.count, head.hash) == (1, ws.audit.hash_at(1))
    assert len(carried["mac"]) == 64


def test_restore_refuses_a_backup_whose_log_is_not_its_head(ws: Workspace, db_path: Path, tmp_path: Path) -> None:

    persons.register(ws, "Före", "Kopian", "19850709-9805")
    persons.register(ws, "Andra", "Kopian", "19850769-9802")
    out = security.backup(ws, tmp_path / "kopia.egvbak")
    ws.close()
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    info = _info(out)
    info["audit_head"]["count"] = 1  # "the log had one event": the copy's log says otherwise
    edited = _with_info(out, info, tmp_path / "ändrad.egvbak")
    with pytest.raises(BackupInvalid, match="granskningsloggen stämmer inte med kopians huvud"):
        security.restore(edited, db_path, PASSPHRASE, overwrite=True)
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_restoring_an_older_backup_is_anchored_and_says_what_it_replaced(
    ws: Workspace, db_path: Path, tmp_path: Path
) -> None:
    from app.services import audit_check

    persons.register(ws, "Före", "Kopian", "19850709-9805")
    out = security.backup(ws, tmp_path / "kopia.egvbak")
    persons.register(ws, "Efter", "Kopian", "19850769-9802")
    replaced = ws.audit.head()  # 3 events: person, backup, person
    ws.close()
    security.restore(out, db_path, PASSPHRASE, overwrite=True)
    again = open_workspace(db_path, PASSPHRASE)
    try:
        last = again.audit.events(limit=1)[0]
        assert last.action.value == "restore"
        assert last.entity_id == f"kopia.egvbak; ersatte logg 3:{replaced.hash[:16]}" and replaced.count == 3
        report = audit_check.verify_audit(again)
        assert not report.tampered and report.anchor.state == "ok" and report.chain.events == 2
    finally:
        again.close()


def test_restore_refuses_a_backup_whose_head_is_right_but_its_seal_forged(
    ws: Workspace, db_path: Path, tmp_path: Path
) -> None:
    """The carried head matches the copy's log, but its MAC was not made with the database key
    (someone rewrote backup.json): refused as well, not only a head that differs."""

    persons.register(ws, "Före", "Kopian", "19850709-9805")
    out = security.backup(ws, tmp_path / "kopia.egvbak")
    ws.close()
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    info = _info(out)
    info["audit_head"]["mac"] = "0" * 64
    edited = _with_info(out, info, tmp_path / "ändrad.egvbak")
    with pytest.raises(BackupInvalid, match="granskningsloggen stämmer inte med kopians huvud"):
        security.restore(edited, db_path, PASSPHRASE, overwrite=True)
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
