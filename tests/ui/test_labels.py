"""Enum values in the lists follow the language: English labels when English is chosen."""

from __future__ import annotations

from app import i18n
from app.models.plan import PlanStatus
from app.ui.plans.list import PlansView
from tests.ui.conftest import number, person, signed_plan

STATUS_COLUMN = 4


def _status_cell(qtbot, main) -> str:  # type: ignore[no-untyped-def]
    main.nav.setCurrentRow(main.PAGES.index("plans"))
    view = main.plans
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10000)
    index = view.model.index(0, STATUS_COLUMN)
    view.model.data(index)  # asks for the row block
    qtbot.waitUntil(lambda: view.model.is_loaded(0), timeout=10000)
    return view.model.data(index)


def test_plan_list_shows_status_in_english(qtbot, main, controller, ws):  # type: ignore[no-untyped-def]
    signed_plan(ws, person(ws, number(40), "Stina", "Status").id, 100)
    assert _status_cell(qtbot, main) == "Signerad"
    i18n.set_language("en")
    try:
        assert _status_cell(qtbot, main) == "Signed"
        english = PlansView(controller.db)  # the status filter is filled when the view is built
        qtbot.addWidget(english)
        filters = [english.status.itemText(i) for i in range(english.status.count())]
        assert "Superseded" in filters and "Ersatt" not in filters
        assert english.status.itemData(filters.index("Signed")) == PlanStatus.SIGNED.value
    finally:
        i18n.set_language("sv")
