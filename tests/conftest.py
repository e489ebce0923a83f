"""Shared fixtures: real encrypted databases in tmp dirs, offscreen Qt, an in-memory keyring.

The only stand-in is the keyring backend: Windows Credential Manager does not exist here.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("EGENVARD_LANG", "sv")

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from app.services.workspace import Workspace, create_workspace
from tests.factories import PASSPHRASE, MemoryKeyring, with_nurse_profile


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user data dir lives in the test's tmp dir; no test touches the real one."""
    home = tmp_path / "home"
    monkeypatch.setenv("EGENVARD_HOME", str(home))
    monkeypatch.delenv("EGENVARD_PASSPHRASE", raising=False)
    return home


@pytest.fixture(autouse=True)
def swedish() -> Iterator[None]:
    """Every test starts in Swedish, whatever the one before it chose (`--lang en`)."""
    from app.i18n import set_language

    set_language("sv")
    yield
    set_language("sv")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "egenvard.db"


@pytest.fixture
def ws(db_path: Path) -> Iterator[Workspace]:
    workspace, _code = create_workspace(db_path, PASSPHRASE)
    with_nurse_profile(workspace)
    yield workspace
    workspace.close()
