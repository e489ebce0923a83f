"""Render every document kind, short and long, and keep pictures of their pages in docs/documents/.

    PYTHONPATH=$PWD python tools/document_pictures.py [OUT_DIR]

Synthetic people only (Skatteverket's test-number series). Needs poppler's pdftoppm.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from app.models.assessment import Consequence, Hazard, Likelihood, Outcome, RiskAnalysis
from app.models.common import Practitioner
from app.models.person import Contact, Guardian
from app.models.plan import Setting, Signature
from app.models.records import Recipient
from app.services import cases, documents, persons, plans, samrad
from app.services.demo_samrad import samrad_for
from app.services.workspace import create_workspace

NURSE = Practitioner("Karin Ström", "Diabetessjuksköterska", "Region Kronoberg", "Barnkliniken")
RISK = RiskAnalysis((Hazard("Hypoglykemi", Likelihood.POSSIBLE, Consequence.SERIOUS, "Druvsocker"),), "Säkert")
LONG = "Mät blodsockret, ge druvsocker, mät igen efter femton minuter och ring vårdnadshavaren. " * 45


def _plan(ws, person_id: str, long: bool = False):  # type: ignore[no-untyped-def]
    text = LONG if long else "Ge druvsocker vid lågt blodsocker. Ring 112 vid medvetslöshet."
    # Dates around today, as a plan made now has them: the form prints "upprättad" (the day the
    # version was made), which must not come after the day it was signed or handed over.
    today = date.today()
    assessed = today - timedelta(days=2)
    assessment = plans.assess(ws, person_id, "Insulininjektion", NURSE, assessed, RISK, Outcome.WITH_HELP)
    person = persons.get(ws, person_id)  # samråd before signing, as the school setting requires
    unit = person.unit or "Ängsskolan"
    assessment = samrad.record_samrad(ws, assessment, samrad_for(person, Setting.SCHOOL, unit, NURSE, assessed))
    draft = plans.start_plan(
        ws,
        assessment,
        Setting.SCHOOL,
        performer="Elevassistent på skolan",
        instruction_by="Karin Ström, barnkliniken",
        instruction_how="Praktisk genomgång vid terminsstart.",
        on_harm=text,
        on_change=text if long else "Kontakta Karin Ström.",
        follow_up="Vid varje terminsstart.",
        reassessment_on=today + timedelta(days=365),
    )
    signed = plans.sign_plan(ws, draft, Signature("Växjö", today, "Karin Ström", "Sjuksköterska"))
    plans.hand_over_copy(ws, signed, Recipient.GUARDIAN, "Örjan Öberg", today)
    return plans.get_plan(ws, signed.id)


def render_all(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    ws, _code = create_workspace(tmp / "bilder.db", "korrekt häst batteri häftklammer")
    ws.set_profile(NURSE)
    pupil = persons.register(
        ws,
        "Łucja",
        "Wiśniewska-Żółć",
        "20150315-9806",
        unit="Ängsskolan",
        guardians=(Guardian("Örjan Öberg", "070-123 45 67"),),
        contacts=(Contact("Ζωή Παπαδοπούλου", "mormor", "0470-55 66 77"),),
    )
    hidden = persons.register(ws, "Людмила", "Кузнецова", "20160412-9823", protected_identity=True, unit="Solrosen")
    short, long = _plan(ws, pupil.id), _plan(ws, pupil.id, long=True)
    secret = _plan(ws, hidden.id)
    deviation = cases.report_deviation(
        ws,
        pupil.id,
        datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(minutes=1),  # after the signing
        "Ängsskolan",
        "Dosen gavs inte.",
        "Rektor",
        plan_id=short.id,
    )
    docs = {
        "plan": documents.render_plan_pdf(ws, short.id),
        "plan-long": documents.render_plan_pdf(ws, long.id),
        "plan-sealed": documents.seal_plan(ws, short.id).pdf,
        "plan-protected": documents.render_plan_pdf(ws, secret.id),
        "card": documents.render_card_pdf(ws, short.id),
        "card-long": documents.render_card_pdf(ws, long.id),
        "card-protected": documents.render_card_pdf(ws, secret.id),
        "summary": documents.render_summary_pdf(ws, pupil.id),
        "deviation": documents.render_deviation_pdf(ws, deviation.id),
        "blank": documents.render_blank_pdf("Växjö kommun"),
    }
    pictures = []
    for name, data in docs.items():
        pdf = tmp / f"{name}.pdf"
        pdf.write_bytes(data)
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(out / name)], check=True)
    pictures = sorted(out.glob("*.png"))
    ws.close()
    return pictures


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "documents"
    for picture in render_all(target):
        print(picture)
