"""Use cases for documents: plan forms, sealing, stored sealed PDFs, the other reports, and a
batch for many plans.

Everything here may take a while (ReportLab, RSA): the UI calls it on its database worker
thread, never on the GUI thread. Every document about a person is an audited PRINT; sealing
is an audited SIGN.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.errors import NotFound, UserError, ValidationError
from app.models.audit import Action
from app.models.common import Practitioner
from app.models.handover import Handover
from app.models.person import Person
from app.models.plan import Plan, PlanStatus
from app.models.roles import UseCase
from app.reports import fingerprint, plan_job, privacy, seal
from app.reports.deviation_report import DeviationReport, render_deviation
from app.reports.emergency_card import EmergencyCard, render_card
from app.reports.plan_form import PlanForm, check_printable_as_signed, render_blank, render_plan
from app.reports.summary import PersonSummary, PlanHistory, render_summary
from app.services import cases, handover, intyg, persons, plans, sealers
from app.services.workspace import Workspace
from app.store.atomic import write_atomic
from app.store.documents import Credentials, Documents, StoredCredential, StoredDocument

SEALED_PLAN = "sealed_plan"
INTYG = "intyg"  # the kind of a sealed egenvårdsintyg (app/services/intyg_documents.py)
# The record types the desktop client gets from these use cases (it stays above reports and store).
CertificateInfo = seal.CertificateInfo
SealCheck = seal.SealCheck
SealState = seal.SealState
ChangeKind = seal.ChangeKind


@dataclass(frozen=True)
class SealedDocument:
    """A sealed plan PDF as the window and the command line see it; `pdf` is empty in a
    listing. (The store's row type stays in the store.)"""

    id: str
    plan_id: str
    plan_version: int
    person_id: str
    sha256: str  # of the PDF bytes
    fingerprint: str  # the plan content fingerprint printed in the footer
    signer: str
    certificate_sha256: str
    created_at: datetime
    pdf: bytes = b""
    size: int = 0
    kind: str = SEALED_PLAN  # or INTYG: an egenvårdsintyg sealed on this plan version


def _sealed(doc: StoredDocument) -> SealedDocument:
    return SealedDocument(
        doc.id,
        doc.plan_id,
        doc.plan_version,
        doc.person_id,
        doc.sha256,
        doc.fingerprint,
        doc.signer,
        doc.certificate_sha256,
        doc.created_at,
        doc.pdf,
        doc.size,
        doc.kind,
    )


def store_sealed(
    ws: Workspace,
    plan: tuple[str, int, str],
    kind: str,
    sealed: bytes,
    fingerprint_: str,
    sealer: seal.Sealer,
    audit: tuple[str, str],
) -> SealedDocument:
    """Store a sealed PDF beside a plan version, `plan` = (plan id, version, person id), with
    an audited SIGN on `audit` = (entity, id): another kind of document than the plan form
    (an egenvårdsintyg, app/services/intyg_documents.py) is kept the same way."""
    plan_id, version, person_id = plan
    doc = StoredDocument(
        plan_id=plan_id,
        plan_version=version,
        person_id=person_id,
        kind=kind,
        sha256=hashlib.sha256(sealed).hexdigest(),
        fingerprint=fingerprint_,
        signer=sealer.certificate.subject,
        certificate_sha256=sealer.certificate.sha256,
        pdf=sealed,
        size=len(sealed),
    )
    with ws.write(Action.SIGN, audit[0], audit[1], person_id):
        Documents(ws.store).add(doc)
    return _sealed(doc)


def sealed_with_fingerprint(ws: Workspace, plan_id: str, kind: str, fingerprint_: str) -> SealedDocument | None:
    """The newest stored PDF of a kind with this content fingerprint (a logged read)."""
    doc = Documents(ws.store).latest_with_fingerprint(plan_id, kind, fingerprint_)
    if doc is None:
        return None
    ws.log_read("plan_document", doc.id, doc.person_id)
    return _sealed(doc)


class AmbiguousId(UserError):
    sv = "Flera poster börjar med ”{prefix}”; skriv fler tecken av id:t."
    en = "Several records start with “{prefix}”; type more characters of the id."


class NoProfile(UserError):
    sv = "Ingen användarprofil: ange ditt namn och din organisation innan du förseglar dokument."
    en = "No user profile: enter your name and organisation before sealing documents."


class NoSealedDocument(UserError):
    sv = "Det finns ingen förseglad PDF för version {version} av planen."
    en = "There is no sealed PDF for version {version} of the plan."


def resolve(ws: Workspace, table: str, prefix: str, what_sv: str, what_en: str) -> str:
    """A full id from a unique prefix of it (like a git hash)."""
    repo = getattr(ws.repos, table)
    found = repo.resolve_prefix(prefix)
    if not found:
        raise NotFound(what_sv=what_sv, what_en=what_en, ident=prefix)
    if len(found) > 1:
        raise AmbiguousId(prefix=prefix)
    return found[0]


def _organisation(ws: Workspace) -> str:
    profile = ws.profile()
    return profile.organisation if profile else ""


def _plan_version(ws: Workspace, plan_id: str, version: int | None) -> Plan:
    if version is None:
        return plans.get_plan(ws, plan_id)
    found = ws.repos.plans.version(plan_id, version)
    if found is None:
        raise NotFound(what_sv="planversion", what_en="plan version", ident=f"{plan_id} v{version}")
    return found


def shown(person: Person, reveal: bool = False) -> privacy.Privacy:
    """What a document about `person` may show: for protected identity the mark on every page,
    the personnummer without its last four digits and no school or unit, unless `reveal` (the
    user chose to print them). Render inside `with privacy.using(shown(person, reveal)):`."""
    return privacy.Privacy.of(person, reveal)


def is_protected(ws: Workspace, person_id: str) -> bool:
    """Asked before printing (the CLI warns, the window offers the choice)."""
    return persons.get(ws, person_id).protected_identity


def plan_is_protected(ws: Workspace, plan_id: str) -> bool:
    plan = ws.repos.plans.current(plan_id)
    return plan is not None and is_protected(ws, plan.person_id)


def deviation_is_protected(ws: Workspace, deviation_id: str) -> bool:
    return is_protected(ws, cases.get_deviation(ws, deviation_id).person_id)


# --- the plan form -------------------------------------------------------------------------


def plan_form(
    ws: Workspace,
    plan: Plan,
    *,
    signer_image: bytes | None = None,
    person_image: bytes | None = None,
    sealed: bool = False,
) -> PlanForm:
    """Gather what the form prints: the person, the assessor and the copies of this version."""
    person = persons.get(ws, plan.person_id)
    assessment = ws.repos.assessments.get(plan.assessment_id)
    copies = ws.repos.copies.for_plan_version(plan.id, plan.version)
    taken_over = ws.repos.handovers.latest(plan.id)
    return PlanForm(
        plan=plan,
        person=person,
        organisation=_organisation(ws),
        assessor=assessment.assessor if assessment else None,
        assessed_on=assessment.assessed_on if assessment else None,
        copies=tuple(copies),
        signer_image=signer_image,
        person_image=person_image,
        sealed=sealed,
        samrad=assessment.samrad if assessment else None,
        taken_over=taken_over if taken_over is not None and _after_signing(plan, taken_over) else None,
        staff_must_wait=intyg.staff_must_wait(ws, plan),
    )


def _after_signing(plan: Plan, taken_over: Handover) -> bool:
    """A version signed after the hand-over names its own follow-up in point 6: the line is
    for the versions it came after (a draft prints it too: it is who is responsible today)."""
    return plan.signature is None or taken_over.handed_on >= plan.signature.signed_on


def render_plan_pdf(
    ws: Workspace,
    plan_id: str,
    version: int | None = None,
    *,
    as_signed: bool | None = None,
    signer_image: bytes | None = None,
    person_image: bytes | None = None,
    reveal: bool = False,
) -> bytes:
    """The plan form as PDF: a draft prints as UTKAST, a signed version as signed. `reveal`:
    print a protected person's full number and unit (see `shown`)."""
    plan = _plan_version(ws, plan_id, version)
    form = plan_form(ws, plan, signer_image=signer_image, person_image=person_image)
    with privacy.using(shown(form.person, reveal)):
        data = render_plan(form, as_signed=as_signed)
    with ws.write(Action.PRINT, "plan", plan.id, plan.person_id):
        pass
    return data


# --- sealing certificates ------------------------------------------------------------------


def _credential_password(ws: Workspace) -> bytes:
    """The PKCS#12 password, derived from the database key: the credential opens only with this
    database unlocked, and no second secret has to be typed or stored anywhere."""
    key = bytes.fromhex(ws.store.key_hex)
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"egenvard seal pkcs12 v1")
    return hkdf.derive(key).hex().encode()


