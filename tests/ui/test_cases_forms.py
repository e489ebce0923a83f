"""The forms of issue 10's case slice with real widgets: the bistånd form does not pre-fill the
user's own name unless she is the handläggare; the deviation form proposes the plan's parties and
takes every date from a date picker; the dispute form carries a dispute through 002's steps;
the plan list filters by unit."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import QApplication, QDateEdit, QTableWidget, QTableWidgetItem

from app.models.dispute import DisputeState, Escalation
from app.models.plan import Setting
from app.models.records import DecisionResult
from app.models.roles import Who
from app.services import cases, persons
from app.ui.cases.dialogs import DecisionDialog, DisputeDialog
from app.ui.deviations.dialog import DeviationDialog
from tests.factories import PROFILES, acting_as, plan_in_setting


def _pick_date(qtbot, table: QTableWidget, row: int, column: int, when: date) -> None:  # type: ignore[no-untyped-def]
    """As a user does: open the cell's editor (F2), choose the date in the picker, press Enter."""
    table.setFocus()
    table.setCurrentCell(row, column)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: table.findChild(QDateEdit) is not None, timeout=5000)
    editor = table.findChild(QDateEdit)
    assert editor.calendarPopup()  # a calendar, not free text
    editor.setDate(QDate(when))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(row, column) is not None and table.item(row, column).text() == when.isoformat())


def test_the_bistand_form_proposes_the_users_name_only_to_a_case_officer(qtbot, main, ws) -> None:  # type: ignore[no-untyped-def]
    plan = plan_in_setting(ws, Setting.HOME_CARE, "19121212-1212", performer="Hemtjänst Norr")
    main.open_person(plan.person_id)
    qtbot.waitUntil(lambda: main.person.record is not None, timeout=5000)
    main._person_action("decision", main.person.record)  # the window's user: nurse Eva Lind
    nurse_form = main.dialogs()[-1]
    assert isinstance(nurse_form, DecisionDialog)
    assert nurse_form.officer.text() == "" and nurse_form.officer.placeholderText()
    assert nurse_form.plan.currentData() == plan.id  # the person's one plan
    nurse_form.close()
    main._profile_loaded(PROFILES[Who.CASE_OFFICER])
    with acting_as(ws, Who.CASE_OFFICER):
        main._person_action("decision", main.person.record)
        form = main.dialogs()[-1]
        assert form.officer.text() == "Hans Handläggare"
        # Decided with no plan: the model's sentence, the cursor on the plan.
        form.plan.setCurrentIndex(form.plan.findData(None))
        form.result.setCurrentIndex(form.result.findData(DecisionResult.GRANTED))
        form.decided.set_value(date.today())
        form.save()
        qtbot.waitUntil(lambda: "välj plan" in form.error.text(), timeout=5000)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is form.plan, timeout=5000)
        # Pending: saved without a plan, then decided from its own form with the plan.
        form.result.setCurrentIndex(form.result.findData(DecisionResult.PENDING))
        form.decided.set_value(None)
        with qtbot.waitSignal(form.saved, timeout=5000) as saved:
            form.save()
        pending = saved.args[0]
        assert (pending.result, pending.plan_id) == (DecisionResult.PENDING, None)
        assert main._db.wait_idle()
        main.open_entity("decision", pending.id, None)
        opened = lambda: [d for d in main.dialogs() if isinstance(d, DecisionDialog) and d.decision is not None]  # noqa: E731
        qtbot.waitUntil(lambda: bool(opened()), timeout=5000)
        decide = opened()[0]
        assert not decide.officer.isEnabled() and decide.officer.text() == "Hans Handläggare"
        decide.result.setCurrentIndex(decide.result.findData(DecisionResult.GRANTED))
        decide.decided.set_value(date.today())
        decide.plan.setCurrentIndex(decide.plan.findData(plan.id))
        with qtbot.waitSignal(decide.saved, timeout=5000):
            decide.save()
    stored = cases.get_decision(ws, pending.id)
    assert (stored.result, stored.plan_id, stored.decided_on) == (DecisionResult.GRANTED, plan.id, date.today())


def test_the_deviation_form_proposes_the_plans_parties_and_takes_dates_from_pickers(qtbot, main, ws) -> None:  # type: ignore[no-untyped-def]
    plan = plan_in_setting(ws, Setting.SCHOOL, "20150315-9806", unit="Hagaskolan", performer="Elevassistent")
    pupil = persons.get(ws, plan.person_id)
    dialog = DeviationDialog(main._db, pupil, None, [plan], ("Kim Ek", "Växjö kommun"), {"plan_id": plan.id})
    qtbot.addWidget(dialog)
    dialog.show()
    grid = dialog.parties
    qtbot.waitUntil(lambda: grid.item(1, 0) is not None and grid.item(1, 0).text() != "", timeout=5000)
    rows = [[grid.item(r, c).text() if grid.item(r, c) else "" for c in range(3)] for r in range(2)]
    assert rows == [["Hagaskolan", "Rektor", ""], ["Region Kronoberg", "Eva Lind", ""]]
    assert dialog.draft_state() is None  # a proposal is no typing: nothing to keep over a lock
    grid.setItem(1, 1, QTableWidgetItem("Jonas Berg"))  # editable: another contact
    _pick_date(qtbot, grid, 0, 2, date(2026, 11, 3))
    dialog.occurred.setDateTime(QDateTime(datetime(2026, 11, 2, 14, 30)))
    assert dialog.occurred.calendarPopup()
    dialog.assessor_on.set_value(date(2026, 11, 3))
    dialog.location.setText("Hagaskolan")
    dialog.description.setPlainText("Insulindosen gavs en timme för sent.")
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        dialog.save()
    deviation = cases.get_deviation(ws, saved.args[0].id)
    assert [(p.organisation, p.contact, p.informed_on) for p in deviation.parties] == [
        ("Hagaskolan", "Rektor", date(2026, 11, 3)),
        ("Region Kronoberg", "Jonas Berg", None),
    ]
    assert deviation.occurred_at.astimezone().replace(tzinfo=None) == datetime(2026, 11, 2, 14, 30)
    assert deviation.assessor_informed_on == date(2026, 11, 3)


