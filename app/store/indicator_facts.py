"""Kept facts behind the follow-up indicators (Uppföljning, issue 12).

One narrow row per counted record in `indicator_facts` (migrations.py `_indicator_facts`): its
kind, its main date `d1`, the five breakdown keys worked out (the assessor's organisation and
profession, the person's unit, the plan's setting and measure; '' where the record has none)
and the dates and flags its indicators ask. `app/store/indicators.py` counts these rows.

Why kept rather than asked each time: at 100 000 persons / 150 000 plans a year's indicators
joined every review and performance to its plan's current version, person and assessment and
parsed the assessments' JSON (risk analysis, samråd) on every read: 7.6 s, 13 s with a breakdown
(benchmarks/bench_indicators.py). Kept, each indicator is one range of this table.

Kept like the to-do items (`app/store/todo.py`): triggers on every table read here mark the
person a write concerns in `indicator_dirty`; `refresh` works out the facts of those persons
again in one transaction, before any read.

The columns per kind (what `d2` … `grp2` hold):

- assessment: d1 assessed on; f1 health care because of risk.
- plan (a version): d1 signed on ('' unsigned); d2 the person's first SIP; f1 risk analysis
  documented; f2 that and samråd complete; f3 copies within 14 days; grp status.
- review: d1 planned on; d2 done on; f1 cancelled; f2 done; f3 done by its date.
- performance: d1 occurred at; f1 done; f2 led to a deviation.
- first_performance (a plan's current version): d1 the day of its first; f1 instructed by then.
- deviation: d1 occurred at; d2 event analysis on; f1 has parties; f2 all informed; f3 several
  organisations; f4 has an analysis; grp category; grp2 harm.
- dispute: d1 opened on; d2 resolved on; d3 discussion started on.
- decision: d1 decided on ('' pending); f1 decided; grp law.
- intyg: d1 issued on; grp the issuer's profession.
- person (every person with a signed plan) and person:org, person:unit, person:setting,
  person:measure, person:profession (one row per person and value of that key among her signed
  plans): d1 the first day signed; d2 her first SIP; grp the value. Distinct persons do not add
  up across groups; these rows do.

`indicator_counts` holds the same facts (all but disputes) counted per day and per month with
their keys and flags (`x`: a person's first SIP), changed by what the dirty persons' facts were
and are.
"""

from __future__ import annotations

from app.models.plan import SAMRAD_REQUIRED
from app.store.database import Store
from app.store.migrations import RISK_DOCUMENTED

COLUMNS = "kind, d1, person_id, id, v, org, unit, setting, measure, profession, d2, d3, f1, f2, f3, f4, grp, grp2"
_DIRTY = "(SELECT person_id FROM indicator_dirty)"


def _current_plan(column: str, left: bool = False) -> str:
    """The plan's current version; `left` where a record need not name a plan (a deviation)."""
    return (
        f" {'LEFT ' if left else ''}JOIN plans p ON p.id = {column}"
        f" AND p.version = (SELECT max(p2.version) FROM plans p2 WHERE p2.id = {column})"
        " LEFT JOIN assessments a ON a.id = p.assessment_id"
    )


_ORG = "coalesce(json_extract(a.assessor, '$.organisation'), '')"
_PROFESSION = "coalesce(json_extract(a.assessor, '$.profession'), '')"
_PLAN_KEYS = f"{_ORG}, coalesce(pe.unit, ''), coalesce(p.setting, ''), coalesce(p.measure, ''), {_PROFESSION}"
_SIGNED_ON = "json_extract(p.signature, '$.signed_on')"

_RISK_OF_HARM = (
    "(json_extract(a.risk_analysis, '$.risk_of_harm') = 1"
    " OR EXISTS (SELECT 1 FROM json_each(a.risk_analysis, '$.hazards') h"
    " WHERE json_extract(h.value, '$.likelihood') * json_extract(h.value, '$.consequence') >= :high))"
)
_HEALTH_CARE_BECAUSE_OF_RISK = f"CASE WHEN a.outcome = 'health_care' THEN {_RISK_OF_HARM} ELSE 0 END"
_RISK_DOCUMENTED = "coalesce(" + RISK_DOCUMENTED.replace("risk_analysis", "a.risk_analysis") + ", 0)"


def _samrad_has(condition: str) -> str:
    return (
        "EXISTS (SELECT 1 FROM json_each(a.samrad, '$.participants') sp"
        f" WHERE json_extract(sp.value, '$.role') {condition})"
    )


# The participant a setting requires beside the patient or a guardian (app/models/plan.py
# SAMRAD_REQUIRED, the rule signing asks): NULL where the setting adds none.
_REQUIRED_ROLE = (
    "CASE p.setting "
    + " ".join(f"WHEN '{setting.value}' THEN '{roles[0].value}'" for setting, roles in SAMRAD_REQUIRED.items())
    + " END"
)
_PATIENT_OR_GUARDIAN = _samrad_has("IN ('patient', 'guardian')")
_SAMRAD_COMPLETE = (
    f"(a.samrad IS NOT NULL AND {_PATIENT_OR_GUARDIAN}"
    f" AND ({_REQUIRED_ROLE} IS NULL OR {_samrad_has('= ' + _REQUIRED_ROLE)}))"
)


