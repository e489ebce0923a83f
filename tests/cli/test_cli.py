"""The command line: exit codes 0/1/2, one sentence on error, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from tests.factories import PASSPHRASE
from tests.factories import run_cli as run


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EGENVARD_PASSPHRASE", PASSPHRASE)


def test_version(capsys) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0 and __version__ in out


def test_init_then_refuses_to_overwrite(capsys, env, db_path: Path) -> None:
    code, out, _ = run(capsys, "init", "--db", str(db_path))
    assert code == 0 and "Återställningskod" in out
    before = db_path.read_bytes()
    code, _, err = run(capsys, "init", "--db", str(db_path))
    assert code == 1 and "skrivs inte över" in err
    assert db_path.read_bytes() == before


def test_person_add_list_and_plan_list_json(capsys, env, db_path: Path) -> None:
    run(capsys, "init", "--db", str(db_path))
    code, out, err = run(capsys, "person", "add", "--db", str(db_path), "--name", "Åsa Öberg", "--id", "19850709-9805")
    assert code == 0, err
    person_id = out.strip()
    code, out, _ = run(capsys, "person", "list", "--db", str(db_path), "--json")
    people = json.loads(out)
    assert [(p["id"], p["name"], p["number"]) for p in people] == [(person_id, "Åsa Öberg", "19850709-9805")]
    run(capsys, "demo", "--db", str(db_path), "--add", "8")  # it has a person: only --add adds
    code, out, _ = run(capsys, "plan", "list", "--db", str(db_path), "--json")
    plans = json.loads(out)
    assert code == 0 and plans
    assert {"id", "person_id", "status", "version"} <= set(plans[0])
    assert {p["status"] for p in plans} <= {"draft", "signed", "voided", "ended", "superseded"}


def test_invalid_personnummer(capsys, env, db_path: Path) -> None:
    run(capsys, "init", "--db", str(db_path))
    code, out, err = run(
        capsys, "person", "add", "--db", str(db_path), "--name", "Test Person", "--id", "19850709-9806"
    )
    assert code == 1 and out == ""
    assert err.strip().endswith("(kontrollera datum och kontrollsiffra).") and err.count("\n") == 1


def test_wrong_passphrase_exit_1_nothing_written(capsys, env, db_path: Path, monkeypatch) -> None:
    run(capsys, "init", "--db", str(db_path))
    before = db_path.read_bytes(), Path(f"{db_path}.key").read_bytes()
    monkeypatch.setenv("EGENVARD_PASSPHRASE", "fel lösenfras")
    code, _, err = run(capsys, "person", "list", "--db", str(db_path))
    assert code == 1 and "Fel lösenfras" in err
    assert (db_path.read_bytes(), Path(f"{db_path}.key").read_bytes()) == before


def test_english_messages(capsys, env, db_path: Path) -> None:
    code, _, err = run(capsys, "--lang", "en", "person", "list", "--db", str(db_path))
    assert code == 1 and "does not exist" in err
    from app.i18n import set_language

    set_language("sv")


def test_no_passphrase_without_terminal(capsys, db_path: Path) -> None:
    code, _, err = run(capsys, "init", "--db", str(db_path))
    assert code == 1 and "EGENVARD_PASSPHRASE" in err


def test_bad_usage_is_exit_2(capsys) -> None:
    code, _, err = run(capsys, "person", "add", "--name", "X")
    assert code == 2 and "--id" in err


@pytest.mark.parametrize(
    ("argv", "swedish"),
    [
        (["person", "add", "--name", "X"], "egenvard person add: fel: följande argument saknas: --id"),
        (["person", "add", "--name", "X", "--id", "1", "--db", "x.db", "--bogus"], "fel: okända argument: --bogus"),
        (["--lang", "xx"], "fel: argumentet --lang: ogiltigt val 'xx' (välj bland 'sv', 'en')"),
        (["demo", "--db", "x.db", "--persons", "tio"], "fel: argumentet --persons: ogiltigt värde 'tio'"),
        (
            ["export", "--db", "x.db", "--out", "a.egvb", "--to", "x.json", "--passphrase-env", "P"],
            "fel: argumentet --passphrase-env: går inte att kombinera med --to",
        ),
    ],
)
def test_usage_errors_are_in_swedish(capsys, argv: list[str], swedish: str) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert err.startswith("användning: egenvard") and swedish in err
    assert "usage:" not in err and "error:" not in err and "Traceback" not in err


def test_usage_errors_in_english_with_lang_en(capsys) -> None:
    code, _, err = run(capsys, "--lang", "en", "person", "add", "--name", "X")
    assert code == 2 and err.startswith("usage: egenvard person add")
    assert "egenvard person add: error: the following arguments are required: --id" in err


def test_help_is_in_swedish(capsys) -> None:
    code, out, _ = run(capsys, "person", "-h")
    assert code == 0 and out.startswith("användning: egenvard person")
    assert "flaggor:" in out and "visa den här hjälpen och avsluta" in out and "show this help" not in out


def test_audit_verify_finds_tampering(capsys, env, db_path: Path) -> None:
    run(capsys, "demo", "--db", str(db_path), "--persons", "5")
    assert run(capsys, "audit", "verify", "--db", str(db_path))[0] == 0
    from app.services.workspace import open_workspace

    ws = open_workspace(db_path, PASSPHRASE)
    ws.store.conn.execute("DROP TRIGGER audit_no_delete")
    ws.store.conn.execute("DELETE FROM audit WHERE seq = 2")
    ws.store.conn.commit()
    ws.close()
    code, _, err = run(capsys, "audit", "verify", "--db", str(db_path))
    assert code == 1 and "händelse 2" in err


def test_backup_restore_and_passphrase_change(capsys, env, db_path: Path, tmp_path: Path, monkeypatch) -> None:
    run(capsys, "demo", "--db", str(db_path), "--persons", "6")
    _, listed, _ = run(capsys, "person", "list", "--db", str(db_path), "--json")
    out_file = tmp_path / "kopia.egvbak"
    assert run(capsys, "backup", "--db", str(db_path), "--out", str(out_file))[0] == 0
    target = tmp_path / "ny" / "db.db"
    target.parent.mkdir()
    assert run(capsys, "restore", "--backup", str(out_file), "--db", str(target))[0] == 0
    assert run(capsys, "person", "list", "--db", str(target), "--json")[1] == listed
    monkeypatch.setenv("EGENVARD_NEW_PASSPHRASE", "en annan lång fras")
    assert run(capsys, "passphrase", "change", "--db", str(target))[0] == 0
    monkeypatch.setenv("EGENVARD_PASSPHRASE", "en annan lång fras")
    assert run(capsys, "person", "list", "--db", str(target), "--json")[1] == listed


def test_recovery_reset(capsys, env, db_path: Path, monkeypatch) -> None:
    _, out, _ = run(capsys, "init", "--db", str(db_path))
    code_line = next(line for line in out.splitlines() if "Återställningskod" in line)
    monkeypatch.setenv("EGENVARD_RECOVERY_CODE", code_line.rsplit(" ", 1)[1])
    monkeypatch.setenv("EGENVARD_NEW_PASSPHRASE", "minns den här istället")
    code, out, err = run(capsys, "passphrase", "reset", "--db", str(db_path))
    assert code == 0, err
    monkeypatch.setenv("EGENVARD_PASSPHRASE", "minns den här istället")
    assert run(capsys, "person", "list", "--db", str(db_path))[0] == 0


def test_real_entry_point_never_prints_traceback(tmp_path: Path) -> None:
    """The installed command, in a fresh process, on a damaged database."""
    db = tmp_path / "x.db"
    env = {**os.environ, "EGENVARD_PASSPHRASE": PASSPHRASE, "EGENVARD_HOME": str(tmp_path)}
    subprocess.run([sys.executable, "-m", "app", "init", "--db", str(db)], env=env, check=True, capture_output=True)
    data = bytearray(db.read_bytes())
    data[300] ^= 0xFF
    db.write_bytes(bytes(data))
    proc = subprocess.run(
        [sys.executable, "-m", "app", "person", "list", "--db", str(db)], env=env, capture_output=True, text=True
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and "skadad" in proc.stderr


def test_audit_verify_reads_every_page(capsys, env, db_path: Path) -> None:
    """A flipped byte in a page that ordinary commands never read is still found."""
    run(capsys, "demo", "--db", str(db_path), "--persons", "30")
    code, out, _ = run(capsys, "audit", "verify", "--db", str(db_path))
    assert code == 0 and "sidor är oskadda" in out
    from app.services.workspace import open_workspace

    ws = open_workspace(db_path, PASSPHRASE)
    page = ws.store.scalar("SELECT rootpage FROM sqlite_master WHERE name = 'instructions_renew'")
    ws.close()
    data = bytearray(db_path.read_bytes())
    data[(page - 1) * 4096 + 1000] ^= 0x08
    db_path.write_bytes(bytes(data))
    code, _, err = run(capsys, "person", "list", "--db", str(db_path))
    assert code == 0, err  # nothing the listing needs is damaged
    before = db_path.read_bytes()
    code, out, err = run(capsys, "audit", "verify", "--db", str(db_path))
    assert code == 1 and out == ""
    assert f"sidan {page} har ändrats" in err and err.count("\n") == 1
    assert db_path.read_bytes() == before  # nothing written


def test_person_list_is_an_audited_read(capsys, env, db_path: Path) -> None:
    run(capsys, "init", "--db", str(db_path))
    run(capsys, "person", "add", "--db", str(db_path), "--name", "Åsa Öberg", "--id", "19850709-9805")
    assert run(capsys, "person", "list", "--db", str(db_path), "--json")[0] == 0
    from app.services.workspace import open_workspace

    ws = open_workspace(db_path, PASSPHRASE)
    try:
        last = ws.audit.events(limit=1)[0]
        assert (last.action.value, last.entity, last.entity_id) == ("read", "persons", "list")
        assert ws.audit.verify().ok
    finally:
        ws.close()


def test_restore_from_a_missing_backup(capsys, env, db_path: Path, tmp_path: Path) -> None:
    code, _, err = run(capsys, "restore", "--backup", str(tmp_path / "finns-inte.egvbak"), "--db", str(db_path))
    assert code == 1 and err == f"Säkerhetskopian {tmp_path / 'finns-inte.egvbak'} finns inte.\n"
    assert not db_path.exists()


def test_self_test_exits_0(tmp_path: Path) -> None:
    """`egenvard --self-test` as the installer runs it: a fresh process, no display."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "EGENVARD_HOME": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, "-m", "app", "--self-test"], env=env, capture_output=True, text=True, timeout=180
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "Självtest OK"
    assert "Traceback" not in proc.stderr
    assert list(tmp_path.iterdir()) == []  # the temporary database went with it


