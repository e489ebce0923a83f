"""Test data builders, in one place: persons, assessments, plans in each state, bundles.

New builders go here; test modules import from here (and from conftest fixtures), never from
another test module.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage
import pytest

from app.exchange import container
from app.exchange.identity import OrgIdentity
from app.models.common import Practitioner, Profession, Role, to_plain
from app.models.roles import Who
from app.services import demo
from app.services import exchange as ex
from app.services.workspace import PROFILE_KEY, Workspace, create_workspace
from tests.conftest import PASSPHRASE


def signed_school_plan(ws, number: str = "20150315-9806"):  # type: ignore[no-untyped-def]
    """A pupil with a signed version 1 of an insulin plan at school, built through the services."""
    from datetime import date

    from app.models.assessment import Consequence, Hazard, Likelihood, Outcome, RiskAnalysis
    from app.models.common import Practitioner
    from app.models.plan import Setting, Signature
    from app.services import persons, plans

    nurse = Practitioner("Jonas Berg", "Sjuksköterska", "Region Kronoberg", "Barnmedicin")
    risk = RiskAnalysis((Hazard("Hypoglykemi", Likelihood.POSSIBLE, Consequence.SERIOUS, "Druvsocker"),), "Säkert")
    pupil = persons.register(ws, "Liam", "Nilsson", number, unit="Hagaskolan")
    assessment = plans.assess(ws, pupil.id, "Insulininjektion", nurse, date(2026, 11, 1), risk, Outcome.WITH_HELP)
    draft = plans.start_plan(
        ws,
        assessment,
        Setting.SCHOOL,
        performer="Elevassistent",
        instruction_by="Jonas Berg",
        instruction_how="Praktisk genomgång",
        on_harm="Ring 112",
        on_change="Kontakta Jonas Berg",
        follow_up="Vid terminsstart",
        reassessment_on=date(2027, 2, 1),
    )
    return sign(ws, draft, Signature("Växjö", date(2026, 11, 2), "Jonas Berg", "Sjuksköterska"))


# --- sealed PDFs changed the ways an attacker or a PDF program would (tests/reports/test_seal_verify.py)


def forged_reseal(unsealed_pdf: bytes, name: str, organisation: str, title: str = "") -> bytes:
    """A PDF sealed with a brand-new self-signed certificate carrying the given subject: what
    someone who changed a plan and wants it to look like ours would make."""
    from app.reports import seal

    p12 = seal.create_self_signed(name, organisation, title, b"forged")
    return seal.seal_pdf(unsealed_pdf, p12, b"forged")


def incremental_update(sealed_pdf: bytes, kind: str) -> bytes:
    """`sealed_pdf` plus one incremental update after the seal, as a PDF program writes it:
    "form" adds an empty signature field, "content" replaces the first page's text."""
    from io import BytesIO

    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields

    writer = IncrementalPdfFileWriter(BytesIO(sealed_pdf))
    if kind == "form":
        fields.append_signature_field(writer, fields.SigFieldSpec("Kontrasignatur", box=(20, 20, 200, 60)))
    elif kind == "content":
        page = writer.root["/Pages"]["/Kids"][0].get_object()
        stream = generic.StreamObject(stream_data=b"BT /F1 12 Tf 72 720 Td (Datum 2026-09-01) Tj ET")
        page[generic.NameObject("/Contents")] = writer.add_object(stream)
        writer.update_container(page)
    else:
        raise ValueError(kind)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def forged_countersign(pdf: bytes, name: str, organisation: str) -> bytes:
    """A second seal over a whole (already sealed and changed) PDF, in its own field, with a
    new self-signed certificate carrying the given subject."""
    from io import BytesIO

    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    from app.reports import seal

    p12 = seal.create_self_signed(name, organisation, "", b"forged")
    signer = signers.SimpleSigner.load_pkcs12_data(p12, other_certs=None, passphrase=b"forged")
    meta = signers.PdfSignatureMetadata(field_name="Forsegling2", md_algorithm="sha256")
    return signers.sign_pdf(IncrementalPdfFileWriter(BytesIO(pdf)), meta, signer=signer).getvalue()


