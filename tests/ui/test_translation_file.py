"""The translation files are complete, keep placeholders and mnemonics, and their .qm are up to date.

English has every text; Swedish (the source language) only the plural forms."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
TS = I18N / "egenvard_en.ts"
LANGS = ("en", "sv")

PLACEHOLDER = re.compile(r"\{\d+\}")
MNEMONIC = re.compile(r"(?<!&)&(?!&)")


def _messages(ts: Path = TS) -> list[tuple[str, str, ET.Element]]:
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            out.append((name, message.findtext("source", ""), translation))
    return out


def _texts(translation: ET.Element) -> list[str]:
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def _mnemonics(text: str) -> int:
    return len(MNEMONIC.findall(text.replace("&&", "")))


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_is_translated(lang: str) -> None:
    missing = [
        (ctx, src)
        for ctx, src, tr in _messages(I18N / f"egenvard_{lang}.ts")
        if tr.get("type") == "unfinished" or not all(t.strip() for t in _texts(tr))
    ]
    assert not missing, missing


@pytest.mark.parametrize("lang", LANGS)
def test_placeholders_are_kept(lang: str) -> None:
    wrong = [
        (ctx, src, text)
        for ctx, src, tr in _messages(I18N / f"egenvard_{lang}.ts")
        for text in _texts(tr)
        if set(PLACEHOLDER.findall(src)) != set(PLACEHOLDER.findall(text)) or (("%n" in src) != ("%n" in text))
    ]
    assert not wrong, wrong


def test_mnemonics_are_kept() -> None:
    wrong = [
        (ctx, src, text) for ctx, src, tr in _messages() for text in _texts(tr) if _mnemonics(src) != _mnemonics(text)
    ]
    assert not wrong, wrong


def _lrelease() -> str | None:
    found = shutil.which("pyside6-lrelease") or shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    return found


def test_swedish_has_every_plural_form() -> None:
    plural = {(ctx, src) for ctx, src, _tr in _messages() if "%n" in src}
    assert plural and plural == {(ctx, src) for ctx, src, _tr in _messages(I18N / "egenvard_sv.ts")}


@pytest.mark.parametrize("lang", LANGS)
def test_qm_is_compiled_from_the_ts(tmp_path: Path, lang: str) -> None:
    lrelease = _lrelease()
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    ts, qm = I18N / f"egenvard_{lang}.ts", I18N / f"egenvard_{lang}.qm"
    fresh = tmp_path / qm.name
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(fresh)], check=True, capture_output=True)
    assert qm.read_bytes() == fresh.read_bytes(), f"{qm.name} is stale: run pyside6-lrelease {ts} -qm {qm}"
