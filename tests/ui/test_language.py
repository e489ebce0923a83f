"""English comes through the Qt translation file; Swedish is the default."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app import i18n
from app.ui.app import install_translation
from app.ui.settings import prefs


def test_english_translation_and_setting(qtbot, main, controller, answers):
    assert main.nav.item(0).text() == "Överblick"
    main.nav.setCurrentRow(main.PAGES.index("settings"))
    main.settings.language.setCurrentIndex(1)
    assert prefs.language() == "en" and answers.informed  # takes effect at the next start
    app = QApplication.instance()
    translator = install_translation(app, "en")
    try:
        assert translator is not None
        from app.ui.main.window import MainWindow

        english = MainWindow(
            controller.db, (main.windowFilePath() and main.windowFilePath()) or __import__("pathlib").Path("x.db")
        )
        qtbot.addWidget(english)
        assert english.nav.item(0).text() == "Overview"
        assert english.lock_label.text() == "Unlocked"
        controller.db.wait_idle()
    finally:
        app.removeTranslator(translator)
        i18n.set_language("sv")
        prefs.set_language("sv")
