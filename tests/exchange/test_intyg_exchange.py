"""The egenvårdsintyg travels in the bundle as a FHIR Composition: the same record arrives, a
second import changes nothing, voiding travels as an update, a changed content never does,
and its sealed PDF comes along with the plan version."""

from __future__ import annotations

from dataclasses import replace

from app.exchange import fhir
from app.models.intyg import IntygStatus
from app.services import exchange as ex
from app.services import intyg, intyg_documents
from tests.factories import Pair, rows


def _issued(pair: Pair):  # type: ignore[no-untyped-def]
    everyone = [r["id"] for r in rows(pair.a, "persons")]
    ok = ex.consented_persons(pair.a, everyone)
    plan = next(p for p in pair.a.repos.plans.all() if p.status == "signed" and p.person_id in ok)
    record = intyg.issue(
        pair.a,
        plan.id,
        "Hjälp att ge läkemedel",
        "2 gånger per dag",
        "Kan utföras säkert",
        issued_on=plan.signature.signed_on,
    )
    return plan, record


def test_intyg_round_trip_as_composition(pair: Pair) -> None:
    plan, record = _issued(pair)
    doc = intyg_documents.seal(pair.a, record.id)
    records, _ids = ex.collect(pair.a, plan_ids=[plan.id])
    assert records.intyg == (record,)
    entries = fhir.to_bundle(records, ex.own_identity(pair.a).public, "b1", "2026-11-05T10:00:00Z")["entry"]
    [res] = [e["resource"] for e in entries if e["resource"]["resourceType"] == "Composition"]
    assert res["status"] == "final" and res["type"]["text"] == "Egenvårdsintyg"
    assert res["event"][0]["period"] == {"start": record.issued_on.isoformat(), "end": plan.reassessment_on.isoformat()}
    assert [s["title"] for s in res["section"]] == ["Åtgärd/insats", "Bedömning", "Hjälp som behövs", "Hur ofta"]

    pair.bundle("intyg.egvb", plan_ids=[plan.id])
    result = ex.import_bundle(pair.b, pair.tmp / "intyg.egvb")
    assert result.counts["conflict"] == 0
    assert intyg.get(pair.b, record.id) == record
    assert rows(pair.b, "intyg") == rows(pair.a, "intyg")
    got = pair.b.store.query("SELECT kind, pdf FROM plan_documents WHERE id = ?", (doc.id,))
    assert got and got[0]["kind"] == "intyg" and bytes(got[0]["pdf"]) == doc.pdf
    assert intyg_documents.sealed_for(pair.b, record.id) is not None

    again = ex.import_bundle(pair.b, pair.tmp / "intyg.egvb")
    assert again.counts["new"] == again.counts["updated"] == again.counts["conflict"] == 0


def test_voiding_travels_and_a_changed_content_is_a_conflict(pair: Pair) -> None:
    plan, record = _issued(pair)
    pair.bundle("first.egvb", plan_ids=[plan.id])
    ex.import_bundle(pair.b, pair.tmp / "first.egvb")

    voided = intyg.void(pair.a, record.id, "Fel frekvens")
    pair.bundle("void.egvb", plan_ids=[plan.id], since_last=True)
    result = ex.import_bundle(pair.b, pair.tmp / "void.egvb")
    assert result.counts["updated"] == 1 and result.counts["conflict"] == 0
    assert intyg.get(pair.b, record.id) == voided
    assert intyg.get(pair.b, record.id).status is IntygStatus.VOIDED

    # Content changed on the sender's side (outside the app): never written over an issued intyg.
    second = intyg.issue(pair.a, plan.id, "Hjälp", "1 gång per dag", issued_on=record.issued_on)
    pair.bundle("second.egvb", plan_ids=[plan.id], since_last=True)
    ex.import_bundle(pair.b, pair.tmp / "second.egvb")
    with pair.a.store.atomic():
        pair.a.store.conn.execute("DROP TRIGGER intyg_fixed")  # as a tampered sender could
        pair.a.repos.intyg.save(replace(second, frequency="5 gånger per dag"))
    pair.bundle("changed.egvb", plan_ids=[plan.id], since_last=True)
    changed = ex.import_bundle(pair.b, pair.tmp / "changed.egvb")
    assert changed.counts["updated"] == 0 and changed.counts["conflict"] == 1
    assert intyg.get(pair.b, second.id).frequency == "1 gång per dag"
