"""How names are compared, and the words a person is found by: one tokeniser for the repository, the migration that
fills old rows and the list queries (a module of its own, so the migrations need not import
the repositories, which import the database, which imports the migrations)."""

from __future__ import annotations

import unicodedata


def search_tokens(text: str) -> list[str]:
    folded = unicodedata.normalize("NFC", text).casefold()
    return [t for t in "".join(ch if ch.isalnum() else " " for ch in folded).split() if t]


def person_search_tokens(name: str, unit: str) -> set[str]:
    """The words a person is found by: her name's and her school's or unit's ("min enhet":
    typing "Norrtull" lists the pupils of Norrtullskolan), each one index range."""
    return set(search_tokens(name)) | set(search_tokens(unit))


def fold(text: str | None) -> str | None:
    """A name or unit as compared in Python: trimmed, case folded ("vikaskolan " is Vikaskolan).
    (The to-do list's SQL compares trimmed and ASCII-lowered: app/store/todo.py `_MINE`.)"""
    return None if text is None else text.strip().casefold()
