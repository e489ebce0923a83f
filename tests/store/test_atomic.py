"""Files the app writes land whole or not at all: temp file beside, fsync, os.replace, fsync the folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.services import security
from app.services.workspace import Workspace, open_workspace
from app.store import keyfile
from app.store.atomic import write_atomic
from app.store.errors import DiskFull, ReadOnlyLocation, WrongPassphrase
from tests.factories import PASSPHRASE


def test_write_is_fsynced_then_moved_into_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "fil.json"
    target.write_bytes(b"gammalt")
    order: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(os, "fsync", lambda fd: (order.append("fsync"), real_fsync(fd))[1])
    monkeypatch.setattr(os, "replace", lambda a, b: (order.append("replace"), real_replace(a, b))[1])
    write_atomic(target, "nytt innehåll".encode())
    assert target.read_bytes() == "nytt innehåll".encode()
    assert order == ["fsync", "replace", "fsync"]  # the data, the rename, then the folder
    assert [p.name for p in tmp_path.iterdir()] == ["fil.json"]  # no temp file left


def test_a_crash_before_the_rename_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "fil.json"
    target.write_bytes(b"gammalt")

    def power_cut(_a: object, _b: object) -> None:
        raise OSError(5, "I/O error")

    monkeypatch.setattr(os, "replace", power_cut)
    with pytest.raises(OSError):
        write_atomic(target, b"nytt" * 1000)
    assert target.read_bytes() == b"gammalt"
    assert [p.name for p in tmp_path.iterdir()] == ["fil.json"]


def test_failed_passphrase_change_keeps_the_old_key_file(
    ws: Workspace, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws.close()
    before = keyfile.key_path(db_path).read_bytes()

    def full_disk(_a: object, _b: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(DiskFull, match="Disken är full"):
        security.change_passphrase(db_path, PASSPHRASE, "en helt ny lösenfras")
    monkeypatch.undo()
    assert keyfile.key_path(db_path).read_bytes() == before
    open_workspace(db_path, PASSPHRASE).close()  # the old passphrase still opens it
    with pytest.raises(WrongPassphrase):
        open_workspace(db_path, "en helt ny lösenfras")


def test_backup_to_a_full_stick_or_a_locked_folder_is_a_sentence(
    ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_replace = os.replace
    for code, error in ((28, DiskFull), (13, ReadOnlyLocation)):

        def fail(_a: object, _b: object, code: int = code) -> None:
            raise OSError(code, os.strerror(code))

        monkeypatch.setattr(os, "replace", fail)
        with pytest.raises(error):
            security.backup(ws, tmp_path / "usb" / "kopia.egvbak")
        monkeypatch.setattr(os, "replace", real_replace)
        assert not (tmp_path / "usb" / "kopia.egvbak").exists()
        assert [p.name for p in (tmp_path / "usb").iterdir()] == []
    assert ws.audit.verify().ok


def test_a_file_in_use_is_tried_again_until_it_is_free(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows refuses os.replace with PermissionError while another program has the file open;
    two refusals and then a free file: the write lands (it is not given up at the first)."""
    from app.store import atomic

    dest = tmp_path / "inställningar.json"
    dest.write_bytes(b"gammal")
    real_replace = os.replace
    tries: list[str] = []

    def busy_twice(a: object, b: object) -> None:
        tries.append("replace")
        if len(tries) <= 2:
            raise PermissionError(13, "The process cannot access the file")
        real_replace(a, b)

    monkeypatch.setattr(atomic, "REPLACE_PAUSE", 0.001)
    monkeypatch.setattr(os, "replace", busy_twice)
    write_atomic(dest, b"ny")
    assert dest.read_bytes() == b"ny"
    assert tries == ["replace", "replace", "replace"]


def test_a_file_in_use_all_along_is_a_sentence_after_five_tries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.store import atomic
    from app.store.errors import FileInUse

    dest = tmp_path / "inställningar.json"
    dest.write_bytes(b"gammal")
    tries: list[str] = []

    def busy(_a: object, _b: object) -> None:
        tries.append("replace")
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(atomic, "REPLACE_PAUSE", 0.001)
    monkeypatch.setattr(os, "replace", busy)
    with pytest.raises(FileInUse):
        write_atomic(dest, b"ny")
    assert len(tries) == 5
    assert dest.read_bytes() == b"gammal"  # the old file untouched
    assert [p.name for p in tmp_path.iterdir()] == ["inställningar.json"]  # no temp file left
