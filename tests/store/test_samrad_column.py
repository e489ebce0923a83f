"""The samråd column: an assessment stored before it existed loads as "no samråd recorded"."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.models.assessment import Assessment, Consequence, Hazard, Likelihood, Outcome, RiskAnalysis
from app.models.common import Practitioner
from app.services import persons, plans
from app.services.workspace import create_workspace, open_workspace
from app.store import migrations
from app.store.codec import to_row
from tests.factories import PASSPHRASE, with_nurse_profile


def test_an_assessment_from_before_samrad_loads_without_one(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    steps = list(migrations._STEPS)
    mine = next(i for i, fn in enumerate(steps) if fn.__name__ == "_assessment_samrad")
    monkeypatch.setattr(migrations, "_STEPS", steps[:mine])
    old, _code = create_workspace(db_path, PASSPHRASE)
    with_nurse_profile(old)
    person = persons.register(old, "Alva", "Svensson", "19451103-9804")
    risk = RiskAnalysis((Hazard("Fel dos", Likelihood.UNLIKELY, Consequence.MODERATE, "Dubbelkontroll"),), "Säkert")
    nurse = Practitioner("Jonas Berg", "Sjuksköterska", "Region Kronoberg")
    assessment = Assessment(person.id, "Ögondroppar", nurse, date(2026, 11, 1), risk, Outcome.WITH_HELP)
    row = to_row(assessment)
    del row["samrad"]  # the row as the program before this step wrote it
    with old.store.atomic():
        old.store.insert_rows("assessments", [row])
    old.close()

    monkeypatch.setattr(migrations, "_STEPS", steps)
    new = open_workspace(db_path, PASSPHRASE)
    try:
        assert migrations.schema_version(new.store.conn) == len(steps)
        loaded = plans.get_assessment(new, assessment.id)
        assert loaded.samrad is None
        assert loaded == assessment
    finally:
        new.close()
