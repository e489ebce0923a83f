"""Överlåt ansvar through the real widgets: the dialog refuses another profession and an
empty agreement, saves, and the plan window and the person's timeline show the new owner."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from app.models.common import Profession
from app.models.roles import Who
from app.ui.roles import gate
from tests.factories import PROFILES, number, person, signed_plan

SHOTS = os.environ.get("EGENVARD_SHOTS", "")  # a folder: the dialog and the window are saved there


def _shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / name))


def test_hand_over_from_the_plan_window(qtbot, main, ws):  # type: ignore[no-untyped-def]
    p = person(ws, number(11))
    plan = signed_plan(ws, p.id, 100)  # assessed by Eva Lind (Region Kronoberg), who is at the keyboard
    window = main.open_plan(plan.id)
    qtbot.waitUntil(lambda: window.record is not None, timeout=5000)
    assert window.responsible.text() == "Ansvarig för uppföljning: Eva Lind (Region Kronoberg)"
    button = window.buttons["handover"]
    assert button.isEnabled() and button.text() == "Överlåt &ansvar…"

    window.do_handover()
    dialog = window.last_dialog
    assert dialog.now.text() == "Eva Lind (Region Kronoberg)"
    assert dialog.name.text() == ""  # she is the one responsible: she hands over, to someone
    assert dialog.profession.currentData() is Profession.NURSE  # hers, the one that may take over
    dialog.name.setText("Karin Ström")
    dialog.title.setText("Sjuksköterska")
    dialog.organisation.setText("Växjö kommun")
    dialog.unit.setText("Hemsjukvården Öster")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=5000)
    assert dialog.error.text() == "Överenskommelse måste fyllas i."
    dialog.agreement.setPlainText("Samordningsmöte 2026-11-20; bekräftat per e-post")
    dialog.profession.setCurrentIndex(dialog.profession.findData(Profession.PHYSICIAN))
    dialog.save()
    qtbot.waitUntil(lambda: "samma profession" in dialog.error.text(), timeout=5000)
    assert dialog.error.text().startswith(
        "Ansvaret kan bara tas över av en legitimerad yrkesutövare med samma profession "
        "(sjuksköterska → sjuksköterska)."
    )
    dialog.profession.setCurrentIndex(dialog.profession.findData(Profession.NURSE))
    _shot(dialog, "handover-dialog.png")
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        dialog.save()
    assert saved.args[0].receiver.name == "Karin Ström"
    qtbot.waitUntil(lambda: "Karin Ström" in window.responsible.text(), timeout=5000)
    assert window.responsible.text() == (
        f"Ansvarig för uppföljning: Karin Ström (Växjö kommun) – övertaget {date.today().isoformat()} "
        "från Eva Lind enligt överenskommelse"
    )
    window.layout().activate()
    _shot(window, "handover-plan-window.png")

    main.open_person(p.id)
    qtbot.waitUntil(lambda: main.person.record is not None and bool(main.person.timeline.rows()), timeout=5000)
    texts = [(e.kind, e.text) for e in main.person.timeline.rows()]
    assert (
        "Överlåtet ansvar",
        "Insulininjektion: ansvar för uppföljning överlåtet från Eva Lind till Karin Ström (Växjö kommun)",
    ) in texts


def test_the_button_is_off_for_elevhalsan_saying_who_may(qtbot, main, ws):  # type: ignore[no-untyped-def]
    p = person(ws, number(12))
    plan = signed_plan(ws, p.id, 100)
    window = main.open_plan(plan.id)
    qtbot.waitUntil(lambda: window.record is not None, timeout=5000)
    gate.set_profile(PROFILES[Who.SCHOOL_HEALTH])
    button = window.buttons["handover"]
    assert not button.isEnabled()
    assert button.toolTip().startswith(
        "Bara en legitimerad yrkesutövare (inte elevhälsa) får ta över ansvaret för en plan."
    )
