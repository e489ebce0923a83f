"""Text going into a PDF: NFC-normalised, XML-escaped for Paragraph markup, dates in Swedish form."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from functools import cache
from xml.sax.saxutils import escape

from app.errors import UserError
from app.reports import fonts, privacy

# Typographic variants that arrive by copy-paste from Word or e-mail, printed as their plain
# equivalents so the text reads the same on every printer.
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
        "\u2610": "[ ]",
        "\u2611": "[X]",
        "\u2612": "[X]",
        "\u2713": "X",
        "\u2714": "X",
    }
)
# Right-to-left letters (Arabic, Hebrew, Syriac, Thaana, N'Ko …): DejaVu has many of their glyphs,
# but printed without shaping (uharfbuzz) and reordering they would read wrong — joined letters
# apart, the word backwards. A wrong name on a care document is worse than none: refused.
_RTL = frozenset({"R", "AL"})


class Unprintable(UserError):
    """A character the document's fonts cannot print right: the document is not made."""

    sv = (
        "Tecknet ”{char}” ({code} {name}) kan inte skrivas ut i PDF-dokument{why_sv}. Dokumentet skapas "
        "inte; skriv texten med andra tecken eller skriv dokumentet för hand."
    )
    en = (
        "The character “{char}” ({code} {name}) cannot be printed in PDF documents{why_en}. The document "
        "is not made; write the text with other characters or fill in the document by hand."
    )

    def __init__(self, ch: str) -> None:
        rtl = unicodedata.bidirectional(ch) in _RTL
        super().__init__(
            char=ch,
            code=f"U+{ord(ch):04X}",
            name=unicodedata.name(ch, "okänt tecken"),
            why_sv=" (skrift från höger till vänster kan ännu inte skrivas ut rätt)" if rtl else "",
            why_en=" (right-to-left script cannot yet be printed correctly)" if rtl else "",
        )


@cache
def _printable() -> frozenset[str]:
    """Every character the fonts print as written: a glyph in all faces, not right-to-left."""
    chars = (chr(c) for c in fonts.covered())
    return frozenset(ch for ch in chars if unicodedata.bidirectional(ch) not in _RTL) | {"\n", "\r"}


def check_printable(*texts: str | None) -> None:
    """Refuse (naming the first character) any text the fonts cannot print as written."""
    printable = _printable()
    for text in texts:
        if text and not printable.issuperset(text):
            raise Unprintable(next(ch for ch in text if ch not in printable))


def nfc(text: str | None) -> str:
    """Text as it is printed: NFC, plain equivalents, a protected person's number masked.
    Raises Unprintable rather than print a character wrong."""
    value = privacy.current().redact(unicodedata.normalize("NFC", text or "").translate(_REPLACEMENTS))
    check_printable(value)
    return value


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
