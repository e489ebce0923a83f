"""The encrypted database: opening, transactions, and the audit anchor's bookkeeping.

SQLCipher 4 through sqlcipher3 with a raw 256-bit key, used directly (see `Store`). WAL with
synchronous=FULL: a committed transaction survives a crash or a power cut. sqlcipher3's
exceptions are not sqlite3's; `translated()` (edge.py) turns them into the store's own errors
so nothing above this layer ever sees a driver exception.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import sqlcipher3

from app.paths import check_db_path
from app.store import anchor, keyfile, marks, migrations
from app.store.edge import BUSY_TIMEOUT_S, PAGE_SIZE, diagnose, keyed, translated
from app.store.errors import (
    DamagedDatabase,
    DatabaseExists,
    DatabaseMissing,
    NewerDatabase,
    ReadOnlyLocation,
    RecordMissing,
    StoreError,
    TruncatedDatabase,
)

__all__ = ["BUSY_TIMEOUT_S", "PAGE_SIZE", "Store", "diagnose", "open_store", "open_with_key", "translated"]

_log = logging.getLogger(__name__)


def _connect(path: Path, key: bytes) -> sqlcipher3.Connection:
    conn = keyed(path, key)
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
    """An open, unlocked database. Owned by one thread at a time.

    The connection is used directly: the store needs transactions with savepoints, inserts of
    final rows, an update by key and queries as dicts, a screen of code. (sqlite-utils did this
    until it was found to bring click, dateutil, pluggy, tabulate and pip itself, 18 MB of the
    install, for four calls.)
    """

    def __init__(self, path: Path, key: bytes, conn: sqlcipher3.Connection) -> None:
        self.path = path
        self._key = key
        self.conn = conn
        self._savepoint_ids = itertools.count(1)  # next() is one step: no two blocks share a name
        # The audit anchor (anchor.py): what was found at open ("" = it fits the chain), and
        # whether the transaction in progress added audit events (then the head is anchored
        # after its commit, read from the database then: a savepoint rolled back inside it
        # cannot leave a head that was never committed).
        self.anchor_problem = ""
        self._audit_grew = False

    def guard(self, table: str = "") -> contextlib.AbstractContextManager[None]:
        return translated(self.path, self._key, table)

    def set_busy_timeout(self, seconds: float) -> None:
        """How long a write waits for another program's write lock before "in use"."""
        self.conn.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")

    @contextlib.contextmanager
    def atomic(self) -> Iterator[None]:
        """One write transaction; nested blocks are savepoints. Errors come out translated.

        BEGIN IMMEDIATE takes the write lock first, waiting out the busy timeout: a deferred
        transaction that read first cannot wait for the lock later (WAL answers "busy" at once).
        """
        if self.conn.in_transaction:
            with self.guard(), self._savepoint():
                yield
            return
        with self.guard():
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield
                self.conn.execute("COMMIT")
            except BaseException:
                self._audit_grew = False
                if self.conn.in_transaction:
                    self.conn.rollback()
                raise
        self._after_commit()

    @contextlib.contextmanager
    def _savepoint(self) -> Iterator[None]:
        """A nested block: rolled back alone when it fails, the outer transaction going on."""
        name = f"sp{next(self._savepoint_ids)}"
        self.conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            # A RAISE(ROLLBACK) trigger can end the whole transaction, savepoints included:
            # then there is nothing to roll back to, and the original error must come out.
            if self.conn.in_transaction:
                self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        self.conn.execute(f"RELEASE SAVEPOINT {name}")

    def note_audit_grew(self) -> None:
        """Audit events were added: anchor the head once the transaction commits."""
        self._audit_grew = True

    def _after_commit(self) -> None:
        grew, self._audit_grew = self._audit_grew, False
        if not grew or self.anchor_problem:  # a mismatch stays on disk as evidence
            return
        try:
            with self.guard():
                head = self.audit_head()
            current = self.read_anchor()
            # Another program on the same database may have anchored a longer head already.
            if current is None or current.count < head.count:
                self.write_anchor(head)
        except anchor.AnchorForged:
            self.anchor_problem = "forged"
        except (OSError, StoreError) as exc:
            # The change is committed; the anchor only lags (a lower bound, still true) and
            # the next commit writes it again.
            _log.warning("Audit anchor not written: %s", type(exc).__name__)

    def reset_anchor(self, head: anchor.Head) -> None:
        """Anchor `head` whatever the anchor said (audit_check.reanchor, after a review)."""
        self.write_anchor(head)
        self.anchor_problem = ""

    def read_anchor(self) -> anchor.Head | None:
        return anchor.read(self.path, self._key)

    def write_anchor(self, head: anchor.Head) -> None:
        anchor.write(self.path, self._key, head)

    def audit_head(self) -> anchor.Head:
        row = self.conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
        return anchor.Head(int(row[0]), str(row[1])) if row else anchor.EMPTY

    def audit_hash_at(self, seq: int) -> str | None:
        row = self.conn.execute("SELECT hash FROM audit WHERE seq = ?", (seq,)).fetchone()
        return str(row[0]) if row else None

    def extends(self, head: anchor.Head) -> bool:
        """Does the audit chain here contain `head` at its position (i.e. grow from it)?"""
        return head.empty or self.audit_hash_at(head.count) == head.hash

    def insert_rows(self, table: str, rows: Sequence[dict[str, Any]]) -> None:
        """Many rows of one shape in one prepared statement: rows from the codec are final
        already, and an import of 10 000 plans writes 60 000 of them. Many rows inside a
        transaction are marked for the to-do and the indicators at the end (`marks`)."""
        if not rows:
            return
        cols = list(rows[0])
        sql = f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in cols)}) VALUES ({', '.join('?' * len(cols))})"
        many = len(rows) >= marks.BULK_FROM
        with self.guard(table), marks.deferred(self.conn, table) if many else contextlib.nullcontext():
            self.conn.executemany(sql, [tuple(r[c] for c in cols) for r in rows])

    def update_row(self, table: str, row: dict[str, Any], key: Sequence[str] = ("id",)) -> None:
        """Writes every column of `row` (final values from the codec) to the row with its key.
        A row that is no longer there (removed by another program since it was read) is
        refused rather than silently not written."""
        sets = ", ".join(f"[{c}] = ?" for c in row)
        where = " AND ".join(f"[{k}] = ?" for k in key)
        params = [*row.values(), *(row[k] for k in key)]
        # In a transaction of its own when called outside one (as sqlite-utils' update was):
        # committed at once, and nothing left open by the refusal.
        with self.atomic(), self.guard(table):
            cur = self.conn.execute(f"UPDATE [{table}] SET {sets} WHERE {where}", params)
            if cur.rowcount != 1:
                raise RecordMissing()

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
    store = Store(path, key, conn)
    try:
        _check_anchor(store)  # reads the audit table's last pages: damage there is found here
    except BaseException:
        conn.close()  # or its -wal and -shm files stay behind beside a damaged database
        raise
    return store