def test_a_date_cell_is_emptied_with_delete(qtbot, main, ws) -> None:  # type: ignore[no-untyped-def]
    plan = plan_in_setting(ws, Setting.SCHOOL, "20150315-9806", unit="Hagaskolan", performer="Elevassistent")
    dialog = DeviationDialog(main._db, persons.get(ws, plan.person_id), None, [plan], ("Kim Ek", "Växjö kommun"))
    qtbot.addWidget(dialog)
    dialog.show()
    _pick_date(qtbot, dialog.parties, 0, 2, date(2026, 11, 3))
    qtbot.keyClick(dialog.parties, Qt.Key.Key_Delete)
    assert dialog.parties.item(0, 2).text() == ""


def test_the_dispute_form_carries_a_dispute_through_the_routine(qtbot, main, ws) -> None:  # type: ignore[no-untyped-def]
    dialog = DisputeDialog(main._db)
    qtbot.addWidget(dialog)
    dialog.show()
    grid = dialog.parties
    for r, values in enumerate(
        (
            ("Region Kronoberg", "Barnmedicin", "Karin Holm", "Verksamhetschef"),
            ("Växjö kommun", "Hagaskolan", "Rut Rektor", "Rektor"),
        )
    ):
        for c, text in enumerate(values):
            grid.setItem(r, c, QTableWidgetItem(text))
    grid.item(1, 4).setCheckState(Qt.CheckState.Checked)  # the school is a party
    dialog.question.setPlainText("Vem instruerar vikarier?")
    dialog.opened.set_value(date(2026, 3, 1))
    dialog.started.set_value(date(2026, 3, 5))
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        dialog.save()
    opened = saved.args[0]
    assert opened.state is DisputeState.DISCUSSING
    assert [(p.manager, p.school) for p in opened.parties] == [("Karin Holm", False), ("Rut Rektor", True)]

    again = DisputeDialog(main._db, None, cases.get_dispute(ws, opened.id))
    qtbot.addWidget(again)
    again.show()
    assert not again.started.isEnabled() and again.escalated.isEnabled()
    assert "nätverk för skolchefer" in again.state_label.text()
    again.escalated.set_value(date(2026, 3, 20))
    again.resolved.set_value(date(2026, 3, 30))
    again.solution.setPlainText("Rektor ansvarar; regionen handleder.")
    again.spread.setItem(0, 0, QTableWidgetItem("Vikaskolan"))
    _pick_date(qtbot, again.spread, 0, 1, date(2026, 3, 31))
    with qtbot.waitSignal(again.saved, timeout=5000) as saved:
        again.save()
    done = cases.get_dispute(ws, opened.id)
    assert (done.state, done.escalated_to, done.escalated_on) == (
        DisputeState.RESOLVED,
        Escalation.COUNTY_AND_SCHOOL_HEADS,
        date(2026, 3, 20),
    )
    assert [(s.recipient, s.spread_on) for s in done.spread_to] == [("Vikaskolan", date(2026, 3, 31))]


def test_the_plan_list_filters_by_unit(qtbot, main, ws) -> None:  # type: ignore[no-untyped-def]
    plan_in_setting(ws, Setting.SCHOOL, "20150315-9806", unit="Norrtullskolan", performer="Elevassistent")
    haga = plan_in_setting(ws, Setting.SCHOOL, "20180819-9986", unit="Hagaskolan", performer="Elevassistent")
    plan_in_setting(ws, Setting.HOME_CARE, "19121212-1212", performer="Personal vid Hemtjänst Norr")
    main.nav.setCurrentRow(main.PAGES.index("plans"))
    view = main.plans
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=5000)
    qtbot.waitUntil(lambda: view.unit.count() == 4, timeout=5000)
    units = [view.unit.itemText(i) for i in range(view.unit.count())]
    assert units == ["Alla enheter", "Hagaskolan", "Norrtullskolan", "Vårdcentralen Teleborg"]
    view.unit.setCurrentIndex(view.unit.findData("Hagaskolan"))
    qtbot.waitUntil(lambda: view.listed_ids() == [haga.id], timeout=5000)
    view.unit.setCurrentIndex(0)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=5000)
