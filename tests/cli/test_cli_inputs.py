"""The command line refuses the inputs of issue 9 items 9–10 with one sentence, exit code 1,
nothing written (the same rules as the window and the import: app/models/limits.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.factories import PASSPHRASE
from tests.factories import run_cli as run


@pytest.mark.parametrize(
    ("name", "number", "sentence"),
    [
        ("Åsa Öberg", "１９８５０７０９-９８０５", "Personnumret ska skrivas med siffrorna 0–9"),
        ("Åsa Öberg", "١٩٨٥٠٧٠٩-٩٨٠٥", "Personnumret ska skrivas med siffrorna 0–9"),
        ("Åsa Öberg", "20990101-1230", "Födelsedatumet i personnumret (2099-01-01) ligger i framtiden."),
        ("Åsa Öberg", "18890101-1232", "Födelsedatumet i personnumret (1889-01-01) är före 1890"),
        ("Å" * 10_000 + " Öberg", "19850709-9805", "Förnamn: högst 200 tecken (nu 10 000)."),
        ("Åsa \x1b[2JÖberg", "19850709-9805", "Efternamn: får inte innehålla styrtecken"),
        ("Åsa \u202egrebÖ", "19850709-9805", "Efternamn: får inte innehålla styrtecken eller tecken som vänder"),
    ],
)
def test_person_add_refuses_in_one_sentence(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    db_path: Path,
    name: str,
    number: str,
    sentence: str,
) -> None:
    monkeypatch.setenv("EGENVARD_PASSPHRASE", PASSPHRASE)
    assert run(capsys, "init", "--db", str(db_path))[0] == 0
    code, out, err = run(capsys, "person", "add", "--db", str(db_path), "--name", name, "--id", number)
    assert (code, out) == (1, "")
    assert sentence in err and "Traceback" not in err and len(err.splitlines()) == 1
    assert "\x1b" not in err and "\u202e" not in err
    code, out, _ = run(capsys, "person", "list", "--db", str(db_path), "--json")
    assert code == 0 and json.loads(out) == []
