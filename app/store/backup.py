"""Encrypted backups and restore.

A backup is one file: a zip (stored, not compressed: the content is ciphertext) holding an
encrypted copy of the database made with `sqlcipher_export` (the SQLite backup API does not
work on encrypted databases) and the key file as it was, so the backup opens with the
passphrase or recovery code of its day even if the laptop and its key file are gone.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

from app import __version__
from app.models.audit import Head
from app.store import anchor, keyfile
from app.store.atomic import atomic_path, fsync_dir
from app.store.database import Store, open_with_key, translated
from app.store.errors import BackupInvalid, BackupMissing, DatabaseExists

_DB_MEMBER, _KEY_MEMBER, _INFO_MEMBER = "database.sqlite", "database.key", "backup.json"
BACKUP_SUFFIX = ".egvbak"
KEEP = 10


def _export_copy(store: Store, dest: Path) -> Head:
    """An encrypted, consistent copy of the open database in `dest` (same key); returns the
    audit head of the copy (read in the same read transaction as the export)."""
    with translated(store.path):
        store.conn.execute("ATTACH DATABASE ? AS backup KEY ?", (str(dest), f"x'{store.key_hex}'"))
        try:
            store.conn.execute("BEGIN")  # one snapshot of main for the head and the copy
            try:
                head = store.audit_head()
                store.conn.execute("SELECT sqlcipher_export('backup')")
                version = store.conn.execute("PRAGMA main.user_version").fetchone()[0]
                store.conn.execute(f"PRAGMA backup.user_version = {int(version)}")
                store.conn.execute("COMMIT")  # writes only the copy: main was only read
            except BaseException:
                store.conn.rollback()
                raise
        finally:
            store.conn.execute("DETACH DATABASE backup")
    return head


def _head_doc(key: bytes, head: Head) -> dict:
    return {"count": head.count, "hash": head.hash, "mac": anchor.mac(key, head, "backup")}


def write_backup(store: Store, out: Path) -> Path:
    out = Path(out)
    with tempfile.TemporaryDirectory(dir=out.parent if out.parent.exists() else None) as tmpdir:
        copy = Path(tmpdir) / _DB_MEMBER
        head = _export_copy(store, copy)
        info = {
            "app": "Egenvårdsstöd",
            "version": __version__,
            "made_at": datetime.now().isoformat(),
            "audit_head": _head_doc(bytes.fromhex(store.key_hex), head),
        }
        with atomic_path(out) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_STORED) as zf:
            zf.write(copy, _DB_MEMBER)
            zf.write(keyfile.key_path(store.path), _KEY_MEMBER)
            zf.writestr(_INFO_MEMBER, json.dumps(info))
    return out


def rotate(folder: Path, keep: int = KEEP) -> list[Path]:
    """Remove all but the newest `keep` automatic backups; returns what was removed."""
    backups = sorted(folder.glob(f"auto-*{BACKUP_SUFFIX}"))
    removed = backups[:-keep] if keep > 0 else backups
    for path in removed:
        path.unlink()
    return removed


def auto_backup(store: Store, folder: Path, keep: int = KEEP) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    path = write_backup(store, folder / f"auto-{stamp}{BACKUP_SUFFIX}")
    rotate(folder, keep)
    return path


def _read_members(backup: Path) -> tuple[bytes, bytes, dict]:
    if not backup.is_file():
        raise BackupMissing(path=backup)
    try:
        with zipfile.ZipFile(backup) as zf:
            names = set(zf.namelist())
            if not {_DB_MEMBER, _KEY_MEMBER} <= names:
                raise BackupInvalid(path=backup, detail="delar saknas")
            if zf.testzip() is not None:
                raise BackupInvalid(path=backup, detail="kontrollsumma stämmer inte")
            info = json.loads(zf.read(_INFO_MEMBER)) if _INFO_MEMBER in names else {}
            return zf.read(_DB_MEMBER), zf.read(_KEY_MEMBER), info if isinstance(info, dict) else {}
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise BackupInvalid(path=backup, detail=type(exc).__name__) from None


def restore(backup: Path, dest: Path, passphrase: str, overwrite: bool = False) -> Path | None:
    """Restore `backup` to `dest` after proving it opens with `passphrase`.

    An existing database is only replaced with `overwrite`, and then it is kept beside as
    `<name>.before-restore-<time>` so that nothing is lost. Returns that path, if any.
    """
    backup, dest = Path(backup), Path(dest)
    db_bytes, key_bytes, info = _read_members(backup)
    kf = keyfile.loads(key_bytes, backup)
    key = keyfile.unlock(kf, passphrase, backup)
    if dest.exists() and not overwrite:
        raise DatabaseExists(path=dest)
    with tempfile.TemporaryDirectory(dir=dest.parent) as tmpdir:
        trial = Path(tmpdir) / "trial.sqlite"
        trial.write_bytes(db_bytes)
        check = open_with_key(trial, key)  # proves the copy is whole before touching `dest`
        with contextlib.closing(check.conn), translated(trial):
            if check.conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise BackupInvalid(path=backup, detail="integritetskontroll")
            head = _carried_head(check, key, info, backup)
        kept = None
        if dest.exists():
            kept = dest.with_name(f"{dest.name}.before-restore-{datetime.now():%Y%m%d-%H%M%S}")
            shutil.copy2(dest, kept)
            if Path(f"{dest}-wal").exists():  # committed pages not yet checkpointed
                shutil.copy2(f"{dest}-wal", f"{kept}-wal")
            for side in (keyfile.key_path, anchor.anchor_path):
                if side(dest).exists():
                    shutil.copy2(side(dest), side(kept))
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.remove(f"{dest}{suffix}")
        with atomic_path(keyfile.key_path(dest)) as tmp:
            tmp.write_bytes(key_bytes)
        with atomic_path(dest) as tmp, open(tmp, "wb") as fh:
            shutil.copyfileobj(io.BytesIO(db_bytes), fh)
        # The restored log is the truth now: anchor it (the replaced anchor is kept beside).
        anchor.write(dest, key, head)
        fsync_dir(dest.parent)
    return kept


def _carried_head(trial: Store, key: bytes, info: dict, backup: Path) -> Head:
    """The copy's audit head, which must be the head the backup says it carries (a backup
    whose database was swapped or whose log was cut after it was made is refused)."""
    head = trial.audit_head()
    carried = info.get("audit_head")
    if carried is None:  # a backup from before heads were carried
        return head
    try:
        said = Head(int(carried["count"]), str(carried["hash"]))
        genuine = anchor.check_mac(key, said, carried["mac"], "backup")
    except (KeyError, TypeError, ValueError):
        genuine = False
    if not genuine or said != head:
        raise BackupInvalid(path=backup, detail="granskningsloggen stämmer inte med kopians huvud")
    return head
