"""Text going into a PDF: NFC-normalised, XML-escaped for Paragraph markup, dates in Swedish form."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from functools import cache
from xml.sax.saxutils import escape

# Characters Vera has no glyph for would print as black boxes; these are the usual suspects
# that arrive by copy-paste from Word or e-mail, replaced by their plain equivalents.
_REPLACEMENTS = str.maketrans(
    {
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200b": "",
        "\t": "    ",
        "\u2192": "->",
        "\u2190": "<-",
        "\u2610": "[ ]",
        "\u2611": "[X]",
        "\u2612": "[X]",
        "\u2713": "X",
        "\u2714": "X",
        "\u2022": "•",
    }
)


@cache
def _covered() -> frozenset[int]:
    """Code points the embedded font has glyphs for."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    from app.reports.fonts import font_dir

    return frozenset(TTFontFile(str(font_dir() / "Vera.ttf")).charToGlyph)


def _printable(ch: str) -> str:
    """A character the font lacks (e.g. Polish ń, ś, ż) loses only its accent rather than
    printing as an empty box; anything else without a glyph becomes '?'."""
    if ord(ch) in _covered() or ch in "\n\r":
        return ch
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if ord(c) in _covered())
    return base or "?"


def nfc(text: str | None) -> str:
    value = unicodedata.normalize("NFC", text or "").translate(_REPLACEMENTS)
    covered = _covered()
    if all(ord(ch) in covered or ch in "\n\r" for ch in value):
        return value
    return "".join(_printable(ch) for ch in value)


def markup(text: str | None) -> str:
    """Plain user text as Paragraph markup: escaped, line breaks kept, nothing interpreted."""
    lines = nfc(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "<br/>".join(escape(line) for line in lines)


def sv_date(value: date | datetime | None) -> str:
    """ISO 8601 (ÅÅÅÅ-MM-DD) is the Swedish standard date form, also on paper."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()
