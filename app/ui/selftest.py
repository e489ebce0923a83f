"""`egenvard --self-test`: the installer's smoke test. Offscreen, a fresh temporary database, a
person and a signed plan made through the services, then the main window and every view."""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path


def _exercise(tmp: Path) -> None:
    from app.models.assessment import Consequence, Hazard, Likelihood, Outcome, RiskAnalysis
    from app.models.common import ConsentGiver, Practitioner, Role
    from app.models.plan import Setting, Signature
    from app.models.samrad import Participant, ParticipantRole, PatientDecision, PatientInformation, Samrad
    from app.services import persons, plans
    from app.services.workspace import create_workspace
    from app.ui.app import Controller, make_app
    from app.ui.worker import Database

    app = make_app()
    db_path = tmp / "selftest.db"
    ws, _code = create_workspace(db_path, "självtest lösenfras 2026")
    me = Practitioner("Test Testsson", "Sjuksköterska", "Testkommunen", "Enhet Test", Role.NURSE)
    ws.set_profile(me)
    person = persons.register(ws, "Testa", "Testsson", "19121212-1212")
    risk = RiskAnalysis((Hazard("Fel dos", Likelihood.UNLIKELY, Consequence.MODERATE, "Dubbelkontroll"),), "Säkert")
    today = date.today()
    samrad = Samrad(
        (
            Participant("Testa Testsson", ParticipantRole.PATIENT),
            Participant("Hemtjänst", ParticipantRole.PERFORMER_UNIT),
        ),
        today,
        information=PatientInformation(today, me.name, "Vad egenvård innebär"),
        decision=PatientDecision("Testa Testsson", ConsentGiver.PERSON, True, today),
    )
    assessment = plans.assess(ws, person.id, "Insulininjektion", me, today, risk, Outcome.WITH_HELP, samrad=samrad)
    plan = plans.start_plan(
        ws,
        assessment,
        Setting.HOME_CARE,
        performer="Hemtjänst",
        instruction_by="Test",
        instruction_how="Visning",
        on_harm="Ring 112",
        on_change="Ring sjuksköterskan",
        follow_up="Var tredje månad",
        reassessment_on=today + timedelta(days=20),
    )
    plan = plans.sign_plan(ws, plan, Signature("Växjö", today, me.name, me.title))

    db = Database()
    controller = Controller(db_path, db)
    try:
        controller.start(ws)
        _views(app, controller, db, person.id, plan.id)
    finally:
        controller.shutdown()


def _views(app, controller, db, person_id: str, plan_id: str) -> None:  # type: ignore[no-untyped-def]
    main = controller.main
    if main is None:
        raise RuntimeError("main window did not open")
    for row in range(len(main.PAGES)):
        main.nav.setCurrentRow(row)
        app.processEvents()
        if not db.wait_idle(20000):
            raise RuntimeError(f"view {main.PAGES[row]} did not load")
    if not main.overview.items():
        raise RuntimeError("the overview shows no due review")
    main.open_person(person_id)
    db.wait_idle(20000)
    if main.person.record is None:
        raise RuntimeError("person view did not load")
    dialog = main.open_plan(plan_id)
    db.wait_idle(20000)
    if dialog.record is None:
        raise RuntimeError("plan view did not load")
    _pdf(db, plan_id)
    app.processEvents()
    _translations()
    _second_process()


def _translations() -> None:
    """Our English catalogue and Qt's own Swedish words are in the build (resources/, Qt's)."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from app.paths import resource

    ours, qts = QTranslator(), QTranslator()
    if not ours.load(str(resource("i18n", "egenvard_en.qm"))):
        raise RuntimeError("the English catalogue is missing")
    if not qts.load("qtbase_sv", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        raise RuntimeError("Qt's Swedish translation is missing")


def _second_process() -> None:
    """A large import validates in a spawned process: in a packaged app that needs
    multiprocessing.freeze_support() and the R4 schema (resources/fhir_r4) collected."""
    from app.services.selfcheck import second_process_validates

    judged_by = second_process_validates()
    if judged_by != "process":
        raise RuntimeError(f"the validating second process did not answer (judged {judged_by})")


def _pdf(db, plan_id: str) -> None:  # type: ignore[no-untyped-def]
    """The plan form renders (ReportLab and its embedded fonts are in the installed build)."""
    from app.services import documents

    pdf: list[bytes] = []
    db.call(documents.render_plan_pdf, plan_id, on_done=pdf.append, on_error=lambda _e: pdf.append(b""))
    db.wait_idle(20000)
    if not pdf or not pdf[0].startswith(b"%PDF"):
        raise RuntimeError("the plan form did not render")


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        with tempfile.TemporaryDirectory(prefix="egenvard-selftest-") as tmp:
            os.environ["EGENVARD_HOME"] = tmp  # preferences too stay in the temporary dir
            _exercise(Path(tmp))
    except Exception as exc:  # one line, no traceback: the installer shows it
        sys.stderr.write(f"Självtest misslyckades: {type(exc).__name__}: {exc}\n")
        return 1
    sys.stdout.write("Självtest OK\n")
    return 0
