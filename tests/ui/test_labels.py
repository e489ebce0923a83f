"""Enum values in the lists follow the language: English labels when English is chosen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app import i18n
from app.models.plan import PlanStatus
from app.ui.app import install_catalogue
from app.ui.plans.list import PlansView
from tests.factories import number, person, signed_plan

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


def _count(qtbot, main, page: str, rows: int) -> str:  # type: ignore[no-untyped-def]
    main.nav.setCurrentRow(main.PAGES.index(page))
    view = getattr(main, page)
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == rows, timeout=10000)
    return view.count.text()


def test_counts_have_singular_and_plural(qtbot, main, controller, ws):  # type: ignore[no-untyped-def]
    """Swedish through the plural forms of egenvard_sv.qm, English through egenvard_en.qm."""
    first = person(ws, number(41), "Ett", "Barn")
    signed_plan(ws, first.id, 100)
    assert _count(qtbot, main, "persons", 1) == "1 person"
    assert _count(qtbot, main, "plans", 1) == "1 plan"
    signed_plan(ws, person(ws, number(42), "Två", "Barn").id, 100)
    assert _count(qtbot, main, "persons", 2) == "2 personer"
    assert _count(qtbot, main, "plans", 2) == "2 planer"
    app = QApplication.instance()
    translator = install_catalogue(app, "en")
    assert translator is not None
    try:
        assert QCoreApplication.translate("PersonsView", "%n personer", "", 1) == "1 person"
        assert QCoreApplication.translate("PersonsView", "%n personer", "", 2) == "2 people"
        assert QCoreApplication.translate("BatchDialog", "{0} av %n planer skrevs", "", 1) == "{0} of 1 plan written"
    finally:
        app.removeTranslator(translator)
