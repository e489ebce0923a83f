"""Test data builders, in one place: persons, assessments, plans in each state, bundles.

New builders go here; test modules import from here (and from conftest fixtures), never from
another test module.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from app.models.common import Practitioner, Profession, Role, to_plain
from app.models.roles import Who
from app.services.workspace import PROFILE_KEY, Workspace


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
    return plans.sign_plan(ws, draft, Signature("Växjö", date(2026, 11, 2), "Jonas Berg", "Sjuksköterska"))


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
