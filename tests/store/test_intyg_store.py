"""The intyg table: an issued egenvårdsintyg is never changed nor deleted in the database, only
voided once (the triggers `intyg_fixed`, `intyg_no_delete`), whatever code writes the row."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.models.plan import Setting
from app.services import intyg
from app.services.workspace import Workspace
from app.store.errors import Refused
from tests.factories import signed_plan_in


def test_content_fixed_voiding_once_never_deleted(ws: Workspace) -> None:
    plan = signed_plan_in(ws, Setting.LSS_SHORT_STAY)
    record = intyg.issue(ws, plan.id, "Sondmatning", "4/dag", issued_on=date(2026, 11, 5))
    with pytest.raises(Refused) as caught, ws.store.atomic():
        ws.repos.intyg.save(replace(record, frequency="8/dag"))
    assert str(caught.value) == (
        "Ändringen nekades: ett utfärdat egenvårdsintyg ändras aldrig, det kan bara makuleras. Inget har ändrats."
    )
    with pytest.raises(Refused), ws.store.atomic():
        ws.repos.intyg.save(replace(record, valid_until=date(2030, 1, 1)))
    with pytest.raises(Refused) as caught, ws.store.atomic(), ws.store.guard():
        ws.store.conn.execute("DELETE FROM intyg WHERE id = ?", (record.id,))
    assert "egenvårdsintyg raderas aldrig, de makuleras" in str(caught.value)
    assert intyg.get(ws, record.id) == record

    voided = record.voided("Fel", date(2026, 11, 6))
    with ws.store.atomic():
        ws.repos.intyg.save(voided)  # voiding is the one change allowed
    with pytest.raises(Refused), ws.store.atomic():
        ws.repos.intyg.save(replace(voided, void_reason="Annat skäl"))
    assert intyg.get(ws, record.id) == voided


def test_the_intyg_of_several_plans_in_one_read(ws: Workspace) -> None:
    plan = signed_plan_in(ws, Setting.LSS_SHORT_STAY)
    record = intyg.issue(ws, plan.id, "Sondmatning", "4/dag", issued_on=date(2026, 11, 5))
    assert ws.repos.intyg.for_plans([plan.id, "ingen-sådan-plan"]) == [record]
    assert ws.repos.intyg.for_plans([]) == []
