"""SQL behind the to-do engine (app/services/todo.py): the facts each rule asks, for the persons
in the user's scope.

The engine no longer walks everyone's rows in date order: it reads, for the persons the user
answers for (her unit's, the ones she assessed, her applicants; the whole register only for the
MAS), one row of facts per current plan (copies of the signed version, instructions, the open
review, the last review done) and the open deviations, pending applications and open disputes.
Each rule is then a small function of those facts. At 100 000 persons a school leader's 8 000
persons are one index range (persons_unit, plans_performer), so the cost follows her scope, not
the register (benchmarks/bench_todo.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from app.store.database import Store


@dataclass(frozen=True)
class Scope:
    """Whose persons to read. Empty texts leave their part out; `everyone` reads the register."""

    unit: str = ""  # persons of this unit, and persons whose plan this unit performs
    assessor: str = ""  # persons this professional assessed (by name, as the assessment holds it)
    officer: str = ""  # persons with an application this case officer handles
    everyone: bool = False

    def params(self) -> list[Any]:
        return [
            self.unit,
            self.unit,
            self.unit,
            self.unit,
            self.assessor,
            self.assessor,
            self.officer,
            self.officer,
            int(self.everyone),
        ]


# Each arm is one index range (persons_unit, plans_performer, assessments_assessor_name,
# decisions_pending_officer); an arm whose text is empty is a constant false and reads nothing.
_SCOPE = (
    "WITH scope(id) AS ("
    " SELECT id FROM persons WHERE ? <> '' AND unit = ?"
    " UNION SELECT person_id FROM plans WHERE ? <> '' AND performer = ?"
    " UNION SELECT person_id FROM assessments WHERE ? <> '' AND json_extract(assessor, '$.name') = ?"
    " UNION SELECT person_id FROM decisions WHERE ? <> '' AND result = 'pending' AND case_officer = ?"
    " UNION SELECT id FROM persons WHERE ? = 1) "
)
PERSON_COLS = "pe.given_name, pe.family_name, pe.number, pe.protected_identity, pe.unit"
_TO_PERSON = "('person', 'guardian')"  # a copy to the person (or a child's guardian); any other goes to the verksamhet

# Who answers for a plan: today the assessor of its assessment (002: "den som gjort
# bedömningen"). The ONE place this is decided; a hand-over of responsibility joins here.
RESPONSIBLE = "a.assessor"

_PLAN_FACTS = (
    "SELECT p.id AS plan_id, p.version, p.person_id, p.setting, p.measure, p.status, p.created_at,"
    " p.performer, json_extract(p.signature, '$.signed_on') AS signed_on,"
    f" {RESPONSIBLE} AS responsible, {PERSON_COLS},"
    " EXISTS (SELECT 1 FROM copies c WHERE c.plan_id = p.id AND c.plan_version = p.version"
    f"  AND c.recipient IN {_TO_PERSON}) AS copy_person,"
    " EXISTS (SELECT 1 FROM copies c WHERE c.plan_id = p.id AND c.plan_version = p.version"
    f"  AND c.recipient NOT IN {_TO_PERSON}) AS copy_unit,"
    " (SELECT json_object('id', c.id, 'name', c.recipient_name, 'on', c.handed_on) FROM copies c"
    "  WHERE c.plan_id = p.id AND c.plan_version = p.version AND c.consent IS NULL"
    f"  AND c.recipient NOT IN {_TO_PERSON} ORDER BY c.handed_on LIMIT 1) AS copy_no_consent,"
    " EXISTS (SELECT 1 FROM instructions i WHERE i.plan_id = p.id) AS instructed,"
    # Only the newest instruction of each staff member counts: a renewal replaces it.
    " (SELECT json_object('id', i.id, 'on', i.renew_on, 'staff', i.staff_name) FROM instructions i"
    "  WHERE i.plan_id = p.id AND i.renew_on IS NOT NULL AND NOT EXISTS (SELECT 1 FROM instructions i2"
    "  WHERE i2.plan_id = i.plan_id AND i2.staff_name = i.staff_name AND i2.instructed_on > i.instructed_on)"
    "  ORDER BY i.renew_on LIMIT 1) AS renewal,"
    " (SELECT json_object('id', r.id, 'on', r.planned_on, 'kind', r.kind, 'announced',"
    "  EXISTS (SELECT 1 FROM review_announcements n WHERE n.review_id = r.id))"
    "  FROM reviews r WHERE r.plan_id = p.id AND r.done_on IS NULL AND r.cancelled = 0"
    "  ORDER BY r.planned_on LIMIT 1) AS review,"
    " (SELECT max(r.done_on) FROM reviews r WHERE r.plan_id = p.id) AS last_review_on"
    " FROM scope s CROSS JOIN persons pe ON pe.id = s.id"
    " CROSS JOIN plans p ON p.person_id = pe.id AND p.status IN ('draft', 'signed')"
    " CROSS JOIN assessments a ON a.id = p.assessment_id"
)


def plan_facts(store: Store, scope: Scope) -> list[dict[str, Any]]:
    """One row per draft or signed plan version of the persons in scope."""
    return store.query(_SCOPE + _PLAN_FACTS, scope.params())


def open_deviations(store: Store, scope: Scope) -> list[dict[str, Any]]:
    """Open deviations of the persons in scope, with the plan's setting and performer."""
    return store.query(
        _SCOPE + "SELECT d.id, d.person_id, d.plan_id, d.occurred_at, d.location, d.reporter_organisation,"
        f" d.category, p.setting, p.performer, {RESPONSIBLE} AS responsible, {PERSON_COLS}"
        " FROM scope s CROSS JOIN persons pe ON pe.id = s.id"
        " CROSS JOIN deviations d ON d.person_id = pe.id AND d.status <> 'closed'"
        " LEFT JOIN plans p ON p.id = d.plan_id AND p.version ="
        "  (SELECT max(version) FROM plans p2 WHERE p2.id = d.plan_id)"
        " LEFT JOIN assessments a ON a.id = p.assessment_id",
        scope.params(),
    )


def pending_decisions(store: Store, scope: Scope) -> list[dict[str, Any]]:
    """Applications for bistånd not yet decided, of the persons in scope."""
    return store.query(
        _SCOPE + "SELECT d.id, d.person_id, d.plan_id, d.law, d.applied_on, d.case_officer,"
        f" {PERSON_COLS} FROM scope s CROSS JOIN persons pe ON pe.id = s.id"
        " CROSS JOIN decisions d ON d.person_id = pe.id AND d.result = 'pending'",
        scope.params(),
    )


def open_disputes(store: Store, scope: Scope, opened_before: date) -> list[dict[str, Any]]:
    """Disputes still open that were opened before the date: of persons in scope, and those
    that name no person (a question between organisations) when the unit is a party."""
    return store.query(
        _SCOPE + "SELECT t.id, t.person_id, t.opened_on, t.question, t.parties, "
        f" {PERSON_COLS} FROM disputes t LEFT JOIN persons pe ON pe.id = t.person_id"
        " WHERE t.resolved_on IS NULL AND t.opened_on < ?"
        " AND (? = 1 OR t.person_id IN (SELECT id FROM scope) OR (? <> '' AND t.parties LIKE '%' || ? || '%'))",
        [*scope.params(), opened_before.isoformat(), int(scope.everyone), scope.unit, scope.unit],
    )
