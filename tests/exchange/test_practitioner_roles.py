"""A practitioner's role, profession and elevhälsa flag travel in the bundle as valid FHIR."""

from __future__ import annotations

from app.exchange import fhir, fhir_kinds
from app.models.common import Practitioner, Profession, Role
from tests import r4


def test_role_profession_and_elevhalsa_round_trip_as_valid_fhir() -> None:
    nurse = Practitioner("Sofia Ek", "Skolsköterska", "Växjö kommun", "Hagaskolan", Role.LICENSED, school_health=True)
    _rid, resource = fhir_kinds.practitioner_resource(nurse)
    assert r4.schema_errors(resource) == []  # e.g. an extension's valueString that is not a string
    back = fhir._practitioner(resource)
    assert (back.role, back.profession, back.school_health) == (Role.LICENSED, Profession.NURSE, True)
    leader = Practitioner("Rut Rektor", "Rektor", role=Role.SCHOOL_LEADER)
    assert fhir._practitioner(fhir_kinds.practitioner_resource(leader)[1]) == leader
