"""Every to-do category appears in Överblick and opens its item; qtmodeltester on every model."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from app.models.common import Practitioner, Role
from app.models.deviation import Harm, InformedParty
from app.models.records import CopyHandover, Recipient
from app.services import cases, plans
from app.services.overview import Category
from app.ui.cases.dialogs import DisputeDialog
from app.ui.deviations.dialog import DeviationDialog
from app.ui.plans.view import PlanDialog
from app.ui.tables import Column, ListModel
from tests.ui.conftest import ME, number, person, signed_plan


@pytest.fixture
def every_category(ws):  # type: ignore[no-untyped-def]
    today = date.today()
    mine = person(ws, number(10), "Maja", "Min", unit="Hagaskolan")
    other = person(ws, number(11), "Olle", "Annan")
    signed_plan(ws, other.id, 10)  # review due within 30 days
    overdue = signed_plan(ws, mine.id, 40)
    review = plans.next_review(ws, overdue.id)
    ws.repos.reviews.save(replace(review, planned_on=today - timedelta(days=3)))  # overdue
    a = ws.repos.assessments.get(overdue.assessment_id)
    plans.start_plan(ws, a, overdue.setting, measure="Utkastinsats")  # unsigned
    # A copy without consent cannot be made through the services; it arrives by import.
    ws.repos.copies.add(CopyHandover(overdue.id, 1, Recipient.SCHOOL_LEADER, "Rektor", today))
    cases.report_deviation(
        ws,
        mine.id,
        datetime.now(UTC),
        "Skolan",
        "Dosen glömdes",
        "Lärare",
        plan_id=overdue.id,
        harm=Harm.RISK,
        parties=(InformedParty("Region Kronoberg", "Eva Lind", None),),
    )
    cases.open_dispute(
        ws, ("Region Kronoberg", "Växjö kommun"), "Vem instruerar vikarier?", today - timedelta(days=20), mine.id
    )
    plans.log_instruction(
        ws, overdue, "Kim Vikarie", "Eva Lind", today - timedelta(days=300), today + timedelta(days=5)
    )
    return mine, other


def test_every_category_appears_and_opens_its_item(qtbot, main, ws, every_category):
    main.overview.refresh()
    qtbot.waitUntil(lambda: bool(main.overview.items()), timeout=10000)
    items = main.overview.items()
    assert {i.category for i in items} == set(Category)
    deviation = next(i for i in items if i.category is Category.DEVIATION_UNINFORMED)
    assert "Region Kronoberg är inte informerad" in deviation.detail
    assert "bedömaren är inte kontaktad för omprövning" in deviation.detail
    expected = {
        Category.REVIEW_OVERDUE: (PlanDialog, 1),
        Category.REVIEW_DUE: (PlanDialog, 1),
        Category.UNSIGNED: (PlanDialog, 0),
        Category.COPY_NO_CONSENT: (PlanDialog, 2),
        Category.INSTRUCTION_RENEWAL: (PlanDialog, 3),
        Category.DEVIATION_UNINFORMED: (DeviationDialog, None),
        Category.DISPUTE_OVERDUE: (DisputeDialog, None),
    }
    for category, (cls, tab) in expected.items():
        row = next(
            r
            for r in range(main.overview.proxy.rowCount())
            if main.overview.model.record(
                main.overview.proxy.mapToSource(main.overview.proxy.index(r, 0)).row()
            ).category
            is category
        )
        before = set(map(id, main.dialogs()))
        main.overview.table.activated.emit(main.overview.proxy.index(row, 0))
        qtbot.waitUntil(lambda b=before: bool(set(map(id, main.dialogs())) - b), timeout=5000)
        dialog = main.dialogs()[-1]
        assert isinstance(dialog, cls), category
        if cls is PlanDialog:
            qtbot.waitUntil(lambda d=dialog: d.record is not None, timeout=5000)
            assert dialog.tabs.currentIndex() == tab, category
        dialog.close()


def test_role_puts_own_items_first(qtbot, main, ws, every_category):
    ws.set_profile(Practitioner("Rut Rektor", "Rektor", "Växjö kommun", "Hagaskolan", Role.SCHOOL_LEADER))
    main.overview.refresh()
    qtbot.waitUntil(lambda: bool(main.overview.items()), timeout=10000)
    reviews = [i for i in main.overview.items() if i.category in (Category.REVIEW_DUE, Category.REVIEW_OVERDUE)]
    assert reviews[0].person_name == "Maja Min" and reviews[0].mine
    ws.set_profile(ME)


def test_model_tester_on_every_model(qtbot, qtmodeltester, main, ws, every_category):
    for row in range(len(main.PAGES)):
        main.nav.setCurrentRow(row)
        assert main._db.wait_idle()
    for view in (main.persons, main.plans, main.sip, main.deviations, main.disputes):
        model = view.model
        assert model.rowCount() >= 0
        for r in range(model.rowCount()):
            model.data(model.index(r, 0))
        assert main._db.wait_idle()
        qtmodeltester.check(model)
        view.model.sort(0)
        assert main._db.wait_idle()
        qtmodeltester.check(model)
    qtmodeltester.check(main.overview.model)
    main.open_person(every_category[0].id)
    assert main._db.wait_idle()
    qtmodeltester.check(main.person.timeline)
    dialog = main.open_plan(signed_plan(ws, every_category[1].id, 60).id)
    assert main._db.wait_idle()
    for model in (dialog.reviews, dialog.copies, dialog.instructions, dialog.performances):
        qtmodeltester.check(model)
    small = ListModel([Column("", "a", str)])
    small.set_rows(["b", "a", "c"])
    qtmodeltester.check(small)
    small.sort(0)
    assert small.rows() == ["a", "b", "c"]
