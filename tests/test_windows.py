"""Issue 11 outside the window: the start finds its database, demo twice adds nothing, no display
is one sentence, Windows' path and open-file limits, the keyring, and a lean `--version`."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from app.display import NoDisplay, check_display
from app.paths import PathTooLong, check_db_path
from app.services import persons, recent, security
from app.services.workspace import create_workspace, open_workspace
from app.store import atomic
from app.store.errors import FileInUse, ReadOnlyLocation
from tests.factories import PASSPHRASE
from tests.factories import run_cli as run

ROOT = Path(__file__).resolve().parents[1]


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(EGENVARD_HOME=str(home), PYTHONPATH=str(ROOT), **extra)
    return env


# --- demo ---------------------------------------------------------------------------------------


def test_demo_twice_adds_nothing_unless_asked(capsys, tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    code, out, _ = run(capsys, "demo", "--db", str(db), "--persons", "4")
    assert code == 0 and "persons 4" in out
    code, out, _ = run(capsys, "demo", "--db", str(db), "--persons", "4")
    assert code == 0 and "finns redan (4 personer); inget lades till" in out
    code, out, _ = run(capsys, "demo", "--db", str(db), "--add", "3")
    assert code == 0 and "persons 3" in out
    ws = open_workspace(db, "demo-egenvard")
    try:
        people = persons.all_persons(ws)
    finally:
        ws.close()
    assert len(people) == 7
    assert len({p.shown_number for p in people}) == 7  # the added ones are new people


# --- remembered database -------------------------------------------------------------------------


def test_window_db_is_asked_then_last_then_default(tmp_path: Path, isolated_home: Path) -> None:
    assert recent.window_db(None) == isolated_home / "egenvard.db"  # nothing remembered yet
    db = tmp_path / "mapp med å ä ö" / "kommun.db"
    ws, _ = create_workspace(db, PASSPHRASE)
    ws.close()
    recent.remember_db(db)
    saved = json.loads((isolated_home / recent.RECENT_FILE).read_text(encoding="utf-8"))
    assert saved == {"database": str(db.resolve())}
    assert recent.window_db(None) == db.resolve()
    assert recent.window_db(tmp_path / "annan.db") == tmp_path / "annan.db"  # --db wins


def test_remembered_database_that_is_gone_or_unreadable_falls_back(tmp_path: Path, isolated_home: Path) -> None:
    recent.remember_db(tmp_path / "flyttad.db")  # never created: moved away or deleted
    assert recent.window_db(None) == isolated_home / "egenvard.db"
    (isolated_home / recent.RECENT_FILE).write_text("{inte json", encoding="utf-8")
    assert recent.last_db() is None


# --- no display -----------------------------------------------------------------------------------


def test_check_display_rules() -> None:
    with pytest.raises(NoDisplay):
        check_display({}, "linux")
    check_display({"DISPLAY": ":0"}, "linux")
    check_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    check_display({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    check_display({}, "win32")


@pytest.mark.parametrize("argv", [[], ["demo", "--start"]])
def test_no_display_is_one_sentence_and_exit_1(tmp_path: Path, argv: list[str]) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "app", *argv],
        env=_env(tmp_path / "home"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 1
    assert proc.stderr.strip().count("\n") == 0  # one line
    assert proc.stderr.startswith("Ingen skärm hittades")
    assert "QT_QPA_PLATFORM=offscreen" in proc.stderr
    assert not (tmp_path / "home" / "demo.db").exists()  # refused before anything was written


def test_unreachable_display_is_our_sentence_not_abort(tmp_path: Path) -> None:
    """DISPLAY set, but nothing answers there: Qt's fatal error would abort with 134."""
    proc = subprocess.run(
        [sys.executable, "-m", "app"],
        env=_env(tmp_path / "home", DISPLAY=":97"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 1
    assert proc.stderr.strip() == (
        "Fönstret kunde inte starta: Qt nådde ingen skärm eller saknar systembibliotek (xcb). "
        "Se README (systempaket för Linux), eller kör utan skärm med QT_QPA_PLATFORM=offscreen."
    )


# --- lean start -----------------------------------------------------------------------------------


def test_version_and_window_start_import_no_heavy_library(tmp_path: Path) -> None:
    probe = (
        "import sys; from app.cli import build_parser; build_parser({argv}); "
        "print(' '.join(sorted(m for m in ('PySide6', 'pyhanko', 'reportlab', 'fhir', 'aiohttp', 'sqlcipher3') "
        "if m in sys.modules)))"
    )
    for argv in (["--version"], [], ["--db", "x.db"], ["--self-test"]):
        proc = subprocess.run(
            [sys.executable, "-c", probe.format(argv=argv)], env=_env(tmp_path), capture_output=True, text=True
        )
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.strip() == "", argv
    proc = subprocess.run(
        [sys.executable, "-c", probe.format(argv=["person", "list"])],
        env=_env(tmp_path),
        capture_output=True,
        text=True,
    )
    assert proc.stdout.split() == ["sqlcipher3"]  # the core commands need the database, not PDFs


def test_first_window_imports_no_heavy_library(tmp_path: Path) -> None:
    """Everything the window needs before its first dialog is up (app.ui.app and what it imports)
    leaves pyHanko, ReportLab, jsonschema, openpyxl and keyring for later: they
    cost seconds of the start → window-shown figure (issue 11, ≤ 1.5 s)."""
    heavy = ("pyhanko", "reportlab", "jsonschema", "aiohttp", "openpyxl", "keyring", "PIL", "lxml")
    probe = f"import sys, app.ui.app; print(' '.join(sorted(m for m in {heavy!r} if m in sys.modules)))"
    proc = subprocess.run([sys.executable, "-c", probe], env=_env(tmp_path), capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == ""


def test_help_still_lists_every_command(capsys) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    for name in ("demo", "pdf", "verify", "export", "import", "identity"):
        assert name in out


# --- Windows paths --------------------------------------------------------------------------------


def _long_folder(base: Path, total: int) -> Path:
    """A folder under `base` whose database path is `total` characters, with å, ä, ö and spaces."""
    name = "Mina dokument åäö ÅÄÖ"
    path = base
    while len(str(path / name / "egenvård.db")) < total:
        path = path / name
    rest = total - len(str(path / "egenvård.db")) - 1
    return path / ("ö" * rest) if rest > 0 else path


def test_database_at_long_non_ascii_path_works(tmp_path: Path, capsys) -> None:
    folder = _long_folder(tmp_path, 215)
    db = folder / "egenvård.db"
    assert len(str(db)) == 215 and "åäö" in str(db)
    ws, _ = create_workspace(db, PASSPHRASE)
    try:
        persons.register(ws, "Åsa", "Öström", "19121212-1212")
        backup = security.backup(ws)
    finally:
        ws.close()
    assert backup.exists()
    os.environ["EGENVARD_PASSPHRASE"] = PASSPHRASE
    try:
        code, out, err = run(capsys, "person", "list", "--db", str(db))
    finally:
        del os.environ["EGENVARD_PASSPHRASE"]
    assert code == 0, err
    assert "Åsa Öström" in out


def test_path_too_long_for_windows_is_refused_before_writing(tmp_path: Path, capsys) -> None:
    folder = _long_folder(tmp_path, 260)
    db = folder / "egenvård.db"
    with pytest.raises(PathTooLong) as caught:
        check_db_path(db)
    assert str(caught.value).startswith("Sökvägen till databasen är för lång (260 tecken, högst 219)")
    os.environ["EGENVARD_PASSPHRASE"] = PASSPHRASE
    try:
        code, _out, err = run(capsys, "init", "--db", str(db))
    finally:
        del os.environ["EGENVARD_PASSPHRASE"]
    assert code == 1
    assert err.startswith("Sökvägen till databasen är för lång") and "Traceback" not in err
    assert not db.exists() and not Path(f"{db}.key").exists()


def test_utf16_units_are_what_counts() -> None:
    check_db_path(Path("/" + "ö" * 218))  # 219 characters, 438 bytes in UTF-8: allowed
    with pytest.raises(PathTooLong):
        check_db_path(Path("/" + "ö" * 219))


# --- replacing a file another program holds open ----------------------------------------------------


def _refuse_replace(monkeypatch: pytest.MonkeyPatch, times: int) -> list[str]:
    """os.replace as Windows answers while another handle has the target open (no share-delete)."""
    real = os.replace
    calls: list[str] = []

    def windows_replace(src, dst):  # type: ignore[no-untyped-def]
        calls.append(str(dst))
        if len(calls) <= times:
            raise PermissionError(errno.EACCES, "The process cannot access the file", str(dst))
        return real(src, dst)

    monkeypatch.setattr(atomic.os, "replace", windows_replace)
    monkeypatch.setattr(atomic, "REPLACE_PAUSE", 0.0)
    return calls


def test_replace_while_open_is_a_clear_error_and_the_old_file_stays(tmp_path: Path, monkeypatch) -> None:
    dest = tmp_path / "plan åäö.pdf"
    dest.write_bytes(b"den gamla versionen")
    calls = _refuse_replace(monkeypatch, times=100)
    with pytest.raises(FileInUse) as caught:
        atomic.write_atomic(dest, b"den nya versionen")
    assert str(caught.value) == (
        f"Filen {dest} används av ett annat program och kan inte ersättas. Stäng det programmet och försök igen."
    )
    assert len(calls) == atomic.REPLACE_TRIES
    assert dest.read_bytes() == b"den gamla versionen"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan åäö.pdf"]  # no temp file left


def test_replace_let_go_in_a_moment_succeeds(tmp_path: Path, monkeypatch) -> None:
    dest = tmp_path / "senaste.json"
    dest.write_bytes(b"gammal")
    calls = _refuse_replace(monkeypatch, times=2)
    atomic.write_atomic(dest, b"ny")
    assert dest.read_bytes() == b"ny" and len(calls) == 3


def test_refused_in_a_read_only_folder_is_not_called_in_use(tmp_path: Path, monkeypatch) -> None:
    dest = tmp_path / "ny.bin"  # no file there to be "in use"
    _refuse_replace(monkeypatch, times=100)
    with pytest.raises(ReadOnlyLocation):
        atomic.write_atomic(dest, b"x")


# --- keyring --------------------------------------------------------------------------------------


def test_keyring_unavailable_is_a_clear_sentence(ws, monkeypatch) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())  # what a machine without a vault answers
    with pytest.raises(security.KeyringUnavailable) as caught:
        security.remember_key(ws.store)
    assert str(caught.value).startswith("Nyckeln kunde inte sparas på den här datorn")
    assert "ange lösenfrasen" in str(caught.value)


def test_windows_keyring_chosen_by_name(monkeypatch) -> None:
    """On Windows the Credential Manager backend is set explicitly (a frozen app may lack the
    metadata keyring looks backends up by); elsewhere nothing changes."""
    before = keyring.get_keyring()
    security.choose_keyring()
    assert keyring.get_keyring() is before
    monkeypatch.setattr(security.os, "name", "nt")
    security.choose_keyring()  # WinVaultKeyring cannot load here: nothing changes, nothing raised
    assert keyring.get_keyring() is before
