"""One word for one thing (docs/ordlista.md): no retired variant in the UI catalogue (the Swedish
sources and their English translations) nor in the text of the PDFs the app writes."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.models.assessment import Consequence, Hazard, Likelihood, Outcome, RiskAnalysis
from app.models.common import Practitioner
from app.models.plan import Setting, Signature
from app.services import cases, documents, persons, plans
from app.services.workspace import Workspace
from tests.factories import sign

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "egenvard_en.ts"
GLOSSARY = ROOT / "docs" / "ordlista.md"

# (the retired variant as ordlista.md names it, the pattern that finds it)
RETIRED_SV = (
    ("Nödkort", r"Nödkort"),
    ("Sammanfattning", r"Sammanfattning"),
    ("Samtycke datum", r"Samtycke datum"),
    ("Windows inloggning", r"Windows inloggning"),
    ("EJ utförd", r"EJ utförd"),
    ("Registrera utförande", r"Registrera utförande"),
    ("Utförande…", r"^Utförande…?$"),
    ('"Åtgärd" alone', r"(?<![\w/])Åtgärd(?![\w/])"),
)
RETIRED_EN = (
    ("Assistance decision", r"(?i)assistance decision"),
    ("NOT performed", r"NOT performed"),
)


def _catalogue() -> list[tuple[str, str]]:
    """(Swedish source, English translation) of every live message, mnemonics removed."""
    out = []
    for message in ET.parse(TS).getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        english = " ".join(translation.itertext())
        out.append((message.findtext("source", "").replace("&", ""), english.replace("&", "")))
    return out


def found(patterns: tuple[tuple[str, str], ...], texts: list[str]) -> list[tuple[str, str]]:
    return [(name, text) for name, pattern in patterns for text in texts if re.search(pattern, text, re.M)]


def test_the_catalogue_uses_no_retired_variant() -> None:
    catalogue = _catalogue()
    assert len(catalogue) > 500  # the real catalogue was read
    assert found(RETIRED_SV, [sv for sv, _en in catalogue]) == []
    assert found(RETIRED_EN, [en for _sv, en in catalogue]) == []


def test_the_patterns_find_what_they_retire() -> None:
    """Each pattern catches its variant (with the mnemonic removed) and spares the glossary's word."""
    planted = ["Nödkort", "Sammanfattning – X", "Samtycke datum", "(Windows inloggning låser upp)", "EJ utförd (x)"]
    planted += ["Registrera utförande", "Utförande…", "Åtgärd"]
    assert [name for name, _t in found(RETIRED_SV, planted)] == [name for name, _p in RETIRED_SV]
    kept = ["Akutkort", "Sammanställning", "Samtyckesdatum", "Windows-inloggning", "Ej utförd", "Signeringslista"]
    kept += ["Åtgärd/insats", "Riskreducerande åtgärd", "Omedelbar åtgärd", "1. Åtgärd/insats", "Åtgärder"]
    assert found(RETIRED_SV, kept) == []


def test_every_retired_variant_is_named_in_the_glossary() -> None:
    glossary = GLOSSARY.read_text(encoding="utf-8")
    missing = [name for name, _p in RETIRED_SV + RETIRED_EN if name not in glossary]
    assert missing == []


def _pdf_text(data: bytes, path: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.fail("pdftotext is missing: install poppler-utils", pytrace=False)
    path.write_bytes(data)
    run = subprocess.run([tool, "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True)
    return run.stdout


def _world(ws: Workspace) -> tuple[str, str, str]:
    """A pupil with a signed plan, a performance log done and not done, a copy and a deviation:
    every section of the documents has something to print."""
    nurse = Practitioner("Karin Ström", "Sjuksköterska", "Region Kronoberg", "Barnkliniken")
    ws.set_profile(nurse)
    pupil = persons.register(ws, "Alva", "Ek", "20150315-9806", unit="Ängsskolan")
    risk = RiskAnalysis((Hazard("Hypoglykemi", Likelihood.POSSIBLE, Consequence.SERIOUS, "Druvsocker"),), "Säkert")
    assessment = plans.assess(ws, pupil.id, "Insulininjektion", nurse, date(2026, 8, 18), risk, Outcome.WITH_HELP)
    draft = plans.start_plan(
        ws,
        assessment,
        Setting.SCHOOL,
        performer="Elevassistent",
        instruction_by="Karin Ström",
        instruction_how="Genomgång",
        on_harm="Ring 112",
        on_change="Kontakta Karin Ström",
        follow_up="Vid terminsstart",
        reassessment_on=date(2027, 8, 20),
    )
    signed = sign(ws, draft, Signature("Växjö", date(2026, 8, 20), "Karin Ström", "Sjuksköterska"))
    plans.log_performance(ws, signed, datetime(2026, 9, 1, 8, tzinfo=UTC), "Elevassistent", True)
    plans.log_performance(ws, signed, datetime(2026, 9, 2, 8, tzinfo=UTC), "Elevassistent", False, "Sjuk")
    deviation = cases.report_deviation(
        ws, pupil.id, datetime(2026, 9, 2, 9, tzinfo=UTC), "Ängsskolan", "Dosen gavs inte.", "Rektor", plan_id=signed.id
    )
    return pupil.id, signed.id, deviation.id


def test_the_pdfs_use_no_retired_variant(ws: Workspace, tmp_path: Path) -> None:
    person_id, plan_id, deviation_id = _world(ws)
    docs = {
        "plan": documents.render_plan_pdf(ws, plan_id),
        "card": documents.render_card_pdf(ws, plan_id),
        "summary": documents.render_summary_pdf(ws, person_id),
        "deviation": documents.render_deviation_pdf(ws, deviation_id),
        "blank": documents.render_blank_pdf("Växjö kommun"),
    }
    texts = {name: _pdf_text(data, tmp_path / f"{name}.pdf") for name, data in docs.items()}
    assert "Insulininjektion" in texts["summary"] and "AKUTKORT" in texts["card"]  # real text was read
    bad = {name: found(RETIRED_SV, text.splitlines()) for name, text in texts.items()}
    assert {name: hits for name, hits in bad.items() if hits} == {}