def _store_credential(ws: Workspace, pkcs12_bytes: bytes) -> seal.CertificateInfo:
    info = seal.describe(pkcs12_bytes, _credential_password(ws))
    record = StoredCredential(
        subject=info.subject,
        organisation=info.organisation,
        certificate_sha256=info.sha256,
        not_after=info.not_after,
        self_signed=info.self_signed,
        pkcs12=pkcs12_bytes,
    )
    with ws.write(Action.KEY_CHANGE, "seal_credential", record.id):
        Credentials(ws.store).add(record)
    return info


def create_credential(ws: Workspace, practitioner: Practitioner | None = None) -> seal.CertificateInfo:
    """A new self-signed sealing certificate for the user (done at first start)."""
    if Credentials(ws.store).active() is not None:  # first start makes one for any role; replacing it is not
        ws.require(UseCase.SEAL_CERTIFICATE)
    who = practitioner or ws.profile()
    if who is None:
        raise NoProfile()
    p12 = seal.create_self_signed(who.name, who.organisation, who.title, _credential_password(ws))
    return _store_credential(ws, p12)


def import_credential(ws: Workspace, pkcs12_bytes: bytes, password: str) -> seal.CertificateInfo:
    """Use a certificate issued by the organisation (a .p12/.pfx file) from now on."""
    ws.require(UseCase.SEAL_CERTIFICATE)
    p12 = seal.import_pkcs12(pkcs12_bytes, password.encode("utf-8"), _credential_password(ws))
    return _store_credential(ws, p12)


