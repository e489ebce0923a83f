"""How long a name, a text or a list may be, and which characters no input may hold.

One place, used by the records' own validation, so the window, the command line and the
import refuse the same input with the same sentence (naming the field and the limit).

Limits apply when a record is made or changed: a row the store wrote before a limit existed
must still load. The store revives such a row inside `stored_records()` (see
`app/store/codec.py`), where the checks of this module let the value through.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from typing import NamedTuple, TypeVar

from app.errors import ValidationError

NAME_MAX = 200  # a given name, a family name, a guardian's, a signer's
SHORT_MAX = 200  # a phone number, an e-mail address, a unit, a relation
TEXT_MAX = 10_000  # free text: what happened, notes, instructions
IDENTIFIER_MAX = 40  # a personnummer as typed, with spaces and a hyphen
LIST_MAX = 50  # guardians, contacts, hazards, parties …

T = TypeVar("T")


class Label(NamedTuple):
    """The field as the user knows it, in both languages, and its key (what a form focuses)."""

    sv: str
    en: str
    key: str


# C0 controls (NUL, BEL, ESC …), DEL and C1 controls: never typed on purpose, and ESC / BEL act
# on a terminal the text is printed to. Tab, line feed and carriage return are ordinary in free
# text, never in a name.
# Bidirectional embeddings, overrides and isolates (U+202A–202E, U+2066–2069) turn the text after
# them around when it is shown ("Trojan Source"): a name could read as another. The marks
# (U+200E/F) change no order of their own, but in a name or an identifier they serve no purpose
# and hide in a comparison. One class per kind: one scan of the text.
_BAD_IN_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_BAD_IN_NAME = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")

_READING_STORED: ContextVar[bool] = ContextVar("reading_stored", default=False)


@contextlib.contextmanager
def stored_records() -> Iterator[None]:
    """Inside: records are revived from our own store and keep what they hold, even beyond a
    limit that came later (limits apply on create, edit and import, not on reading)."""
    token = _READING_STORED.set(True)
    try:
        yield
    finally:
        _READING_STORED.reset(token)


def _refuse(label: Label, sv: str, en: str) -> ValidationError:
    return ValidationError(f"{label.sv}: {sv}", f"{label.en}: {en}", label.key)


def enforced() -> bool:
    """False while records are revived from our own store (`stored_records`)."""
    return not _READING_STORED.get()


def check_length(value: str, label: Label, limit: int) -> str:
    if len(value) > limit and enforced():
        raise _refuse(
            label,
            f"högst {limit:,} tecken (nu {len(value):,}).".replace(",", " "),
            f"at most {limit:,} characters (now {len(value):,}).",
        )
    return value


def _check_characters(value: str, label: Label, bad: re.Pattern[str]) -> None:
    if bad.search(value) and enforced():
        first = _first_bad(value, bad)
        raise _refuse(
            label,
            f"får inte innehålla styrtecken eller tecken som vänder textriktningen (som {first}).",
            f"must not contain control characters or characters that change the text direction (such as {first}).",
        )


def check_name(value: str, label: Label, limit: int = NAME_MAX) -> str:
    """A name or an identifier: one line, no control or direction-changing characters."""
    check_length(value, label, limit)
    _check_characters(value, label, _BAD_IN_NAME)
    return value


def check_text(value: str, label: Label, limit: int = TEXT_MAX) -> str:
    """Free text: lines and tabs are fine; other control and direction-overriding characters not."""
    check_length(value, label, limit)
    _check_characters(value, label, _BAD_IN_TEXT)
    return value


def bounded(items: Iterable[T], label: Label, limit: int = LIST_MAX) -> tuple[T, ...]:
    """A list of at most `limit` entries, as a tuple."""
    values = tuple(items)
    if len(values) > limit and enforced():
        count = len(values)
        raise _refuse(label, f"högst {limit} rader (nu {count}).", f"at most {limit} entries (now {count}).")
    return values


def _first_bad(value: str, pattern: re.Pattern[str]) -> str:
    """The offending character written as U+XXXX: shown raw it would act, or be invisible."""
    found = pattern.search(value)
    return f"U+{ord(found.group()):04X}" if found else ""


def escaped(text: str, keep: str = "") -> str:
    """For a terminal or a log: control and direction characters written as \\uXXXX, so a
    name from old data cannot move the cursor, ring the bell or turn a line around. `keep`
    lists characters left as they are (the line breaks of a text printed on purpose)."""
    if not _BAD_IN_NAME.search(text):
        return text
    return "".join(f"\\u{ord(ch):04x}" if ch not in keep and _BAD_IN_NAME.match(ch) else ch for ch in text)
