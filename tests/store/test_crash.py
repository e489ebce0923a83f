"""Kill -9 in the middle of writes, many times: every committed record survives, nothing half-written."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.services.workspace import Workspace, open_workspace
from tests.factories import PASSPHRASE

WRITER = Path(__file__).with_name("crash_writer.py")
ROUNDS = 50


def _kill_during_writes(db: Path, key_hex: str, seed: int) -> list[tuple[str, str]]:
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(db), str(seed)],
        env={**os.environ, "CRASH_WRITER_KEY": key_hex},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[2],
    )
    committed: list[tuple[str, str]] = []
    assert proc.stdout is not None
    deadline = time.monotonic() + 30
    wanted = random.Random(seed).randrange(1, 12)  # kill after a varying number of commits
    while len(committed) < wanted and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        committed.append(tuple(line.split()))  # type: ignore[arg-type]
    time.sleep(random.Random(seed).random() * 0.02)  # land the kill somewhere inside the next write
    os.kill(proc.pid, signal.SIGKILL)
    rest, err = proc.communicate()
    committed += [tuple(line.split()) for line in rest.splitlines() if line.strip()]  # type: ignore[misc]
    assert committed, f"the writer committed nothing: {err[-500:]}"
    return committed


@pytest.mark.slow
def test_sigkill_during_writes_loses_nothing_committed(ws: Workspace, db_path: Path) -> None:
    key_hex = ws.store.key_hex
    ws.close()
    all_committed: list[tuple[str, str]] = []
    for round_no in range(ROUNDS):
        all_committed += _kill_during_writes(db_path, key_hex, seed=round_no)
        check = open_workspace(db_path, PASSPHRASE)
        try:
            person_ids = {r["id"] for r in check.store.query("SELECT id FROM persons")}
            assessment_ids = {r["id"] for r in check.store.query("SELECT id FROM assessments")}
            missing = [p for p, a in all_committed if p not in person_ids or a not in assessment_ids]
            assert not missing, f"round {round_no}: committed records lost: {len(missing)}"
            # No partial transaction: every person has its search tokens and its audit event.
            orphans = check.store.scalar(
                "SELECT count(*) FROM persons p"
                " WHERE NOT EXISTS (SELECT 1 FROM person_tokens t WHERE t.person_id = p.id)"
                " OR NOT EXISTS (SELECT 1 FROM audit a WHERE a.entity = 'person' AND a.entity_id = p.id)"
            )
            assert orphans == 0
            assert check.store.scalar("PRAGMA integrity_check") == "ok"
            assert check.store.query("PRAGMA cipher_integrity_check") == []
            assert check.audit.verify().ok
        finally:
            check.close()
    assert len(all_committed) >= ROUNDS