def credential(ws: Workspace) -> seal.CertificateInfo | None:
    active = Credentials(ws.store).active()
    return seal.describe(active.pkcs12, _credential_password(ws)) if active else None


def sealing_as(ws: Workspace) -> tuple[seal.CertificateInfo | None, str]:
    """The certificate a seal would be made with, and the organisation a verify will name."""
    return credential(ws), sealers.own_name(ws)


def certificate_der(ws: Workspace) -> bytes:
    """Our active sealing certificate (DER) for the identity file partners get; made on first
    use when there is a profile to name it, else empty (the file then carries none)."""
    active = Credentials(ws.store).active()
    if active is None:
        if ws.profile() is None:
            return b""
        create_credential(ws)
        active = Credentials(ws.store).active()
        assert active is not None
    return seal.certificate_der(active.pkcs12, _credential_password(ws))


def open_sealer(ws: Workspace) -> seal.Sealer:
    """The sealer for the active certificate, creating a self-signed one on first use."""
    active = Credentials(ws.store).active()
    if active is None:
        create_credential(ws)
        active = Credentials(ws.store).active()
        assert active is not None
    return seal.Sealer(active.pkcs12, _credential_password(ws))


def sealing_key(ws: Workspace) -> tuple[bytes, bytes]:
    """The active credential and its password, for the processes of a batch (`plan_batch`):
    handed to them in memory when they start; never written anywhere, never logged."""
    open_sealer(ws)  # made on first use, as for any seal
    active = Credentials(ws.store).active()
    assert active is not None
    return active.pkcs12, _credential_password(ws)


# --- sealed plan PDFs ----------------------------------------------------------------------


def sealing_job(
    ws: Workspace,
    sealer: seal.Sealer,
    plan: Plan,
    signer_image: bytes | None = None,
    person_image: bytes | None = None,
    reveal: bool = False,
) -> plan_job.PlanJob:
    """What sealing a signed plan version makes: the form as signed, with the seal's texts
    (rendered and sealed here by `_seal_and_store`, or by a batch's processes)."""
    check_printable_as_signed(plan)
    form = plan_form(ws, plan, signer_image=signer_image, person_image=person_image, sealed=True)
    form = dataclasses.replace(
        form, sealed_by=sealers.own_name(ws), seal_certificate=sealer.certificate.short_fingerprint
    )
    sig = plan.signature
    assert sig is not None  # checked above
    texts = plan_job.SealTexts(f"Egenvårdsplan version {plan.version}", sig.place, form.sealed_by)
    return plan_job.PlanJob(form, shown(form.person, reveal), as_signed=True, seal=texts)


