"""The fonts every document uses: DejaVu Sans, shipped in resources/fonts with its licence.

DejaVu Sans covers Latin Extended (ń ś ż ř ő ű …), Greek and Cyrillic, so the names a Swedish
municipality meets print as written. Registered as TrueType fonts so they are embedded (subset)
in every PDF: a form printed on another computer, or opened in ten years, looks the same. The
PDF base-14 fonts (Helvetica …) are never used, because they are not embedded. The preview
window renders the PDF itself, so the screen shows these same embedded fonts.

What the fonts cannot print is refused before a document is made (`text.check_printable`),
never replaced by "?" or an empty box.
"""

from __future__ import annotations

import threading
from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFile

from app.paths import resource

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
_lock = threading.Lock()
_done = False


def font_dir() -> Path:
    """resources/fonts: the wheel and the frozen app carry it (app.paths.resource)."""
    return resource("fonts")


def register() -> None:
    """Register the DejaVu Sans family once per process (parsing the TTFs costs ~40 ms)."""
    global _done
    if _done:
        return
    with _lock:
        if _done:
            return
        for name, filename in _FILES.items():
            # shapable=False: ReportLab would need uharfbuzz to shape; we refuse scripts that need it.
            pdfmetrics.registerFont(TTFont(name, str(font_dir() / filename), shapable=False))
        # <b> and <i> inside paragraphs map onto the family, so markup never falls back to Helvetica.
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
        for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD_ITALIC)):
            addMapping(REGULAR, bold, italic, name)
        _done = True


@cache
def covered() -> frozenset[int]:
    """Code points every face of the family has a glyph for (a name may print in bold)."""
    faces = [frozenset(TTFontFile(str(font_dir() / f)).charToGlyph) for f in _FILES.values()]
    return frozenset.intersection(*faces)
