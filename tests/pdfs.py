"""Reading PDFs as a person or a checker would: poppler's text, pages, word boxes, and the
PDF/A metadata packet. Missing poppler tools fail the test loudly (install poppler-utils).

A helper module, not a test module: tests import from here (and from tests/factories.py)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

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


def write_pdf(folder: Path, name: str, data: bytes) -> Path:
    """The document as a file for the poppler tools; EGENVARD_PDF_DUMP=dir keeps a copy to look at by eye."""
    path = folder / name
    path.write_bytes(data)
    dump = os.environ.get("EGENVARD_PDF_DUMP")
    if dump:
        Path(dump).mkdir(parents=True, exist_ok=True)
        (Path(dump) / name).write_bytes(data)
    return path
