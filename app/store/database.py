"""The encrypted database: opening, the sqlcipher3 → user-error edge, transactions.

SQLCipher 4 through sqlcipher3 with a raw 256-bit key, used through sqlite-utils. WAL with
synchronous=FULL: a committed transaction survives a crash or a power cut. sqlcipher3's
exceptions are not sqlite3's; `translated()` turns them into the store's own errors so
nothing above this layer ever sees a driver exception.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import sqlcipher3
import sqlite_utils

from app.paths import check_db_path
from app.store import keyfile, migrations
from app.store.errors import (
    DamagedDatabase,
    DatabaseBusy,
    DatabaseExists,
    DatabaseMissing,
    DiskFull,
    NewerDatabase,
    ReadOnlyLocation,
    TruncatedDatabase,
)

PAGE_SIZE = 4096  # SQLCipher 4 default


def _is_damage(exc: Exception) -> bool:
    text = str(exc).lower()
    return any(word in text for word in ("not a database", "malformed", "corrupt", "hmac"))


def _classify(exc: Exception, path: Path, key: bytes | None = None) -> Exception:
    text = str(exc).lower()
    if "full" in text:
        return DiskFull()
    if "locked" in text or "busy" in text:
        return DatabaseBusy()
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return ReadOnlyLocation(path=path)
    if _is_damage(exc):
        if key is not None:
            return diagnose(path, key)
        return DamagedDatabase(path, "en del av filen går inte att läsa", "part of the file cannot be read")
    return DamagedDatabase(path, str(exc))


@contextlib.contextmanager
def translated(path: Path, key: bytes | None = None) -> Iterator[None]:
    """Driver errors out as store errors. With the key, damage is diagnosed: altered bytes
    (a page fails its HMAC) are told apart from a file that was cut short."""
    try:
        yield
    except sqlcipher3.Error as exc:
        raise _classify(exc, path, key) from exc
    except OSError as exc:
        if getattr(exc, "errno", None) == 28:  # ENOSPC
            raise DiskFull() from exc
        raise


_HMAC_FAILED = re.compile(r"hmac verification failed for page (\d+)", re.IGNORECASE)


def diagnose(path: Path, key: bytes) -> DamagedDatabase:
    """Why SQLite found the file damaged, read only after it did (it reads every page).

    Every SQLCipher page carries an HMAC, so a flipped byte shows as a page that fails it;
    when every page that is there is authentic and SQLite still finds pages missing, the
    file was cut short (an interrupted copy, a full USB stick).
    """
    size = path.stat().st_size if path.exists() else 0
    if size == 0:
        return TruncatedDatabase(path, "filen är tom", "the file is empty")
    if size % PAGE_SIZE:
        return TruncatedDatabase(
            path, f"den sista sidan är bara {size % PAGE_SIZE} byte", f"the last page has only {size % PAGE_SIZE} bytes"
        )
    try:
        conn = _keyed(path, key)  # no other pragma: cache_size already reads the schema
        try:
            problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
        finally:
            conn.close()
    except sqlcipher3.Error:
        problems = ["unreadable"]
    for problem in problems:
        found = _HMAC_FAILED.search(problem)
        if found:
            page = found.group(1)
            return DamagedDatabase(
                path, f"sidan {page} har ändrats eller förstörts", f"page {page} was altered or destroyed"
            )
    if problems:
        return DamagedDatabase(path, "filen går inte att läsa", "the file cannot be read")
    pages = size // PAGE_SIZE
    return TruncatedDatabase(path, f"bara {pages} hela sidor finns kvar", f"only {pages} whole pages remain")


def _keyed(path: Path, key: bytes) -> sqlcipher3.Connection:
    """A connection with the key set and nothing read yet."""
    # check_same_thread=False: the UI hands the store to one database worker thread, which
    # then owns it; the store is never used from two threads at once.
    conn = sqlcipher3.connect(str(path), check_same_thread=False, timeout=5.0)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def _connect(path: Path, key: bytes) -> sqlcipher3.Connection:
    conn = _keyed(path, key)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        # Decrypted pages live in the page cache; a larger one means each page is decrypted
        # once per session rather than on every query (SQLCipher's own performance advice).
        # (This already reads the schema: a damaged schema page fails here.)
        conn.execute("PRAGMA cache_size = -65536")
    except BaseException:
        conn.close()  # or its -wal and -shm files stay behind beside a damaged database
        raise
    return conn


def _check_readable(conn: sqlcipher3.Connection, path: Path, key: bytes) -> None:
    """Read the header and schema before anything is written, and check the file length.

    A wrong key cannot happen here (the key file's check value already proved the key), so a
    page that fails SQLCipher's HMAC means a damaged file, and a short file a truncated one.
    """
    size = path.stat().st_size
    if size == 0 or size % PAGE_SIZE:
        raise diagnose(path, key)
    with translated(path, key):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        version = migrations.schema_version(conn)
        page_count = conn.execute("PRAGMA page_count").fetchone()[0]
    if version == 0:  # we never leave a database without schema
        raise DamagedDatabase(path, "filen saknar databasschema", "the file holds no schema")
    has_wal = Path(f"{path}-wal").exists() and Path(f"{path}-wal").stat().st_size > 0
    if not has_wal and size < page_count * PAGE_SIZE:
        raise TruncatedDatabase(
            path, f"{size // PAGE_SIZE} av {page_count} sidor finns", f"{size // PAGE_SIZE} of {page_count} pages"
        )


class Store:
    """An open, unlocked database. Owned by one thread at a time."""

    def __init__(self, path: Path, key: bytes, conn: sqlcipher3.Connection) -> None:
        self.path = path
        self._key = key
        self.conn = conn
        self.db = sqlite_utils.Database(conn)

    def guard(self) -> contextlib.AbstractContextManager[None]:
        return translated(self.path, self._key)

    @contextlib.contextmanager
    def atomic(self) -> Iterator[sqlite_utils.Database]:
        """One transaction; nested blocks are savepoints. Errors come out translated."""
        with self.guard(), self.db.atomic() as db:
            yield db

    def insert_rows(self, table: str, rows: Sequence[dict[str, Any]]) -> None:
        """Many rows of one shape in one prepared statement. sqlite-utils' insert_all inspects
        and converts every value again in chunks with a savepoint each; rows from the codec are
        final already, and an import of 10 000 plans writes 60 000 of them."""
        if not rows:
            return
        cols = list(rows[0])
        sql = f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in cols)}) VALUES ({', '.join('?' * len(cols))})"
        with self.guard():
            self.conn.executemany(sql, [tuple(r[c] for c in cols) for r in rows])

    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        with self.guard():
            cur = self.conn.execute(sql, params)
            cols = [c[0] for c in cur.description or ()]
            return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]

    def scalar(self, sql: str, params: Any = ()) -> Any:
        with self.guard():
            row = self.conn.execute(sql, params).fetchone()
            return row[0] if row else None

    def check_pages(self) -> int:
        """Read and authenticate every page of the file, not only those queries touch: a
        flipped byte in a page nobody read yet is found here. Returns the number of pages."""
        with self.guard():
            problems = [str(r[0]) for r in self.conn.execute("PRAGMA cipher_integrity_check")]
            if problems:
                raise diagnose(self.path, self._key)
            structure = self.conn.execute("PRAGMA quick_check").fetchone()[0]
            pages = int(self.conn.execute("PRAGMA page_count").fetchone()[0])
        if structure != "ok":
            raise DamagedDatabase(self.path, "databasens inre struktur stämmer inte", "its inner structure is broken")
        return pages

    @property
    def key_hex(self) -> str:
        return self._key.hex()

    def close(self) -> None:
        with contextlib.suppress(sqlcipher3.Error):
            self.conn.execute("PRAGMA optimize")  # keeps planner statistics fresh, as SQLite advises
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.close()


def _configure(conn: sqlcipher3.Connection) -> None:
    if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")


def open_with_key(path: Path, key: bytes) -> Store:
    path = Path(path)
    if not path.exists():
        raise DatabaseMissing(path=path)
    with translated(path, key):
        conn = _connect(path, key)
        try:
            _check_readable(conn, path, key)
            found = migrations.schema_version(conn)
            if found > migrations.latest():
                raise NewerDatabase(found=found)
            _configure(conn)
            migrations.migrate(conn)
        except BaseException:
            conn.close()
            raise
    return Store(path, key, conn)


def open_store(path: Path, passphrase: str) -> Store:
    """Unlock with the passphrase: key file first (wrong passphrase vs damaged), then the database."""
    path = Path(path)
    if not path.exists():
        raise DatabaseMissing(path=path)
    key = keyfile.unlock(keyfile.read(path), passphrase, keyfile.key_path(path))
    return open_with_key(path, key)


def open_with_recovery_code(path: Path, code: str) -> Store:
    path = Path(path)
    if not path.exists():
        raise DatabaseMissing(path=path)
    key = keyfile.unlock_with_code(keyfile.read(path), code, keyfile.key_path(path))
    return open_with_key(path, key)


def create_store(path: Path, passphrase: str, kdf: keyfile.KdfParams | None = None) -> tuple[Store, str]:
    """A new encrypted database and its key file; returns the store and the recovery code."""
    path = Path(path)
    check_db_path(path)  # before anything is written: Windows could not keep it there
    if path.exists() or keyfile.key_path(path).exists():
        raise DatabaseExists(path=path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise ReadOnlyLocation(path=path.parent) from None
    db_key, kf, code = keyfile.create(passphrase, kdf)
    # The key file goes first: a database without its key file would be unreadable forever.
    with translated(path):
        try:
            keyfile.write(path, kf)
        except PermissionError:
            raise ReadOnlyLocation(path=path.parent) from None
        conn = _connect(path, db_key)
        _configure(conn)
        migrations.migrate(conn)
    return Store(path, db_key, conn), code


def remove_database_files(path: Path) -> None:
    """Used only to clean up a database that was never handed out (a failed create)."""
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), keyfile.key_path(path)):
        with contextlib.suppress(FileNotFoundError):
            os.remove(p)