# --- profiles: one per column of the role table (app/models/roles.py) --------------------------

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


# --- exchange: two databases that know each other, and bundles taken apart and put together ---


EXCHANGE_TABLES = (
    "persons",
    "assessments",
    "plans",
    "reviews",
    "copies",
    "sip_links",
    "deviations",
    "plan_documents",
    "handovers",
    "intyg",
)


@dataclass
class Pair:
    a: Workspace  # the sender, with demo data
    b: Workspace  # the receiver, empty
    a_id: Path
    b_id: Path
    tmp: Path

    def bundle(self, name: str = "x.egvb", **kw: object) -> Path:
        kw.setdefault("to", ex.partners(self.a)[0].identity)
        ex.export_bundle(self.a, self.tmp / name, **kw)  # type: ignore[arg-type]
        return self.tmp / name

    def close(self) -> None:
        self.a.close()
        self.b.close()


def with_nurse_profile(workspace: Workspace) -> Workspace:
    """A licensed nurse is at the keyboard unless a test says otherwise: most use cases are
    hers (app/models/roles.py). Stored without an audit event, so tests count only their own."""
    with workspace.store.atomic():  # committed: other connections (CLI, workers) see it
        workspace.repos.settings.set(PROFILE_KEY, to_plain(NURSE_PROFILE))
    return workspace


def workspace(path: Path) -> Workspace:
    ws, _code = create_workspace(path, PASSPHRASE)
    return with_nurse_profile(ws)


def make_pair(tmp: Path, persons: int = 12, seed: int = 7) -> Pair:
    """A sender with demo data and an empty receiver, each trusting the other."""
    a, b = workspace(tmp / "a" / "a.db"), workspace(tmp / "b" / "b.db")
    demo.fill(a, persons=persons, seed=seed)
    ex.ensure_identity(a, "Region Kronoberg")
    ex.ensure_identity(b, "Alvesta kommun")
    ex.export_identity(a, tmp / "a.id")
    ex.export_identity(b, tmp / "b.id")
    ex.import_identity(a, tmp / "b.id", trust=True)
    ex.import_identity(b, tmp / "a.id", trust=True)
    return Pair(a, b, tmp / "a.id", tmp / "b.id", tmp)


