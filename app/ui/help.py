"""F1: help for the screen in front of the user — what this step of routine 002 is, who does
it, what must be filled in — from `resources/help/<sv|en>/<topic>.md`, shipped with the app
(no network). A window says its topic; F1 opens the text in a small browser beside it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app import i18n
from app.paths import resource

TOPICS = (
    "overview",
    "persons",
    "person",
    "plans",
    "plan",
    "wizard",
    "sip",
    "deviations",
    "disputes",
    "exchange",
    "settings",
    "indicators",
)


def help_text(topic: str, language: str | None = None) -> str:
    """The Markdown help of a topic in the language (the one in force by default)."""
    if topic not in TOPICS:
        raise KeyError(f"no help topic {topic!r}")
    lang = language or i18n.language()
    return resource("help", lang, f"{topic}.md").read_text(encoding="utf-8")


class HelpDialog(QDialog):
    def __init__(self, topic: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.topic = topic
        self.setWindowTitle(self.tr("Hjälp"))
        self.setMinimumSize(520, 420)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Hjälptext"))
        self.browser.setOpenExternalLinks(False)  # no network: nothing leaves the app
        self.browser.setMarkdown(help_text(topic))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Stäng"))
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(640, 520)


def show_help(parent: QWidget, topic: str) -> HelpDialog:
    dialog = HelpDialog(topic, parent)
    dialog.show()
    parent.help_dialog = dialog  # type: ignore[attr-defined]  # kept while the window lives
    return dialog


def install_help(window: QWidget, topic: Callable[[], str]) -> QShortcut:
    """F1 in this window opens the help of whatever `topic()` names at that moment."""
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), window)
    shortcut.activated.connect(lambda: show_help(window, topic()))
    return shortcut
