"""The forms (deviation, person, decision, dispute): one use case saves each, a broken rule puts
the cursor in its field, and the model's sentences come out in the language of the window."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtWidgets import QApplication, QTableWidgetItem

from app import i18n
from app.models.audit import Action
from app.models.deviation import DeviationStatus, Harm, InformedParty
from app.models.roles import Who
from app.services import cases, overview, persons, todo
from app.services.workspace import Workspace
from app.ui.app import install_translation
from app.ui.cases.dialogs import DecisionDialog, DisputeDialog
from app.ui.deviations.dialog import DeviationDialog
from app.ui.persons.dialog import PersonDialog
from app.ui.worker import Database
from tests.factories import acting_as

TOLVAN = "19121212-1212"  # Skatteverket's test number


@pytest.fixture
def db(qtbot, ws: Workspace) -> Iterator[Database]:  # type: ignore[no-untyped-def]
    database = Database()
    database.adopt(ws)
    assert database.wait_idle()
    yield database
    database.shutdown(close=False)  # the ws fixture closes the workspace


def _shown(qtbot, dialog):  # type: ignore[no-untyped-def]
    """Shown and active, so that the focus can be asked about (offscreen too)."""
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5000)
    return dialog


def _deviation_events(ws: Workspace, person_id: str) -> list[Action]:
    return [e.action for e in reversed(ws.audit.events(person_id)) if e.entity == "deviation"]


def test_a_whole_new_deviation_is_saved_by_one_use_case_in_one_transaction(qtbot, ws, db) -> None:  # type: ignore[no-untyped-def]
    """Analysis, measures and status typed before the first save are written with the report:
    one CREATE in the audit log, no second (UPDATE) transaction behind it."""
    tolvan = persons.register(ws, "Tolvan", "Tolvansson", TOLVAN)
    dialog = _shown(qtbot, DeviationDialog(db, tolvan, None, [], ("Eva Lind", "Växjö kommun")))
    dialog.location.setText("Skolan")
    dialog.description.setPlainText("Insulindosen gavs en timme för sent.")
    dialog.parties.setItem(0, 0, QTableWidgetItem("Region Kronoberg"))
    dialog.parties.setItem(0, 2, QTableWidgetItem("2026-03-02"))
    dialog.analysis.setPlainText("Schemat ändrades utan att elevhälsan fick veta.")
    dialog.measures.setPlainText("Schemaändringar går via rektor.")
    dialog.status.setCurrentIndex(dialog.status.findData(DeviationStatus.MEASURES))
    with qtbot.waitSignal(dialog.saved, timeout=5000) as sig:
        dialog.save()
    saved = cases.get_deviation(ws, sig.args[0].id)
    assert saved.reporter == "Eva Lind" and saved.reporter_organisation == "Växjö kommun"
    assert saved.event_analysis == "Schemat ändrades utan att elevhälsan fick veta."
    assert saved.measures == "Schemaändringar går via rektor."
    assert saved.status is DeviationStatus.MEASURES
    assert saved.parties == (InformedParty("Region Kronoberg", "", date(2026, 3, 2)),)
    assert _deviation_events(ws, tolvan.id) == [Action.CREATE]


def test_a_saved_deviation_is_changed_from_what_is_stored(qtbot, ws, db) -> None:  # type: ignore[no-untyped-def]
    tolvan = persons.register(ws, "Tolvan", "Tolvansson", TOLVAN)
    first = cases.report_deviation(ws, tolvan.id, datetime(2026, 3, 1, 8, 0, tzinfo=UTC), "Hemmet", "Fel dos", "Eva")
    dialog = _shown(qtbot, DeviationDialog(db, tolvan, first, []))
    dialog.measures.setPlainText("Dubbelkontroll av dosen.")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()
    stored = cases.get_deviation(ws, first.id)
    assert (stored.measures, stored.reported_at, stored.location) == (
        "Dubbelkontroll av dosen.",
        first.reported_at,
        "Hemmet",
    )
    assert stored.occurred_at == datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
    assert _deviation_events(ws, tolvan.id) == [Action.CREATE, Action.UPDATE]


@pytest.mark.parametrize(
    ("field", "make_wrong", "sentence"),
    [
        ("location", lambda d: d.location.clear(), "Plats måste fyllas i."),
        ("reporter", lambda d: d.reporter.setText("  "), "Rapportör måste fyllas i."),
        ("parties", lambda d: d.parties.setItem(0, 2, QTableWidgetItem("igår")), "skrivs ÅÅÅÅ-MM-DD (”igår”)"),
        ("status", lambda d: d.status.setCurrentIndex(d.status.findData(DeviationStatus.CLOSED)), "inte informerad"),
    ],
)
def test_a_broken_rule_puts_the_cursor_in_its_field_and_writes_nothing(qtbot, ws, db, field, make_wrong, sentence):  # type: ignore[no-untyped-def]
    tolvan = persons.register(ws, "Tolvan", "Tolvansson", TOLVAN)
    dialog = _shown(qtbot, DeviationDialog(db, tolvan, None, [], ("Eva Lind", "Växjö kommun")))
    dialog.location.setText("Skolan")
    dialog.description.setPlainText("Insulindosen gavs en timme för sent.")
    dialog.parties.setItem(0, 0, QTableWidgetItem("Region Kronoberg"))
    make_wrong(dialog)
    dialog.measures.setFocus()  # the cursor is somewhere else when Spara is pressed
    qtbot.waitUntil(dialog.measures.hasFocus, timeout=5000)
    dialog.save()
    qtbot.waitUntil(lambda: sentence in dialog.error.text(), timeout=5000)
    wanted = getattr(dialog, field)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wanted, timeout=5000)
    assert dialog.button_box.isEnabled() and dialog.isVisible()  # everything typed is still there
    assert overview.deviation_ids(ws) == []


def test_the_person_form_puts_the_cursor_in_the_number_the_model_refused(qtbot, ws, db) -> None:  # type: ignore[no-untyped-def]
    dialog = _shown(qtbot, PersonDialog(db))
    dialog.given.setText("Saga")
    dialog.family.setText("Ek")
    dialog.number.setText("19500101-0000")
    dialog.family.setFocus()
    dialog.save()
    qtbot.waitUntil(lambda: "inte ett giltigt personnummer" in dialog.error.text(), timeout=5000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.number, timeout=5000)
    assert persons.all_persons(ws) == []


def test_the_decision_form_puts_the_cursor_in_the_decision_date(qtbot, ws, db) -> None:  # type: ignore[no-untyped-def]
    tolvan = persons.register(ws, "Tolvan", "Tolvansson", TOLVAN)
    dialog = _shown(qtbot, DecisionDialog(db, tolvan, [], "Kim Handläggare"))
    dialog.decided.set_value(date(2000, 1, 1))  # before the application date
    dialog.officer.setFocus()
    with acting_as(ws, Who.CASE_OFFICER):  # only a handläggare records a decision
        dialog.save()
        qtbot.waitUntil(
            lambda: "Beslutsdatum kan inte ligga före ansökningsdatum." in dialog.error.text(), timeout=5000
        )
        # The date field hands the focus to its check box (it is what says "a date is given").
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.decided.check, timeout=5000)


def test_resolving_a_dispute_without_a_date_is_the_models_refusal(qtbot, ws, db) -> None:  # type: ignore[no-untyped-def]
    dispute = cases.open_dispute(ws, ("Skolan", "Regionen"), "Vem instruerar vikarien?", date(2026, 4, 1))
    dialog = _shown(qtbot, DisputeDialog(db, None, dispute))
    dialog.solution.setPlainText("Rektor ansvarar.")
    dialog.solution.setFocus()
    dialog.save()  # no date: the check box is off
    qtbot.waitUntil(lambda: dialog.error.text() == "Ange datum när tvisten löstes.", timeout=5000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.resolved.check, timeout=5000)
    assert cases.get_dispute(ws, dispute.id).is_open


def test_the_models_sentences_are_english_in_the_english_window(qtbot, ws, db) -> None:  # type: ignore[no-untyped-def]
    tolvan = persons.register(ws, "Tolvan", "Tolvansson", TOLVAN)
    dev = cases.report_deviation(
        ws,
        tolvan.id,
        datetime(2026, 3, 1, 8, 0, tzinfo=UTC),
        "School",
        "The dose was late",
        "Eva Lind",
        harm=Harm.RISK,
        parties=(InformedParty("Region Kronoberg"),),
    )
    app = QApplication.instance()
    translator = install_translation(app, "en")
    try:
        dialog = _shown(qtbot, DeviationDialog(db, tolvan, dev, []))
        assert "Region Kronoberg is not informed" in dialog.notices.text()
        assert "the assessor is not contacted for re-assessment" in dialog.notices.text()
        assert "inte" not in dialog.notices.text()
        dialog.status.setCurrentIndex(dialog.status.findData(DeviationStatus.CLOSED))
        dialog.save()
        qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=5000)
        assert dialog.error.text() == (
            "The deviation cannot be closed: Region Kronoberg is not informed; "
            "the assessor is not contacted for re-assessment."
        )
        with acting_as(ws, Who.MAS):  # the whole register: this person has no assessor yet
            items = [i for i in todo.todo(ws) if i.kind is todo.Kind.DEVIATION_UNINFORMED]
        assert [i.action for i in items] == ["Inform of the deviation: Region Kronoberg, the assessor"]
    finally:
        if translator is not None:
            app.removeTranslator(translator)
        i18n.set_language("sv")
