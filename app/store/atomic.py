"""Crash-safe file writes: temp file in the same folder, fsync, os.replace, fsync the folder.

As in Electrum's storage.py: a crash leaves either the old file or the new one, never half.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from app.store.errors import DiskFull, FileInUse, ReadOnlyLocation

# A file held open elsewhere is often let go within a moment (a virus scan, a preview pane).
REPLACE_TRIES = 5
REPLACE_PAUSE = 0.1  # seconds, doubled after each refusal: 1.5 s in all


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a directory for fsync; NTFS journals the rename
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def _as_store_errors(folder: Path) -> Iterator[None]:
    """A full disk or a folder we may not write to is a sentence, not an OSError."""
    try:
        yield
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise DiskFull() from exc
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise ReadOnlyLocation(path=folder) from exc
        raise


def _replace(tmp: Path, dest: Path) -> None:
    """os.replace, which on Windows fails while another handle has `dest` open (no
    FILE_SHARE_DELETE): tried again a few times, then a sentence that says so. The old file is
    never touched by a failed replace, and the caller removes the temp file."""
    pause = REPLACE_PAUSE
    for attempt in range(REPLACE_TRIES):
        try:
            os.replace(tmp, dest)
            return
        except PermissionError as exc:
            if not dest.exists() or not os.access(dest.parent, os.W_OK):
                raise  # not a file in use: a folder we may not write to (ReadOnlyLocation)
            if attempt == REPLACE_TRIES - 1:
                raise FileInUse(path=dest) from exc
            time.sleep(pause)
            pause *= 2


@contextlib.contextmanager
def atomic_path(dest: Path, sync_folder: bool = True) -> Iterator[Path]:
    """Yield a temp path beside `dest`; on success it is fsynced and moved into place.
    `sync_folder=False` leaves the rename's durability to the file system's journal: after a
    power cut the old file may be back, whole (for files that may lag, like the audit anchor)."""
    dest = Path(dest)
    with _as_store_errors(dest.parent):
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
        os.close(fd)
        tmp = Path(name)
        try:
            yield tmp
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
            _replace(tmp, dest)
            if sync_folder:
                fsync_dir(dest.parent)
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()


def write_atomic(dest: Path, data: bytes, sync_folder: bool = True) -> None:
    with atomic_path(dest, sync_folder) as tmp:
        tmp.write_bytes(data)
