"""Roles in the window: the profile fields (role, profession, elevhälsa) in Inställningar and the
first-start wizard, buttons of refused use cases off with a tooltip naming the role needed (the
answer from app.models.roles), and the service's refusal shown when a use case is reached anyway.
Set EGENVARD_SCREENSHOTS=dir to keep the PNGs."""

from __future__ import annotations

import os
from pathlib import Path

from app.models.common import Profession, Role
from app.models.plan import PlanStatus
from app.services import plans
from app.ui.setup.wizard import FirstStartWizard
from tests.factories import PASSPHRASE, number, person, signed_plan

SIGN_REFUSED = "Bara en legitimerad yrkesutövare (inte elevhälsa) får signera en plan. Din roll: Skolledare / rektor."
VOID_REFUSED = "Bara en legitimerad yrkesutövare (inte elevhälsa) får makulera en plan. Din roll: Skolledare / rektor."


def _shots(tmp_path: Path) -> Path:
    out = Path(os.environ.get("EGENVARD_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    return out


def _save_profile(qtbot, main, role: Role, profession: Profession | None = None) -> None:  # type: ignore[no-untyped-def]
    fields = main.settings.fields
    if not fields.name.text():  # Inställningar not shown yet: its fields are filled on the first visit
        main.settings.refresh()
        qtbot.waitUntil(lambda: bool(fields.name.text()), timeout=10000)
    fields.role.setCurrentIndex(fields.role.findData(role))
    if profession is not None:
        fields.profession.setCurrentIndex(fields.profession.findData(profession))
    with qtbot.waitSignal(main.settings.profile_changed, timeout=10000):
        main.settings.save_profile()
    assert main.profile.role is role


def test_plan_buttons_follow_the_role_and_say_who_may(qtbot, main, ws, answers, tmp_path):  # type: ignore[no-untyped-def]
    kid = person(ws, number(3, 2015), "Liam", "Lind", unit="Hagaskolan")
    plan = signed_plan(ws, kid.id, 60)
    main.nav.setCurrentRow(main.PAGES.index("settings"))
    qtbot.waitUntil(lambda: main.settings.fields.name.text() == "Eva Lind", timeout=10000)
    assert main.settings.fields.profession.currentData() is Profession.NURSE  # from "Distriktssköterska"

    _save_profile(qtbot, main, Role.SCHOOL_LEADER)
    # A role without a profession: the profession and elevhälsa are off and cleared.
    assert not main.settings.fields.profession.isEnabled() and not main.settings.fields.school_health.isEnabled()
    main.resize(1100, 700)
    main.grab().save(str(_shots(tmp_path) / "settings-profile-school-leader.png"))

    dialog = main.open_plan(plan.id)
    qtbot.waitUntil(lambda: dialog.record is not None and dialog.buttons["copy"].isEnabled(), timeout=10000)
    sign, void, copy = dialog.buttons["sign"], dialog.buttons["void"], dialog.buttons["copy"]
    assert not sign.isEnabled() and sign.toolTip() == SIGN_REFUSED
    assert not void.isEnabled() and void.toolTip() == VOID_REFUSED
    assert copy.isEnabled()  # a school leader hands over copies (DESIGN.md "Trust")
    assert not dialog.buttons["review"].isEnabled()
    dialog.grab().save(str(_shots(tmp_path) / "plan-buttons-school-leader.png"))

    # Reached anyway (a shortcut, a stale window): the service refuses and the window says so.
    answers.text = "Fel person"
    dialog.do_void()
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=10000)
    assert dialog.error.text() == VOID_REFUSED
    assert plans.get_plan(ws, plan.id).status is PlanStatus.SIGNED

    # Back to the nurse: the view's own rule decides again (a signed plan is not signed twice).
    _save_profile(qtbot, main, Role.LICENSED, Profession.NURSE)
    qtbot.waitUntil(lambda: void.isEnabled(), timeout=10000)
    assert not sign.isEnabled() and sign.toolTip() != SIGN_REFUSED
    assert void.toolTip() == ""


def test_person_buttons_for_a_nurse_and_a_case_officer(qtbot, main, ws):  # type: ignore[no-untyped-def]
    kid = person(ws, number(4, 2015), "Ella", "Lind")
    main.open_person(kid.id)
    qtbot.waitUntil(lambda: main.person.record is not None, timeout=10000)
    decision = main.person.findChild(type(main.person.summary_button), "person_decision")
    new_plan = main.person.findChild(type(main.person.summary_button), "person_new_plan")
    qtbot.waitUntil(lambda: decision.toolTip() != "", timeout=10000)  # the profile has arrived
    assert not decision.isEnabled()
    assert decision.toolTip() == (
        "Bara en biståndshandläggare får registrera ett biståndsbeslut. "
        "Din roll: Legitimerad yrkesutövare (Sjuksköterska / distriktssköterska)."
    )
    assert new_plan.isEnabled()
    _save_profile(qtbot, main, Role.CASE_OFFICER)
    assert decision.isEnabled() and not new_plan.isEnabled()
    assert new_plan.toolTip() == (
        "Bara en legitimerad yrkesutövare (inte elevhälsa) får göra en bedömning. Din roll: Biståndshandläggare."
    )


def test_settings_refuse_a_licensed_profile_without_profession(qtbot, main, ws):  # type: ignore[no-untyped-def]
    main.nav.setCurrentRow(main.PAGES.index("settings"))
    fields = main.settings.fields
    qtbot.waitUntil(lambda: fields.name.text() == "Eva Lind", timeout=10000)
    fields.title.setText("Samordnare")
    fields.profession.setCurrentIndex(0)  # "(välj yrke)"
    main.settings.save_profile()
    assert main.settings.profile_error.text() == (
        "Ange yrke för en legitimerad yrkesutövare (t.ex. sjuksköterska eller läkare)."
    )
    assert ws.profile().title == "Distriktssköterska"  # nothing saved


def test_first_start_asks_role_profession_and_elevhalsa(qtbot, controller, tmp_path):  # type: ignore[no-untyped-def]
    wizard = FirstStartWizard(controller.db, tmp_path / "data" / "egenvard.db")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.passphrase.first.setText(PASSPHRASE)
    wizard.passphrase.second.setText(PASSPHRASE)
    wizard.next()
    page = wizard.profile
    assert wizard.currentPage() is page
    page.name.setText("Sofia Ek")
    page.title_edit.setText("Skolsköterska")
    page.profession.setCurrentIndex(page.profession.findData(Profession.NURSE))
    page.school_health.setChecked(True)
    page.organisation.setText("Växjö kommun")
    page.unit.setText("Hagaskolan")
    wizard.resize(760, 560)
    wizard.grab().save(str(_shots(tmp_path) / "first-start-profile.png"))
    profile = page.profile()
    assert (profile.role, profile.profession, profile.school_health) == (Role.LICENSED, Profession.NURSE, True)
    page.role.setCurrentIndex(page.role.findData(Role.MAS))
    assert not page.school_health.isChecked() and page.profession.currentData() is None
    page.role.setCurrentIndex(page.role.findData(Role.LICENSED))
    assert page.profile().profession is Profession.NURSE  # cleared, but "Skolsköterska" says it
    page.title_edit.setText("Samordnare")
    assert not page.validatePage()  # licensed, and nothing says which profession
    assert page.error.text() == "Ange yrke för en legitimerad yrkesutövare (t.ex. sjuksköterska eller läkare)."