def _first_copy(recipients: str) -> str:
    return (
        "(SELECT min(c.handed_on) FROM copies c WHERE c.plan_id = p.id AND c.plan_version = p.version"
        f" AND c.recipient IN {recipients})"
    )


_TO_PERSON = _first_copy("('person', 'guardian')")
_TO_SERVICE = _first_copy("('case_officer', 'unit_manager', 'school_leader')")
_COPIES_ON_TIME = (
    f"coalesce({_TO_PERSON} <= date({_SIGNED_ON}, '+14 days')"
    f" AND (p.setting = 'relative' OR {_TO_SERVICE} <= date({_SIGNED_ON}, '+14 days')), 0)"
)
_FIRST_SIP = "(SELECT min(s.sip_date) FROM sip_links s WHERE s.person_id = p.person_id)"
_FIRST_PERFORMANCE = "(SELECT substr(min(x.occurred_at), 1, 10) FROM performances x WHERE x.plan_id = p.id)"
_DEVIATION_ORGS = (
    "(SELECT count(DISTINCT o) FROM (SELECT json_extract(j.value, '$.organisation') AS o FROM json_each(d.parties) j"
    " UNION SELECT d.reporter_organisation) WHERE o <> '')"
)
_ALL_INFORMED = "NOT EXISTS (SELECT 1 FROM json_each(d.parties) j WHERE json_extract(j.value, '$.informed_on') IS NULL)"
_PERSON = " JOIN persons pe ON pe.id = {person}"

# One INSERT … SELECT per kind, for the persons marked dirty.
_BUILD = (
    "SELECT 'assessment', a.assessed_on, a.person_id, a.id, 0,"
    f" {_ORG}, pe.unit, '', a.measure, {_PROFESSION}, NULL, NULL, {_HEALTH_CARE_BECAUSE_OF_RISK}, NULL, NULL, NULL,"
    " '', '' FROM assessments a" + _PERSON.format(person="a.person_id") + f" WHERE a.person_id IN {_DIRTY}",
    f"SELECT 'plan', coalesce({_SIGNED_ON}, ''), p.person_id, p.id, p.version, {_PLAN_KEYS},"
    f" {_FIRST_SIP}, NULL, {_RISK_DOCUMENTED}, {_RISK_DOCUMENTED} AND {_SAMRAD_COMPLETE}, {_COPIES_ON_TIME}, NULL,"
    " p.status, '' FROM plans p JOIN persons pe ON pe.id = p.person_id JOIN assessments a ON a.id = p.assessment_id"
    f" WHERE p.person_id IN {_DIRTY}",
    f"SELECT 'review', r.planned_on, p.person_id, r.id, 0, {_PLAN_KEYS}, r.done_on, NULL, r.cancelled,"
    " r.done_on IS NOT NULL, coalesce(r.done_on <= r.planned_on, 0), NULL, '', '' FROM reviews r"
    + _current_plan("r.plan_id")
    + _PERSON.format(person="p.person_id")
    + f" WHERE p.person_id IN {_DIRTY}",
    f"SELECT 'performance', x.occurred_at, p.person_id, x.id, 0, {_PLAN_KEYS}, NULL, NULL, x.done,"
    " x.deviation_id IS NOT NULL, NULL, NULL, '', '' FROM performances x"
    + _current_plan("x.plan_id")
    + _PERSON.format(person="p.person_id")
    + f" WHERE p.person_id IN {_DIRTY}",
    "SELECT 'first_performance', fp.first, fp.person_id, fp.id, 0, fp.org, fp.unit, fp.setting, fp.measure,"
    " fp.profession, NULL, NULL,"
    " coalesce((SELECT min(i.instructed_on) FROM instructions i WHERE i.plan_id = fp.id) <= fp.first, 0),"
    " NULL, NULL, NULL, '', '' FROM ("
    f"SELECT {_FIRST_PERFORMANCE} AS first, p.person_id, p.id,"
    f" {_ORG} AS org, pe.unit, p.setting, p.measure, {_PROFESSION} AS profession"
    " FROM plans p JOIN persons pe ON pe.id = p.person_id JOIN assessments a ON a.id = p.assessment_id"
    f" WHERE p.person_id IN {_DIRTY} AND p.version = (SELECT max(p2.version) FROM plans p2 WHERE p2.id = p.id)"
    ") fp WHERE fp.first IS NOT NULL",
    "SELECT 'deviation', d.occurred_at, d.person_id, d.id, 0, d.reporter_organisation, pe.unit,"
    " coalesce(p.setting, ''), coalesce(p.measure, ''), '', d.event_analysis_on, NULL,"
    f" json_array_length(d.parties) > 0, {_ALL_INFORMED}, {_DEVIATION_ORGS} > 1, d.event_analysis <> '',"
    " d.category, d.harm FROM deviations d"
    + _PERSON.format(person="d.person_id")
    + _current_plan("d.plan_id", left=True)
    + f" WHERE d.person_id IN {_DIRTY}",
    "SELECT 'dispute', t.opened_on, coalesce(t.person_id, ''), t.id, 0, '', coalesce(pe.unit, ''), '', '', '',"
    " t.resolved_on, t.discussion_started_on, NULL, NULL, NULL, NULL, '', ''"
    f" FROM disputes t LEFT JOIN persons pe ON pe.id = t.person_id WHERE coalesce(t.person_id, '') IN {_DIRTY}",
    "SELECT 'decision', coalesce(b.decided_on, ''), b.person_id, b.id, 0, '', pe.unit, '', '', '', NULL, NULL,"
    " b.result <> 'pending', NULL, NULL, NULL, b.law, '' FROM decisions b"
    + _PERSON.format(person="b.person_id")
    + f" WHERE b.person_id IN {_DIRTY}",
    "SELECT 'intyg', g.issued_on, g.person_id, g.id, 0, '', pe.unit, '', '', '', NULL, NULL, NULL, NULL, NULL, NULL,"
    " coalesce(json_extract(g.assessor, '$.profession'), ''), '' FROM intyg g"
    + _PERSON.format(person="g.person_id")
    + f" WHERE g.person_id IN {_DIRTY}",
)


