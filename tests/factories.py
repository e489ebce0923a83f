"""Test data builders, in one place: persons, assessments, plans in each state, bundles.

New builders go here; test modules import from here (and from conftest fixtures), never from
another test module (tests/test_architecture.py checks it). Two helper modules sit beside it:
tests/pdfs.py reads PDFs with poppler, tests/ui/helpers.py drives Qt widgets.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import shutil
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pyrage
import pytest
from keyring.backend import KeyringBackend

from app.exchange import container
from app.exchange.identity import OrgIdentity
from app.models.assessment import Consequence, Hazard, Likelihood, Outcome, RiskAnalysis
from app.models.common import Practitioner, Profession, Role, to_plain
from app.models.person import Person
from app.models.plan import Plan, Setting, Signature
from app.models.roles import Who
from app.services import demo
from app.services import exchange as ex
from app.services.workspace import PROFILE_KEY, Workspace, create_workspace

PASSPHRASE = "korrekt häst batteri häftstift"


class MemoryKeyring(KeyringBackend):
    """The one stand-in of the suite: Windows Credential Manager does not exist here
    (installed for every test by the autouse fixture in tests/conftest.py)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.items:
            import keyring.errors

            raise keyring.errors.PasswordDeleteError(username)
        del self.items[(service, username)]


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


def copied_pair(made: Path, keys: tuple[bytes, bytes], tmp: Path) -> Pair:
    """The pair `make_pair(made)` built (closed since), copied file by file into `tmp` and opened
    with its two keys: the same two real databases, without building them again."""
    from app.store.database import open_with_key

    shutil.copytree(made, tmp, dirs_exist_ok=True)
    a = Workspace(open_with_key(tmp / "a" / "a.db", keys[0]))
    b = Workspace(open_with_key(tmp / "b" / "b.db", keys[1]))
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


# --- Uppföljning (issue 12): a small hand-built database whose indicator answers are known ---


@dataclass
class IndicatorWorld:
    """Ids of the records `indicator_world` wrote, for tests to name what they expect."""

    ids: dict[str, str]


