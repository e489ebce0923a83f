"""The egenvårdsintyg as a PDF: rendered, sealed like the plan form, stored beside the plan
version it rests on (`plan_documents`, kind "intyg"), and found again by its fingerprint.

Slow work (ReportLab, RSA): the window calls this on its database worker.
"""

from __future__ import annotations

from datetime import date

from app.errors import UserError
from app.models.audit import Action
from app.models.intyg import Intyg
from app.reports import privacy
from app.reports.intyg import IntygForm, intyg_fingerprint, render_intyg
from app.services import documents, intyg, persons, sealers
from app.services.documents import INTYG, SealedDocument
from app.services.workspace import Workspace


class NoIntyg(UserError):
    sv = "Planen har inget egenvårdsintyg. Utfärda ett först (”egenvard intyg issue PLAN_ID …”)."
    en = "The plan has no egenvårdsintyg. Issue one first (“egenvard intyg issue PLAN_ID …”)."


def latest_for_plan(ws: Workspace, plan_id: str) -> Intyg:
    """The intyg a `pdf intyg PLAN_ID` prints: the one in force today, else the latest issued."""
    found = intyg.current(ws, plan_id) or next(iter(reversed(intyg.for_plan(ws, plan_id))), None)
    if found is None:
        raise NoIntyg()
    return found


def _form(ws: Workspace, record: Intyg, sealed: bool = False) -> IntygForm:
    plan = ws.repos.plans.version(record.plan_id, record.plan_version)
    assert plan is not None  # the foreign key holds it
    profile = ws.profile()
    return IntygForm(
        intyg=record,
        person=persons.get(ws, record.person_id),
        plan=plan,
        organisation=profile.organisation if profile else "",
        sealed=sealed,
        sealed_by=sealers.own_name(ws) if sealed else "",
    )


def _render(form: IntygForm, reveal: bool) -> bytes:
    """Inside the documents' privacy rule: a person with protected identity gets the mark on
    every page, the number masked and no unit, unless the user chose to `reveal` them."""
    with privacy.using(documents.shown(form.person, reveal)):
        return render_intyg(form)


def render_pdf(ws: Workspace, intyg_id: str, reveal: bool = False) -> bytes:
    """The intyg as an unsealed PDF (preview, print); an audited PRINT."""
    record = intyg.get(ws, intyg_id)
    data = _render(_form(ws, record), reveal)
    with ws.write(Action.PRINT, intyg.ENTITY, record.id, record.person_id):
        pass
    return data


def seal(ws: Workspace, intyg_id: str, reveal: bool = False) -> SealedDocument:
    """Render, seal with the organisation's certificate and store with the plan version; an
    audited SIGN. A voided intyg is sealed too (it prints MAKULERAT): what was issued stays provable."""
    record = intyg.get(ws, intyg_id)
    sealer = documents.open_sealer(ws)
    form = _form(ws, record, sealed=True)
    sealed = sealer.seal(
        _render(form, reveal), reason="Egenvårdsintyg", location=form.organisation, contact=form.sealed_by
    )
    return documents.store_sealed(
        ws,
        (record.plan_id, record.plan_version, record.person_id),
        INTYG,
        sealed,
        intyg_fingerprint(record),
        sealer,
        ("intyg_document", record.id),
    )


def sealed_for(ws: Workspace, intyg_id: str) -> SealedDocument | None:
    """The newest sealed PDF of this intyg, if one was made (a logged read)."""
    record = intyg.get(ws, intyg_id)
    return documents.sealed_with_fingerprint(ws, record.plan_id, INTYG, intyg_fingerprint(record))


def issue_sealed(
    ws: Workspace,
    plan_id: str,
    help_needed: str,
    frequency: str,
    judgement: str = "",
    valid_until: date | None = None,
    *,
    sealed: bool = True,
) -> tuple[Intyg, SealedDocument | None]:
    """The window's one job: issue, then seal and store the PDF so it is in the documents tab."""
    record = intyg.issue(ws, plan_id, help_needed, frequency, judgement, valid_until)
    return record, seal(ws, record.id) if sealed else None
