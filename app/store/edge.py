"""The sqlcipher3 → user-error edge: driver errors as kinds, and why a file will not open.

`translated()` turns every driver exception into a `StoreError` of its kind (errors.py), so
nothing above the store ever sees one and only real damage says "restore from a backup".
`diagnose()` says why a file failed to open once SQLite found it unreadable.
"""

from __future__ import annotations

import contextlib
import logging
import math
import re
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3

from app.store import keyfile, words
from app.store.errors import (
    DamagedDatabase,
    DatabaseBusy,
    DiskFull,
    Duplicate,
    KeyFileMismatch,
    MissingReference,
    MissingValue,
    NotADatabase,
    NotAllowedValue,
    ReadOnlyLocation,
    Refused,
    StoreError,
    TruncatedDatabase,
    UnexpectedStoreError,
)

PAGE_SIZE = 4096  # SQLCipher 4 default


_log = logging.getLogger(__name__)

BUSY_TIMEOUT_S = 5.0  # how long a write waits for another program's write lock


def _is_damage(text: str) -> bool:
    return any(word in text for word in ("not a database", "malformed", "corrupt", "hmac"))


def _names(rest: str) -> tuple[str, str]:
    """'persons.number, persons.unit' → ('persons', 'number'): the first column named."""
    first = rest.split(",")[0].strip()
    table, _, column = first.partition(".")
    return (table, column) if column else ("", table)


def _capitalised(words: tuple[str, str]) -> tuple[str, str]:
    return words[0][:1].upper() + words[0][1:], words[1][:1].upper() + words[1][1:]


def _constraint(text: str, table_hint: str) -> Exception:
    """An IntegrityError: a schema rule (its kind names table and column) or a trigger's
    RAISE(ABORT, message) (Refused, carrying the message). Never damage."""
    kind, _, rest = text.partition(" constraint failed")
    rest = rest.lstrip(": ")
    if kind in ("UNIQUE", "PRIMARY KEY", "NOT NULL"):
        table, column = _names(rest)
        table = table or table_hint
        what, col = words.table(table), words.column(column)
        cls = MissingValue if kind == "NOT NULL" else Duplicate
        return cls(table, column, what_sv=what[0], what_en=what[1], column_sv=col[0], column_en=col[1])
    if kind == "CHECK":
        what = words.table(table_hint) if table_hint else ("posten", "the record")
        return NotAllowedValue(table_hint, "", what_sv=what[0], what_en=what[1], rule=rest)
    if kind == "FOREIGN KEY":
        what = _capitalised(words.table(table_hint)) if table_hint else ("Ändringen", "The change")
        return MissingReference(table_hint, "", what_sv=what[0], what_en=what[1])
    reason = words.trigger(text)
    return Refused(text, reason[0], reason[1])


def _classify(exc: Exception, path: Path, key: bytes | None = None, table: str = "") -> Exception:
    text = str(exc)
    low = text.lower()
    if isinstance(exc, sqlcipher3.IntegrityError):
        return _constraint(text, table)
    if "database or disk is full" in low:
        return DiskFull()
    if "locked" in low or "busy" in low:
        return DatabaseBusy()
    if "readonly" in low or "read-only" in low or "unable to open" in low:
        return ReadOnlyLocation(path=path)
    if _is_damage(low):
        if key is not None:
            return diagnose(path, key)
        return DamagedDatabase(path, "en del av filen går inte att läsa", "part of the file cannot be read")
    # The driver's text goes to the log (it names no person: SQLite quotes schema, not values);
    # the user gets no advice to restore, as nothing says the file is damaged.
    _log.error("Unclassified database error (%s): %s", type(exc).__name__, text)
    return UnexpectedStoreError()


@contextlib.contextmanager
def translated(path: Path, key: bytes | None = None, table: str = "") -> Iterator[None]:
    """Driver errors out as store errors of their kind (errors.py). With the key, damage is
    diagnosed: altered bytes (a page fails its HMAC) are told apart from a file cut short, a
    key file of another database and a file that is no database of ours. `table`, when the
    caller knows it, names the table in sentences SQLite's own message leaves it out of."""
    try:
        yield
    except sqlcipher3.Error as exc:
        raise _classify(exc, path, key, table) from exc
    except OSError as exc:
        if getattr(exc, "errno", None) == 28:  # ENOSPC
            raise DiskFull() from exc
        raise


