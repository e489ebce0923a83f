"""Test data builders, in one place: persons, assessments, plans in each state, bundles.

New builders go here; test modules import from here (and from conftest fixtures), never from
another test module.
"""

from __future__ import annotations

# --- exchange: two databases that know each other, and bundles taken apart and put together ---
import hashlib
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage
import pytest

from app.exchange import container
from app.exchange.identity import OrgIdentity
from app.services import demo
from app.services import exchange as ex
from app.services.workspace import Workspace, create_workspace
from tests.conftest import PASSPHRASE

EXCHANGE_TABLES = ("persons", "assessments", "plans", "reviews", "copies", "sip_links", "deviations", "plan_documents")


@dataclass
class Pair:
    a: Workspace  # the sender, with demo data
    b: Workspace  # the receiver, empty
    a_id: Path
    b_id: Path
    tmp: Path

    def bundle(self, name: str = "x.egvb", **kw: object) -> Path:
        kw.setdefault("to", ex.partners(self.a)[0].identity)
        ex.export_bundle(self.a, self.tmp / name, **kw)  # type: ignore[arg-type]
        return self.tmp / name

    def close(self) -> None:
        self.a.close()
        self.b.close()


def workspace(path: Path) -> Workspace:
    ws, _code = create_workspace(path, PASSPHRASE)
    return ws


def make_pair(tmp: Path, persons: int = 12, seed: int = 7) -> Pair:
    """A sender with demo data and an empty receiver, each trusting the other."""
    a, b = workspace(tmp / "a" / "a.db"), workspace(tmp / "b" / "b.db")
    demo.fill(a, persons=persons, seed=seed)
    ex.ensure_identity(a, "Region Kronoberg")
    ex.ensure_identity(b, "Alvesta kommun")
    ex.export_identity(a, tmp / "a.id")
    ex.export_identity(b, tmp / "b.id")
    ex.import_identity(a, tmp / "b.id", trust=True)
    ex.import_identity(b, tmp / "a.id", trust=True)
    return Pair(a, b, tmp / "a.id", tmp / "b.id", tmp)


def dump(ws: Workspace) -> dict[str, list[str]]:
    """Every row of every table, in a stable order: the database's whole content."""
    tables = [r["name"] for r in ws.store.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return {t: sorted(repr(sorted(r.items())) for r in ws.store.query(f"SELECT * FROM {t}")) for t in tables}


def file_state(ws: Workspace) -> list[str]:
    """SHA-256 of the database file, its WAL and its key file: byte-identical or not."""
    paths = [ws.path, Path(f"{ws.path}-wal"), Path(f"{ws.path}.key")]
    return [hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else "-" for p in paths]


def rows(ws: Workspace, table: str) -> list[dict[str, Any]]:
    return ws.store.query(f"SELECT * FROM {table} ORDER BY id" + (", version" if table == "plans" else ""))


def members_of(path: Path, receiver: Workspace) -> dict[str, bytes]:
    me = ex.own_identity(receiver)
    plain = container.decrypt(path.read_bytes(), path, identity=me, passphrase=None)
    with zipfile.ZipFile(io.BytesIO(plain)) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def rezip(members: dict[str, bytes], receiver: Workspace, raw: bool = False) -> bytes:
    """Re-encrypt altered members to the receiver, keeping the (now stale) signed manifest."""
    me = ex.own_identity(receiver)
    assert me is not None
    if raw:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            for name, data in members.items():
                zf.writestr(name, data)
        plain = buf.getvalue()
    else:
        plain = container._zip(members)
    return pyrage.encrypt(plain, [pyrage.x25519.Recipient.from_str(me.public.age_recipient)])


def resign(
    members: dict[str, bytes], sender: OrgIdentity, receiver: Workspace, extra: dict[str, Any] | None = None
) -> bytes:
    """A correctly signed bundle with whatever content: for content checks after the signature."""
    body = {k: v for k, v in members.items() if k not in (container.MANIFEST, container.SIGNATURE)}
    me = ex.own_identity(receiver)
    assert me is not None
    return container.seal(
        body, sender, bundle_id="test", created_at="2026-01-01T00:00:00+00:00", recipient=me.public, extra=extra
    )


def refused(pair: Pair, data: bytes | Path, expected: type[Exception], name: str, passphrase: str | None = None) -> str:
    """Import `data` into the receiver: refused with exactly `expected`, the receiver's files
    byte-identical and every row as before. Returns the sentence."""
    safe = "".join(ch if ch.isalnum() else "_" for ch in name)
    path = data if isinstance(data, Path) else pair.tmp / f"{safe}.egvb"
    if not isinstance(data, Path):
        path.write_bytes(data)
    before, files = dump(pair.b), file_state(pair.b)
    with pytest.raises(expected) as caught:
        ex.import_bundle(pair.b, path, passphrase)
    assert type(caught.value) is expected
    assert dump(pair.b) == before and file_state(pair.b) == files
    message = str(caught.value)
    assert message and "Traceback" not in message
    return message
