"""The workflow through the real widgets: search, person, plan from assessment to signed,
review, copy with consent, deviation → re-assessment."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app.models.deviation import Harm
from app.models.plan import PlanKind, PlanStatus
from app.models.records import Recipient
from app.services import persons, plans
from app.ui.deviations.dialog import DeviationDialog
from app.ui.persons.dialog import PersonDialog
from app.ui.plans.wizard import PlanWizard
from tests.ui.conftest import number, person, signed_plan


def test_search_finds_by_name_and_number(qtbot, main, ws):
    person(ws, number(0), "Astrid", "Öberg")
    person(ws, number(1), "Nils", "Karlsson")
    main.search.setFocus()
    qtbot.keyClicks(main.search, "kar")  # typed key by key (QTest types ASCII only)
    qtbot.waitUntil(lambda: main.results.count() == 1 and "Nils Karlsson" in main.results.item(0).text(), timeout=5000)
    with qtbot.waitSignal(main.search_done, timeout=5000):
        main.search.setText("öBE")
    assert main.results.count() == 1 and "Astrid Öberg" in main.results.item(0).text()
    main.search.clear()
    with qtbot.waitSignal(main.search_done, timeout=5000):
        main.search.setText(number(1)[:8])
    assert "Nils Karlsson" in main.results.item(0).text()
    qtbot.keyClick(main.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: main.person.record is not None, timeout=5000)
    assert main.person.record.person.given_name == "Nils"


def test_creating_a_person_and_bad_number(qtbot, main, ws):
    main.new_person()
    dialog = main.dialogs()[-1]
    assert isinstance(dialog, PersonDialog)
    dialog.given.setText("Saga")
    dialog.family.setText("Ek")
    dialog.number.setText("19500101-0000")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=5000)
    assert "inte ett giltigt personnummer" in dialog.error.text()
    assert dialog.given.text() == "Saga"  # nothing typed is lost
    dialog.number.setText(number(2))
    dialog.protected.setChecked(True)
    dialog.save()
    qtbot.waitUntil(lambda: main.person.record is not None, timeout=5000)
    rec = main.person.record
    assert rec.person.name == "Saga Ek" and rec.person.protected_identity
    assert rec.person.number.masked in main.person.title.text()
    assert rec.person.number.formatted not in main.person.title.text()  # masked for protected identity
    assert main.person.badge.isVisibleTo(main)


def _wizard(main, ws):  # type: ignore[no-untyped-def]
    p = person(ws, number(3))
    main.open_person(p.id)
    main._db.wait_idle()
    main.person.findChild(
        type(main.person.findChildren(type(main.search))[0]) if False else object, ""
    ) if False else None
    main._person_action("new_plan", main.person.record)
    wizard = main.dialogs()[-1]
    assert isinstance(wizard, PlanWizard)
    return p, wizard


def test_plan_from_assessment_to_signed(qtbot, main, ws):
    _p, wizard = _wizard(main, ws)
    a = wizard.assessment_page
    a.measure.setText("Insulininjektion")
    wizard.next()
    risk = wizard.risk
    risk.table.item(0, 0).setText("Fel dos ges")
    risk.table.cellWidget(0, 1).setCurrentIndex(3)  # 4 × 3 = 12: risk of harm
    risk.table.cellWidget(0, 2).setCurrentIndex(2)
    risk.conclusion.setPlainText("Hög risk")
    wizard.next()
    assert wizard.currentPage() is risk  # stopped, and says why in the routine's words
    assert "risk att personen skadas" in risk.error.text() and "Fel dos ges" in risk.error.text()
    risk.table.cellWidget(0, 1).setCurrentIndex(0)  # 1 × 3 = 3 with mitigation
    risk.table.item(0, 4).setText("Dubbelkontroll")
    risk.conclusion.setPlainText("Kan utföras säkert med instruktion.")
    wizard.next()
    assert wizard.currentPage() is wizard.points
    form = wizard.points.form
    assert form.measure.text() == "Insulininjektion"
    assert "3. hur och av vem information" in form.missing.text()
    form.performer.setText("Personal vid Hemtjänst Norr")
    form.instruction_by.setText("Eva Lind")
    form.instruction_how.setPlainText("Praktisk visning")
    form.on_harm.setPlainText("Ring 112")
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert (
        "5. vilka åtgärder som ska vidtas och vem som ska kontaktas om situationen förändras"
        in wizard.sign.error.text()
    )
    form.on_change.setPlainText("Kontakta sjuksköterskan")
    form.follow_up.setPlainText("Var tredje månad")
    assert "Alla sju punkter" in form.missing.text()
    with qtbot.waitSignal(wizard.saved, timeout=10000) as sig:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    plan = sig.args[0].plan
    assert plan.status is PlanStatus.SIGNED and plan.signature.name == "Eva Lind"
    assert plans.next_review(ws, plan.id) is not None


def test_unsigned_draft_then_edit_signed_makes_new_version(qtbot, main, ws, answers):
    p = person(ws, number(4))
    plan = signed_plan(ws, p.id, 100)
    dialog = main.open_plan(plan.id)
    qtbot.waitUntil(lambda: dialog.record is not None, timeout=5000)
    dialog.do_edit()
    assert answers.asked and "version 2" in answers.asked[-1]
    editor = main.dialogs()[-1] if False else dialog.findChildren(type(dialog))[0] if False else None
    from app.ui.plans.view import EditPlanDialog

    editor = dialog.findChild(EditPlanDialog)
    editor.form.on_change.setPlainText("Ring MAS")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    qtbot.waitUntil(lambda: dialog.record is not None and dialog.record.plan.version == 2, timeout=5000)
    assert dialog.record.plan.status is PlanStatus.DRAFT
    assert [v.status for v in dialog.record.versions] == [PlanStatus.SIGNED, PlanStatus.DRAFT]
    assert dialog.version.count() == 2
    dialog.do_void()
    qtbot.waitUntil(lambda: dialog.record.plan.status is PlanStatus.VOIDED, timeout=5000)
    assert "Fel person" in dialog.status.text()


def test_review_requires_and_sets_next_date(qtbot, main, ws):
    p = person(ws, number(5))
    plan = signed_plan(ws, p.id, 10)
    dialog = main.open_plan(plan.id, "review")
    qtbot.waitUntil(lambda: dialog.record is not None, timeout=5000)
    assert dialog.tabs.currentIndex() == 1
    dialog.do_review()
    review = dialog.last_dialog
    review.next_on.check.setChecked(False)
    review.save()
    assert "datum för nästa uppföljning" in review.error.text()
    review.next_on.check.setChecked(True)
    review.next_on.edit.setDate(date.today() + timedelta(days=120))
    with qtbot.waitSignal(review.saved, timeout=5000):
        review.save()
    qtbot.waitUntil(lambda: dialog.record is not None and len(dialog.record.reviews) == 2, timeout=5000)
    nxt = plans.next_review(ws, plan.id)
    assert nxt is not None and nxt.planned_on == date.today() + timedelta(days=120)


def test_copy_to_school_asks_for_consent(qtbot, main, ws):
    p = person(ws, number(6))
    plan = signed_plan(ws, p.id, 100)
    dialog = main.open_plan(plan.id)
    qtbot.waitUntil(lambda: dialog.record is not None, timeout=5000)
    dialog.do_copy()
    copy = dialog.last_dialog
    assert copy.consent_box.isVisibleTo(copy)  # school leader: consent asked for
    copy.recipient_name.setText("Rektor Hagaskolan")
    copy.save()
    assert "samtycket" in copy.error.text().lower()
    copy.given_by.setText("Tolvan Tolvansson")
    with qtbot.waitSignal(copy.saved, timeout=5000) as sig:
        copy.save()
    assert sig.args[0].recipient is Recipient.SCHOOL_LEADER and sig.args[0].consent.given_by == "Tolvan Tolvansson"
    copy2 = None
    dialog.do_copy()
    copy2 = dialog.last_dialog
    copy2.recipient.setCurrentIndex(copy2.recipient.findData(Recipient.PERSON))
    assert not copy2.consent_box.isVisibleTo(copy2)


def test_not_done_offers_deviation_and_harm_prompts_reassessment(qtbot, main, ws, answers):
    p = person(ws, number(7))
    plan = signed_plan(ws, p.id, 100)
    dialog = main.open_plan(plan.id)
    qtbot.waitUntil(lambda: dialog.record is not None, timeout=5000)
    dialog.do_performance()
    perf = dialog.last_dialog
    perf.not_done_radio.setChecked(True)
    perf.save()
    qtbot.waitUntil(lambda: perf.error.isVisibleTo(perf), timeout=5000)
    assert "varför" in perf.error.text().lower()
    perf.reason.setText("Personen var inte hemma")
    perf.save()
    qtbot.waitUntil(lambda: isinstance(main.dialogs()[-1], DeviationDialog), timeout=5000)
    assert any("avvikelse" in q for q in answers.asked)
    dev = main.dialogs()[-1]
    assert "Personen var inte hemma" in dev.description.toPlainText()
    assert not dev.harm_note.isVisibleTo(dev)
    dev.harm.setCurrentIndex(dev.harm.findData(Harm.RISK))
    assert dev.harm_note.isVisibleTo(dev)  # says at once that the assessor must be contacted
    dev.location.setText("Hemmet")
    dev.reporter.setText("Eva Lind")
    with qtbot.waitSignal(dev.saved, timeout=5000) as sig:
        dev.save()
    saved = sig.args[0]
    assert saved.needs_reassessment and "bedömaren är inte kontaktad för omprövning" in saved.open_notices()
    assert any("omprövning" in q for q in answers.asked)
    qtbot.waitUntil(lambda: isinstance(main.dialogs()[-1], PlanWizard), timeout=5000)
    wizard = main.dialogs()[-1]
    assert wizard.assessment_page.kind.currentData() is PlanKind.REASSESSMENT
    assert wizard.assessment_page.measure.text() == "Insulininjektion"
    assert persons.get(ws, p.id)


def test_person_view_shows_timeline_and_versions(qtbot, main, ws):
    p = person(ws, number(8))
    signed_plan(ws, p.id, 100)
    main.open_person(p.id)
    qtbot.waitUntil(lambda: main.person.record is not None, timeout=5000)
    kinds = {main.person.timeline.record(r).kind for r in range(main.person.timeline.rowCount())}
    assert {"Plan", "Signering", "Planerad omprövning"} <= kinds
    assert main.person.plans.topLevelItemCount() == 1
    events = ws.audit.verify() if hasattr(ws.audit, "verify") else None
    del events
