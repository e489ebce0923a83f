"""The audit log's anchor: a checkpoint of the chain head kept OUTSIDE the database file.

`<db>.audit-anchor` holds (count, hash) of the audit chain as of the last commit that added
events, MAC'd with a key derived from the database key (HKDF), written atomically after the
commit. The chain in the database must always extend it: a log cut short, deleted, or
re-chained after an edit no longer contains the anchored event at the anchored position.

Why after the commit: the anchor can lag the database (a crash between the two), never lead
it, so a lagging anchor is a lower bound and never a false alarm. An attacker who edits the
database with SQL gets a window of at most the events since the last commit — none, as every
commit writes it. Someone holding the passphrase (hence the database key) can rewrite the
database AND the anchor together; only witnesses outside this computer (partners' copies of
our head, backups kept elsewhere) catch that.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.models.audit import GENESIS, Head
from app.store.atomic import write_atomic

FORMAT = "egenvardsstod-audit-anchor"
VERSION = 1
_INFO = b"egenvardsstod audit anchor v1"


EMPTY = Head(0, GENESIS)


class AnchorForged(Exception):
    """The anchor file does not authenticate under this database's key (edited, or another
    database's). Internal: `audit verify` turns it into a sentence."""


def anchor_path(db_path: Path) -> Path:
    return Path(f"{db_path}.audit-anchor")


def _mac_key(db_key: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, None, _INFO).derive(db_key)


def mac(db_key: bytes, head: Head, label: str = "anchor") -> str:
    """HMAC of a head under the anchor key; `label` separates anchors from backup heads."""
    body = json.dumps([FORMAT, label, head.count, head.hash], separators=(",", ":")).encode()
    return hmac.new(_mac_key(db_key), body, hashlib.sha256).hexdigest()


def check_mac(db_key: bytes, head: Head, tag: str, label: str = "anchor") -> bool:
    return hmac.compare_digest(mac(db_key, head, label), str(tag))


def write(db_path: Path, db_key: bytes, head: Head) -> None:
    doc = {"format": FORMAT, "version": VERSION, "count": head.count, "hash": head.hash, "mac": mac(db_key, head)}
    # Whole or old after a crash, never half; the folder is not fsynced: an anchor that lags
    # after a power cut is still a true lower bound (Windows never fsyncs folders anyway).
    write_atomic(anchor_path(db_path), json.dumps(doc, sort_keys=True).encode(), sync_folder=False)


def read(db_path: Path, db_key: bytes) -> Head | None:
    """The anchored head; None when there is no anchor file; AnchorForged when it does not
    authenticate or is not an anchor at all."""
    try:
        data = anchor_path(db_path).read_bytes()
    except FileNotFoundError:
        return None
    try:
        doc = json.loads(data.decode("utf-8"))
        head = Head(int(doc["count"]), str(doc["hash"]))
        ok = doc.get("format") == FORMAT and check_mac(db_key, head, doc["mac"])
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise AnchorForged("unreadable") from exc
    if not ok:
        raise AnchorForged("mac")
    return head