def indicator_world(ws: Workspace) -> IndicatorWorld:
    """Three persons, six assessments, three plans (one with two signed versions and a draft),
    reviews, copies, instructions, performances, deviations, disputes, SIP links and decisions,
    each dated on purpose around the period 2026-01-01 – 2026-06-30 with today 2026-07-31.
    The right answers are worked out by hand in tests/services/test_indicators.py."""
    import random
    from datetime import UTC, date, datetime

    from app.models.assessment import Assessment, Consequence, Hazard, Likelihood, Outcome, RiskAnalysis
    from app.models.common import Consent, ConsentGiver
    from app.models.deviation import Deviation, Harm, InformedParty
    from app.models.dispute import Dispute
    from app.models.intyg import Intyg
    from app.models.plan import Plan, PlanStatus, Setting, Signature
    from app.models.records import (
        BistandDecision,
        CopyHandover,
        DecisionResult,
        Instruction,
        Law,
        Performance,
        Recipient,
        SipLink,
    )
    from app.models.review import Review
    from app.models.samrad import Participant, ParticipantRole, PatientDecision, PatientInformation, Samrad
    from app.services import persons

    ws.today = lambda: date(2026, 7, 31)
    rng, taken = random.Random(12), set()
    born = (date(2015, 3, 15), date(1950, 6, 1), date(1941, 9, 9))
    numbers = [demo.synthetic_number(rng, b, False, taken) or "" for b in born]
    p1 = persons.register(ws, "Liam", "Nilsson", numbers[0], unit="Hagaskolan")
    p2 = persons.register(ws, "Greta", "Holm", numbers[1], unit="Hemtjänst Syd")
    p3 = persons.register(ws, "Olof", "Berg", numbers[2], unit="Hemtjänst Syd")
    nurse = Practitioner("Sara Sjö", "Sjuksköterska", "Växjö kommun", profession=Profession.NURSE)
    doctor = Practitioner("Leo Läk", "Läkare", "Region Kronoberg", profession=Profession.PHYSICIAN)
    done = RiskAnalysis((Hazard("Fel dos", Likelihood.POSSIBLE, Consequence.MINOR),), "Säkert med instruktion")
    empty = RiskAnalysis()
    harmful = RiskAnalysis((), "Risk för skada", risk_of_harm=True)
    d = date
    # Samråd (issue 10): the pupil's with a guardian and the school leader, as a school plan
    # requires; Greta's with herself, as a plan at home requires (but her risk analysis is empty).
    told = PatientInformation(d(2026, 2, 1), "Sara Sjö", "Vad egenvård innebär")
    school_samrad = Samrad(
        (
            Participant("Anna Nilsson", ParticipantRole.GUARDIAN),
            Participant("Rut Rektor", ParticipantRole.SCHOOL_LEADER),
        ),
        d(2026, 2, 1),
        information=told,
        decision=PatientDecision("Anna Nilsson", ConsentGiver.GUARDIAN, True, d(2026, 2, 1)),
    )
    home_samrad = Samrad(
        (Participant("Greta Holm", ParticipantRole.PATIENT),),
        d(2026, 3, 1),
        information=told,
        decision=PatientDecision("Greta Holm", ConsentGiver.PERSON, True, d(2026, 3, 1)),
    )
    a1 = Assessment(p1.id, "Insulin", nurse, d(2026, 2, 1), done, Outcome.WITH_HELP, samrad=school_samrad)
    a2 = Assessment(p2.id, "Stödstrumpor", doctor, d(2026, 3, 1), empty, Outcome.SELF, samrad=home_samrad)
    a3 = Assessment(p3.id, "Sondmatning", nurse, d(2026, 4, 1), harmful, Outcome.HEALTH_CARE)
    a4 = Assessment(p3.id, "Sondmatning", doctor, d(2025, 12, 1), empty, Outcome.HEALTH_CARE)
    a5 = Assessment(p2.id, "Ögondroppar", nurse, d(2026, 5, 1), empty, Outcome.HEALTH_CARE)
    a6 = Assessment(p3.id, "Läkemedel", nurse, d(2025, 11, 1), done, Outcome.SELF)

    def sig(on: date) -> Signature:
        return Signature("Växjö", on, "Sara Sjö", "Sjuksköterska")

    pl1 = "11111111-0000-0000-0000-000000000001"
    pl2, pl3 = pl1[:-1] + "2", pl1[:-1] + "3"
    plans = [
        Plan(
            p1.id,
            a1.id,
            setting=Setting.SCHOOL,
            measure="Insulin",
            signature=sig(d(2026, 2, 5)),
            status=PlanStatus.SUPERSEDED,
            version=1,
            id=pl1,
            risk_analysis_done=True,
        ),
        Plan(
            p1.id,
            a1.id,
            setting=Setting.SCHOOL,
            measure="Insulin",
            signature=sig(d(2026, 5, 10)),
            status=PlanStatus.SIGNED,
            version=2,
            id=pl1,
            risk_analysis_done=True,
        ),
        Plan(
            p2.id,
            a2.id,
            setting=Setting.RELATIVE,
            measure="Stödstrumpor",
            signature=sig(d(2026, 3, 5)),
            status=PlanStatus.SIGNED,
            id=pl2,
            risk_analysis_done=True,
        ),
        Plan(
            p3.id,
            a6.id,
            setting=Setting.HOME_CARE,
            measure="Läkemedel",
            signature=sig(d(2025, 11, 10)),
            status=PlanStatus.SIGNED,
            id=pl3,
            risk_analysis_done=True,
        ),
        Plan(p1.id, a1.id, setting=Setting.SCHOOL, measure="Insulin"),  # a draft: counted nowhere
    ]
    consent = Consent("Anna Nilsson", ConsentGiver.GUARDIAN, d(2026, 1, 1))
    copies = [
        CopyHandover(pl1, 1, Recipient.GUARDIAN, "Anna Nilsson", d(2026, 2, 10)),
        CopyHandover(pl1, 1, Recipient.SCHOOL_LEADER, "Rut Rektor", d(2026, 2, 15), consent),
        CopyHandover(pl1, 2, Recipient.GUARDIAN, "Anna Nilsson", d(2026, 5, 11)),
        CopyHandover(pl1, 2, Recipient.SCHOOL_LEADER, "Rut Rektor", d(2026, 6, 1), consent),
        CopyHandover(pl2, 1, Recipient.PERSON, "Greta Holm", d(2026, 3, 19)),
    ]
    reviews = {
        "r1": Review(pl1, d(2026, 3, 1), done_on=d(2026, 2, 28)),
        "r2": Review(pl1, d(2026, 4, 1), done_on=d(2026, 4, 10)),
        "r3": Review(pl2, d(2026, 5, 1)),
        "r4": Review(pl3, d(2026, 6, 20), done_on=d(2026, 7, 5)),
        "r5": Review(pl3, d(2026, 6, 25), cancelled=True),
        "r6": Review(pl2, d(2026, 9, 1)),
        "r7": Review(pl3, d(2026, 1, 10)),
    }
    instructions = [
        Instruction(pl1, "Elevassistent Eva", "Sara Sjö", d(2026, 2, 20)),
        Instruction(pl3, "Ali Hansson", "Sara Sjö", d(2026, 2, 2)),
    ]

    def at(y: int, m: int, day: int, h: int = 8) -> datetime:
        return datetime(y, m, day, h, tzinfo=UTC)

    dev1 = Deviation(
        p1.id,
        at(2026, 3, 2, 10),
        "Hagaskolan",
        "Insulin gavs inte",
        "Eva",
        "Hagaskolan",
        pl1,
        harm=Harm.RISK,
        category="Utebliven insats",
        parties=(InformedParty("Växjö kommun", "MAS", d(2026, 3, 3)),),
        event_analysis="Genomförd",
        event_analysis_on=d(2026, 3, 20),
    )
    dev2 = Deviation(
        p3.id,
        at(2026, 2, 3, 9),
        "Hemma",
        "Fel tablett",
        "Ali",
        "Hemtjänst Syd",
        pl3,
        harm=Harm.HARM,
        category="Läkemedel",
        parties=(InformedParty("Region Kronoberg", "VC"),),
    )
    dev3 = Deviation(p2.id, at(2026, 4, 2), "Hemma", "Strumpor saknades", "Greta", "Växjö kommun", category="Övrigt")
    dev4 = Deviation(p2.id, at(2025, 12, 31), "Hemma", "Före perioden", "Greta", "Växjö kommun", category="Fall")
    performances = [
        Performance(pl1, at(2026, 3, 1), "Eva", True),
        Performance(pl1, at(2026, 3, 2), "Eva", False, "Sjuk", deviation_id=dev1.id),
        Performance(pl3, at(2026, 2, 1), "Ali", True),
        Performance(pl3, at(2026, 2, 3), "Ali", False, "Glömt"),
        Performance(pl2, at(2026, 4, 1), "Greta", False, "Orkade inte"),
        Performance(pl2, at(2026, 7, 5), "Greta", False, "Efter perioden"),
    ]
    disputes = {
        # discussions started after 5, 19 and 9 days; t3 not yet (it is more than 14 days old)
        "t1": Dispute(
            ("Region", "Kommun"),
            "Vem instruerar?",
            d(2026, 1, 5),
            resolved_on=d(2026, 1, 15),
            discussion_started_on=d(2026, 1, 10),
        ),
        "t2": Dispute(
            ("Region", "Kommun"),
            "Vem följer upp?",
            d(2026, 2, 1),
            resolved_on=d(2026, 3, 1),
            discussion_started_on=d(2026, 2, 20),
        ),
        "t3": Dispute(("Region", "Skola"), "Vem signerar?", d(2026, 6, 1), person_id=p1.id),
        "t4": Dispute(
            ("Region", "Kommun"),
            "Vem ringer?",
            d(2026, 5, 1),
            resolved_on=d(2026, 7, 10),
            discussion_started_on=d(2026, 5, 10),
        ),
        "t5": Dispute(("Region", "Kommun"), "Efter perioden", d(2026, 7, 5)),
    }
    sip_consent = Consent("Greta Holm", ConsentGiver.PERSON, d(2026, 5, 1))
    sips = [
        SipLink(p1.id, d(2026, 6, 1), "Samordnare", consent),
        SipLink(p2.id, d(2026, 8, 1), "Samordnare", sip_consent),
    ]
    decisions = [
        BistandDecision(p1.id, Law.SOL, d(2026, 2, 1), "Hans", DecisionResult.GRANTED, d(2026, 2, 10), pl1),
        BistandDecision(p2.id, Law.LSS, d(2026, 3, 1), "Hans", DecisionResult.DENIED, d(2026, 3, 10), pl2),
        BistandDecision(p2.id, Law.SOL, d(2026, 4, 1), "Hans", DecisionResult.GRANTED, d(2026, 4, 10), pl2),
        BistandDecision(p3.id, Law.SFB, d(2026, 4, 1), "Hans"),
        BistandDecision(p3.id, Law.LSS, d(2025, 11, 1), "Hans", DecisionResult.GRANTED, d(2025, 12, 1), pl3),
    ]
    # Egenvårdsintyg: by the nurse in the period, by the physician in it, by the nurse before it.
    intyg = [
        Intyg(p1.id, pl1, 2, "Insulin", "Egenvård med hjälp", "Hjälp vid måltid", "3 gånger per dag", nurse,
              d(2026, 5, 15), d(2027, 5, 1)),
        Intyg(p3.id, pl3, 1, "Läkemedel", "Egenvård", "Påminnelse", "Dagligen", doctor, d(2026, 3, 1), d(2027, 3, 1)),
        Intyg(p3.id, pl3, 1, "Läkemedel", "Egenvård", "Påminnelse", "Dagligen", nurse, d(2025, 12, 1), d(2026, 2, 1)),
    ]  # fmt: skip
    r = ws.repos
    with ws.store.atomic():
        r.assessments.add_many([a1, a2, a3, a4, a5, a6])
        r.plans.add_many(plans)
        r.copies.add_many(copies)
        r.reviews.add_many(reviews.values())
        r.instructions.add_many(instructions)
        r.deviations.add_many([dev1, dev2, dev3, dev4])
        r.performances.add_many(performances)
        r.disputes.add_many(disputes.values())
        r.sip_links.add_many(sips)
        r.decisions.add_many(decisions)
        r.intyg.add_many(intyg)
    ids = {"pl1": pl1, "pl2": pl2, "pl3": pl3, "p1": p1.id, "p2": p2.id, "p3": p3.id}
    ids |= {k: v.id for k, v in reviews.items()} | {k: v.id for k, v in disputes.items()}
    ids |= {"dev1": dev1.id, "dev2": dev2.id, "dev3": dev3.id}
    return IndicatorWorld(ids)