_HMAC_FAILED = re.compile(r"hmac verification failed for page (\d+)", re.IGNORECASE)


def diagnose(path: Path, key: bytes) -> StoreError:
    """Why SQLite found the file damaged, read only after it did (it reads every page).

    Every SQLCipher page carries an HMAC, so a flipped byte shows as a page that fails it;
    when every page that is there is authentic and SQLite still finds pages missing, the
    file was cut short (an interrupted copy, a full USB stick).
    """
    size = path.stat().st_size if path.exists() else 0
    foreign = _not_ours(path)
    if foreign is not None:
        return foreign
    if size == 0:
        return TruncatedDatabase(path, "filen är tom", "the file is empty")
    if size % PAGE_SIZE:
        return TruncatedDatabase(
            path, f"den sista sidan är bara {size % PAGE_SIZE} byte", f"the last page has only {size % PAGE_SIZE} bytes"
        )
    try:
        conn = keyed(path, key)  # no other pragma: cache_size already reads the schema
        try:
            problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
        finally:
            conn.close()
    except sqlcipher3.Error:
        problems = ["unreadable"]
    failed = [int(m.group(1)) for m in map(_HMAC_FAILED.search, problems) if m]
    pages = size // PAGE_SIZE
    if pages >= 2 and len(failed) == pages and 1 in failed:
        # Not one page fits: not altered bytes (they hit a page or two) but another key.
        return KeyFileMismatch(path=path, key=keyfile.key_path(path))
    if failed:
        page = failed[0]
        sv, en = f"sidan {page} har ändrats eller förstörts", f"page {page} was altered or destroyed"
        return DamagedDatabase(path, sv, en)
    if problems:
        return DamagedDatabase(path, "filen går inte att läsa", "the file cannot be read")
    return TruncatedDatabase(path, f"bara {pages} hela sidor finns kvar", f"only {pages} whole pages remain")


_SQLITE_MAGIC = b"SQLite format 3\x00"
_MAGICS = {
    b"PK\x03\x04": ("en zip-fil", "a zip file"),
    b"%PDF": ("en PDF-fil", "a PDF file"),
    b"age-encryption.org": ("ett krypterat utbytespaket", "an encrypted exchange bundle"),
    _SQLITE_MAGIC: ("en okrypterad SQLite-databas", "an unencrypted SQLite database"),
}
_TEXT_BYTES = frozenset(range(32, 127)) | {9, 10, 13}


def _entropy(data: bytes) -> float:
    counts = [data.count(b) for b in set(data)]
    return -sum(c / len(data) * math.log2(c / len(data)) for c in counts)


def _is_text(head: bytes) -> bool:
    """UTF-8 text (the end may cut a character), or mostly ASCII (Windows-1252 with åäö).
    Random bytes decode as UTF-8 for a few bytes at most and are 37 % printable ASCII."""
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 3:
            return sum(b in _TEXT_BYTES for b in head) >= 0.75 * len(head)
        text = head[: exc.start].decode("utf-8")
    return sum(c.isprintable() or c in "\t\r\n" for c in text) >= 0.9 * len(text)


def _not_ours(path: Path) -> NotADatabase | None:
    """A file that is plainly no SQLCipher database: a known format, text, or bytes far from
    random (every byte of an SQLCipher file, the first 16 included, looks random)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(PAGE_SIZE)
    except OSError:
        return None
    if not head:
        return None  # empty: told as a file cut short
    for magic, (sv, en) in _MAGICS.items():
        if head.startswith(magic):
            return NotADatabase(path, sv, en)
    if _is_text(head):
        return NotADatabase(path, "en textfil", "a text file")
    # Random bytes: about 7.8 bits per byte in 1 KiB, 7.95 in 4 KiB; text and programs < 6.5.
    if len(head) >= 1024 and _entropy(head) < 7.5:
        return NotADatabase(path, "innehållet är inte krypterat", "its content is not encrypted")
    return None


def keyed(path: Path, key: bytes) -> sqlcipher3.Connection:
    """A connection with the key set and nothing read yet."""
    # check_same_thread=False: the UI hands the store to one database worker thread, which
    # then owns it; the store is never used from two threads at once.
    conn = sqlcipher3.connect(str(path), check_same_thread=False, timeout=BUSY_TIMEOUT_S)
    conn.isolation_level = "IMMEDIATE"  # a write that begins implicitly takes the write lock at once
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn
