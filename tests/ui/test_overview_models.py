"""Överblick: own items first under a divider, the filters, each item opening the form of its
step; the SIP, bistånd and dispute forms and their lists; qtmodeltester on every model."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableWidgetItem

from app.models.assessment import Consequence, Hazard, Likelihood, Outcome, RiskAnalysis
from app.models.common import ConsentGiver, Practitioner, Role
from app.models.deviation import Harm, InformedParty
from app.models.person import Guardian
from app.models.plan import Setting, Signature
from app.models.records import CopyHandover, DecisionResult, Recipient
from app.models.review import ReviewOutcome
from app.services import cases, plans, todo
from app.services.todo import Kind
from app.ui.cases.dialogs import DecisionDialog, DisputeDialog, SipDialog
from app.ui.deviations.dialog import DeviationDialog
from app.ui.plans.dialogs import AnnounceDialog, CopyDialog, InstructionDialog, ReviewDialog
from app.ui.plans.view import PlanDialog
from app.ui.tables import Column, ListModel, Source
from tests.factories import ME, Who, acting_as, number, person, sign, signed_plan
from tests.ui.helpers import unnamed_inputs


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


def _loaded(qtbot, main) -> list:  # type: ignore[no-untyped-def]
    main.overview.refresh()
    assert main._db.wait_idle()
    qtbot.waitUntil(lambda: bool(main.overview.items()), timeout=10000)
    return main.overview.items()


def _texts(main) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Each row as (first column, second column): a divider's text has an empty second one."""
    model = main.overview.model
    return [(model.data(model.index(r, 0)), model.data(model.index(r, 1))) for r in range(model.rowCount())]


def test_own_items_first_under_a_divider_and_the_filters(qtbot, main, ws, every_category):
    items = _loaded(qtbot, main)
    own = [i for i in items if i.mine]
    others = [i for i in items if not i.mine]
    assert {i.kind for i in own} == {
        Kind.COPY_MISSING,
        Kind.COPY_WITHOUT_CONSENT,
        Kind.REVIEW_DUE,
        Kind.REVIEW_OVERDUE,
    }
    # The staff of Hemtjänst Norr are instructed by their unit manager; a deviation and a dispute
    # at the school are its leader's and the parties' managers' (002).
    assert {(i.kind, i.owner) for i in others} == {
        (Kind.INSTRUCTION_MISSING, "Enhetschef, Hemtjänst Norr"),
        (Kind.INSTRUCTION_RENEWAL, "Enhetschef, Hemtjänst Norr"),
        (Kind.DEVIATION_UNINFORMED, "Enhetschef, Hemtjänst Norr"),
        (Kind.DISPUTE_NOT_STARTED, "Närmaste chef: Region Kronoberg, Växjö kommun"),
    }
    rows = _texts(main)
    assert rows[0] == (f"Mina uppgifter ({len(own)})", "")
    assert rows[len(own) + 1] == (f"Övriga ({len(others)})", "")
    assert main.overview.table.columnSpan(0, 0) == main.overview.model.columnCount()  # a line across
    model = main.overview.model
    assert model.data(model.index(0, 0), Qt.ItemDataRole.FontRole).bold()
    overdue = next(r for r in range(model.rowCount()) if rows[r][0] == "Omprövning/uppföljning försenad")
    assert rows[overdue][1].startswith("Gör omprövningen (planerad ")  # the action in words

    # The filters are asked of the database: each change reads the list again.
    main.overview.mine.setChecked(True)
    qtbot.waitUntil(lambda: main.overview.shown() == own, timeout=10000)
    assert [t for t, _ in _texts(main) if t.startswith(("Mina", "Övriga"))] == [f"Mina uppgifter ({len(own)})"]
    main.overview.mine.setChecked(False)
    main.overview.kind.setCurrentIndex(main.overview.kind.findData(Kind.INSTRUCTION_MISSING))
    qtbot.waitUntil(lambda: [i.kind for i in main.overview.shown()] == [Kind.INSTRUCTION_MISSING], timeout=10000)
    assert _texts(main)[0] == ("Övriga (1)", "")
    main.overview.kind.setCurrentIndex(0)
    qtbot.waitUntil(lambda: len(main.overview.shown()) == len(items), timeout=10000)
    main.overview.my_unit.setChecked(True)  # Vårdcentralen Teleborg: none of these persons
    qtbot.waitUntil(lambda: main.overview.model.rowCount() == 0, timeout=10000)
    assert main.overview.shown() == [] and main.overview.summary.text() == "0 att göra, 0 dina"
    main.overview.my_unit.setChecked(False)
    qtbot.waitUntil(lambda: len(main.overview.shown()) == len(items), timeout=10000)

    # The unit manager of Hemtjänst Norr: making sure staff are instructed is hers.
    ws.set_profile(Practitioner("Ulla Chef", "Enhetschef", "Växjö kommun", "Hemtjänst Norr", Role.UNIT_MANAGER))
    try:
        items = _loaded(qtbot, main)
        assert {i.kind for i in items if i.mine} == {
            Kind.INSTRUCTION_MISSING,
            Kind.INSTRUCTION_RENEWAL,
            Kind.DEVIATION_UNINFORMED,
        }
        assert Kind.DISPUTE_NOT_STARTED not in {i.kind for i in items}  # neither hers nor her unit's a party
        main.overview.my_unit.setChecked(True)
        assert main._db.wait_idle()
        assert len(main.overview.shown()) == len(items)  # every plan here is performed by her unit
        assert main.overview.summary.text() == f"{len(items)} att göra, 3 dina"
    finally:
        ws.set_profile(ME)


def _open(qtbot, main, kind, cls):  # type: ignore[no-untyped-def]
    """Activate the first row of the kind in Överblick (as Enter does); the dialog it opened."""
    item = next(i for i in main.overview.shown() if i.kind is kind)
    before = set(map(id, main.dialogs()))
    main.overview.table.activated.emit(main.overview.model.index(main.overview.row_of(item), 0))
    qtbot.waitUntil(lambda: any(isinstance(d, cls) and id(d) not in before for d in main.dialogs()), timeout=5000)
    return item, next(d for d in main.dialogs() if isinstance(d, cls) and id(d) not in before)


@pytest.mark.parametrize(
    ("kind", "tab", "form"),
    [
        (Kind.COPY_MISSING, 2, CopyDialog),
        (Kind.INSTRUCTION_MISSING, 3, InstructionDialog),
        (Kind.REVIEW_OVERDUE, 1, ReviewDialog),
        (Kind.COPY_WITHOUT_CONSENT, 2, None),  # no form records a consent afterwards: the copies shown
    ],
)
def test_a_plan_item_opens_the_plan_on_the_form_of_its_step(qtbot, main, every_category, kind, tab, form):
    _loaded(qtbot, main)
    _item, plan = _open(qtbot, main, kind, PlanDialog)
    qtbot.waitUntil(lambda: plan.record is not None, timeout=5000)
    assert plan.tabs.currentIndex() == tab
    if form is not None:
        qtbot.waitUntil(lambda: isinstance(getattr(plan, "last_dialog", None), form), timeout=5000)
        assert plan.last_dialog.isVisible() and unnamed_inputs(plan.last_dialog) == []


def test_deviation_and_dispute_items_open_their_forms(qtbot, main, every_category):
    _loaded(qtbot, main)
    _item, dev = _open(qtbot, main, Kind.DEVIATION_UNINFORMED, DeviationDialog)
    assert "Region Kronoberg är inte informerad" in dev.notices.text()
    _item, dispute = _open(qtbot, main, Kind.DISPUTE_NOT_STARTED, DisputeDialog)
    assert dispute.dispute.question == "Vem instruerar vikarier?"


def test_announcing_the_next_date_takes_the_item_off(qtbot, main, ws, every_category):
    _mine, other = every_category
    plan = plans.plans_for_person(ws, other.id)[0]
    review = plans.next_review(ws, plan.id)
    next_on = date.today() + timedelta(days=180)
    plans.complete_review(ws, review, date.today(), "Eva Lind", ReviewOutcome.CONTINUE, next_on)
    _loaded(qtbot, main)
    item, dialog = _open(qtbot, main, Kind.INFORM_NEXT_REVIEW, AnnounceDialog)
    assert item.action == f"Meddela berörda nästa omprövning {next_on.isoformat()}" and item.mine
    assert unnamed_inputs(dialog) == []
    dialog.save()
    qtbot.waitUntil(lambda: "Vilka som meddelats" in dialog.error.text(), timeout=5000)  # to whom is asked
    dialog.to.setText("Olle Annan, Enhetschef Hemtjänst Norr")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()
    assert Kind.INFORM_NEXT_REVIEW not in {i.kind for i in _loaded(qtbot, main)}


def test_acting_on_a_todo_item_takes_it_off_the_list(qtbot, main, ws, every_category, answers):
    """Deviation: parties informed with dates, assessor contacted, measures, closed.
    Instruction: renewed. Each through its dialog, opened from Överblick."""
    from PySide6.QtWidgets import QTableWidgetItem

    from app.models.deviation import DeviationStatus

    today = date.today()
    _loaded(qtbot, main)
    item, dev = _open(qtbot, main, Kind.DEVIATION_UNINFORMED, DeviationDialog)
    dev.status.setCurrentIndex(dev.status.findData(DeviationStatus.CLOSED))
    dev.save()  # not yet: the region is not informed, the assessor not contacted
    qtbot.waitUntil(lambda: bool(dev.error.text()), timeout=5000)
    assert "Region Kronoberg är inte informerad" in dev.error.text() and "bedömaren" in dev.error.text()
    dev.parties.setItem(0, 2, QTableWidgetItem("igår"))
    dev.save()
    qtbot.waitUntil(lambda: "ÅÅÅÅ-MM-DD" in dev.error.text(), timeout=5000)  # a date that cannot be read is said so
    assert dev.parties.hasFocus() or QApplication.focusWidget() is dev.parties  # and the cursor is put there
    dev.parties.setItem(0, 2, QTableWidgetItem(today.isoformat()))
    dev.assessor_on.check.setChecked(True)
    dev.analysis.setPlainText("Gemensam analys med regionen: dosen glömdes vid vikariebyte.")
    dev.measures.setPlainText("Checklista vid vikariebyte.")
    with qtbot.waitSignal(dev.saved, timeout=5000) as saved:
        dev.save()
    closed = saved.args[0]
    assert closed.status is DeviationStatus.CLOSED and closed.parties[0].informed_on == today
    assert closed.assessor_informed_on == today and not closed.open_notices()
    assert item.entity_id not in [i.entity_id for i in _loaded(qtbot, main)]

    item, plan = _open(qtbot, main, Kind.INSTRUCTION_RENEWAL, PlanDialog)
    qtbot.waitUntil(lambda: isinstance(getattr(plan, "last_dialog", None), InstructionDialog), timeout=5000)
    assert plan.tabs.currentIndex() == 3
    instruction = plan.last_dialog
    instruction.staff.setText("Kim Vikarie")
    instruction.renew.check.setChecked(True)
    instruction.renew.edit.setDate(today + timedelta(days=365))
    with qtbot.waitSignal(instruction.saved, timeout=5000) as saved:
        instruction.save()
    assert saved.args[0].renew_on == today + timedelta(days=365)
    assert Kind.INSTRUCTION_RENEWAL not in {i.kind for i in _loaded(qtbot, main)}


def _plan_assessed_by(ws, person_id: str, assessor: Practitioner, review_in_days: int):  # type: ignore[no-untyped-def]
    today = date.today()
    risk = RiskAnalysis((Hazard("Fel dos", Likelihood.UNLIKELY, Consequence.MODERATE, "Kontroll"),), "Säkert")
    a = plans.assess(ws, person_id, "Sondmatning", assessor, today - timedelta(days=5), risk, Outcome.WITH_HELP)
    plan = plans.start_plan(
        ws,
        a,
        Setting.HOME_CARE,
        performer="Vårdcentralen Teleborg",
        instruction_by=assessor.name,
        instruction_how="Visning",
        on_harm="Ring 112",
        on_change="Ring sjuksköterskan",
        follow_up="Var tredje månad",
        reassessment_on=today + timedelta(days=review_in_days),
    )
    return sign(ws, plan, Signature("Växjö", today - timedelta(days=1), assessor.name, assessor.title))


def test_nurse_sees_the_plans_she_answers_for_first(qtbot, main, ws):
    colleague = Practitioner("Jonas Berg", "Sjuksköterska", "Region Kronoberg", "", Role.NURSE)
    urgent = person(ws, number(12), "Olle", "Annan")
    mine = person(ws, number(13), "Maja", "Min")
    _plan_assessed_by(ws, urgent.id, colleague, 5)  # the colleague's review is due first, at her unit
    signed_plan(ws, mine.id, 25)  # assessed by ME, the nurse using the app
    reviews = [i for i in _loaded(qtbot, main) if i.kind is Kind.REVIEW_DUE]
    assert [(i.person_name, i.mine, i.owner) for i in reviews] == [
        ("Maja Min", True, "Eva Lind (ansvarig distriktssköterska)"),
        ("Olle Annan", False, "Jonas Berg (ansvarig sjuksköterska)"),
    ]


def test_sip_decision_and_dispute_forms_and_lists(qtbot, main, ws):
    today = date.today()
    kid = person(ws, number(14, 2015), "Liam", "Lind", unit="Hagaskolan", guardians=(Guardian("Sara Lind"),))
    plan = signed_plan(ws, kid.id, 60)
    main.open_person(kid.id)
    qtbot.waitUntil(lambda: main.person.record is not None, timeout=5000)

    # SIP: a child's consent comes from the guardian; the coordinator is required.
    main._person_action("sip", main.person.record)
    sip = main.dialogs()[-1]
    assert isinstance(sip, SipDialog) and unnamed_inputs(sip) == []
    assert sip.giver.currentData() is ConsentGiver.GUARDIAN and sip.given_by.text() == "Sara Lind"
    sip.save()
    qtbot.waitUntil(lambda: bool(sip.error.text()), timeout=5000)
    assert "Samordnare måste fyllas i" in sip.error.text()
    sip.coordinator.setText("Maria Ek")
    sip.parties.setText("Region Kronoberg, Hagaskolan")
    with qtbot.waitSignal(sip.saved, timeout=5000) as saved:
        sip.save()
    link = saved.args[0]
    assert link.parties == ("Region Kronoberg", "Hagaskolan") and link.consent.giver is ConsentGiver.GUARDIAN

    # Bistånd decision: a decision needs its date; it links to the plan.
    assert main._db.wait_idle()
    qtbot.waitUntil(lambda: main.person.record is not None, timeout=5000)  # read again after the save
    with acting_as(ws, Who.CASE_OFFICER):  # the decision is the handläggare's (app/models/roles.py)
        main._person_action("decision", main.person.record)
        decision = main.dialogs()[-1]
        assert isinstance(decision, DecisionDialog) and unnamed_inputs(decision) == []
        assert decision.officer.text() == ""  # the window's user is a nurse: not the handläggare
        decision.officer.setText("Lena Bodin")
        decision.result.setCurrentIndex(decision.result.findData(DecisionResult.GRANTED))
        decision.save()
        qtbot.waitUntil(lambda: bool(decision.error.text()), timeout=5000)
        assert "beslutsdatum" in decision.error.text().lower()
        decision.decided.check.setChecked(True)
        decision.plan.setCurrentIndex(decision.plan.findData(plan.id))
        with qtbot.waitSignal(decision.saved, timeout=5000) as saved:
            decision.save()
        assert saved.args[0].plan_id == plan.id and saved.args[0].result is DecisionResult.GRANTED

    # Dispute: two parties at least; opened 20 days ago it is overdue.
    assert main._db.wait_idle()
    qtbot.waitUntil(lambda: main.person.record is not None, timeout=5000)  # read again after the save
    main._person_action("dispute", main.person.record)
    dispute = main.dialogs()[-1]
    assert isinstance(dispute, DisputeDialog) and unnamed_inputs(dispute) == []
    dispute.parties.setItem(0, 0, QTableWidgetItem("Region Kronoberg"))
    dispute.question.setPlainText("Vem instruerar vikarier?")
    dispute.opened.set_value(today - timedelta(days=20))
    dispute.save()
    qtbot.waitUntil(lambda: bool(dispute.error.text()), timeout=5000)
    assert "två parter" in dispute.error.text()
    dispute.parties.setItem(1, 0, QTableWidgetItem("Hagaskolan"))
    with qtbot.waitSignal(dispute.saved, timeout=5000) as saved:
        dispute.save()
    opened = saved.args[0]

    # The person's timeline and the lists show all three.
    assert main._db.wait_idle()
    qtbot.waitUntil(lambda: main.person.record is not None and bool(main.person.record.disputes), timeout=5000)
    kinds = {main.person.timeline.record(r).kind for r in range(main.person.timeline.rowCount())}
    assert {"SIP", "Biståndsbeslut", "Tvist"} <= kinds
    for page, count in (("sip", 1), ("disputes", 1)):
        main.nav.setCurrentRow(main.PAGES.index(page))
        view = main.stack.currentWidget()
        qtbot.waitUntil(lambda v=view, c=count: v.model.rowCount() == c, timeout=5000)

    # Överblick lists the dispute not started in two weeks; it opens there and is resolved there.
    overdue = [i for i in _loaded(qtbot, main) if i.kind is Kind.DISPUTE_NOT_STARTED]
    assert [i.entity_id for i in overdue] == [opened.id]
    main.open_todo(overdue[0])
    qtbot.waitUntil(lambda: any(isinstance(d, DisputeDialog) for d in main.dialogs()), timeout=5000)
    resolve = main.dialogs()[-1]
    assert resolve.dispute.id == opened.id and not resolve.question.isEnabled()
    resolve.resolved.check.setChecked(True)
    resolve.solution.setPlainText("Rektor ansvarar; regionen handleder")
    with qtbot.waitSignal(resolve.saved, timeout=5000):
        resolve.save()
    main.overview.refresh()
    assert main._db.wait_idle()
    assert not [i for i in main.overview.items() if i.kind is Kind.DISPUTE_NOT_STARTED]


def test_model_tester_on_every_model(qtbot, qtmodeltester, main, ws, every_category):
    for row in range(len(main.PAGES)):
        main.nav.setCurrentRow(row)
        assert main._db.wait_idle()
    # every_category: two persons, their three plans (two signed, one draft), one deviation, one dispute
    rows = {main.persons: 2, main.plans: 3, main.sip: 0, main.deviations: 1, main.disputes: 1}
    for view, count in rows.items():
        model = view.model
        assert model.rowCount() == count
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


def test_lists_read_nothing_until_shown(qtbot, controller, ws, monkeypatch):
    """Unlocking reads Överblick and the profile only; each list reads its ids when first shown
    (at 100 000 persons the plan list's ids take a second to read)."""
    called: list[str] = []
    real = controller.db.call

    def counting(fn, *args, **kwargs):  # type: ignore[no-untyped-def]
        called.append(getattr(fn, "__name__", "?"))
        return real(fn, *args, **kwargs)

    monkeypatch.setattr(controller.db, "call", counting)
    ws.set_profile(ME)
    controller.start(ws)
    main = controller.main
    assert controller.db.wait_idle()
    assert sorted(called) == ["_profile", "page"]
    main.nav.setCurrentRow(main.PAGES.index("plans"))
    assert controller.db.wait_idle()
    assert "plan_ids" in called and "person_ids" not in called
    main.plans.model.sort(1, Qt.SortOrder.DescendingOrder)  # a shown list reads again when sorted
    assert controller.db.wait_idle()
    assert called.count("plan_ids") == 2
    controller.shutdown()


# --- the lazy table under a fast scroll --------------------------------------------------------


@pytest.fixture
def plan_table(qtbot, controller, ws):  # type: ignore[no-untyped-def]
    """The real plan list on a real database, in blocks of 5 rows so a small database has many."""
    from app.services import demo
    from app.ui.plans.list import PlansView

    demo.fill(ws, persons=120, seed=21)
    ws.set_profile(ME)
    controller.start(ws)
    main = controller.main
    main.nav.setCurrentRow(main.PAGES.index("plans"))
    view: PlansView = main.plans
    view.model.BLOCK = 5
    view.model.reload()
    qtbot.waitUntil(lambda: view.model.rowCount() > 100, timeout=10000)
    assert controller.db.wait_idle()
    main.resize(1366, 768)
    yield view
    controller.shutdown()