def indicator_municipality(ws: Workspace, organisation: str, self_care: int, at_risk: int) -> IndicatorWorld:
    """`indicator_world` in a municipality of its own name, with `self_care` more assessments
    (egenvård) and `at_risk` more that became health care because of risk, all in March–April
    2026: enough for some figures to pass the small-count rule."""
    from dataclasses import replace
    from datetime import date

    from app.models.assessment import Assessment, Outcome, RiskAnalysis

    built = indicator_world(ws)
    with ws.store.atomic():
        ws.repos.settings.set(PROFILE_KEY, to_plain(replace(NURSE_PROFILE, organisation=organisation)))
    nurse = Practitioner("Sara Sjö", "Sjuksköterska", organisation, profession=Profession.NURSE)
    risky = RiskAnalysis((), "Risk för skada", risk_of_harm=True)
    extra = [
        Assessment(built.ids["p1"], f"Insats {i}", nurse, date(2026, 3, 15), RiskAnalysis(), Outcome.SELF)
        for i in range(self_care)
    ]
    extra += [
        Assessment(built.ids["p2"], f"Risk {i}", nurse, date(2026, 4, 15), risky, Outcome.HEALTH_CARE)
        for i in range(at_risk)
    ]
    with ws.store.atomic():
        ws.repos.assessments.add_many(extra)
    return built


