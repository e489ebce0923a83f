"""Inställningar: the profile's optional HSA-id, validated as the model does (the same sentence
as the command line), saved and shown again."""

from __future__ import annotations

from tests.factories import wait


def test_the_profile_takes_an_hsa_id_and_refuses_a_wrong_one(qtbot, main):  # type: ignore[no-untyped-def]
    main.nav.setCurrentRow(main.PAGES.index("settings"))
    fields = main.settings.fields
    qtbot.waitUntil(lambda: fields.name.text() == "Eva Lind", timeout=10000)
    assert fields.hsa_id.text() == ""

    fields.hsa_id.setText("SE232-X")
    main.settings.save_profile()
    assert main.settings.profile_error.isVisible()
    assert "SE2321000131-P000000123457" in main.settings.profile_error.text()
    wait(main._db)
    assert main.profile.hsa_id == ""  # nothing saved

    fields.hsa_id.setText(" se2321000131-e000000000001 ")
    with qtbot.waitSignal(main.settings.profile_changed, timeout=10000):
        main.settings.save_profile()
    assert not main.settings.profile_error.isVisible()
    assert main.profile.hsa_id == "SE2321000131-E000000000001"
    main.settings.refresh()
    qtbot.waitUntil(lambda: fields.hsa_id.text() == "SE2321000131-E000000000001", timeout=10000)
