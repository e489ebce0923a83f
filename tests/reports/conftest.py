"""Synthetic people and plans for the document tests, built through the services.

Personnummer use serials 980–999 (Skatteverket's range for test numbers).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from app.models.assessment import Consequence, Hazard, Likelihood, Outcome, RiskAnalysis
from app.models.common import Consent, ConsentGiver, Practitioner
from app.models.deviation import Deviation, Harm, InformedParty
from app.models.person import Contact, Guardian, Person
from app.models.plan import Plan, Setting, Signature
from app.models.records import Recipient
from app.models.review import ReviewOutcome
from app.services import cases, persons, plans
from app.services.workspace import Workspace
from tests.factories import sign

NURSE = Practitioner(
    "Karin Ström",
    "Diabetessjuksköterska",
    "Region Kronoberg",
    "Barnkliniken",
)
RISK = RiskAnalysis(
    (Hazard("Hypoglykemi under lektion", Likelihood.POSSIBLE, Consequence.SERIOUS, "Druvsocker i klassrummet"),),
    "Kan utföras säkert av instruerad elevassistent.",
)
POINTS = dict(
    performer="Elevassistent Åke Lindqvist på Ängsskolan",
    instruction_by="Diabetessjuksköterska Karin Ström, barnkliniken Växjö",
    instruction_how="Praktisk genomgång på skolan vid terminsstart; skriftlig instruktion förvaras i elevakten.",
    on_harm="Ge druvsocker vid lågt blodsocker. Ring 112 vid medvetslöshet. Kontakta vårdnadshavare och Karin Ström.",
    on_change="Kontakta Karin Ström om eleven får nya läkemedel eller om rutinen inte fungerar på skolan.",
    follow_up="Karin Ström följer upp vid varje terminsstart tillsammans med rektor och vårdnadshavare.",
    reassessment_on=date(2027, 8, 20),
)
SIGNATURE = Signature("Växjö", date(2026, 8, 20), "Karin Ström", "Diabetessjuksköterska")
TOOLS = ("pdftotext", "pdfsig", "pdffonts", "pdftoppm", "pdfinfo")


def tool(name: str) -> str:
    """Path of a poppler tool. Missing tools fail the test loudly: install poppler-utils."""
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is missing: install poppler-utils (apt-get install -y poppler-utils)", pytrace=False)
    return path


def run_tool(name: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([tool(name), *args], capture_output=True, text=True, timeout=60, check=False)


def pdf_text(path: Path) -> str:
    """Text of the PDF as poppler extracts it; -raw keeps content order across boxes."""
    result = run_tool("pdftotext", "-raw", "-enc", "UTF-8", str(path), "-")
    assert result.returncode == 0, result.stderr
    return result.stdout


def page_texts(path: Path) -> list[str]:
    """One string per page (pdftotext separates pages with a form feed)."""
    return pdf_text(path).split("\f")[:-1]


def squash(text: str) -> str:
    """Whitespace-insensitive form: line breaks inside boxes do not matter for 'nothing lost'."""
    return "".join(text.split())


_FURNITURE = re.compile(
    r"^(.|UTKAST.*|fortsätter på nästa sida|punkt \d|Plan-ID .*|Version \d+ · .*|Skapad med .*|Sida \d+ av \d+"
    r"|EGENVÅRDSPLAN · .*|.* · \d{8}-\d{4})$"
)


def body_text(path: Path, *labels: str) -> str:
    """The squashed text without page furniture (header, footer, watermark letters, continuation
    notes) and without the repeated '(forts.)' labels: what is left is the content as typed."""
    lines = [
        re.sub(r"\s*punkt \d$", "", ln)
        for ln in pdf_text(path).replace("\f", "\n").splitlines()
        if not _FURNITURE.match(ln.strip())
    ]
    text = squash("\n".join(lines))
    for label in labels:
        text = text.replace(squash(label + " (forts.)"), "")
    return text


@dataclass(frozen=True)
class Case:
    person: Person
    plan: Plan  # signed
    draft: Plan


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


def make_signed(ws: Workspace, person_id: str, **overrides: object) -> Plan:
    assessment = plans.assess(
        ws, person_id, "Blodsockerkontroll och insulininjektion", NURSE, date(2026, 8, 18), RISK, Outcome.WITH_HELP
    )
    draft = plans.start_plan(ws, assessment, Setting.SCHOOL)
    draft = plans.edit_plan(ws, draft, **{**POINTS, **overrides})
    return sign(ws, draft, SIGNATURE)


@pytest.fixture
def case(ws: Workspace, pupil: Person) -> Case:
    ws.set_profile(NURSE)
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
    assessment = plans.assess(ws, pupil.id, "Sondmatning", NURSE, date(2026, 9, 1), RISK, Outcome.WITH_HELP)
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


# --- PDF/A structure and word boxes (tests/reports/test_documents_for_everyone.py) -----------------

XMP_NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
}


def xmp_values(packet: bytes) -> dict[str, str]:
    """'prefix:Name' → text, whether written as an element or as an attribute (pyHanko rewrites
    the packet as attributes when it seals); lists and alternatives give their first item."""
    import xml.etree.ElementTree as ET

    root = ET.fromstring(packet[packet.index(b"<x:xmpmeta") : packet.index(b"</x:xmpmeta>") + 12])
    prefix = {uri: p for p, uri in XMP_NS.items()}
    found: dict[str, str] = {}
    for desc in root.iter(f"{{{XMP_NS['rdf']}}}Description"):
        for key, value in desc.attrib.items():
            uri, _, name = key[1:].partition("}")
            if uri in prefix:
                found[f"{prefix[uri]}:{name}"] = value
        for child in desc:
            uri, _, name = child.tag[1:].partition("}")
            if uri in prefix:
                items = [li.text or "" for li in child.iter(f"{{{XMP_NS['rdf']}}}li")]
                found[f"{prefix[uri]}:{name}"] = items[0] if items else (child.text or "")
    return found


def pdf_date(value: str) -> datetime:
    """A PDF date (D:YYYYMMDDHHmmSS+HH'mm' or …Z) as an aware datetime."""
    from datetime import timedelta, timezone

    m = re.match(r"D:(\d{14})(Z|[+-]\d{2}'\d{2}'?)?", value)
    assert m, value
    when = datetime.strptime(m.group(1), "%Y%m%d%H%M%S")
    zone = m.group(2) or "Z"
    if zone == "Z":
        return when.replace(tzinfo=UTC)
    sign = 1 if zone[0] == "+" else -1
    return when.replace(tzinfo=timezone(sign * timedelta(hours=int(zone[1:3]), minutes=int(zone[4:6]))))


@dataclass(frozen=True)
class Word:
    page: int
    text: str
    x0: float
    y0: float  # from the top of the page, in points
    x1: float
    y1: float

    @property
    def height(self) -> float:
        return self.y1 - self.y0


def words(path: Path) -> list[Word]:
    """Every word with its box, as `pdftotext -bbox` measures it."""
    import html

    result = run_tool("pdftotext", "-bbox", str(path), "-")
    assert result.returncode == 0, result.stderr
    out: list[Word] = []
    page = 0
    for line in result.stdout.splitlines():
        if "<page " in line:
            page += 1
        m = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line)
        if m:
            x0, y0, x1, y1 = (float(m.group(i)) for i in range(1, 5))
            out.append(Word(page, html.unescape(m.group(5)), x0, y0, x1, y1))
    return out