def run_cli(capsys: Any, *argv: str) -> tuple[int, str, str]:
    """The command line as a user runs it: exit code, stdout, stderr (a usage error or
    --version exits through SystemExit, whose code is the exit code)."""
    from app.cli import main

    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# --- the GUI tests' nurse, people and plans (tests/ui/) ----------------------------------------

ME = Practitioner("Eva Lind", "Distriktssköterska", "Region Kronoberg", "Vårdcentralen Teleborg", Role.NURSE)


class Answers:
    """What the modal questions asked and told (the `answers` fixture in tests/ui/conftest.py
    answers them instead of a user)."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.informed: list[str] = []
        self.errors: list[str] = []
        self.defaults: list[bool] = []  # per question: True when Enter answers "Ja"
        self.yes = True
        self.text: str | None = "Fel person"


def wait(controller_or_db: Any) -> None:
    """Until the database worker (of a controller, or the worker itself) has answered all it was asked."""
    db = getattr(controller_or_db, "db", controller_or_db)
    assert db.wait_idle(20000)


def signed_plan(ws: Workspace, person_id: str, review_in_days: int = 20, setting: Any = None) -> Any:
    """A signed insulin plan (home care unless `setting`) by ME, due for review in `review_in_days`."""
    from datetime import date, timedelta

    from app.models.assessment import Consequence, Hazard, Likelihood, Outcome, RiskAnalysis
    from app.models.plan import Setting, Signature
    from app.services import plans

    today = date.today()
    risk = RiskAnalysis((Hazard("Fel dos", Likelihood.UNLIKELY, Consequence.MODERATE, "Dubbelkontroll"),), "Säkert")
    a = plans.assess(ws, person_id, "Insulininjektion", ME, today - timedelta(days=5), risk, Outcome.WITH_HELP)
    plan = plans.start_plan(
        ws,
        a,
        setting or Setting.HOME_CARE,
        performer="Hemtjänst Norr",
        instruction_by="Eva Lind",
        instruction_how="Visning",
        on_harm="Ring 112",
        on_change="Ring sjuksköterskan",
        follow_up="Var tredje månad",
        reassessment_on=today + timedelta(days=review_in_days),
    )
    signed_on = min(today - timedelta(days=1), plan.reassessment_on - timedelta(days=30))
    return sign(ws, plan, Signature("Växjö", signed_on, ME.name, ME.title))


def number(n: int, year: int = 1950) -> str:
    """The n-th valid personnummer in the test series (serials 980–999) of a birth year."""
    from personnummer import personnummer as pnr

    found = 0
    for month in range(1, 13):
        for day in range(1, 29):
            for serial in range(980, 1000):
                for check in range(10):
                    cand = f"{year}{month:02d}{day:02d}{serial}{check}"
                    if pnr.valid(cand):
                        if found == n:
                            return cand
                        found += 1
                        break
    raise AssertionError("no number")


def person(
    ws: Workspace, number: str = "19121212-1212", given: str = "Tolvan", family: str = "Tolvansson", **kw: Any
) -> Any:
    from app.services import persons

    return persons.register(ws, given, family, number, **kw)


# --- the document tests' pupil at Ängsskolan and her plans (tests/reports/) -------------------
# Personnummer use serials 980–999 (Skatteverket's range for test numbers).

DOC_NURSE = Practitioner(
    "Karin Ström",
    "Diabetessjuksköterska",
    "Region Kronoberg",
    "Barnkliniken",
)
DOC_RISK = RiskAnalysis(
    (Hazard("Hypoglykemi under lektion", Likelihood.POSSIBLE, Consequence.SERIOUS, "Druvsocker i klassrummet"),),
    "Kan utföras säkert av instruerad elevassistent.",
)
DOC_POINTS = dict(
    performer="Elevassistent Åke Lindqvist på Ängsskolan",
    instruction_by="Diabetessjuksköterska Karin Ström, barnkliniken Växjö",
    instruction_how="Praktisk genomgång på skolan vid terminsstart; skriftlig instruktion förvaras i elevakten.",
    on_harm="Ge druvsocker vid lågt blodsocker. Ring 112 vid medvetslöshet. Kontakta vårdnadshavare och Karin Ström.",
    on_change="Kontakta Karin Ström om eleven får nya läkemedel eller om rutinen inte fungerar på skolan.",
    follow_up="Karin Ström följer upp vid varje terminsstart tillsammans med rektor och vårdnadshavare.",
    reassessment_on=date(2027, 8, 20),
)
DOC_SIGNATURE = Signature("Växjö", date(2026, 8, 20), "Karin Ström", "Diabetessjuksköterska")


@dataclass(frozen=True)
class Case:
    person: Person
    plan: Plan  # signed
    draft: Plan


def make_signed(ws: Workspace, person_id: str, **overrides: object) -> Plan:
    """The pupil's insulin plan at school, signed by Karin Ström (`overrides` change its points)."""
    from app.services import plans

    assessment = plans.assess(
        ws,
        person_id,
        "Blodsockerkontroll och insulininjektion",
        DOC_NURSE,
        date(2026, 8, 18),
        DOC_RISK,
        Outcome.WITH_HELP,
    )
    draft = plans.start_plan(ws, assessment, Setting.SCHOOL)
    draft = plans.edit_plan(ws, draft, **{**DOC_POINTS, **overrides})
    return sign(ws, draft, DOC_SIGNATURE)


