"""Text and state colours at least 4.5:1 against what they stand on (WCAG 2.1 AA 1.4.3, which
EN 301 549 asks of public-sector software), measured from the application palette after the
style sheet is loaded, every `color:` of resources/style.qss and the colours the code sets."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from app.paths import resource
from app.ui.app import load_style

AA = 4.5
Role = QPalette.ColorRole


def luminance(color: QColor) -> float:
    """WCAG relative luminance of an sRGB colour."""

    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue())


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_the_formula_matches_known_pairs() -> None:
    """Black on white is 21:1, white on white 1:1, #767676 on white the AA limit (4.54)."""
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("white"), QColor("white")) == pytest.approx(1.0)
    assert contrast(QColor("#767676"), QColor("white")) == pytest.approx(4.54, abs=0.01)


def _palette() -> QPalette:
    app = QApplication.instance()
    load_style(app)
    return app.palette()


def test_the_palette_text_pairs_reach_aa(qapp) -> None:  # type: ignore[no-untyped-def]
    p = _palette()
    pairs = {
        "text on base": (Role.Text, Role.Base),
        "text on alternate rows": (Role.Text, Role.AlternateBase),
        "window text": (Role.WindowText, Role.Window),
        "button text": (Role.ButtonText, Role.Button),
        "selected text": (Role.HighlightedText, Role.Highlight),
        "placeholder on base": (Role.PlaceholderText, Role.Base),
        "tooltip": (Role.ToolTipText, Role.ToolTipBase),
    }
    low = {
        name: round(contrast(p.color(fg), p.color(bg)), 2)
        for name, (fg, bg) in pairs.items()
        if contrast(p.color(fg), p.color(bg)) < AA
    }
    assert low == {}


def _rules() -> list[tuple[str, dict[str, str]]]:
    text = re.sub(r"/\*.*?\*/", "", resource("style.qss").read_text(encoding="utf-8"), flags=re.S)
    out = []
    for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", text):
        props = dict((k.strip(), v.strip()) for k, v in (d.split(":", 1) for d in body.split(";") if ":" in d))
        out.append((selector.strip(), props))
    return out


def test_every_colour_of_the_style_sheet_reaches_aa(qapp) -> None:  # type: ignore[no-untyped-def]
    p = _palette()
    window = p.color(Role.Window)
    checked, low = 0, {}
    for selector, props in _rules():
        if "color" not in props:
            continue
        fg = QColor(props["color"])
        bg = QColor(props.get("background", props.get("background-color", window.name())))
        checked += 1
        if contrast(fg, bg) < AA:
            low[selector] = round(contrast(fg, bg), 2)
    assert checked >= 5 and low == {}


def test_the_colours_the_code_sets_reach_aa(qapp) -> None:  # type: ignore[no-untyped-def]
    """The overdue red of the lists on both row colours; the LSS short-stay mark on the window."""
    from app.ui import tables

    p = _palette()
    red = tables._EMPHASIS.color()
    assert contrast(red, p.color(Role.Base)) >= AA
    assert contrast(red, p.color(Role.AlternateBase)) >= AA
    assert contrast(QColor("#B00020"), p.color(Role.Window)) >= AA
