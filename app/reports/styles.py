"""Colours, sizes and paragraph styles shared by every document, so they look like one family."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from app.reports import fonts

PAGE = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm  # room for the running header
MARGIN_BOTTOM = 29 * mm  # the footer and its QR code; 2 mm clear above its rule (page.FOOTER_RULE)

INK = colors.HexColor("#1A1A1A")
LABEL = colors.HexColor("#34465C")  # labels: dark blue-grey, readable on grey-scale print
RULE = colors.HexColor("#7D8899")  # box borders
TINT = colors.HexColor("#EEF2F6")  # header rows and notes
ACCENT = colors.HexColor("#1F3A5F")
WARN = colors.HexColor("#B00020")  # UTKAST, 112: red also survives a black-and-white copy as dark
MUTED = colors.HexColor("#5F6B7A")

fonts.register()


def _style(name: str, **kw: object) -> ParagraphStyle:
    base = {"fontName": fonts.REGULAR, "fontSize": 10.5, "leading": 14, "textColor": INK}
    base.update(kw)
    return ParagraphStyle(name, **base)  # type: ignore[arg-type]


TITLE = _style("title", fontName=fonts.BOLD, fontSize=20, leading=24, textColor=ACCENT, spaceAfter=1 * mm)
SUBTITLE = _style("subtitle", fontSize=9, leading=12, textColor=MUTED)
HEADING = _style(
    "heading",
    fontName=fonts.BOLD,
    fontSize=12,
    leading=15,
    textColor=ACCENT,
    spaceBefore=5 * mm,
    spaceAfter=2 * mm,
    keepWithNext=1,
)
SUBHEADING = _style(
    "subheading",
    fontName=fonts.BOLD,
    fontSize=10.5,
    leading=13.5,
    textColor=ACCENT,
    spaceBefore=3 * mm,
    spaceAfter=1.5 * mm,
    keepWithNext=1,
)
BODY = _style("body")
SMALL = _style("small", fontSize=8.5, leading=11, textColor=MUTED)
INTRO = _style("intro", fontSize=9.5, leading=13)
FIELD_LABEL = _style("label", fontSize=8, leading=10, textColor=LABEL)
FIELD_VALUE = _style("value", fontSize=10.5, leading=14)
CELL = _style("cell", fontSize=9, leading=11.5)
CELL_HEAD = _style("cellhead", fontName=fonts.BOLD, fontSize=8.5, leading=11, textColor=LABEL)
CENTER = _style("center", alignment=TA_CENTER)
