"""Överblick's words (the action and who acts) follow the language, as the widgets do."""

from __future__ import annotations

from app import i18n
from app.models.roles import Who
from app.services import demo, todo
from app.services.workspace import Workspace
from tests.factories import acting_as


def test_todo_actions_follow_the_language(ws: Workspace) -> None:
    demo.fill(ws, persons=40, seed=7)
    with acting_as(ws, Who.MAS):  # the whole register
        swedish = todo.todo(ws)
        try:
            i18n.set_language("en")
            english = todo.todo(ws)
        finally:
            i18n.set_language("sv")
    assert [i.entity_id for i in swedish] == [i.entity_id for i in english]
    reviews = [(s.action, e.action) for s, e in zip(swedish, english, strict=True) if s.entity == "review"]
    assert reviews, "the demo data has reviews due"
    for sv, en in reviews:
        assert sv.startswith("Gör ") and "(planerad " in sv
        assert en.startswith("Carry out ") and "(planned " in en
    owners = {e.owner for e in english if e.entity == "review"}
    assert owners and all("(responsible " in o for o in owners)
    assert all("ansvarig" not in e.owner and "Informera" not in e.action for e in english)
