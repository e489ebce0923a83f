"""The egenvårdsintyg in the window: the red mark on an LSS short-stay plan until a valid intyg
exists, the "Utfärda egenvårdsintyg…" dialog (issued and sealed on the worker, then listed in
the documents tab), the button off for roles that may not, and the intyg on the timeline.
Set EGENVARD_SCREENSHOTS=dir to keep the PNGs."""

from __future__ import annotations

import os
from pathlib import Path

from app.models.plan import Setting
from app.services import intyg
from app.ui.plans.intyg_dialog import IntygDialog
from app.ui.roles import gate
from tests.factories import PROFILES, Who, number, person, signed_plan

MARK = "⚠ Får inte utföras av personal förrän egenvårdsintyg finns"
REFUSED = (
    "Bara en legitimerad yrkesutövare (inte elevhälsa) får utfärda ett egenvårdsintyg. "
    "Din roll: Verksamhetsansvarig chef / enhetschef."
)


def _shots(tmp_path: Path) -> Path:
    out = Path(os.environ.get("EGENVARD_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    return out


def _opened(qtbot, main, plan_id: str):  # type: ignore[no-untyped-def]
    dialog = main.open_plan(plan_id)
    qtbot.waitUntil(lambda: dialog.record is not None and dialog.intyg_state is not None, timeout=10000)
    return dialog


def test_short_stay_marked_until_an_intyg_is_issued_from_the_window(qtbot, main, ws, tmp_path):  # type: ignore[no-untyped-def]
    child = person(ws, number(2, 2012), "Ella", "Holm", unit="Korttidsboendet Lärkan")
    plan = signed_plan(ws, child.id, 120, setting=Setting.LSS_SHORT_STAY)
    dialog = _opened(qtbot, main, plan.id)
    assert dialog.intyg_mark.isVisibleTo(dialog)
    assert dialog.intyg_mark.text() == MARK
    assert dialog.intyg_mark.property("alert") is True
    button = dialog.buttons["intyg"]
    assert button.isEnabled() and button.text() == "Utfärda e&genvårdsintyg…"
    dialog.resize(1100, 640)
    dialog.grab().save(str(_shots(tmp_path) / "plan-short-stay-without-intyg.png"))

    dialog.do_intyg()
    issuer = dialog.last_dialog
    assert isinstance(issuer, IntygDialog)
    assert issuer.judgement.toPlainText() == "Egenvård – med hjälp av någon annan. Riskanalys: Säkert"
    assert issuer.valid_until.value() == plan.reassessment_on
    issuer.save()  # nothing typed in "Vilken hjälp behövs": the form says so and keeps the cursor there
    qtbot.waitUntil(lambda: issuer.error.isVisibleTo(issuer), timeout=10000)
    assert issuer.error.text() == "Vilken hjälp som behövs måste fyllas i."
    assert intyg.for_plan(ws, plan.id) == []
    issuer.help_needed.setPlainText("Sondmatning via PEG, förberedd näring")
    issuer.frequency.setText("4 gånger per dag")
    issuer.grab().save(str(_shots(tmp_path) / "intyg-dialog.png"))
    with qtbot.waitSignal(issuer.saved, timeout=20000):
        issuer.save()

    # The worker's change notice reaches the plan window: the mark gives way, the PDF is listed.
    qtbot.waitUntil(lambda: dialog.intyg_mark.text().startswith("Egenvårdsintyg utfärdat"), timeout=10000)
    assert dialog.intyg_mark.property("alert") is False
    assert "giltigt till och med" in dialog.intyg_mark.text()
    qtbot.waitUntil(lambda: dialog.documents.sealed.rowCount() == 1, timeout=10000)
    model = dialog.documents.sealed
    assert model.data(model.index(0, model.columnCount() - 1)) == "Egenvårdsintyg"
    [issued] = intyg.for_plan(ws, plan.id)
    assert (issued.help_needed, issued.frequency) == ("Sondmatning via PEG, förberedd näring", "4 gånger per dag")
    dialog.grab().save(str(_shots(tmp_path) / "plan-short-stay-with-intyg.png"))

    dialog.documents.open_sealed(0)  # opens in the preview (print, save as)
    qtbot.waitUntil(lambda: dialog.last_dialog is not issuer, timeout=10000)
    assert "Förseglat egenvårdsintyg" in dialog.last_dialog.windowTitle()

    main.open_person(child.id)
    qtbot.waitUntil(lambda: main.person.record is not None, timeout=10000)
    timeline = main.person.timeline
    entries = [timeline.record(r) for r in range(timeline.rowCount())]
    [entry] = [e for e in entries if e.kind == "Egenvårdsintyg"]
    assert (entry.entity, entry.entity_id, entry.plan_id) == ("intyg", issued.id, plan.id)
    assert entry.text.startswith("Insulininjektion: Sondmatning via PEG")


def test_no_mark_outside_short_stay_and_the_button_is_the_licensed_ones(qtbot, main, ws):  # type: ignore[no-untyped-def]
    home = signed_plan(ws, person(ws, number(3)).id, 60, setting=Setting.HOME_CARE)
    dialog = _opened(qtbot, main, home.id)
    assert not dialog.intyg_mark.isVisibleTo(dialog)
    assert dialog.buttons["intyg"].isEnabled()

    gate.set_profile(PROFILES[Who.UNIT_MANAGER])
    assert not dialog.buttons["intyg"].isEnabled()
    assert dialog.buttons["intyg"].toolTip() == REFUSED
