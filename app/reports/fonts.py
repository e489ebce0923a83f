"""The fonts every document uses: Bitstream Vera, shipped inside ReportLab.

Registered as TrueType fonts so they are embedded (subset) in every PDF: a form printed on
another computer, or opened in ten years, looks the same and keeps å, ä and ö. The PDF base-14
fonts (Helvetica …) are never used, because they are not embedded.
"""

from __future__ import annotations

import threading
from pathlib import Path

import reportlab
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "Vera"
BOLD = "Vera-Bold"
ITALIC = "Vera-Italic"
BOLD_ITALIC = "Vera-BoldItalic"

_FILES = {REGULAR: "Vera.ttf", BOLD: "VeraBd.ttf", ITALIC: "VeraIt.ttf", BOLD_ITALIC: "VeraBI.ttf"}
_lock = threading.Lock()
_done = False


def font_dir() -> Path:
    """ReportLab's own font folder; PyInstaller must collect it (reportlab/fonts/Vera*.ttf)."""
    return Path(reportlab.__file__).resolve().parent / "fonts"


def register() -> None:
    """Register the Vera family once per process (parsing the TTFs costs ~10 ms)."""
    global _done
    if _done:
        return
    with _lock:
        if _done:
            return
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(font_dir() / filename)))
        # <b> and <i> inside paragraphs map onto the family, so markup never falls back to Helvetica.
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
        for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD_ITALIC)):
            addMapping(REGULAR, bold, italic, name)
        _done = True