# --- the routine through the services (tests/services/test_workflow.py, test_audit_trail.py) ---

ROUTINE_NURSE = Practitioner("Jonas Berg", "Sjuksköterska", "Region Kronoberg", "Barnmedicin")
ROUTINE_RISK = RiskAnalysis(
    (Hazard("Hypoglykemi", Likelihood.POSSIBLE, Consequence.SERIOUS, "Druvsocker i klassrummet"),),
    "Kan utföras säkert av instruerad elevassistent",
)
ROUTINE_POINTS = dict(
    performer="Elevassistent på Hagaskolan",
    instruction_by="Jonas Berg, sjuksköterska",
    instruction_how="Praktisk genomgång och skriftlig instruktion",
    on_harm="Ge druvsocker, ring 112 vid medvetslöshet",
    on_change="Kontakta Jonas Berg",
    follow_up="Jonas Berg vid terminsstart",
    reassessment_on=date(2027, 2, 1),
)
ROUTINE_SIGNATURE = Signature("Växjö", date(2026, 11, 2), "Jonas Berg", "Sjuksköterska")


# --- an organisation's seal certificate (tests/reports/test_seal.py, tests/cli/test_cli_pdf.py) -----------


def issued_p12(password: bytes, days: int = 365) -> bytes:
    """A PKCS#12 as an organisation would issue it: a CA-signed ECDSA certificate."""
    from datetime import UTC, datetime, timedelta

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Testregionens CA")])
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(
            x509.Name(
                [
                    x509.NameAttribute(NameOID.COMMON_NAME, "Jonas Berg"),
                    x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Region Test"),
                ]
            )
        )
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=2))
        .not_valid_after(now + timedelta(days=days))
        .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    return pkcs12.serialize_key_and_certificates(
        b"jonas", key, cert, None, serialization.BestAvailableEncryption(password)
    )
