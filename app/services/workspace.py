"""The open workspace: one unlocked store, its repositories and audit log, and who is acting.

Every service function takes a Workspace first; every write goes through `ws.write()`, which
opens one transaction and records the audit event inside it.
"""

from __future__ import annotations

import contextlib
import getpass
from collections.abc import Callable, Iterator
from dataclasses import fields
from datetime import date
from pathlib import Path
from typing import Any

from app.models import roles
from app.models.audit import Action
from app.models.common import Practitioner, to_plain
from app.models.roles import UseCase
from app.services.changes import NOT_A_CHANGE, Changes
from app.store import database
from app.store.audit import AuditLog
from app.store.database import Store
from app.store.repos import Repositories

PROFILE_KEY = "profile"
ROLE_CHANGE = "profile_role"  # the audit entity of a change of role; entity_id says "from→to"
_PROFILE_FIELDS = frozenset(f.name for f in fields(Practitioner))


def _load_profile(data: dict[str, Any]) -> Practitioner:
    """A stored profile, also one saved before professions existed (every value a string,
    "None" for nothing) or by a later version with fields this one does not know."""
    known = {k: v for k, v in data.items() if k in _PROFILE_FIELDS and v not in (None, "", "None")}
    return Practitioner(**known)


def _role_key(profile: Practitioner | None) -> str:
    if profile is None:
        return "none"
    key = roles.who(profile).value
    return f"{key}:{profile.profession.value}" if profile.profession else key


class Workspace:
    def __init__(self, store: Store, today: Callable[[], date] = date.today) -> None:
        self.store = store
        self.repos = Repositories(store)
        self.audit = _NotingAuditLog(store, self._noted)
        self.today = today
        self._changes: list[tuple[str, str, str]] = []

    # --- what changed ----------------------------------------------------------------------
    def _noted(self, action: Action, items: list[tuple[str, str, str]]) -> None:
        if action not in NOT_A_CHANGE:
            self._changes.extend(items)

    def take_changes(self) -> Changes:
        """What was written since the last call (the database worker asks after each job).
        A write that was rolled back may be in it: a view then reads again for nothing."""
        taken, self._changes = self._changes, []
        return Changes.of(taken)

    @property
    def path(self) -> Path:
        return self.store.path

    # --- who is acting -------------------------------------------------------------
    def profile(self) -> Practitioner | None:
        data = self.repos.settings.get(PROFILE_KEY)
        return _load_profile(data) if data else None

    def set_profile(self, profile: Practitioner) -> None:
        """Save who the user is. A change of role or profession is an audit event of its own
        ("licensed:nurse→school_leader"), recorded in the same transaction by the one who was."""
        roles.check_profile(profile)
        before = self.profile()
        with self.write(Action.UPDATE, "profile", "profile"):
            if _role_key(before) != _role_key(profile):
                change = f"{_role_key(before)}→{_role_key(profile)}"
                self.audit.append(before.actor if before else profile.actor, Action.UPDATE, ROLE_CHANGE, change, "")
            self.repos.settings.set(PROFILE_KEY, to_plain(profile))

    def require(self, use_case: UseCase) -> None:
        """Refuse a use case the user's role may not do (`app.models.roles`): the first line of
        every service function that writes, so the window and the command line cannot skip it."""
        roles.check(use_case, self.profile())

    def may(self, use_case: UseCase) -> bool:
        return roles.may(use_case, self.profile())

    @property
    def actor(self) -> str:
        """Who acts, with her role: "Anna Berg, Distriktssköterska (legitimerad yrkesutövare)"."""
        profile = self.profile()
        if profile:
            return profile.actor
        try:
            return getpass.getuser()
        except Exception:  # no login name (service account); still record something stable
            return "okänd användare"

    # --- transactions with audit -----------------------------------------------------
    @contextlib.contextmanager
    def write(self, action: Action, entity: str, entity_id: str, person_id: str = "") -> Iterator[None]:
        """One transaction holding the change and its audit event."""
        actor = self.actor
        with self.store.atomic():
            yield
            self.audit.append(actor, action, entity, entity_id, person_id)

    def log_read(self, entity: str, entity_id: str, person_id: str) -> None:
        with self.store.atomic():
            self.audit.append(self.actor, Action.READ, entity, entity_id, person_id)

    def close(self) -> None:
        self.store.close()


class _NotingAuditLog(AuditLog):
    """Every write records its audit event inside its transaction: the one place that sees all
    of them (`ws.write`, bulk imports, the demo data), so what changed is noted here."""

    def __init__(self, store: Store, noted: Callable[[Action, list[tuple[str, str, str]]], None]) -> None:
        super().__init__(store)
        self._noted = noted

    def append_many(self, actor: str, action: Action, items: list[tuple[str, str, str]]) -> None:
        items = list(items)
        super().append_many(actor, action, items)
        self._noted(action, items)


def open_workspace(path: Path, passphrase: str) -> Workspace:
    return Workspace(database.open_store(path, passphrase))


def create_workspace(path: Path, passphrase: str) -> tuple[Workspace, str]:
    store, code = database.create_store(path, passphrase)
    return Workspace(store), code
