"""Överblick's words (why an item is on the list) follow the language, as the widgets do."""

from __future__ import annotations

from app import i18n
from app.services import demo, overview
from app.services.workspace import Workspace


def test_todo_details_follow_the_language(ws: Workspace) -> None:
    demo.fill(ws, persons=40, seed=7)
    swedish = overview.todo(ws)
    try:
        i18n.set_language("en")
        english = overview.todo(ws)
    finally:
        i18n.set_language("sv")
    assert [i.entity_id for i in swedish] == [i.entity_id for i in english]
    reviews = [(s.detail, e.detail) for s, e in zip(swedish, english, strict=True) if s.entity == "review"]
    assert reviews, "the demo data has reviews due"
    for sv, en in reviews:
        assert sv.split()[-1] in ("försenad", "planerad") and en.split()[-1] in ("overdue", "planned")
    deviations = [e.detail for e in english if e.entity == "deviation"]
    assert all("är inte" not in d for d in deviations)
