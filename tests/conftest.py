"""Shared fixtures: real encrypted databases in tmp dirs, offscreen Qt, an in-memory keyring.

The only stand-in is the keyring backend: Windows Credential Manager does not exist here.
"""

from __future__ import annotations

import os
import shutil
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("EGENVARD_LANG", "sv")

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import keyring
import pytest

from app.models.assessment import Outcome
from app.models.common import Consent, ConsentGiver
from app.models.deviation import Deviation, Harm, InformedParty
from app.models.person import Contact, Guardian, Person
from app.models.plan import Setting
from app.models.records import Recipient
from app.models.review import ReviewOutcome
from app.services import cases, persons, plans
from app.services.workspace import Workspace, create_workspace
from app.store.anchor import anchor_path
from app.store.database import open_with_key
from app.store.keyfile import key_path
from tests.factories import (
    DOC_NURSE,
    DOC_RISK,
    PASSPHRASE,
    Case,
    MemoryKeyring,
    Pair,
    copied_pair,
    make_pair,
    make_signed,
    with_nurse_profile,
)


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


@pytest.fixture(scope="session", autouse=True)
def argon2_once_per_input() -> Iterator[None]:
    """Argon2id is a pure function of (passphrase, salt, parameters), and each call costs half a
    second of CPU on purpose. Every `ws` is a copy of one template (same salt) and a CLI test
    opens its database several times: each distinct input is derived once per worker and
    remembered. The derivation still runs for real (a new salt, a wrong passphrase, changed
    parameters all derive), and the key file's checks still decide; only a repeat is not redone."""
    from functools import cache

    from app.store import keyfile

    real = keyfile.hash_secret_raw
    keyfile.hash_secret_raw = cache(real)
    yield
    keyfile.hash_secret_raw = real


@pytest.fixture(autouse=True)
def no_windows_left() -> Iterator[None]:
    """After each test (and its fixtures: this one is torn down last) the windows it left are
    deleted, not only closed. A closed window lives on with its thousands of child widgets, and
    every later `setStyleSheet` on the application re-polishes all of them: with the windows of
    a few hundred GUI tests alive, one `egenvard` start in a test took a minute instead of a second."""
    yield
    widgets = sys.modules.get("PySide6.QtWidgets")  # no Qt in a test that never loaded it
    if widgets is None or widgets.QApplication.instance() is None:
        return
    from PySide6.QtCore import QCoreApplication, QEvent

    for window in widgets.QApplication.topLevelWidgets():
        if window.parent() is None:
            window.deleteLater()  # not close(): a close event could ask a question nobody answers
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "egenvard.db"


@pytest.fixture(scope="session")
def workspace_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """One encrypted database made as `create_workspace` makes it (Argon2id over the passphrase,
    the key file, every migration, the nurse's profile), once per worker process, and its key.
    Each `ws` starts as a copy of its files: making one costs half a second of Argon2 and
    migrations, copying a few milliseconds, and the copy is the same real database."""
    path = tmp_path_factory.mktemp("template") / "egenvard.db"
    workspace, _code = create_workspace(path, PASSPHRASE)
    with_nurse_profile(workspace)
    key = bytes.fromhex(workspace.store.key_hex)
    workspace.close()
    return path, key


@pytest.fixture
def ws(db_path: Path, workspace_template: tuple[Path, bytes]) -> Iterator[Workspace]:
    """A new database of a licensed nurse at `db_path` (a copy of the template, opened with its key)."""
    template, key = workspace_template
    db_path.parent.mkdir(parents=True, exist_ok=True)
    for made, copy in (
        (template, db_path),
        (key_path(template), key_path(db_path)),
        (anchor_path(template), anchor_path(db_path)),
    ):
        if made.exists():
            shutil.copy2(made, copy)
    workspace = Workspace(open_with_key(db_path, key))
    yield workspace
    workspace.close()


# --- the document tests' pupil, her case and a deviation (tests/reports/, tests/ui/, tests/cli/) ---


@pytest.fixture
def pupil(ws: Workspace) -> Person:
    return persons.register(
        ws,
        "Åsa Märta",
        "Öberg",
        "20150315-9806",
        unit="Ängsskolan",
        guardians=(Guardian("Örjan Öberg", "070-123 45 67", "orjan@example.se"),),
        contacts=(Contact("Britt Öberg", "mormor", "0470-55 66 77"),),
    )


@pytest.fixture
def case(ws: Workspace, pupil: Person) -> Case:
    ws.set_profile(DOC_NURSE)
    signed = make_signed(ws, pupil.id)
    plans.hand_over_copy(ws, signed, Recipient.GUARDIAN, "Örjan Öberg", date(2026, 8, 21))
    plans.hand_over_copy(
        ws,
        signed,
        Recipient.SCHOOL_LEADER,
        "Rektor Ängsskolan",
        date(2026, 8, 22),
        Consent("Örjan Öberg", ConsentGiver.GUARDIAN, date(2026, 8, 20), scope="kopia till skolan"),
    )
    plans.log_instruction(
        ws, signed, "Åke Lindqvist", "Karin Ström", date(2026, 8, 19), date(2027, 8, 19), "Elevassistent"
    )
    review = plans.next_review(ws, signed.id)
    assert review is not None
    plans.complete_review(
        ws,
        review,
        date(2026, 12, 1),
        "Karin Ström",
        ReviewOutcome.CONTINUE,
        date(2027, 6, 1),
        "Fungerar väl; eleven sköter mätningen själv med stöd.",
    )
    assessment = plans.assess(ws, pupil.id, "Sondmatning", DOC_NURSE, date(2026, 9, 1), DOC_RISK, Outcome.WITH_HELP)
    draft = plans.start_plan(ws, assessment, Setting.SCHOOL, performer="Fritidshemmets personal")
    return Case(pupil, plans.get_plan(ws, signed.id), draft)


@pytest.fixture
def deviation(ws: Workspace, case: Case) -> Deviation:
    return cases.report_deviation(
        ws,
        case.person.id,
        datetime(2026, 10, 5, 10, 30, tzinfo=UTC),
        "Ängsskolan, klassrum 3",
        "Insulindosen gavs inte före lunch eftersom ordinarie elevassistent var sjuk och vikarien saknade instruktion.",
        "Rektor Ängsskolan",
        reporter_organisation="Växjö kommun",
        plan_id=case.plan.id,
        immediate_action="Vårdnadshavare kontaktades; dosen gavs 12.40 efter telefonkontakt med sjuksköterskan.",
        harm=Harm.RISK,
        category="Utebliven insats",
        parties=(
            InformedParty("Region Kronoberg", "Karin Ström"),
            InformedParty("Växjö kommun", "Rektor", date(2026, 10, 5)),
        ),
    )


# --- two databases that know each other (tests/exchange/, tests/cli/) --------------------------


@pytest.fixture(scope="session")
def pair_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, tuple[bytes, bytes]]:
    """One pair built by `make_pair` per worker process (two Argon2 derivations, demo data,
    identities exchanged), closed, and its keys: each `pair` is a copy of its folder."""
    folder = tmp_path_factory.mktemp("pair-template")
    made = make_pair(folder)
    keys = (bytes.fromhex(made.a.store.key_hex), bytes.fromhex(made.b.store.key_hex))
    made.close()
    return folder, keys


@pytest.fixture
def pair(tmp_path: Path, pair_template: tuple[Path, tuple[bytes, bytes]]) -> Iterator[Pair]:
    made = copied_pair(*pair_template, tmp_path)
    yield made
    made.close()
