"""The window shows the models' sentences for the inputs of issue 9 (items 9–10) and saves
nothing: the same rules as the command line and the import (app/models/limits.py)."""

from __future__ import annotations

import pytest

from app.ui.persons.dialog import PersonDialog


@pytest.mark.parametrize(
    ("given", "number", "sentence"),
    [
        ("A" * 10_000, "19121212-1212", "Förnamn: högst 200 tecken (nu 10 000)."),
        ("Tolvan\x07", "19121212-1212", "Förnamn: får inte innehålla styrtecken"),
        ("Tolvan", "１９１２１２１２-１２１２", "Personnumret ska skrivas med siffrorna 0–9"),
        ("Tolvan", "20990101-1230", "ligger i framtiden"),
    ],
)
def test_person_dialog_shows_the_sentence(qtbot, main, controller, given: str, number: str, sentence: str) -> None:  # type: ignore[no-untyped-def]
    main.new_person()
    dialog = next(d for d in main.dialogs() if isinstance(d, PersonDialog))
    dialog.given.setText(given)
    dialog.family.setText("Tolvansson")
    dialog.number.setText(number)
    dialog.save()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10000)
    assert sentence in dialog.error.text()
    assert dialog.isVisible() and dialog.given.text() == given  # nothing typed is lost
    main.nav.setCurrentRow(main.PAGES.index("persons"))
    assert controller.db.wait_idle()
    assert main.persons.model.rowCount() == 0
