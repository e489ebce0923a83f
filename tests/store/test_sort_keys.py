"""Sort keys are enums (app/models/sorting.py): each has its SQL, and an unknown key is an error
instead of a silent sort by the first column."""

from __future__ import annotations

import pytest

from app.models.sorting import DeviationSort, DisputeSort, PersonSort, PlanSort, SipSort
from app.services import persons
from app.services.workspace import Workspace
from app.store import overview as sql


@pytest.mark.parametrize(
    ("mapping", "keys"),
    [
        (sql.PERSON_ORDER, PersonSort),
        (sql.PLAN_ORDER, PlanSort),
        (sql.DEVIATION_ORDER, DeviationSort),
        (sql.DISPUTE_ORDER, DisputeSort),
        (sql.SIP_ORDER, SipSort),
    ],
)
def test_every_key_has_its_sql(mapping: dict, keys: type) -> None:
    assert list(mapping) == list(keys)


LISTS = [sql.person_ids, sql.plan_ids, sql.deviation_ids, sql.dispute_ids, sql.sip_ids]


@pytest.mark.parametrize("ids", LISTS, ids=lambda f: f.__name__)
def test_an_unknown_key_is_an_error(ws: Workspace, ids) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match="'given_name' is not a valid"):
        ids(ws.store, "given_name", False, "")


@pytest.mark.parametrize("ids", LISTS, ids=lambda f: f.__name__)
def test_every_key_of_a_list_runs(ws: Workspace, ids) -> None:  # type: ignore[no-untyped-def]
    keys = {
        "person_ids": PersonSort,
        "plan_ids": PlanSort,
        "deviation_ids": DeviationSort,
        "dispute_ids": DisputeSort,
        "sip_ids": SipSort,
    }[ids.__name__]
    assert all(ids(ws.store, key, desc, "") == [] for key in keys for desc in (False, True))


def test_persons_sort_by_each_key(ws: Workspace) -> None:
    ids = {}
    for given, family, number, unit in (
        ("Bo", "Ek", "19121212-1212", "Västra skolan"),
        ("Ada", "Al", "20150315-9806", "östra skolan"),
        ("Cia", "Ek", "19850709-9805", "Bergsskolan"),
    ):
        ids[given] = persons.register(ws, given, family, number, unit=unit).id

    def order(key: str, desc: bool = False) -> list[str]:
        by_id = {v: k for k, v in ids.items()}
        return [by_id[i] for i in sql.person_ids(ws.store, key, desc)]

    assert order(PersonSort.NAME) == ["Ada", "Bo", "Cia"]
    assert order(PersonSort.NUMBER, desc=True) == ["Ada", "Cia", "Bo"]
    assert order("unit") == ["Cia", "Bo", "Ada"]  # NOCASE folds ASCII only: "östra" after "Västra"
