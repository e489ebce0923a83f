"""Issue 13: docs/fhir/ publishes a definition for everything an export uses. Read from the
published files themselves (not from the code that made them): every extension URL in a demo
export has a StructureDefinition, each nested field is one of its slices with an allowed value
type, and every code in one of our systems is in that CodeSystem. The files are valid R4."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.exchange import fhir, fhir_definitions
from app.services import demo
from app.services import exchange as ex
from app.services.workspace import Workspace
from tests import r4
from tests.factories import workspace

DOCS = Path(__file__).parents[2] / "docs" / "fhir"
OURS = "https://egenvardsstod.se/fhir/"


def _published() -> dict[str, dict[str, Any]]:
    return {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted(DOCS.glob("*.json"))}


@pytest.fixture(scope="module")
def resources(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    ws = workspace(Path(tmp_path_factory.mktemp("defs")) / "a.db")
    try:
        demo.fill(ws, persons=60, seed=3)
        me = ex.ensure_identity(ws, "Region Kronoberg").public
        records, _ids = ex.collect(ws)
    finally:
        ws.close()
    return [e["resource"] for e in json.loads(fhir.bundle_json(records, me, "b", "2026-01-01T00:00:00+00:00"))["entry"]]


def _slices(sd: dict[str, Any]) -> dict[str, list[str]]:
    """Element id ("Extension", "Extension.extension:decision", …) → the value types allowed
    there ([] for a complex one)."""
    out: dict[str, list[str]] = {}
    for el in sd["differential"]["element"]:
        if el["id"].endswith(".value[x]") and "type" in el:
            out[el["id"][: -len(".value[x]")]] = [t["code"] for t in el["type"]]
        elif el["id"] == "Extension" or el["id"].rsplit(".", 1)[-1].startswith("extension:"):
            out.setdefault(el["id"], [])
    return out


def _check(ext: dict[str, Any], where: str, allowed: dict[str, list[str]], codes: dict[str, set[str]]) -> list[str]:
    if where not in allowed:
        return [f"{where}: no such slice"]
    value = [k for k in ext if k.startswith("value")]
    found = []
    if value:
        kind = value[0][len("value") :]
        if kind[:1].lower() + kind[1:] not in allowed[where] and kind not in allowed[where]:
            found.append(f"{where}: {value[0]} not allowed ({allowed[where]})")
        if kind == "Coding":
            found += _coding(ext["valueCoding"], where, codes)
    for sub in ext.get("extension", []):
        found += _check(sub, f"{where}.extension:{sub['url']}", allowed, codes)
    return found


def _coding(coding: dict[str, Any], where: str, codes: dict[str, set[str]]) -> list[str]:
    system = coding.get("system", "")
    if not system.startswith(OURS):
        return []
    if system not in codes:
        return [f"{where}: CodeSystem {system} not published"]
    return [] if coding["code"] in codes[system] else [f"{where}: {coding['code']} not in {system}"]


def _codings(node: Any) -> list[dict[str, Any]]:
    if isinstance(node, dict):
        own = [node] if "system" in node and "code" in node else []
        return own + [c for v in node.values() for c in _codings(v)]
    if isinstance(node, list):
        return [c for v in node for c in _codings(v)]
    return []


def test_every_extension_and_code_used_is_published(resources: list[dict[str, Any]]) -> None:
    published = _published().values()
    sds = {d["url"]: _slices(d) for d in published if d["resourceType"] == "StructureDefinition"}
    codes = {d["url"]: {c["code"] for c in d["concept"]} for d in published if d["resourceType"] == "CodeSystem"}
    problems: list[str] = []
    used = set()
    for res in resources:
        for ext in res.get("extension", []):
            if ext["url"] not in sds:
                problems.append(f"{res['resourceType']}: {ext['url']} not published")
                continue
            used.add(ext["url"])
            problems += _check(ext, "Extension", sds[ext["url"]], codes)
        problems += [
            p for c in _codings({k: v for k, v in res.items() if k != "extension"}) for p in _coding(c, "", codes)
        ]
    assert problems == []
    assert len(used) > 50  # the demo uses most of them
    complex_ = [e for r in resources for e in r.get("extension", []) if "extension" in e]
    assert complex_ and not any(
        "valueString" in e and e["valueString"][:1] in "[{" for r in resources for e in r.get("extension", [])
    )  # structures are complex extensions, not JSON in strings


def test_the_published_files_are_what_the_code_writes() -> None:
    made = fhir_definitions.files()
    on_disk = {p.name: p.read_bytes() for p in sorted(DOCS.glob("*.json"))}
    assert sorted(on_disk) == sorted(made), "run: python -m app.exchange.fhir_definitions docs/fhir"
    assert [n for n in made if on_disk[n] != made[n]] == []


def test_the_published_files_are_valid_r4() -> None:
    for name, res in _published().items():
        assert r4.schema_errors(res) == [], name
        assert r4.invariant_failures(res) == [], name


def test_the_indicator_files_extensions_are_published(ws: Workspace) -> None:
    """The MeasureReport's extensions (the small-count rule, the breakdown, and a group's hidden
    parts) are defined in docs/fhir like the records' are; the breakdown's code is in its system."""
    from datetime import UTC, date, datetime

    from app.models.indicators import Period
    from app.services import indicators as ix
    from tests.factories import indicator_municipality

    indicator_municipality(ws, "Växjö kommun", 30, 3)  # few enough that some figures are hidden
    period = Period(date(2026, 1, 1), date(2026, 6, 30))
    made = datetime(2026, 7, 1, 8, 0, tzinfo=UTC)
    bundle = json.loads(ix.fhir_summary(ix.public(ix.compute(ws, period)), made))
    published = _published().values()
    sds = {d["url"]: _slices(d) for d in published if d["resourceType"] == "StructureDefinition"}
    codes = {d["url"]: {c["code"] for c in d["concept"]} for d in published if d["resourceType"] == "CodeSystem"}
    reports = [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "MeasureReport"]
    exts = [x for r in reports for x in [*r["extension"], *(x for g in r["group"] for x in g.get("extension", []))]]
    assert {x["url"].rsplit("/", 1)[1] for x in exts} == {"small-count-suppression", "breakdown", "suppressed"}
    problems = [p for x in exts if x["url"] in sds for p in _check(x, "Extension", sds[x["url"]], codes)]
    assert problems == [] and all(x["url"] in sds for x in exts)
    breakdown = next(x for x in exts if x["url"].endswith("/breakdown"))
    assert breakdown["valueCode"] in codes[OURS + "CodeSystem/indicator-breakdown"]
