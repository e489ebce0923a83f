"""Hand-overs of responsibility for a plan's follow-up (app/models/handover.py), and the one
answer in SQL to "who is responsible for this plan now".

`RESPONSIBLE_NAME` is that answer as a SQL expression over a plans row (alias `p`): the
receiver of the plan's latest hand-over (by `handed_on`, then `created_at`, then `id`: the
model's `handover.ordered`), else the assessor of the plan's assessment. A to-do query that
names an owner joins it (`... {RESPONSIBLE_NAME} AS owner ...`) so a to-do moves to the new
owner the moment a hand-over is written. `responsible_names(plan_ids)` asks it for many plans;
`tests/store/test_handovers.py` checks it against the model's `responsible_now`.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.models.handover import Handover
from app.store.database import Store
from app.store.repositories import CHUNK, PlanRecords

_ORDER = "handed_on, created_at, id"


def responsible_name_sql(plan: str = "p") -> str:
    """The responsible name of the plans row aliased `plan` (walks `handovers_plan_latest`
    backwards, one row, then the assessment by its primary key)."""
    return (
        "COALESCE("
        "(SELECT json_extract(h.receiver, '$.name') FROM handovers h"
        f" WHERE h.plan_id = {plan}.id ORDER BY h.handed_on DESC, h.created_at DESC, h.id DESC LIMIT 1),"
        f" (SELECT json_extract(a.assessor, '$.name') FROM assessments a WHERE a.id = {plan}.assessment_id))"
    )


RESPONSIBLE_NAME = responsible_name_sql("p")


class Handovers(PlanRecords[Handover]):
    def __init__(self, store: Store) -> None:
        super().__init__(store, "handovers", Handover, _ORDER)

    def latest(self, plan_id: str) -> Handover | None:
        found = self._where("plan_id = ?", (plan_id,), order="handed_on DESC, created_at DESC, id DESC", limit=1)
        return found[0] if found else None

    def latest_for_plans(self, plan_ids: Sequence[str]) -> dict[str, Handover]:
        """Plan id → its latest hand-over, for the plans that have one."""
        found: dict[str, Handover] = {}
        for h in self.for_plans(plan_ids):  # oldest first per plan: the last one written wins
            found[h.plan_id] = h
        return found

    def for_person(self, person_id: str) -> list[Handover]:
        return self._where("person_id = ?", (person_id,), order=_ORDER)

    def responsible_names(self, plan_ids: Sequence[str]) -> dict[str, str]:
        """Plan id → the name of who is responsible for its follow-up now (`RESPONSIBLE_NAME`);
        a plan id that does not exist is left out."""
        names: dict[str, str] = {}
        for i in range(0, len(plan_ids), CHUNK):
            part = list(plan_ids[i : i + CHUNK])
            rows = self.store.query(
                f"SELECT p.id AS id, {RESPONSIBLE_NAME} AS name FROM plans p"
                f" WHERE p.id IN ({','.join('?' * len(part))})"
                " AND p.version = (SELECT max(version) FROM plans p2 WHERE p2.id = p.id)",
                part,
            )
            names.update({r["id"]: r["name"] or "" for r in rows})
        return names

    def plans_taken_over_by(self, name: str) -> list[str]:
        """Ids of the plans whose latest hand-over went to `name` (her own by hand-over)."""
        rows = self.store.query(
            "SELECT DISTINCT h.plan_id AS id FROM handovers h WHERE json_extract(h.receiver, '$.name') = ?"
            " AND h.id = (SELECT h2.id FROM handovers h2 WHERE h2.plan_id = h.plan_id"
            " ORDER BY h2.handed_on DESC, h2.created_at DESC, h2.id DESC LIMIT 1)"
            " ORDER BY h.plan_id",
            (name,),
        )
        return [r["id"] for r in rows]