def store_sealed_plan(ws: Workspace, sealer: seal.Sealer, plan: Plan, sealed: bytes) -> SealedDocument:
    """Keep a sealed plan PDF with its version, in one audited SIGN."""
    doc = StoredDocument(
        plan_id=plan.id,
        plan_version=plan.version,
        person_id=plan.person_id,
        kind=SEALED_PLAN,
        sha256=hashlib.sha256(sealed).hexdigest(),
        fingerprint=fingerprint.short(plan),
        signer=sealer.certificate.subject,
        certificate_sha256=sealer.certificate.sha256,
        pdf=sealed,
        size=len(sealed),
    )
    with ws.write(Action.SIGN, "plan_document", plan.id, plan.person_id):
        Documents(ws.store).add(doc)
    return _sealed(doc)


def _seal_and_store(
    ws: Workspace,
    sealer: seal.Sealer,
    plan: Plan,
    signer_image: bytes | None,
    person_image: bytes | None,
    reveal: bool = False,
) -> SealedDocument:
    job = sealing_job(ws, sealer, plan, signer_image, person_image, reveal)
    return store_sealed_plan(ws, sealer, plan, plan_job.run(job, sealer))


def check_sealable(ws: Workspace, plan_id: str, version: int | None = None) -> Plan:
    """The plan version to seal, or the reason it cannot be sealed: a draft, or a missing point.

    Separate from `seal_plan` so the UI can say so before anyone draws a signature.
    """
    plan = _plan_version(ws, plan_id, version)
    if plan.status is PlanStatus.DRAFT:
        raise ValidationError(
            "Planen är ett utkast. Signera planen innan den förseglas.",
            "The plan is a draft. Sign the plan before sealing it.",
            "status",
        )
    if plan.status is PlanStatus.VOIDED:
        # A sealed copy is what the person and the performers act on: a voided version must
        # not get a new one. Its earlier sealed PDFs stay stored, as everything does.
        raise ValidationError(
            f"Planversion {plan.version} är makulerad ({plan.void_reason}) och förseglas inte.",
            f"Plan version {plan.version} is voided ({plan.void_reason}) and is not sealed.",
            "status",
        )
    check_printable_as_signed(plan)
    return plan


def seal_plan(
    ws: Workspace,
    plan_id: str,
    version: int | None = None,
    *,
    signer_image: bytes | None = None,
    person_image: bytes | None = None,
    reveal: bool = False,
) -> SealedDocument:
    """Render the signed plan, seal it with the user's certificate and store it with its version.

    Refused for a draft or a plan with a missing point: only a signed, complete plan is sealed.
    """
    plan = check_sealable(ws, plan_id, version)
    return _seal_and_store(ws, open_sealer(ws), plan, signer_image, person_image, reveal)


def sealed_pdf(ws: Workspace, plan_id: str, version: int | None = None) -> SealedDocument:
    """The newest sealed PDF of a plan version (the current version by default). A logged read."""
    plan = _plan_version(ws, plan_id, version)
    doc = Documents(ws.store).latest(plan.id, plan.version)
    if doc is None:
        raise NoSealedDocument(version=plan.version)
    ws.log_read("plan_document", doc.id, plan.person_id)
    return _sealed(doc)


def sealed_documents(ws: Workspace, plan_id: str) -> list[SealedDocument]:
    """Listing (no bytes) of every sealed PDF of a plan, newest first."""
    return [_sealed(d) for d in Documents(ws.store).listing(plan_id)]


def stored_pdf(ws: Workspace, document_id: str) -> SealedDocument:
    """One stored sealed PDF by its id (an older seal of a version too, not only the newest).
    A logged read."""
    doc = Documents(ws.store).get(document_id)
    if doc is None:
        raise NotFound(what_sv="förseglad PDF", what_en="sealed PDF", ident=document_id[:8])
    ws.log_read("plan_document", doc.id, doc.person_id)
    return _sealed(doc)


def open_sealed(ws: Workspace, document_id: str) -> tuple[SealedDocument, SealCheck]:
    """A stored sealed PDF and what `verify` says of it (intact, and by a known sealer?)."""
    doc = stored_pdf(ws, document_id)
    return doc, sealers.check(ws, doc.pdf)


