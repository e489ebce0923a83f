"""Help where they are: F1 opens the help of the screen in front, in the window's language; the
empty Överblick shows where to begin; Tab leaves the Överblick table; every overdue step is red;
the passphrase page drops an old error once the passphrase is typed again."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app import i18n
from app.paths import resource
from app.services.todo import Kind, Page, TodoItem
from app.ui.help import TOPICS, HelpDialog, help_text
from app.ui.overview.view import overdue


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_topic_has_help_in_both_languages(language: str) -> None:
    heads = {"sv": ("**Vad det är.**", "# "), "en": ("**What it is.**", "# ")}[language]
    for topic in TOPICS:
        text = help_text(topic, language)
        assert text.startswith(heads[1]), topic
        assert heads[0] in text or "**1." in text, topic  # the wizard walks its steps instead
    shipped = {p.stem for p in resource("help", language).glob("*.md")}
    assert shipped == set(TOPICS)


def test_f1_opens_the_help_of_the_page_in_front(qtbot, main) -> None:  # type: ignore[no-untyped-def]
    main.show()
    qtbot.waitExposed(main)
    main.nav.setCurrentRow(main.PAGES.index("deviations"))
    main.activateWindow()
    qtbot.keyClick(main, Qt.Key.Key_F1)
    dialog = main.help_dialog
    assert isinstance(dialog, HelpDialog) and dialog.topic == "deviations"
    assert "över huvudmannagränser" in dialog.browser.toPlainText()
    dialog.close()
    main.nav.setCurrentRow(main.PAGES.index("disputes"))
    main.open_help()
    assert main.help_dialog.topic == "disputes"
    assert "senast inom två veckor" in main.help_dialog.browser.toPlainText()
    main.help_dialog.close()


def test_help_follows_the_language() -> None:
    i18n.set_language("en")
    try:
        dialog = HelpDialog("plan")
        assert "seven points" in dialog.browser.toPlainText()
    finally:
        i18n.set_language("sv")
    assert "sju punkterna" in HelpDialog("plan").browser.toPlainText()


def test_the_empty_overview_shows_where_to_begin(qtbot, main) -> None:  # type: ignore[no-untyped-def]
    view = main.overview
    main.show()
    qtbot.waitExposed(main)
    main.nav.setCurrentRow(main.PAGES.index("overview"))
    view.refresh()
    assert main._db.wait_idle()
    qtbot.waitUntil(lambda: view.first_steps.isVisible(), timeout=10000)
    assert "Registrera personen" in view.first_steps.text()
    with qtbot.waitSignal(view.first_step) as link:
        view.first_steps.linkActivated.emit("persons")
    assert link.args == ["persons"]
    assert main.stack.currentWidget() is main.persons
    view._loaded(Page((_item(Kind.COPY_MISSING, date.today() + timedelta(days=3)),), 1, 0))
    assert not view.first_steps.isVisible()


def _item(kind: Kind, due: date | None) -> TodoItem:
    return TodoItem(kind, "p1", "plan1", due, "Gör något", "Eva Lind", "Tolvan Tolvansson")


def test_every_overdue_step_is_red_not_only_reviews() -> None:
    today = date(2026, 11, 29)
    assert overdue(_item(Kind.INSTRUCTION_RENEWAL, date(2026, 11, 28)), today)
    assert overdue(_item(Kind.REVIEW_OVERDUE, date(2026, 10, 1)), today)
    assert not overdue(_item(Kind.INSTRUCTION_RENEWAL, date(2026, 11, 29)), today)
    assert not overdue(_item(Kind.COPY_MISSING, None), today)


def test_tab_leaves_the_overview_table(qtbot, main) -> None:  # type: ignore[no-untyped-def]
    view = main.overview
    main.show()
    qtbot.waitExposed(main)
    main.nav.setCurrentRow(main.PAGES.index("overview"))
    view._loaded(Page((_item(Kind.COPY_MISSING, date.today()), _item(Kind.INSTRUCTION_MISSING, date.today())), 2, 0))
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(1, 0))
    assert view.table.hasFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not view.table.hasFocus(), timeout=2000)
    assert QApplication.focusWidget() is not view.table


def test_the_passphrase_page_drops_an_old_error(qtbot, controller, ws) -> None:  # type: ignore[no-untyped-def]
    from app.ui.setup.wizard import FirstStartWizard

    wizard = FirstStartWizard(controller.db, ws.path.with_name("ny.db"))
    qtbot.addWidget(wizard)
    page = wizard.passphrase
    page.first.setText("kort")
    assert not page.validatePage()
    assert page.error.text() != ""
    page.first.setText("korrekt häst batteri häftklammer")
    assert page.meter_label.text() in ("Stark", "Mycket stark")
    assert page.error.text() == "" and page.error.isHidden()
    assert isinstance(page.second, QLineEdit)