def test_self_test_failure_is_one_sentence_and_exit_1(capsys, monkeypatch) -> None:
    import app.ui.selftest as selftest

    def broken(_tmp: Path) -> None:
        raise RuntimeError("view plans did not load")

    monkeypatch.setattr(selftest, "_exercise", broken)
    code, out, err = run(capsys, "--self-test")
    assert code == 1 and out == ""
    assert err == "Självtest misslyckades: RuntimeError: view plans did not load\n"


def test_no_network_socket_at_the_system_call_level(tmp_path: Path) -> None:
    """The desktop client (through the self-test) and the command line, traced by strace: no
    socket outside the machine is opened, also none made by Qt in C++, which Python's audit
    hooks (test_architecture) cannot see. Local IPC (AF_UNIX, e.g. the name service cache)
    is not network."""
    import shutil

    strace = shutil.which("strace")
    if strace is None:
        pytest.skip("strace is not installed")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "EGENVARD_HOME": str(tmp_path / "home"),
        "EGENVARD_PASSPHRASE": PASSPHRASE,
    }
    db = tmp_path / "nät.db"
    runs = (["--self-test"], ["demo", "--db", str(db), "--persons", "10"], ["backup", "--db", str(db)])
    for argv in runs:
        log = tmp_path / "strace.txt"
        proc = subprocess.run(
            [
                strace,
                "-f",
                "-qq",
                "-e",
                "trace=socket,connect,bind,sendto",
                "-o",
                str(log),
                sys.executable,
                "-m",
                "app",
                *argv,
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        if proc.returncode != 0 and "ptrace" in proc.stderr:
            pytest.skip("ptrace is not permitted here")
        assert proc.returncode == 0, proc.stderr
        calls = [line.split(None, 1)[1] for line in log.read_text().splitlines() if line.strip()]
        network = [c for c in calls if ("AF_INET" in c or "AF_PACKET" in c) and not c.startswith("---")]
        assert network == [], (argv, network[:5])