def dump(ws: Workspace) -> dict[str, list[str]]:
    """Every row of every table, in a stable order: the database's whole content."""
    tables = [r["name"] for r in ws.store.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return {t: sorted(repr(sorted(r.items())) for r in ws.store.query(f"SELECT * FROM {t}")) for t in tables}


def file_state(ws: Workspace) -> list[str]:
    """SHA-256 of the database file, its WAL and its key file: byte-identical or not."""
    paths = [ws.path, Path(f"{ws.path}-wal"), Path(f"{ws.path}.key")]
    return [hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else "-" for p in paths]


def rows(ws: Workspace, table: str) -> list[dict[str, Any]]:
    return ws.store.query(f"SELECT * FROM {table} ORDER BY id" + (", version" if table == "plans" else ""))


def members_of(path: Path, receiver: Workspace) -> dict[str, bytes]:
    me = ex.own_identity(receiver)
    plain = container.decrypt(path.read_bytes(), path, identity=me, passphrase=None)
    with zipfile.ZipFile(io.BytesIO(plain)) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def rezip(members: dict[str, bytes], receiver: Workspace, raw: bool = False) -> bytes:
    """Re-encrypt altered members to the receiver, keeping the (now stale) signed manifest."""
    me = ex.own_identity(receiver)
    assert me is not None
    if raw:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            for name, data in members.items():
                zf.writestr(name, data)
        plain = buf.getvalue()
    else:
        plain = container._zip(members)
    return pyrage.encrypt(plain, [pyrage.x25519.Recipient.from_str(me.public.age_recipient)])


def resign(
    members: dict[str, bytes], sender: OrgIdentity, receiver: Workspace, extra: dict[str, Any] | None = None
) -> bytes:
    """A correctly signed bundle with whatever content: for content checks after the signature."""
    body = {k: v for k, v in members.items() if k not in (container.MANIFEST, container.SIGNATURE)}
    me = ex.own_identity(receiver)
    assert me is not None
    return container.seal(
        body, sender, bundle_id="test", created_at="2026-01-01T00:00:00+00:00", recipient=me.public, extra=extra
    )


def refused(pair: Pair, data: bytes | Path, expected: type[Exception], name: str, passphrase: str | None = None) -> str:
    """Import `data` into the receiver: refused with exactly `expected`, the receiver's files
    byte-identical and every row as before. Returns the sentence."""
    safe = "".join(ch if ch.isalnum() else "_" for ch in name)
    path = data if isinstance(data, Path) else pair.tmp / f"{safe}.egvb"
    if not isinstance(data, Path):
        path.write_bytes(data)
    before, files = dump(pair.b), file_state(pair.b)
    with pytest.raises(expected) as caught:
        ex.import_bundle(pair.b, path, passphrase)
    assert type(caught.value) is expected
    assert dump(pair.b) == before and file_state(pair.b) == files
    message = str(caught.value)
    assert message and "Traceback" not in message
    return message


# --- samråd: what a setting requires, recorded before signing (app/models/samrad.py) ----------

SAMRAD_DAY = __import__("datetime").date(2026, 11, 1)


def full_samrad(setting, child: bool = False, on=SAMRAD_DAY, **changes):  # type: ignore[no-untyped-def]
    """A complete samråd for a plan in `setting`: the participants the setting requires (one of
    each role), the information to the patient and an accepting decision. `changes` replace
    parts (e.g. participants=(), decision=None) to build an incomplete one."""
    from dataclasses import replace

    from app.models.common import ConsentGiver
    from app.models.plan import required_participants
    from app.models.samrad import Participant, ParticipantRole, PatientDecision, PatientInformation, Samrad

    who = {
        ParticipantRole.PATIENT: ("Patienten själv", ""),
        ParticipantRole.GUARDIAN: ("Eva Nilsson", ""),
        ParticipantRole.SCHOOL_LEADER: ("Rut Rektor", "Hagaskolan"),
        ParticipantRole.UNIT_MANAGER: ("Ulla Chef", "Korttidshemmet Solrosen"),
        ParticipantRole.PERFORMER_UNIT: ("Kim Lind", "Hemtjänst Syd"),
    }
    participants = tuple(Participant(who[r][0], r, who[r][1]) for r in required_participants(setting, child))
    decider = ConsentGiver.GUARDIAN if child else ConsentGiver.PERSON
    samrad = Samrad(
        participants,
        on,
        information=PatientInformation(on, "Jonas Berg", "Vad egenvård innebär och vem som ansvarar för vad"),
        decision=PatientDecision(who[participants[0].role][0], decider, True, on),
    )
    return replace(samrad, **changes)


def with_samrad(ws, plan, on=None):  # type: ignore[no-untyped-def]
    """Record a complete samråd on `plan`'s assessment unless it has one (as the licensed
    professional, whoever acts in the test)."""
    from datetime import date

    from app.services import persons, plans
    from app.services import samrad as samrad_service

    assessment = plans.get_assessment(ws, plan.assessment_id)
    if assessment.samrad is not None:
        return assessment
    child = persons.get(ws, plan.person_id).is_child(on or date.today())
    with acting_as(ws, Who.LICENSED):
        return samrad_service.record_samrad(ws, assessment, full_samrad(plan.setting, child, on or SAMRAD_DAY))


def sign(ws, plan, signature):  # type: ignore[no-untyped-def]
    """The one way tests sign a draft through the services: the samråd the setting requires is
    recorded first (when missing), then `plans.sign_plan`."""
    from app.services import plans

    with_samrad(ws, plan, signature.signed_on)
    return plans.sign_plan(ws, plan, signature)


# --- a plan in a given setting (drafts: signing rules grow in other slices) --------------------


def plan_in_setting(  # type: ignore[no-untyped-def]
    ws: Workspace,
    setting,
    number: str,
    unit: str = "",
    performer: str = "",
    assessor: Practitioner | None = None,
):
    """A person (of `unit`) with a draft plan in `setting`, assessed by `assessor` (default:
    Eva Lind, Region Kronoberg), built through the services."""
    from datetime import date

    from app.models.assessment import Consequence, Hazard, Likelihood, Outcome, RiskAnalysis
    from app.services import persons, plans

    nurse = assessor or Practitioner("Eva Lind", "Distriktssköterska", "Region Kronoberg", "Vårdcentralen Teleborg")
    risk = RiskAnalysis((Hazard("Fel dos", Likelihood.UNLIKELY, Consequence.MODERATE, "Dubbelkontroll"),), "Säkert")
    person = persons.register(ws, "Alva", f"Ek{number[-4:]}", number, unit=unit)
    assessment = plans.assess(ws, person.id, "Läkemedel", nurse, date(2026, 11, 1), risk, Outcome.WITH_HELP)
    return plans.start_plan(ws, assessment, setting, performer=performer, reassessment_on=date(2027, 2, 1))


# --- hand-over of responsibility (issue 10 item 4) ---------------------------------------------

REGION_NURSE = Practitioner(
    "Eva Lund", "Sjuksköterska", "Region Kronoberg", "Barnmedicin", Role.LICENSED, Profession.NURSE
)


def taken_over(ws: Workspace, plan_id: str, on: Any = None, receiver: Practitioner | None = None) -> Any:
    """The `ws` nurse (Anna Berg) takes over responsibility for `plan_id`'s follow-up, by
    agreement, through the service (she records it as the receiver)."""
    from datetime import date

    from app.services import handover

    return handover.hand_over(
        ws, plan_id, receiver or NURSE_PROFILE, on or date(2026, 11, 10), "Telefon 2026-11-09, bekräftat per e-post"
    )


# --- egenvårdsintyg (tests/*/test_intyg*.py) ---------------------------------------------------


def signed_plan_in(ws, setting, number: str = "20120405-9800", unit: str = "Korttidsboendet Lärkan"):  # type: ignore[no-untyped-def]
    """A child with a signed version 1 of a tube-feeding plan in `setting` (an LSS short stay for
    the intyg tests), built through the services like `signed_school_plan`."""
    from datetime import date

    from app.models.assessment import Consequence, Hazard, Likelihood, Outcome, RiskAnalysis
    from app.models.plan import Signature
    from app.services import persons, plans

    risk = RiskAnalysis((Hazard("Sonden lossnar", Likelihood.UNLIKELY, Consequence.MODERATE, "Fixering"),), "Säkert")
    child = persons.register(ws, "Ella", "Holm", number, unit=unit)
    nurse = NURSE_PROFILE
    assessment = plans.assess(ws, child.id, "Sondmatning", nurse, date(2026, 10, 1), risk, Outcome.WITH_HELP)
    draft = plans.start_plan(
        ws,
        assessment,
        setting,
        performer="Personal på korttidsboendet",
        instruction_by="Anna Berg",
        instruction_how="Praktisk genomgång på boendet",
        on_harm="Ring 112 vid andnöd",
        on_change="Kontakta Anna Berg",
        follow_up="Anna Berg följer upp efter en månad",
        reassessment_on=date(2027, 4, 1),
    )
    return sign(ws, draft, Signature("Växjö", date(2026, 10, 2), "Anna Berg", "Distriktssköterska"))


# --- the to-do engine (tests/services/test_todo.py) ---------------------------------------------

# The assessor of `signed_school_plan`, as her own profile: the plan's items are hers.
SCHOOL_PLAN_ASSESSOR = Practitioner(
    "Jonas Berg", "Sjuksköterska", "Region Kronoberg", "Barnmedicin", Role.LICENSED, Profession.NURSE
)


@contextlib.contextmanager
def profile_as(ws: Workspace, profile: Practitioner) -> Iterator[Practitioner]:
    """Any profile for the block (acting_as for a profile outside the role table's columns)."""
    before = ws.repos.settings.get(PROFILE_KEY)
    with ws.store.atomic():
        ws.repos.settings.set(PROFILE_KEY, to_plain(profile))
    try:
        yield profile
    finally:
        with ws.store.atomic():
            ws.repos.settings.set(PROFILE_KEY, before)
