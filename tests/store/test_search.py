"""Person search against a plain Python reading of its promise: every typed word prefixes a word
of the name or of the school / unit (or digits prefix the number), sorted by family then given name, `limit` persons.

The expected lists are made here without the implementation's helpers (its sort key, its
tokenizer), and a few are written out by hand. The 300-person crowd is built once per module:
those cases only read it."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from app.models.person import Person
from app.services import demo, persons
from app.services.workspace import Workspace, create_workspace


def _by_name(p: Person) -> tuple[str, str, str]:
    """Family name, then given name, case folded; the id keeps namesakes in a fixed order."""
    return (p.family_name.casefold(), p.given_name.casefold(), p.id)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _expected(everyone: list[Person], text: str, limit: int) -> list[str]:
    typed = _words(text)
    hits = [p for p in everyone if all(any(w.startswith(t) for w in _words(f"{p.name} {p.unit}")) for t in typed)]
    return [p.id for p in sorted(hits, key=_by_name)][:limit]


@pytest.fixture(scope="module")
def crowd_ws(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("EGENVARD_HOME", str(tmp_path_factory.mktemp("home")))
        workspace, _code = create_workspace(tmp_path_factory.mktemp("crowd") / "egenvard.db", "sökning i en folkmassa")
        demo.fill(workspace, persons=300, seed=11)
        yield workspace
        workspace.close()


@pytest.fixture(scope="module")
def crowd(crowd_ws: Workspace) -> list[Person]:
    return persons.all_persons(crowd_ws)


def test_name_search_in_an_order_written_by_hand(ws: Workspace) -> None:
    for given, family, number in [
        ("Åsa", "Ek", "19121212-1212"),
        ("Erik", "Ekström", "19850709-9805"),
        ("Bo", "Ek", "20150315-9806"),
        ("Karl", "Berg-Ek", "20180819-9986"),
        ("Anna", "Eklund", "19850769-9802"),
        ("Ebba", "Lind", "19500101-9818"),
    ]:
        persons.register(ws, given, family, number)

    def names(text: str, limit: int = 50) -> list[str]:
        return [p.name for p in persons.search(ws, text, limit)]

    assert names("ek") == ["Karl Berg-Ek", "Bo Ek", "Åsa Ek", "Anna Eklund", "Erik Ekström"]
    assert names("EK", 2) == ["Karl Berg-Ek", "Bo Ek"]
    assert names("ek å") == ["Åsa Ek"]
    assert names("e") == ["Karl Berg-Ek", "Bo Ek", "Åsa Ek", "Anna Eklund", "Erik Ekström", "Ebba Lind"]
    assert names("li eb") == ["Ebba Lind"]
    assert names("lindh") == []


@pytest.mark.parametrize("text", ["a", "an", "and", "er", "e", "k", "ö", "Å", "anna a", "a a", "l n", "zz", "lin"])
@pytest.mark.parametrize("limit", [1, 7, 30, 1000])
def test_name_search_matches_its_definition(crowd_ws: Workspace, crowd, text: str, limit: int) -> None:  # type: ignore[no-untyped-def]
    assert [p.id for p in persons.search(crowd_ws, text, limit)] == _expected(crowd, text, limit)


def test_a_person_with_many_matching_words_counts_once(ws: Workspace) -> None:
    """Four name words that all start with "an": the search must look past the repeats."""
    numbers = ["19850709-9805", "19850769-9802", "20150315-9806", "19121212-1212", "20180819-9986"]
    many = [persons.register(ws, "An Ann Anna", f"Andersson{i}", n) for i, n in enumerate(numbers)]
    hits = persons.search(ws, "an", 2)
    assert [p.id for p in hits] == [p.id for p in many[:2]]
    assert len(persons.search(ws, "an", 50)) == 5
    assert persons.search(ws, "an", 0) == []


def _expected_number(everyone, digits: str, limit: int) -> list[str]:  # type: ignore[no-untyped-def]
    """The 12-digit form begins with the digits, or the 10-digit form (no century) does."""
    hits = [
        p
        for p in everyone
        if p.number.digits.startswith(digits) or (len(digits) <= 10 and p.number.digits[2:].startswith(digits))
    ]
    return [p.id for p in sorted(hits, key=_by_name)][:limit]


def test_number_search_with_and_without_century(crowd_ws: Workspace, crowd) -> None:  # type: ignore[no-untyped-def]
    ws = crowd_ws
    from app.services import overview

    someone = crowd[17].number.digits
    typed = {
        someone: someone,  # 198507099805
        f"{someone[:8]}-{someone[8:]}": someone,  # 19850709-9805
        f"{someone[2:8]}-{someone[8:]}": someone[2:],  # 850709-9805, as most forms write it
        someone[2:]: someone[2:],
        someone[2:8]: someone[2:8],  # 850709: as you type, before the dash
        someone[2:6]: someone[2:6],
        someone[:4]: someone[:4],  # a birth year
        "2015": "2015",
        "1950": "1950",
    }
    for text, digits in typed.items():
        for limit in (3, 50):
            assert [p.id for p in persons.search(ws, text, limit)] == _expected_number(crowd, digits, limit), text
    assert crowd[17].id in [p.id for p in persons.search(ws, f"{someone[2:8]}-{someone[8:]}", 5)]
    # The list filters read numbers the same way.
    for text, digits in typed.items():
        assert sorted(overview.person_ids(ws, text=text)) == sorted(_expected_number(crowd, digits, 10**6)), text


def test_number_search_reads_one_index_range_per_reading(crowd_ws: Workspace) -> None:
    from app.store.repositories import number_clause

    ws = crowd_ws
    clause, params = number_clause("number", "8507099805")
    plan = [
        r[3]
        for r in ws.store.conn.execute(
            f"EXPLAIN QUERY PLAN SELECT id FROM persons WHERE {clause} ORDER BY sort_key, id LIMIT 30", params
        )
    ]
    assert not any(step.startswith("SCAN") for step in plan), plan
    assert any("persons_number_sort" in step for step in plan), plan
