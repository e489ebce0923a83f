"""The English translation file is complete, keeps placeholders and mnemonics, and the .qm is up to date."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

I18N = Path(__file__).resolve().parents[2] / "app" / "resources" / "i18n"
TS = I18N / "egenvard_en.ts"
QM = I18N / "egenvard_en.qm"

PLACEHOLDER = re.compile(r"\{\d+\}")
MNEMONIC = re.compile(r"(?<!&)&(?!&)")


def _messages() -> list[tuple[str, str, ET.Element]]:
    out = []
    for context in ET.parse(TS).getroot().iter("context"):
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


def test_every_message_is_translated() -> None:
    missing = [
        (ctx, src)
        for ctx, src, tr in _messages()
        if tr.get("type") == "unfinished" or not all(t.strip() for t in _texts(tr))
    ]
    assert not missing, missing


def test_placeholders_are_kept() -> None:
    wrong = [
        (ctx, src, text)
        for ctx, src, tr in _messages()
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


def test_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    lrelease = _lrelease()
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    fresh = tmp_path / "egenvard_en.qm"
    subprocess.run([lrelease, "-silent", str(TS), "-qm", str(fresh)], check=True, capture_output=True)
    assert QM.read_bytes() == fresh.read_bytes(), (
        "egenvard_en.qm is stale: run pyside6-lrelease app/resources/i18n/egenvard_en.ts "
        "-qm app/resources/i18n/egenvard_en.qm"
    )
