"""A reader that stops early (`egenvard person list | head -1`) is not an error: no sentence
about an unexpected error, exit 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.services import persons
from app.services.workspace import Workspace
from tests.factories import PASSPHRASE


def test_a_closed_pipe_is_not_an_error(ws: Workspace, db_path: Path) -> None:
    persons.register(ws, "Tolvan", "Tolvansson", "19121212-1212")
    env = dict(os.environ, EGENVARD_PASSPHRASE=PASSPHRASE, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "person", "list", "--db", str(db_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader is gone before the first line is written
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0, err
    assert err == ""
