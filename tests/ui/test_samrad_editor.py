"""The samråd editor in the plan wizard, in its own dialog from the plan window, and the sign
dialog showing the model's refusal (real worker, real encrypted database)."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QWizard

from app.models.assessment import Consequence, Hazard, Likelihood, Outcome, RiskAnalysis
from app.models.plan import PlanStatus, Setting
from app.models.samrad import ParticipantRole
from app.services import plans
from app.ui.plans.samrad import SamradDialog, SamradEditor
from app.ui.plans.view import SignDialog
from app.ui.plans.wizard import PlanWizard
from tests.factories import ME, number, person, signed_plan

SHOTS = Path(os.environ.get("EGENVARD_SHOTS", "/tmp/egenvard-shots"))


def _roles(editor: SamradEditor) -> list[ParticipantRole]:
    return [editor.table.cellWidget(r, 0).currentData() for r in range(editor.table.rowCount())]


def _fill(editor: SamradEditor, names: list[tuple[str, str]]) -> None:
    for r, (name, organisation) in enumerate(names):
        editor.table.item(r, 1).setText(name)
        editor.table.item(r, 2).setText(organisation)
    editor.information.setChecked(True)
    editor.informed_what.setPlainText("Vad egenvård innebär och vem som ansvarar")
    editor.decision.setChecked(True)


def test_wizard_asks_for_the_settings_participants_and_signs(qtbot, main, ws):  # type: ignore[no-untyped-def]
    pupil = person(ws, "20150315-9806", "Liam", "Nilsson", unit="Hagaskolan")
    wizard = PlanWizard(main._db, pupil, ME, setting=Setting.SCHOOL, parent=main)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.assessment_page.measure.setText("Insulininjektion")
    wizard.next()
    wizard.risk.table.item(0, 0).setText("Hypoglykemi")
    wizard.risk.conclusion.setPlainText("Kan utföras säkert med instruktion.")
    wizard.next()
    assert wizard.currentPage() is wizard.samrad
    editor = wizard.samrad.editor
    assert _roles(editor) == [ParticipantRole.GUARDIAN, ParticipantRole.SCHOOL_LEADER]  # one row each, to fill in
    assert editor.needed.text() == "Ska delta i samrådet (Förskola / skola): Vårdnadshavare, Skolledare"
    assert editor.missing.text().startswith(
        "Saknas innan planen kan signeras: samråd med vårdnadshavare och skolledare saknas; "
        "information till patienten om vad egenvård innebär saknas"
    )
    editor.table.item(1, 1).setText("Rut Rektor")
    assert editor.missing.text().startswith("Saknas innan planen kan signeras: samråd med vårdnadshavare saknas;")
    SHOTS.mkdir(parents=True, exist_ok=True)
    wizard.grab().save(str(SHOTS / "samrad_wizard.png"))
    wizard.next()  # a draft may be saved without samråd: nothing on this page is required
    assert wizard.currentPage() is wizard.points
    form = wizard.points.form
    form.performer.setText("Elevassistent")
    form.instruction_by.setText("Eva Lind")
    form.instruction_how.setPlainText("Praktisk visning")
    form.on_harm.setPlainText("Ring 112")
    form.on_change.setPlainText("Kontakta sjuksköterskan")
    form.follow_up.setPlainText("Vid terminsstart")
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert "Planen kan inte signeras: samråd med vårdnadshavare saknas;" in wizard.sign.error.text()

    wizard.back()
    wizard.back()
    assert wizard.currentPage() is wizard.samrad
    _fill(editor, [("Sara Nilsson", ""), ("Rut Rektor", "Hagaskolan")])
    editor.decided_by.setText("Sara Nilsson")
    assert editor.missing.text() == ""
    wizard.next()
    wizard.next()
    with qtbot.waitSignal(wizard.saved, timeout=10000) as sig:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    plan = sig.args[0].plan
    assert plan.status is PlanStatus.SIGNED
    samrad = plans.get_assessment(ws, plan.assessment_id).samrad
    assert [(p.role, p.name, p.organisation) for p in samrad.participants] == [
        (ParticipantRole.GUARDIAN, "Sara Nilsson", ""),
        (ParticipantRole.SCHOOL_LEADER, "Rut Rektor", "Hagaskolan"),
    ]
    assert samrad.information.given_by == ME.name  # proposed from the assessor
    assert samrad.decision.decided_by == "Sara Nilsson" and samrad.decision.accepted


def _draft_without_samrad(ws, person_id: str):  # type: ignore[no-untyped-def]
    today = date.today()
    risk = RiskAnalysis((Hazard("Fel dos", Likelihood.UNLIKELY, Consequence.MODERATE, "Dubbelkontroll"),), "Säkert")
    a = plans.assess(ws, person_id, "Ögondroppar", ME, today, risk, Outcome.WITH_HELP)
    return plans.start_plan(
        ws,
        a,
        Setting.HOME_CARE,
        performer="Hemtjänst Norr",
        instruction_by="Eva Lind",
        instruction_how="Visning",
        on_harm="Ring 112",
        on_change="Ring sjuksköterskan",
        follow_up="Var tredje månad",
        reassessment_on=today + timedelta(days=90),
    )


def test_sign_dialog_shows_the_models_refusal(qtbot, main, ws):  # type: ignore[no-untyped-def]
    draft = _draft_without_samrad(ws, person(ws, number(5)).id)
    window = main.open_plan(draft.id)
    qtbot.waitUntil(lambda: window.record is not None, timeout=5000)
    window.do_sign()
    dialog = window.last_dialog
    assert isinstance(dialog, SignDialog)
    expected = (
        "Planen kan inte signeras: samråd med patienten och utförande enhet saknas; "
        "information till patienten om vad egenvård innebär saknas; "
        "patientens (eller vårdnadshavarens) beslut att ta emot egenvården saknas."
    )
    qtbot.waitUntil(lambda: dialog.error.text() == expected, timeout=5000)
    dialog.grab().save(str(SHOTS / "samrad_sign_refused.png"))
    dialog.save()  # signing anyway: the service refuses with the same sentence
    qtbot.waitUntil(lambda: dialog.error.text() == expected and plans.get_plan(ws, draft.id).is_editable)


def test_samrad_dialog_records_and_the_plan_then_signs(qtbot, main, ws):  # type: ignore[no-untyped-def]
    adult = person(ws, number(6))
    draft = _draft_without_samrad(ws, adult.id)
    window = main.open_plan(draft.id)
    qtbot.waitUntil(lambda: window.record is not None, timeout=5000)
    assert window.buttons["samrad"].isEnabled()
    window.do_samrad()
    dialog = window.last_dialog
    assert isinstance(dialog, SamradDialog)
    qtbot.waitUntil(lambda: dialog.state is not None, timeout=5000)
    editor = dialog.editor
    assert _roles(editor) == [ParticipantRole.PATIENT, ParticipantRole.PERFORMER_UNIT]
    _fill(editor, [(adult.name, ""), ("Kim Lind", "Hemtjänst Norr")])
    editor.informed_by.setText("Eva Lind")
    editor.decided_by.setText(adult.name)
    editor.add_participant(ParticipantRole.RELATIVE, "Britt Tolvansson")
    dialog.grab().save(str(SHOTS / "samrad_dialog.png"))
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    stored = plans.get_assessment(ws, draft.assessment_id).samrad
    assert [p.name for p in stored.participants] == [adult.name, "Kim Lind", "Britt Tolvansson"]
    assert stored.information.given_by == "Eva Lind"


def test_samrad_dialog_is_read_only_for_a_signed_plan(qtbot, main, ws):  # type: ignore[no-untyped-def]
    plan = signed_plan(ws, person(ws, number(7)).id, 100)
    window = main.open_plan(plan.id)
    qtbot.waitUntil(lambda: window.record is not None, timeout=5000)
    shown = window.text.toPlainText()  # the plan tab shows the samråd too
    assert "Patienten: Patienten själv; Utförande enhet: Kim Lind (Hemtjänst Syd)" in shown
    assert "accepterar egenvården" in shown
    window.do_samrad()
    dialog = window.last_dialog
    qtbot.waitUntil(lambda: dialog.state is not None, timeout=5000)
    assert not dialog.editor.isEnabled()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    assert dialog.locked.text().startswith("Samrådet hör till en plan som har signerats")
    assert _roles(dialog.editor) == [ParticipantRole.PATIENT, ParticipantRole.PERFORMER_UNIT]
