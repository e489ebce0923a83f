"""Person search against a plain Python reading of its promise: every typed word prefixes a word
of the name (or digits prefix the number), sorted by family then given name, `limit` persons."""

from __future__ import annotations

import pytest

from app.services import demo, persons
from app.services.workspace import Workspace
from app.store.repositories import _sort_key, search_tokens


def _expected(everyone, text: str, limit: int) -> list[str]:  # type: ignore[no-untyped-def]
    words = search_tokens(text)
    hits = [p for p in everyone if all(any(t.startswith(w) for t in search_tokens(p.name)) for w in words)]
    return [p.id for p in sorted(hits, key=lambda p: (_sort_key(p), p.id))][:limit]


@pytest.fixture
def crowd(ws: Workspace):  # type: ignore[no-untyped-def]
    demo.fill(ws, persons=300, seed=11)
    return persons.all_persons(ws)


@pytest.mark.parametrize("text", ["a", "an", "and", "er", "e", "k", "ö", "Å", "anna a", "a a", "l n", "zz", "lin"])
@pytest.mark.parametrize("limit", [1, 7, 30, 1000])
def test_name_search_matches_its_definition(ws: Workspace, crowd, text: str, limit: int) -> None:  # type: ignore[no-untyped-def]
    assert [p.id for p in persons.search(ws, text, limit)] == _expected(crowd, text, limit)


def test_a_person_with_many_matching_words_counts_once(ws: Workspace) -> None:
    """Four name words that all start with "an": the search must look past the repeats."""
    numbers = ["19850709-9805", "19850769-9802", "20150315-9806", "19121212-1212", "20180819-9986"]
    many = [persons.register(ws, "An Ann Anna", f"Andersson{i}", n) for i, n in enumerate(numbers)]
    hits = persons.search(ws, "an", 2)
    assert [p.id for p in hits] == [p.id for p in many[:2]]
    assert len(persons.search(ws, "an", 50)) == 5
    assert persons.search(ws, "an", 0) == []
