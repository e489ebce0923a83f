"""Test data builders, in one place: persons, assessments, plans in each state, bundles.

New builders go here; test modules import from here (and from conftest fixtures), never from
another test module.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

# --- profiles: one per column of the role table (app/models/roles.py) --------------------------
from app.models.common import Practitioner, Profession, Role, to_plain
from app.models.roles import Who
from app.services.workspace import PROFILE_KEY, Workspace

NURSE_PROFILE = Practitioner(
    "Anna Berg", "Distriktssköterska", "Växjö kommun", "Hemsjukvården Öster", Role.LICENSED, Profession.NURSE
)
PROFILES: dict[Who, Practitioner] = {
    Who.LICENSED: NURSE_PROFILE,
    Who.SCHOOL_HEALTH: Practitioner(
        "Sofia Ek", "Skolsköterska", "Växjö kommun", "Hagaskolan", Role.LICENSED, Profession.NURSE, school_health=True
    ),
    Who.SCHOOL_LEADER: Practitioner("Rut Rektor", "Rektor", "Växjö kommun", "Hagaskolan", Role.SCHOOL_LEADER),
    Who.UNIT_MANAGER: Practitioner("Ulla Chef", "Enhetschef", "Växjö kommun", "Hemtjänst Syd", Role.UNIT_MANAGER),
    Who.CASE_OFFICER: Practitioner("Hans Handläggare", "Biståndshandläggare", "Växjö kommun", "", Role.CASE_OFFICER),
    Who.MAS: Practitioner("Maria Mas", "Medicinskt ansvarig sjuksköterska", "Växjö kommun", "", Role.MAS),
}


@contextlib.contextmanager
def acting_as(ws: Workspace, who: Who) -> Iterator[Practitioner]:
    """The profile of one role for the block, then the one before again (no audit event:
    the tests count their own)."""
    before = ws.repos.settings.get(PROFILE_KEY)
    profile = PROFILES[who]
    with ws.store.atomic():
        ws.repos.settings.set(PROFILE_KEY, to_plain(profile))
    try:
        yield profile
    finally:
        with ws.store.atomic():
            ws.repos.settings.set(PROFILE_KEY, before)
