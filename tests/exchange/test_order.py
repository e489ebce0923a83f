"""Imports never go backwards: an older bundle, or an older version of a record, changes nothing,
and the preview says so in words; a version made from an older one is a conflict."""

from __future__ import annotations

import shutil
from pathlib import Path

from app.models.plan import PlanStatus
from app.services import exchange as ex
from app.services import persons, plans
from app.services.workspace import open_workspace
from tests.factories import PASSPHRASE, Pair, dump


def _voided_plan_and_new_unit(pair: Pair) -> tuple[str, str, str]:
    """On the sender: void a signed plan that has an open review, and move its person to a new
    unit. Returns (plan id, review id, person id)."""
    everyone = [p.id for p in pair.a.repos.persons.all()]
    shared = ex.consented_persons(pair.a, everyone)
    plan = next(
        p
        for p in pair.a.repos.plans.all()
        if p.status is PlanStatus.SIGNED
        if p.person_id in shared and pair.a.repos.reviews.open_for_plan(p.id)
    )
    review = pair.a.repos.reviews.open_for_plan(plan.id)[0]
    plans.void_plan(pair.a, plan, "Fel person")
    persons.edit(pair.a, pair.a.repos.persons.get(plan.person_id), unit="Nya enheten")
    return plan.id, review.id, plan.person_id


def _state(pair: Pair, plan_id: str, review_id: str, person_id: str) -> tuple[str, bool, str]:
    b = pair.b.repos
    return b.plans.get(plan_id).status.value, b.reviews.get(review_id).cancelled, b.persons.get(person_id).unit


def test_bundle_1_then_2_then_1_again_reverts_nothing(pair: Pair) -> None:
    first = pair.bundle("1.egvb")
    ex.import_bundle(pair.b, first)
    plan_id, review_id, person_id = _voided_plan_and_new_unit(pair)
    second = pair.bundle("2.egvb", since_last=True)
    assert ex.import_bundle(pair.b, second).counts["updated"] == 3  # the plan, its review, the person
    assert _state(pair, plan_id, review_id, person_id) == ("voided", True, "Nya enheten")
    before = dump(pair.b)

    incoming, prev = ex.read_and_preview(pair.b, first)
    assert prev.notices == (
        "Paketet är äldre än ett redan inläst paket från Region Kronoberg (nummer 1, redan inläst 2) – inget ändras.",
    )
    assert prev.counts()["new"] == prev.counts()["updated"] == prev.counts()["conflict"] == 0
    assert prev.older() == len(prev.changes) > 50
    ex.apply(pair.b, incoming, prev)

    assert _state(pair, plan_id, review_id, person_id) == ("voided", True, "Nya enheten")
    after = dump(pair.b)
    for table in before:
        if table not in ("audit", "meta", "exchange_bundles"):
            assert after[table] == before[table], table


def _restored_sender(pair: Pair, tmp: Path) -> Path:
    """The sender's database as it was now, kept aside (a backup); returned later as if restored."""
    pair.a.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    kept = tmp / "kept" / "a.db"
    kept.parent.mkdir()
    shutil.copy(pair.a.path, kept)
    shutil.copy(f"{pair.a.path}.key", f"{kept}.key")
    return kept


def test_an_older_version_in_a_newer_bundle_is_skipped_and_named(pair: Pair, tmp_path: Path) -> None:
    ex.import_bundle(pair.b, pair.bundle("1.egvb"))
    kept = _restored_sender(pair, tmp_path)
    plan_id, review_id, person_id = _voided_plan_and_new_unit(pair)
    ex.import_bundle(pair.b, pair.bundle("2.egvb", since_last=True))

    restored = open_workspace(kept, PASSPHRASE)  # same keys, sequence and records as at bundle 1
    try:
        ex.export_bundle(restored, tmp_path / "3.egvb", to=ex.partners(restored)[0].identity)
    finally:
        restored.close()
    incoming, prev = ex.read_and_preview(pair.b, tmp_path / "3.egvb")
    # Not older as a bundle (number 2, as the last one read): its records are. And the restored
    # sender's audit log lost the events after the backup, which the receiver notices.
    assert len(prev.notices) == 1 and prev.notices[0].endswith("som förra paketet visade: loggen har kortats.")
    skipped = {c.key: c.note for c in prev.changes if c.older}
    assert skipped == {
        f"{plan_id}:1": "äldre version, hoppas över",
        review_id: "äldre version, hoppas över",
        person_id: "äldre version, hoppas över",
    }
    assert prev.counts()["updated"] == prev.counts()["conflict"] == 0
    ex.apply(pair.b, incoming, prev)
    assert _state(pair, plan_id, review_id, person_id) == ("voided", True, "Nya enheten")


def test_a_version_made_from_an_older_one_is_a_conflict_not_an_update(pair: Pair, tmp_path: Path) -> None:
    ex.import_bundle(pair.b, pair.bundle("1.egvb"))
    kept = _restored_sender(pair, tmp_path)
    _plan_id, _review_id, person_id = _voided_plan_and_new_unit(pair)
    ex.import_bundle(pair.b, pair.bundle("2.egvb", since_last=True))

    restored = open_workspace(kept, PASSPHRASE)
    try:  # edited after the restore: made from the version of bundle 1, not from "Nya enheten"
        persons.edit(restored, restored.repos.persons.get(person_id), unit="Tredje enheten")
        ex.export_bundle(restored, tmp_path / "3.egvb", to=ex.partners(restored)[0].identity, since_last=True)
    finally:
        restored.close()
    result = ex.import_bundle(pair.b, tmp_path / "3.egvb")
    assert result.counts == {"new": 0, "updated": 0, "conflict": 1, "unchanged": 0}
    assert ("unit", "Nya enheten", "Tredje enheten") in result.conflicts[0].differing()
    assert pair.b.repos.persons.get(person_id).unit == "Nya enheten"
    assert pair.b.repos.plans.get(_plan_id).status is PlanStatus.VOIDED
