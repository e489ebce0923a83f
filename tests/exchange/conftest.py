"""Two real encrypted databases that know each other, and helpers to build bad bundles."""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage
import pytest

from app.exchange import container, fhir
from app.exchange.identity import OrgIdentity
from app.services import demo
from app.services import exchange as ex
from app.services.workspace import Workspace, create_workspace
from tests.conftest import PASSPHRASE, with_nurse_profile


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


def workspace(path: Path) -> Workspace:
    ws, _code = create_workspace(path, PASSPHRASE)
    return with_nurse_profile(ws)


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    a, b = workspace(tmp_path / "a" / "a.db"), workspace(tmp_path / "b" / "b.db")
    demo.fill(a, persons=12, seed=7)
    ex.ensure_identity(a, "Region Kronoberg")
    ex.ensure_identity(b, "Alvesta kommun")
    ex.export_identity(a, tmp_path / "a.id")
    ex.export_identity(b, tmp_path / "b.id")
    ex.import_identity(a, tmp_path / "b.id", trust=True)
    ex.import_identity(b, tmp_path / "a.id", trust=True)
    yield Pair(a, b, tmp_path / "a.id", tmp_path / "b.id", tmp_path)
    a.close()
    b.close()


def dump(ws: Workspace) -> dict[str, list[str]]:
    """Every row of every table, in a stable order: the database's whole content."""
    tables = [r["name"] for r in ws.store.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return {t: sorted(repr(sorted(r.items())) for r in ws.store.query(f"SELECT * FROM {t}")) for t in tables}


def file_state(ws: Workspace) -> list[str]:
    paths = [ws.path, Path(f"{ws.path}-wal")]
    return [hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else "-" for p in paths]


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


def resign(members: dict[str, bytes], sender: OrgIdentity, receiver: Workspace) -> bytes:
    """A correctly signed bundle with whatever content: for content checks after the signature."""
    body = {k: v for k, v in members.items() if k not in (container.MANIFEST, container.SIGNATURE)}
    me = ex.own_identity(receiver)
    assert me is not None
    return container.seal(body, sender, bundle_id="test", created_at="2026-01-01T00:00:00+00:00", recipient=me.public)


@pytest.fixture(scope="session")
def small_bundle(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, Any]:
    """bundle.json of a few demo persons, and the records it holds."""
    ws = workspace(Path(tmp_path_factory.mktemp("order")) / "a.db")
    try:
        demo.fill(ws, persons=4, seed=9)
        me = ex.ensure_identity(ws, "Region Kronoberg").public
        records, _ids = ex.collect(ws)
    finally:
        ws.close()
    return fhir.bundle_json(records, me, "b", "2026-01-01T00:00:00+00:00"), records
