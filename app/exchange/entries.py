"""The entry array of a large bundle.json in our layout (`fhir._entry_last`), one entry at a time:
each entry of our layout read with orjson, anything else with the standard library's C parser
(`json.JSONDecoder.raw_decode`), never with ijson.

Why: reading with ijson needs the shape pass first (`limits.check_shape`: 3.5 s of a 10 000-plan
import), because ijson keeps the path to every open level (a 30 000-deep array took 2.2 GB). The
C parsers keep no paths and stop at a depth limit, so the importing process reads records
without that pass, and the validating process checks each entry's shape against the same limits
(`iter_entries(…, limits)`) before it validates the entry.

orjson (3× the standard parser) is given the text between one `,{"fullUrl":"` and the next, as
every entry after the first begins in bundles we write. Where that text is one whole JSON value,
it is the entry (a JSON value ends where its text ends); where it is not (the beginning found
inside an entry, another writer's layout), or where orjson would read a value otherwise than the
standard parser (an integer beyond 64 bits becomes a float; `1e400` is refused), the standard
parser reads the entry. Both keep the last of repeated keys, and both refuse what the docstring
below lists except NaN and lone surrogates, which are refused before either parser sees them.
tests/exchange/test_fast_paths.py holds the two readings together.

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
import orjson

from app.exchange.limits import SHAPE_LIMITS, ShapeLimits

_PIECE = 1 << 20  # bytes asked for at a time; doubled while one entry does not fit
# Characters one entry may span before the general reading takes over (ours are a few KB): a
# syntax error would otherwise have the rest of a large bundle read into one text.
_LONGEST = 1 << 24
_WHITESPACE = " \t\n\r"
_WHITE = frozenset(_WHITESPACE.encode())
_AFTER = _WHITESPACE + ",]"  # what may follow an entry
# Open containers around an entry: the Bundle and its entry array (limits.check_shape counts them).
ENTRY_LEVEL = 2


class NotOurs(ijson.JSONError):
    """Not read this way: the general reading decides (an ijson.JSONError, as `fhir_process`
    takes a layout that was not ours after all)."""


def _no_constant(name: str) -> Any:
    raise NotOurs(name)  # NaN, Infinity, -Infinity: not JSON, ijson refuses them


_SCAN = json.JSONDecoder(parse_constant=_no_constant).raw_decode


# How every entry but the first begins in bundles we write (`fhir.write_bundle`: compact JSON,
# the fullUrl first). The text between two of these is one entry, read with orjson.
_NEXT = b',{"fullUrl":"'
_SEARCH = 1 << 18  # bytes looked through for the next entry's beginning
_WINDOW = 1 << 12  # bytes decoded first for an entry read the standard way
_MISSES = 8  # entries read the standard way while more text was at hand: the layout is not ours
# orjson reads an integer beyond 64 bits as a float, where the standard parser keeps it an int:
# a piece holding 19 digits in a row (in a number or, harmlessly, a text) is read the standard way.
_DIGITS = bytes(48 if 48 <= b <= 57 else 32 for b in range(256))
_LONG_NUMBER = b"0" * 19


class _Text:
    """The bytes of the array, a piece at a time; what was read is dropped."""

    def __init__(self, read: Callable[[int], bytes]) -> None:
        self._read = read
        self._tail = b""
        self.buf = b""
        self.pos = 0
        self.ended = False
        self._misses = 0

    def more(self, size: int = 0) -> bool:
        """Read `size` more bytes (a piece unless told); False once the input has ended."""
        size = size or _PIECE
        if self.ended:
            return False
        if len(self.buf) - self.pos > _LONGEST:
            raise NotOurs("entry too long")
        chunk = self._read(size)
        self.ended = not chunk
        probe = self._tail + chunk
        if b"\\ud" in probe or b"\\uD" in probe:
            raise NotOurs("surrogate")
        self._tail = probe[-2:]
        self.buf = self.buf[self.pos :] + chunk
        self.pos = 0
        return True

    def next_char(self) -> str:
        """The next character that is not whitespace, consumed; "" at the end of the input."""
        while True:
            buf, pos = self.buf, self.pos
            while pos < len(buf) and buf[pos] in _WHITE:
                pos += 1
            self.pos = pos
            if pos < len(buf):
                self.pos = pos + 1
                return chr(buf[pos])  # anything but ASCII here is not JSON: the caller refuses it
            if not self.more():
                return ""

    def _skip(self) -> int:
        buf, pos = self.buf, self.pos
        while pos < len(buf) and buf[pos] in _WHITE:
            pos += 1
        self.pos = pos
        return pos

    def value(self) -> tuple[Any, int]:
        """The next JSON value and the length of its text (bytes, or characters when read the
        standard way: either is at least the length of any string in it)."""
        pos = self._skip()
        if self._misses < _MISSES:
            cut = self.buf.find(_NEXT, pos, pos + _SEARCH)
            if cut != -1:
                piece = self.buf[pos:cut]
                # (19 digits in a row are no miss: a content hash in hex holds them now and then)
                if _LONG_NUMBER not in piece.translate(_DIGITS):
                    try:
                        found = orjson.loads(piece)
                    except orjson.JSONDecodeError:
                        self._misses += 1  # not one entry after all (or not JSON): the standard parser decides
                    else:
                        # A whole JSON value ends where its text ends, so the entry is this piece.
                        self.pos = cut
                        return found, cut - pos
            elif len(self.buf) - pos >= _SEARCH or self.ended:
                self._misses += 1
        return self._standard()

    def _standard(self) -> tuple[Any, int]:
        """The next value read with the standard library's C parser, which tells where it ends:
        decoded from a window that starts small and doubles, so no entry costs more than a few
        times its own length however much was read ahead."""
        window = _WINDOW
        while True:
            pos = self._skip()
            stop = pos + window
            within = stop < len(self.buf)  # the window ends before what was read does
            try:
                text, _used = codecs.utf_8_decode(self.buf[pos:stop], "strict", not within and self.ended)
            except UnicodeDecodeError:
                raise NotOurs("utf-8") from None
            window *= 2
            try:
                found, end = _SCAN(text)
            except ValueError:  # cut off where the window ends, or not JSON
                if within or self.more(max(window, _PIECE)):
                    continue
                raise NotOurs("syntax") from None
            except RecursionError:
                raise NotOurs("depth") from None
            cut = text[end - 1] not in '}]"' and (end == len(text) or text[end] not in _AFTER)
            if cut and (within or self.more(max(window, _PIECE))):
                continue  # a number cut where the window ends ("-2.5e", "12"): it may go on
            self.pos = pos + len(text[:end].encode("utf-8"))
            return found, end


def iter_entries(
    read: Callable[[int], bytes], limits: ShapeLimits | None = None, *, walked: bool = False
) -> Iterator[Any]:
    """The items of the array that `read(n)` gives a piece at a time (starting at its "["), and
    nothing but whitespace after it. With `limits`, every entry is held to them first; with
    `walked` too, only its strings (when it is long enough to hold one too long): the caller
    holds the rest to them on its own walk (`fhir_check.BundleCheck`)."""
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
            strings = span > limits.max_string
            if strings or not walked:
                _check(entry, ENTRY_LEVEL, limits, strings)
        yield entry
        sep = text.next_char()
        if sep == "]":
            return _end(text)
        if sep != ",":
            raise NotOurs("separator")


def _end(text: _Text) -> None:
    if text.next_char() != "":
        raise NotOurs("after the array")


def within(node: Any, level: int, limits: ShapeLimits) -> None:
    """`node` at `level` open containers is within `limits` but for its strings (NotOurs if not)."""
    _check(node, level, limits, False)


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
