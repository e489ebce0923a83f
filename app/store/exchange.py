"""SQL for exchange: our identity keys, partners, bundle history, sync versions, conflicts.

The private keys are only ever in this encrypted database. `exchange_sync` holds, per
partner and record, the hash of the last version both sides had (sent or taken): the
"last common version" that tells an update from a conflict.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.models.common import new_id, now
from app.store.codec import from_row
from app.store.database import Store
from app.store.documents import StoredDocument, document_from_row

CHUNK = 500


@dataclass(frozen=True)
class IdentityRow:
    name: str
    age_secret: str
    signing_private: bytes
    created_at: datetime


@dataclass(frozen=True)
class PartnerRow:
    fingerprint: str
    name: str
    age_recipient: str
    signing_public: bytes
    trusted: bool
    added_at: datetime


@dataclass(frozen=True)
class PeerRow:
    """What we know of a partner's bundles: the last sequence number taken (an older bundle
    changes nothing), its audit head as last received, and the heads we sent it."""

    partner: str
    last_sequence: int = 0
    last_bundle: str = ""
    audit_count: int | None = None
    audit_hash: str | None = None
    sent_heads: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True)
class BundleRow:
    bundle_id: str
    direction: str  # "sent" | "received"
    partner: str
    partner_name: str
    file_name: str
    file_sha256: str
    at: datetime
    counts: dict[str, int]


@dataclass(frozen=True)
class ConflictRow:
    id: str
    bundle_id: str
    partner: str
    kind: str
    record_key: str
    person_id: str
    incoming: dict[str, Any]
    incoming_hash: str
    at: datetime
    resolved: str = ""


TABLE_OF = {
    "person": "persons",
    "assessment": "assessments",
    "plan": "plans",
    "review": "reviews",
    "copy": "copies",
    "sip_link": "sip_links",
    "deviation": "deviations",
    "handover": "handovers",
    "intyg": "intyg",
}


class ExchangeStore:
    def __init__(self, store: Store) -> None:
        self.store = store

    # --- identity and partners -------------------------------------------------------------
    def identity(self) -> IdentityRow | None:
        rows = self.store.query("SELECT name, age_secret, signing_private, created_at FROM exchange_identity")
        if not rows:
            return None
        r = rows[0]
        return IdentityRow(
            r["name"], r["age_secret"], bytes(r["signing_private"]), datetime.fromisoformat(r["created_at"])
        )

    def set_identity(self, row: IdentityRow) -> None:
        with self.store.guard():
            self.store.conn.execute(
                "INSERT INTO exchange_identity (id, name, age_secret, signing_private, created_at) VALUES (1,?,?,?,?)"
                " ON CONFLICT(id) DO UPDATE SET name = excluded.name",
                (row.name, row.age_secret, row.signing_private, row.created_at.isoformat()),
            )

    def partners(self) -> list[PartnerRow]:
        rows = self.store.query("SELECT * FROM exchange_partners ORDER BY name, fingerprint")
        return [self._partner(r) for r in rows]

    def partner(self, fingerprint: str) -> PartnerRow | None:
        rows = self.store.query("SELECT * FROM exchange_partners WHERE fingerprint = ?", (fingerprint,))
        return self._partner(rows[0]) if rows else None

    @staticmethod
    def _partner(r: dict[str, Any]) -> PartnerRow:
        return PartnerRow(
            r["fingerprint"],
            r["name"],
            r["age_recipient"],
            bytes(r["signing_public"]),
            bool(r["trusted"]),
            datetime.fromisoformat(r["added_at"]),
        )

    def save_partner(self, row: PartnerRow) -> None:
        with self.store.guard():
            self.store.conn.execute(
                "INSERT INTO exchange_partners (fingerprint, name, age_recipient, signing_public, trusted, added_at)"
                " VALUES (?,?,?,?,?,?) ON CONFLICT(fingerprint) DO UPDATE SET name = excluded.name,"
                " trusted = excluded.trusted",
                (
                    row.fingerprint,
                    row.name,
                    row.age_recipient,
                    row.signing_public,
                    int(row.trusted),
                    row.added_at.isoformat(),
                ),
            )

    # --- bundle order and audit heads -------------------------------------------------------
    def sequence(self) -> int:
        """The sequence number of the last bundle we sent (0: none yet)."""
        return int(self.store.scalar("SELECT sequence FROM exchange_identity WHERE id = 1") or 0)

    def set_sequence(self, value: int) -> None:
        with self.store.guard():
            self.store.conn.execute("UPDATE exchange_identity SET sequence = max(sequence, ?) WHERE id = 1", (value,))

    def peer(self, partner: str) -> PeerRow:
        rows = self.store.query("SELECT * FROM exchange_peers WHERE partner = ?", (partner,))
        if not rows:
            return PeerRow(partner)
        r = rows[0]
        sent = tuple((int(c), str(h)) for c, h in json.loads(r["sent_heads"]))
        return PeerRow(partner, r["last_sequence"], r["last_bundle"], r["audit_count"], r["audit_hash"], sent)

    def save_peer(self, row: PeerRow) -> None:
        with self.store.guard():
            self.store.conn.execute(
                "INSERT INTO exchange_peers (partner, last_sequence, last_bundle, audit_count, audit_hash, sent_heads)"
                " VALUES (?,?,?,?,?,?) ON CONFLICT(partner) DO UPDATE SET last_sequence = excluded.last_sequence,"
                " last_bundle = excluded.last_bundle, audit_count = excluded.audit_count,"
                " audit_hash = excluded.audit_hash, sent_heads = excluded.sent_heads",
                (
                    row.partner,
                    row.last_sequence,
                    row.last_bundle,
                    row.audit_count,
                    row.audit_hash,
                    json.dumps([list(h) for h in row.sent_heads]),
                ),
            )

    def audit_head(self) -> tuple[int, str]:
        """(count, hash) of our audit log's last event; read-only, beside app/store/audit.py."""
        rows = self.store.query("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
        return (int(rows[0]["seq"]), str(rows[0]["hash"])) if rows else (0, "")

    def audit_hashes_at(self, seqs: Sequence[int]) -> dict[int, str]:
        """The hash of the event at each of `seqs` that exists."""
        wanted = sorted(set(seqs))
        if not wanted:
            return {}
        rows = self.store.query(f"SELECT seq, hash FROM audit WHERE seq IN ({','.join('?' * len(wanted))})", wanted)
        return {int(r["seq"]): str(r["hash"]) for r in rows}

    def seen_hashes(self, partner: str) -> dict[tuple[str, str], set[str]]:
        """Every version of each record exchanged with `partner`, by (kind, record_key)."""
        out: dict[tuple[str, str], set[str]] = {}
        for r in self.store.query("SELECT kind, record_key, hash FROM exchange_seen WHERE partner = ?", (partner,)):
            out.setdefault((r["kind"], r["record_key"]), set()).add(r["hash"])
        return out

    # --- history ---------------------------------------------------------------------------
    def add_bundle(self, row: BundleRow) -> None:
        with self.store.guard():
            self.store.conn.execute(
                "INSERT INTO exchange_bundles (bundle_id, direction, partner, partner_name, file_name, file_sha256,"
                " at, counts) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING",
                (
                    row.bundle_id,
                    row.direction,
                    row.partner,
                    row.partner_name,
                    row.file_name,
                    row.file_sha256,
                    row.at.isoformat(),
                    json.dumps(row.counts),
                ),
            )

    def bundles(self, limit: int = 200) -> list[BundleRow]:
        rows = self.store.query("SELECT * FROM exchange_bundles ORDER BY at DESC, rowid DESC LIMIT ?", (limit,))
        return [
            BundleRow(
                r["bundle_id"],
                r["direction"],
                r["partner"],
                r["partner_name"],
                r["file_name"],
                r["file_sha256"],
                datetime.fromisoformat(r["at"]),
                json.loads(r["counts"]),
            )
            for r in rows
        ]

    # --- sync versions ---------------------------------------------------------------------
    def sync_hashes(self, partner: str, kind: str | None = None) -> dict[tuple[str, str], str]:
        where, params = ("partner = ?", (partner,)) if kind is None else ("partner = ? AND kind = ?", (partner, kind))
        rows = self.store.query(f"SELECT kind, record_key, hash FROM exchange_sync WHERE {where}", params)
        return {(r["kind"], r["record_key"]): r["hash"] for r in rows}

    def set_sync(self, partner: str, items: Iterable[tuple[str, str, str]]) -> None:
        """(kind, record_key, hash) rows: the version both sides now have. Each is also kept
        among the versions ever exchanged (`exchange_seen`), so it is known as older later."""
        rows = [(partner, k, key, h) for k, key, h in items]
        with self.store.guard():
            self.store.conn.executemany(
                "INSERT INTO exchange_sync (partner, kind, record_key, hash) VALUES (?,?,?,?)"
                " ON CONFLICT(partner, kind, record_key) DO UPDATE SET hash = excluded.hash",
                rows,
            )
            self.store.conn.executemany(
                "INSERT INTO exchange_seen (partner, kind, record_key, hash) VALUES (?,?,?,?) ON CONFLICT DO NOTHING",
                rows,
            )

    # --- conflicts -------------------------------------------------------------------------
    def add_conflicts(self, rows: Sequence[ConflictRow]) -> None:
        with self.store.guard():
            self.store.conn.executemany(
                "INSERT INTO exchange_conflicts (id, bundle_id, partner, kind, record_key, person_id, incoming,"
                " incoming_hash, at) VALUES (?,?,?,?,?,?,?,?,?)",
                [
                    (
                        c.id,
                        c.bundle_id,
                        c.partner,
                        c.kind,
                        c.record_key,
                        c.person_id,
                        json.dumps(c.incoming, ensure_ascii=False),
                        c.incoming_hash,
                        c.at.isoformat(),
                    )
                    for c in rows
                ],
            )

    def open_conflicts(self) -> list[ConflictRow]:
        rows = self.store.query("SELECT * FROM exchange_conflicts WHERE resolved = '' ORDER BY at, rowid")
        return [self._conflict(r) for r in rows]

    def conflict(self, ident: str) -> ConflictRow | None:
        rows = self.store.query("SELECT * FROM exchange_conflicts WHERE id = ?", (ident,))
        return self._conflict(rows[0]) if rows else None

    def open_conflict_hashes(self) -> set[tuple[str, str, str]]:
        rows = self.store.query("SELECT kind, record_key, incoming_hash FROM exchange_conflicts WHERE resolved = ''")
        return {(r["kind"], r["record_key"], r["incoming_hash"]) for r in rows}

    def resolve_conflict(self, ident: str, how: str) -> None:
        with self.store.guard():
            self.store.conn.execute("UPDATE exchange_conflicts SET resolved = ? WHERE id = ?", (how, ident))

    @staticmethod
    def _conflict(r: dict[str, Any]) -> ConflictRow:
        return ConflictRow(
            r["id"],
            r["bundle_id"],
            r["partner"],
            r["kind"],
            r["record_key"],
            r["person_id"],
            json.loads(r["incoming"]),
            r["incoming_hash"],
            datetime.fromisoformat(r["at"]),
            r["resolved"],
        )

    # --- records by id, in bulk ------------------------------------------------------------
    def records(self, kind: str, cls: type, ids: Sequence[str]) -> list[Any]:
        """Records of one kind whose id is in `ids` (every version, for plans)."""
        table = TABLE_OF[kind]
        found: list[Any] = []
        unique = sorted(set(ids))
        for i in range(0, len(unique), CHUNK):
            part = unique[i : i + CHUNK]
            rows = self.store.query(f"SELECT * FROM {table} WHERE id IN ({','.join('?' * len(part))})", part)
            found += [from_row(cls, r) for r in rows]
        return found

    def records_in(self, kind: str, cls: type, column: str, values: Sequence[str]) -> list[Any]:
        """Records of one kind whose `column` (person_id, plan_id) is in `values`."""
        table = TABLE_OF[kind]
        found: list[Any] = []
        unique = sorted(set(values))
        for i in range(0, len(unique), CHUNK):
            part = unique[i : i + CHUNK]
            rows = self.store.query(
                f"SELECT * FROM {table} WHERE {column} IN ({','.join('?' * len(part))}) ORDER BY rowid", part
            )
            found += [from_row(cls, r) for r in rows]
        return found

    def all_ids(self, kind: str, column: str = "id") -> list[str]:
        return [r["v"] for r in self.store.query(f"SELECT DISTINCT {column} AS v FROM {TABLE_OF[kind]}")]

    def person_ids_by_number(self, numbers: Sequence[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        unique = sorted(set(numbers))
        for i in range(0, len(unique), CHUNK):
            part = unique[i : i + CHUNK]
            rows = self.store.query(
                f"SELECT id, number FROM persons WHERE number IN ({','.join('?' * len(part))})", part
            )
            out.update({r["number"]: r["id"] for r in rows})
        return out

    def documents(self, plan_versions: Sequence[tuple[str, int]]) -> list[StoredDocument]:
        """The newest stored sealed PDF of each plan version that has one, in the order asked.
        One query per 500 plans, not one per version (10 000 queries took a second): first
        which document is the newest of each version, then only those rows, PDFs and all."""
        wanted = set(plan_versions)
        newest: dict[tuple[str, int], str] = {}
        plan_ids = sorted({p for p, _v in wanted})
        for i in range(0, len(plan_ids), CHUNK):
            part = plan_ids[i : i + CHUNK]
            rows = self.store.query(
                f"SELECT id, plan_id, plan_version FROM plan_documents WHERE plan_id IN ({','.join('?' * len(part))})"
                " ORDER BY created_at DESC, rowid DESC",
                part,
            )
            for r in rows:
                version = (r["plan_id"], r["plan_version"])
                if version in wanted:
                    newest.setdefault(version, r["id"])
        by_id = {d.id: d for d in self.documents_by_id(list(newest.values()))}
        return [by_id[newest[v]] for v in dict.fromkeys(plan_versions) if v in newest]

    def documents_by_id(self, ids: Sequence[str]) -> list[StoredDocument]:
        out = []
        unique = sorted(set(ids))
        for i in range(0, len(unique), CHUNK):
            part = unique[i : i + CHUNK]
            rows = self.store.query(
                f"SELECT * FROM plan_documents WHERE id IN ({','.join('?' * len(part))}) ORDER BY id", part
            )
            out += [document_from_row(r) for r in rows]
        return out


def new_conflict(
    bundle_id: str,
    partner: str,
    kind: str,
    record_key: str,
    person_id: str,
    incoming: dict[str, Any],
    incoming_hash: str,
) -> ConflictRow:
    return ConflictRow(new_id(), bundle_id, partner, kind, record_key, person_id, incoming, incoming_hash, now())
