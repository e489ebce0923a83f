"""The deviation form records the day of the joint event analysis (Uppföljning counts the days
from the event to it); a day before the event is refused and nothing is saved."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDateTime

from app.models.plan import Setting
from app.services import cases, persons
from app.ui.deviations.dialog import DeviationDialog
from tests.factories import plan_in_setting


def test_the_form_saves_the_day_of_the_event_analysis(qtbot, main, ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    plan = plan_in_setting(ws, Setting.SCHOOL, "20150315-9806", unit="Hagaskolan", performer="Elevassistent")
    pupil = persons.get(ws, plan.person_id)
    dialog = DeviationDialog(main._db, pupil, None, [plan], ("Kim Ek", "Växjö kommun"), {"plan_id": plan.id})
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.occurred.setDateTime(QDateTime(datetime(2026, 11, 2, 14, 30)))
    dialog.location.setText("Hagaskolan")
    dialog.description.setPlainText("Insulindosen gavs en timme för sent.")
    dialog.analysis.setPlainText("Gemensam genomgång med regionen.")
    dialog.analysis_on.set_value(date(2026, 11, 1))  # the day before the event
    dialog.save()
    qtbot.waitUntil(lambda: "före händelsen" in dialog.error.text(), timeout=5000)
    assert ws.repos.deviations.for_person(pupil.id) == []
    dialog.analysis_on.set_value(date(2026, 11, 20))
    dialog.grab().save(str(tmp_path / "deviation.png"))
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        dialog.save()
    deviation = cases.get_deviation(ws, saved.args[0].id)
    assert deviation.event_analysis_on == date(2026, 11, 20)
    again = DeviationDialog(main._db, pupil, deviation, [plan], ("Kim Ek", "Växjö kommun"))
    qtbot.addWidget(again)
    assert again.analysis_on.value() == date(2026, 11, 20)
