"""User-facing messages in Swedish and English, with no Qt so every layer can use them.

Errors a user can cause carry a message code; the sentence is looked up here in the
language in force (Swedish unless the UI or `EGENVARD_LANG=en` switched it).
"""

from __future__ import annotations

import os

_language = "en" if os.environ.get("EGENVARD_LANG", "").lower().startswith("en") else "sv"


def set_language(lang: str) -> None:
    global _language
    _language = "en" if lang.lower().startswith("en") else "sv"


def language() -> str:
    return _language


def pick(sv: str, en: str) -> str:
    """Return the sentence for the language in force."""
    return en if _language == "en" else sv