PERSON_KEYS = ("org", "unit", "setting", "measure", "profession")
_PERSONS = tuple(
    f"SELECT '{'person:' + key if key else 'person'}', min(d1), person_id, {key or chr(39) * 2}, 0, '', '', '', '', '',"
    f" max(d2), NULL, NULL, NULL, NULL, NULL, {key or chr(39) * 2}, '' FROM indicator_facts"
    # by the person index: a write marks one person, whose plans are a few rows of it
    " INDEXED BY indicator_facts_person"
    f" WHERE person_id IN {_DIRTY} AND kind = 'plan' AND grp = 'signed' AND d1 <> '' GROUP BY person_id"
    + (f", {key}" if key else "")
    for key in ("", *PERSON_KEYS)
)
_COUNT_KEYS = "kind, grain, d, org, unit, setting, measure, profession, f1, f2, f3, f4, grp, grp2, x"


def _count(sign: int) -> list[str]:
    """Add (1) or take away (-1) the dirty persons' facts to or from the day and month counts."""
    return [
        f"INSERT INTO indicator_counts ({_COUNT_KEYS}, n)"
        f" SELECT kind, '{grain}', substr(d1, 1, {width}), org, unit, setting, measure, profession,"
        " coalesce(f1, 0), coalesce(f2, 0), coalesce(f3, 0), coalesce(f4, 0), grp, grp2,"
        f" CASE WHEN kind LIKE 'person%' THEN coalesce(d2, '') ELSE '' END, {sign} * count(*)"
        f" FROM indicator_facts WHERE person_id IN {_DIRTY} AND kind <> 'dispute' AND d1 <> ''"
        f" GROUP BY {', '.join(str(i) for i in range(1, 16))}"
        f" ON CONFLICT ({_COUNT_KEYS}) DO UPDATE SET n = n + excluded.n"
        for grain, width in (("d", 10), ("m", 7))
    ]


def refresh(store: Store, high_risk_score: int) -> bool:
    """Work out the facts of every person a write has marked since the last read, and the
    counts they make, in one transaction (the first read after the migration works out
    everyone's). True if any person was marked. Asked first without the write lock: a read
    with nothing marked takes no lock another program may hold."""
    with store.guard("indicator_facts"):
        if store.conn.execute("SELECT 1 FROM indicator_dirty LIMIT 1").fetchone() is None:
            return False
        many = store.conn.execute(f"SELECT count(*) > {_MANY} FROM indicator_dirty").fetchone()[0]
    # Working out many persons writes facts all over a table larger than the page cache: a
    # larger cache for that one transaction, so pages are not decrypted and encrypted again.
    cache = store.conn.execute("PRAGMA cache_size").fetchone()[0]
    if many:
        store.conn.execute(f"PRAGMA cache_size = {_LARGE_CACHE}")
    try:
        return _work_out(store, high_risk_score)
    finally:
        store.conn.execute(f"PRAGMA cache_size = {int(cache)}")


_MANY = 5000
_LARGE_CACHE = -262144  # KiB: 256 MiB


def _work_out(store: Store, high_risk_score: int) -> bool:
    with store.atomic(), store.guard("indicator_facts"):
        if store.conn.execute("SELECT 1 FROM indicator_dirty LIMIT 1").fetchone() is None:
            return False
        for statement in _count(-1):
            store.conn.execute(statement)
        store.conn.execute(f"DELETE FROM indicator_facts WHERE person_id IN {_DIRTY}")
        for select in (*_BUILD, *_PERSONS):
            store.conn.execute(f"INSERT INTO indicator_facts ({COLUMNS}) {select}", {"high": high_risk_score})
        for statement in _count(1):
            store.conn.execute(statement)
        store.conn.execute("DELETE FROM indicator_counts WHERE n = 0")
        store.conn.execute("DELETE FROM indicator_dirty")
    return True
