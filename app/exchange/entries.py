"""The entry array of a large bundle.json in our layout (`fhir._entry_last`), one entry at a time,
read with the standard library's C parser (`json.JSONDecoder.raw_decode`) instead of ijson.

Why: reading with ijson needs the shape pass first (`limits.check_shape`: 3.5 s of a 10 000-plan
import), because ijson keeps the path to every open level (a 30 000-deep array took 2.2 GB). The
C parser keeps no paths and stops at the interpreter's recursion limit (about 1 000 levels), so
the importing process reads records without that pass, and the validating process checks each
entry's shape against the same limits (`iter_entries(…, limits)`) before it validates the entry.

What this reading does not take raises `NotOurs`, and the caller reads the bundle the general
way (shape pass, then ijson), whose verdict and messages stay the ones of every other bundle: a
syntax error, invalid UTF-8, a level deeper than the parser goes, anything after the array, an
entry over a shape limit, NaN or Infinity, and any escaped surrogate (`\\ud…`: ijson reads a
lone one as "?", this parser would keep it and the database would refuse it).
The only difference: a key repeated in one object counts once here (both parsers keep its
last value), where the shape pass counts every repetition.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable, Iterator
from typing import Any

import ijson

from app.exchange.limits import SHAPE_LIMITS, ShapeLimits

_PIECE = 1 << 20  # bytes asked for at a time; doubled while one entry does not fit
# Characters one entry may span before the general reading takes over (ours are a few KB): a
# syntax error would otherwise have the rest of a large bundle read into one text.
_LONGEST = 1 << 24
_WHITESPACE = " \t\n\r"
_AFTER = _WHITESPACE + ",]"  # what may follow an entry
# Open containers around an entry: the Bundle and its entry array (limits.check_shape counts them).
_ENTRY_LEVEL = 2


class NotOurs(ijson.JSONError):
    """Not read this way: the general reading decides (an ijson.JSONError, as `fhir_process`
    takes a layout that was not ours after all)."""


def _no_constant(name: str) -> Any:
    raise NotOurs(name)  # NaN, Infinity, -Infinity: not JSON, ijson refuses them


_SCAN = json.JSONDecoder(parse_constant=_no_constant).raw_decode


class _Text:
    """The text of the array, decoded a piece at a time; what was read is dropped."""

    def __init__(self, read: Callable[[int], bytes]) -> None:
        self._read = read
        self._decode = codecs.getincrementaldecoder("utf-8")().decode
        self._tail = ""
        self.text = ""
        self.pos = 0
        self.ended = False

    def more(self, size: int = 0) -> bool:
        """Read `size` more bytes (a piece unless told); False once the input has ended."""
        size = size or _PIECE
        if self.ended:
            return False
        if len(self.text) - self.pos > _LONGEST:
            raise NotOurs("entry too long")
        chunk = self._read(size)
        try:
            new = self._decode(chunk, final=not chunk)
        except UnicodeDecodeError:
            raise NotOurs("utf-8") from None
        self.ended = not chunk
        probe = self._tail + new
        if "\\ud" in probe or "\\uD" in probe:
            raise NotOurs("surrogate")
        self._tail = probe[-2:]
        self.text = self.text[self.pos :] + new
        self.pos = 0
        return True

    def next_char(self) -> str:
        """The next character that is not whitespace, consumed; "" at the end of the input."""
        while True:
            text, pos = self.text, self.pos
            while pos < len(text) and text[pos] in _WHITESPACE:
                pos += 1
            self.pos = pos
            if pos < len(text):
                self.pos = pos + 1
                return text[pos]
            if not self.more():
                return ""

    def value(self) -> tuple[Any, int]:
        """The next JSON value and the length of its text."""
        size = _PIECE
        while True:
            text, pos = self.text, self.pos
            while pos < len(text) and text[pos] in _WHITESPACE:
                pos += 1
            self.pos = pos
            try:
                found, end = _SCAN(text, pos)
            except ValueError:  # cut off where the piece ends, or not JSON
                size *= 2  # an entry longer than a piece is not read again a piece at a time
                if self.more(size):
                    continue
                raise NotOurs("syntax") from None
            except RecursionError:
                raise NotOurs("depth") from None
            if text[end - 1] not in '}]"' and (end == len(text) or text[end] not in _AFTER) and self.more(size):
                continue  # a number cut where the piece ends ("-2.5e", "12"): it may go on
            self.pos = end
            return found, end - pos


def iter_entries(read: Callable[[int], bytes], limits: ShapeLimits | None = None) -> Iterator[Any]:
    """The items of the array that `read(n)` gives a piece at a time (starting at its "["), and
    nothing but whitespace after it. With `limits`, every entry is held to them first."""
    text = _Text(read)
    if text.next_char() != "[":
        raise NotOurs("[")
    count = 0
    if text.next_char() == "]":
        return _end(text)
    text.pos -= 1
    cap = (limits or SHAPE_LIMITS).max_entries
    while True:
        entry, span = text.value()
        count += 1
        if count > cap:
            raise NotOurs("entries")
        if limits is not None:
            _check(entry, _ENTRY_LEVEL, limits, span > limits.max_string)
        yield entry
        sep = text.next_char()
        if sep == "]":
            return _end(text)
        if sep != ",":
            raise NotOurs("separator")


def _end(text: _Text) -> None:
    if text.next_char() != "":
        raise NotOurs("after the array")


def _check(node: Any, level: int, limits: ShapeLimits, strings: bool) -> None:
    """`limits.check_shape`'s limits on one value at `level` open containers. Strings are
    looked at only when the entry's text is longer than the longest string allowed."""
    kind = type(node)
    if kind is not dict and kind is not list:
        if strings and kind is str and len(node) > limits.max_string:
            raise NotOurs("string")
        return
    if level >= limits.max_depth:
        raise NotOurs("depth")
    if kind is dict:
        if len(node) > limits.max_keys:
            raise NotOurs("keys")
        if strings and any(len(k) > limits.max_string for k in node):
            raise NotOurs("string")
        values: Any = node.values()
    else:
        if len(node) > limits.max_items:
            raise NotOurs("items")
        values = node
    for v in values:
        t = type(v)
        if t is dict or t is list:
            _check(v, level + 1, limits, strings)
        elif strings and t is str and len(v) > limits.max_string:
            raise NotOurs("string")
