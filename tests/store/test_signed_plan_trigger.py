"""The database itself refuses to change a signed plan version, even through plain SQL, in
exactly the fields the model decides are fixed after signing (app/models/plan.py)."""

from __future__ import annotations

import pytest
import sqlcipher3

from app.models.plan import CHANGEABLE_AFTER_SIGNING, FIXED_AFTER_SIGNING
from app.services.workspace import Workspace
from tests.factories import signed_school_plan

# A different value for each fixed column, as SQL, written by hand.
NEW_VALUE = {
    "id": "'another-id'",
    "version": "7",
    "person_id": "'another-person'",
    "assessment_id": "'another-assessment'",
    "kind": "'reassessment'",
    "setting": "'home_care'",
    "measure": "'Annan insats'",
    "performer_mode": "'self'",
    "performer": "'Någon annan'",
    "instruction_by": "'Någon annan'",
    "instruction_how": "'Annat sätt'",
    "on_harm": "'Annat'",
    "on_change": "'Annat'",
    "follow_up": "'Annat'",
    "reassessment_on": "'2030-01-01'",
    "risk_analysis_done": "0",
    "signature": "NULL",
    "created_at": "'2020-01-01T00:00:00+00:00'",
}


def test_every_fixed_field_has_a_case_here() -> None:
    assert set(NEW_VALUE) == FIXED_AFTER_SIGNING


@pytest.mark.parametrize("column", sorted(NEW_VALUE))
def test_plain_sql_cannot_change_a_fixed_field_of_a_signed_version(ws: Workspace, column: str) -> None:
    plan = signed_school_plan(ws)
    conn = ws.store.conn
    before = conn.execute(f"SELECT {column} FROM plans WHERE id = ? AND version = 1", (plan.id,)).fetchone()
    with pytest.raises(sqlcipher3.IntegrityError, match="signed plan versions are immutable"):
        conn.execute(f"UPDATE plans SET {column} = {NEW_VALUE[column]} WHERE id = ? AND version = 1", (plan.id,))
    after = conn.execute(f"SELECT {column} FROM plans WHERE id = ? AND version = 1", (plan.id,)).fetchone()
    assert after == before


def test_plain_sql_may_move_status_and_reason(ws: Workspace) -> None:
    assert {"status", "void_reason"} == CHANGEABLE_AFTER_SIGNING
    plan = signed_school_plan(ws)
    ws.store.conn.execute(
        "UPDATE plans SET status = 'voided', void_reason = 'Fel person' WHERE id = ? AND version = 1", (plan.id,)
    )
    row = ws.store.conn.execute("SELECT status, void_reason FROM plans WHERE id = ?", (plan.id,)).fetchone()
    assert tuple(row) == ("voided", "Fel person")


def test_a_draft_may_change_any_field(ws: Workspace) -> None:
    plan = signed_school_plan(ws)
    ws.store.conn.execute("UPDATE plans SET status = 'draft' WHERE id = ?", (plan.id,))  # status may move
    ws.store.conn.execute("UPDATE plans SET setting = 'home_care', kind = 'reassessment' WHERE id = ?", (plan.id,))
    row = ws.store.conn.execute("SELECT setting, kind FROM plans WHERE id = ?", (plan.id,)).fetchone()
    assert tuple(row) == ("home_care", "reassessment")