def check_pdf(ws: Workspace, pdf: bytes) -> SealCheck:
    """What `verify` says of PDF bytes already at hand (e.g. just sealed)."""
    return sealers.check(ws, pdf)


def verify_file(ws: Workspace | None, path: Path) -> SealCheck:
    """`verify` of a PDF on disk: the window's "Kontrollera PDF…" and the command line."""
    return sealers.check(ws, read_pdf(path))


class FileMissing(UserError):
    sv = "Filen finns inte: {path}"
    en = "The file does not exist: {path}"


class CannotRead(UserError):
    sv = "Kan inte läsa filen {path}."
    en = "Cannot read the file {path}."


class TooLarge(UserError):
    sv = "Filen {path} är större än {limit} MB och kontrolleras inte."
    en = "The file {path} is larger than {limit} MB and is not checked."


MAX_VERIFY_MB = 200


def read_pdf(path: Path) -> bytes:
    """The bytes of a file to verify, or a clear sentence (missing, unreadable, too large)."""
    try:
        if Path(path).stat().st_size > MAX_VERIFY_MB * 1024 * 1024:
            raise TooLarge(path=path, limit=MAX_VERIFY_MB)
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise FileMissing(path=path) from None
    except OSError:
        raise CannotRead(path=path) from None


# --- the other documents -------------------------------------------------------------------


def render_deviation_pdf(ws: Workspace, deviation_id: str, *, reveal: bool = False) -> bytes:
    deviation = cases.get_deviation(ws, deviation_id)
    person = persons.get(ws, deviation.person_id)
    plan = ws.repos.plans.current(deviation.plan_id) if deviation.plan_id else None
    with privacy.using(shown(person, reveal)):
        data = render_deviation(DeviationReport(deviation, person, plan, _organisation(ws)))
    with ws.write(Action.PRINT, "deviation", deviation.id, person.id):
        pass
    return data


def render_summary_pdf(ws: Workspace, person_id: str, *, reveal: bool = False) -> bytes:
    person = persons.get(ws, person_id)
    histories = []
    for current in plans.plans_for_person(ws, person_id):
        who = handover.responsibility(ws, current.id)
        histories.append(
            PlanHistory(
                versions=tuple(plans.plan_history(ws, current.id)),
                reviews=tuple(ws.repos.reviews.for_plan(current.id)),
                copies=tuple(ws.repos.copies.for_plan(current.id)),
                instructions=tuple(ws.repos.instructions.for_plan(current.id)),
                handovers=who.handovers,
                responsible=who.now,
            )
        )
    summary = PersonSummary(
        person=person,
        today=ws.today(),
        plans=tuple(histories),
        assessments=tuple(ws.repos.assessments.for_person(person_id)),
        deviations=tuple(ws.repos.deviations.for_person(person_id)),
        organisation=_organisation(ws),
    )
    with privacy.using(shown(person, reveal)):
        data = render_summary(summary)
    with ws.write(Action.PRINT, "person_summary", person.id, person.id):
        pass
    return data


def render_card_pdf(ws: Workspace, plan_id: str, version: int | None = None, *, reveal: bool = False) -> bytes:
    plan = _plan_version(ws, plan_id, version)
    person = persons.get(ws, plan.person_id)
    assessment = ws.repos.assessments.get(plan.assessment_id)
    card = EmergencyCard(plan, person, assessment.assessor if assessment else None, _organisation(ws))
    with privacy.using(shown(person, reveal)):
        data = render_card(card)
    with ws.write(Action.PRINT, "emergency_card", plan.id, plan.person_id):
        pass
    return data


def render_blank_pdf(organisation: str = "") -> bytes:
    """The empty form for the paper fallback; needs no database."""
    return render_blank(organisation)


def batch_file_name(plan: Plan) -> str:
    """No names or personnummer in file names: folders get listed, synced and e-mailed."""
    return f"egenvardsplan-{plan.id[:8]}-v{plan.version}.pdf"


class CannotWrite(UserError):
    sv = "Kunde inte skriva filen {path}: kontrollera att mappen finns och att du får skriva där."
    en = "Could not write the file {path}: check that the folder exists and is writable."


def write_pdf(path: Path, data: bytes) -> Path:
    """Write a PDF crash-safely (temp file, fsync, rename): never a half-written file."""
    try:
        write_atomic(Path(path), data)
    except OSError:
        raise CannotWrite(path=path) from None
    return Path(path)