def _span_values(model, index):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan

    out = {}
    for role in range(0, 12):
        item = QModelRoleData(role)
        model.multiData(index, QModelRoleDataSpan(item))
        out[role] = item.data()
    return out


def test_multidata_answers_as_data_does(qtbot, plan_table):  # type: ignore[no-untyped-def]
    """The view asks multiData (one call per cell); data() is what other callers use."""
    model = plan_table.model
    rows = (0, 1, 7, model.rowCount() - 1)
    for row in rows:
        model.data(model.index(row, 0))  # ask, so the block is read
    qtbot.waitUntil(lambda: all(model.is_loaded(r) for r in rows), timeout=5000)
    emphasised = 0
    for row in (0, 1, 7, model.rowCount() - 1):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            assert model.is_loaded(row)
            expected = {role: model.data(index, role) for role in range(0, 12)}
            got = _span_values(model, index)
            assert {r: (v.color().name() if hasattr(v, "color") else v) for r, v in got.items()} == {
                r: (v.color().name() if hasattr(v, "color") else v) for r, v in expected.items()
            }
            assert got[0] and got[0] != "…"
            emphasised += got[9] is not None
    unloaded = model.rowCount() // 2
    model._blocks.pop(unloaded // model.BLOCK, None)
    model._requested.discard(unloaded // model.BLOCK)
    assert _span_values(model, model.index(unloaded, 0))[0] == "…"  # placeholder, and a read is asked for
    assert _span_values(model, model.index(-1, 0)) == dict.fromkeys(range(12))


def test_a_fling_reads_what_is_left_in_view_and_little_else(qtbot, plan_table):  # type: ignore[no-untyped-def]
    model, table = plan_table.model, plan_table.table
    table.setFixedHeight(table.horizontalHeader().height() + 4 * table.verticalHeader().defaultSectionSize())
    qtbot.waitUntil(lambda: not model._window.isActive() and not model._waiting, timeout=5000)  # at rest
    reads: list[int] = []
    real_send = model._send
    model._send = lambda block: (reads.append(block), real_send(block))  # type: ignore[method-assign]
    bar = table.verticalScrollBar()
    passed: set[int] = set()
    # A window far longer than the fling, so a busy machine cannot stretch the frames past it;
    # each frame is one turn of the event loop (what a timer-paced fling gives), not a sleep.
    model._window.setInterval(1000)
    for value in range(0, bar.maximum() + 1, model.BLOCK):  # a new block every frame
        bar.setValue(value)
        table.viewport().repaint()
        passed.add(value // model.BLOCK)
        QApplication.processEvents()
    assert len(passed) > 25
    assert len(reads) < len(passed) / 2, (len(reads), len(passed))  # most blocks scrolled past were never read
    # Once the scroll stops, the rows in view arrive, without anything else asking for them.
    first = table.rowAt(0)
    last = table.rowAt(table.viewport().height() - 1)
    last = last if last >= 0 else model.rowCount() - 1
    qtbot.waitUntil(lambda: all(model.is_loaded(r) for r in range(first, last + 1)), timeout=3000)


def test_a_view_at_rest_gets_every_visible_row(qtbot, plan_table):  # type: ignore[no-untyped-def]
    """A tall view shows rows of several blocks; a paint asks for all of them; all arrive,
    also when a window is open and asks wait (they are the latest paint's)."""
    model, table = plan_table.model, plan_table.table
    bar = table.verticalScrollBar()
    for value in (bar.maximum() // 2, bar.maximum()):
        bar.setValue(value)
        table.viewport().repaint()
        first = table.rowAt(0)
        last = table.rowAt(table.viewport().height() - 1)
        last = last if last >= 0 else model.rowCount() - 1
        assert last // model.BLOCK > first // model.BLOCK  # several blocks in view
        qtbot.waitUntil(lambda f=first, la=last: all(model.is_loaded(r) for r in range(f, la + 1)), timeout=3000)


def test_rows_asked_for_in_one_turn_are_read_before_idle(qtbot, plan_table):  # type: ignore[no-untyped-def]
    """Asking for rows and then waiting for the worker (as tests and the self-test do) reads them."""
    model = plan_table.model
    # No read window open (a paint of the shown table may open one at any time, so wait for
    # it to close rather than for a fixed time); no event runs between this and the asks.
    qtbot.waitUntil(lambda: not model._throttled and not model._window.isActive(), timeout=5000)
    rows = range(0, model.rowCount(), 3)
    for row in rows:
        model.data(model.index(row, 0))
    assert plan_table._db.wait_idle()
    assert model.rowCount() <= model.MAX_BLOCKS * model.BLOCK  # every block fits: none is dropped again
    assert [r for r in rows if not model.is_loaded(r)] == []


def test_a_read_still_waiting_at_lock_is_dropped_quietly(qtbot, plan_table, controller):  # type: ignore[no-untyped-def]
    model, table = plan_table.model, plan_table.table
    errors: list[str] = []
    controller.db.error.connect(errors.append)
    # A long window: on a busy machine 150 ms may pass between the two paints, and then the
    # second would be sent instead of waiting.
    model._window.setInterval(20_000)
    bar = table.verticalScrollBar()
    bar.setValue(bar.maximum() // 3)
    table.viewport().repaint()  # sent at once; a window for further reads opens
    QApplication.processEvents()
    bar.setValue(bar.maximum())
    table.viewport().repaint()  # this one waits for the window
    assert model._waiting
    controller.lock()
    qtbot.waitUntil(lambda: not model._window.isActive(), timeout=5000)  # the waiting asks had their turn
    assert controller.db.wait_idle()
    assert errors == [] and model.rowCount() == 0 and not model._waiting
    qtbot.addWidget(controller.unlock)


def test_a_default_order_that_is_no_sortable_column_is_refused() -> None:
    columns = [Column("name", "Namn", str), Column("", "Anteckning", str)]
    with pytest.raises(ValueError, match="'unit' is no sortable column"):
        Source(lambda ws: [], lambda ws, ids: [], columns, "unit")
    with pytest.raises(ValueError, match="'' is no sortable column"):
        Source(lambda ws: [], lambda ws, ids: [], columns, "")
    assert Source(lambda ws: [], lambda ws, ids: [], columns, "name").order == "name"


def test_a_long_list_shows_a_page_and_the_next_on_request(qtbot, main, ws, every_category, monkeypatch):
    """A school leader of a large unit has thousands of items: Överblick reads a page, the
    dividers and the summary count the whole list, and "Visa fler" reads the next page."""
    items = _loaded(qtbot, main)
    own = sum(1 for i in items if i.mine)
    monkeypatch.setattr(todo, "PAGE", 2)
    main.overview.mine.setChecked(True)
    qtbot.waitUntil(lambda: main.overview.summary.text() == f"{own} att göra, {own} dina – visar 2", timeout=10000)
    main.overview.mine.setChecked(False)  # a filter change starts at the first page
    summary = f"{len(items)} att göra, {own} dina – visar 2"
    qtbot.waitUntil(lambda: main.overview.summary.text() == summary, timeout=10000)
    assert main.overview.shown() == items[:2]
    assert _texts(main)[0] == (f"Mina uppgifter ({own})", "")  # the whole list's count
    assert main.overview.more.isVisibleTo(main.overview) and main.overview.more.text() == "Visa fler (2 till)"
    main.overview.more.click()
    qtbot.waitUntil(lambda: len(main.overview.shown()) == 4, timeout=10000)
    assert main.overview.shown() == items[:4]
    while main.overview.more.isVisibleTo(main.overview):  # page by page to the end
        shown = len(main.overview.shown())
        assert main.overview.more.text() == f"Visa fler ({min(2, len(items) - shown)} till)"
        main.overview.more.click()
        qtbot.waitUntil(lambda n=min(shown + 2, len(items)): len(main.overview.shown()) == n, timeout=10000)
    assert main.overview.shown() == items
    assert not main.overview.more.isVisibleTo(main.overview)
    assert main.overview.summary.text() == f"{len(items)} att göra, {own} dina"