ANCHOR_FLAG = "audit_anchor"  # in meta: this database has had an anchor file since then


def _check_anchor(store: Store) -> None:
    """Read the anchor once at open. If the chain does not grow from it exactly (shorter,
    rewritten, or with events no commit of ours anchored), it is never overwritten in this
    session (`anchor_problem`), so `audit verify` still finds the evidence."""
    try:
        head = store.read_anchor()
    except anchor.AnchorForged:
        store.anchor_problem = "forged"
        return
    with store.guard():
        if head is None:
            if store.conn.execute("SELECT 1 FROM meta WHERE key = ?", (ANCHOR_FLAG,)).fetchone():
                store.anchor_problem = "missing"
            else:
                start_anchor(store)  # a database from before anchors: anchored from now on
            return
        store.anchor_problem = anchor_state(store, head)


def anchor_state(store: Store, head: anchor.Head) -> str:
    """ "" when the chain's head is the anchored one; else shortened / rewritten / ahead."""
    chain = store.audit_head()
    if head.count > chain.count:
        return "shortened"
    if not store.extends(head):
        return "rewritten"
    return "ahead" if chain.count > head.count else ""


def start_anchor(store: Store) -> None:
    """Anchor the current head, then mark the database as anchored (a crash in between
    leaves an anchor and no mark: harmless)."""
    try:
        store.write_anchor(store.audit_head())
        with store.atomic():
            store.conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (ANCHOR_FLAG, str(store.audit_head().count)),
            )
    except StoreError as exc:  # read-only copy: it can be read, the anchor waits for a writable one
        _log.warning("Audit anchor not started: %s", type(exc).__name__)


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


def create_store(path: Path, passphrase: str) -> tuple[Store, str]:
    """A new encrypted database and its key file; returns the store and the recovery code."""
    path = Path(path)
    check_db_path(path)  # before anything is written: Windows could not keep it there
    if path.exists() or keyfile.key_path(path).exists():
        raise DatabaseExists(path=path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise ReadOnlyLocation(path=path.parent) from None
    db_key, kf, code = keyfile.create(passphrase)
    # The key file goes first: a database without its key file would be unreadable forever.
    with translated(path):
        try:
            keyfile.write(path, kf)
        except PermissionError:
            raise ReadOnlyLocation(path=path.parent) from None
        conn = _connect(path, db_key)
        _configure(conn)
        migrations.migrate(conn)
    store = Store(path, db_key, conn)
    start_anchor(store)
    return store, code


def remove_database_files(path: Path) -> None:
    """Used only to clean up a database that was never handed out (a failed create)."""
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), keyfile.key_path(path), anchor.anchor_path(path)):
        with contextlib.suppress(FileNotFoundError):
            os.remove(p)
