"""Who may do what, through the services: every use case × every role, allowed or refused with
the role needed named and nothing written; the role in the audit log; a role change audited."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from app.exchange.identity import OrgIdentity
from app.models.assessment import Consequence, Hazard, Likelihood, Outcome, RiskAnalysis
from app.models.common import Consent, ConsentGiver, Practitioner, Profession, Role
from app.models.plan import PlanStatus, Setting, Signature
from app.models.records import Law, Recipient
from app.models.review import ReviewOutcome
from app.models.roles import ALLOWED, NoRole, PermissionDenied, UseCase, may
from app.services import cases, documents, handover, persons, plans, security
from app.services import exchange as ex
from app.services.workspace import PROFILE_KEY, ROLE_CHANGE, Workspace, create_workspace
from tests.factories import NURSE_PROFILE, PASSPHRASE, PROFILES, Who, acting_as, sign, with_nurse_profile, with_samrad

L, E, S, U, H, M = Who.LICENSED, Who.SCHOOL_HEALTH, Who.SCHOOL_LEADER, Who.UNIT_MANAGER, Who.CASE_OFFICER, Who.MAS
ALL = {L, E, S, U, H, M}
AROUND = {L, E, S, U, M}

# The table of DESIGN.md "Trust", written out by hand (not read from app.models.roles).
EXPECTED: dict[UseCase, set[Who]] = {
    UseCase.ASSESS: {L},
    UseCase.PLAN: {L},
    UseCase.SIGN: {L},
    UseCase.VOID: {L},
    UseCase.ISSUE_INTYG: {L},
    UseCase.REVIEW: {L},
    UseCase.TAKE_OVER: {L},
    UseCase.HAND_OVER_COPY: AROUND,
    UseCase.INSTRUCT: AROUND,
    UseCase.PERFORMANCE: AROUND,
    UseCase.DEVIATION: AROUND,
    UseCase.BISTAND: {H},
    UseCase.SIP: ALL,
    UseCase.DISPUTE: ALL,
    UseCase.INDICATORS: ALL,
    UseCase.EXCHANGE: ALL,
    UseCase.READ: ALL,
    UseCase.PERSON: ALL,
    UseCase.BACKUP: ALL,
    UseCase.RESTORE: ALL,
    UseCase.PASSPHRASE: ALL,
    UseCase.TRUST_PARTNER: {L, E, M},
    UseCase.SEAL_CERTIFICATE: {L, E, M},
    UseCase.RESOLVE_CONFLICT: {L, M},
    UseCase.ACCEPT_AUDIT_LOG: {M},
}
# How the refusal names the roles needed, by hand.
NEEDED_SV: dict[frozenset[Who], str] = {
    frozenset({L}): "legitimerad yrkesutövare (inte elevhälsa)",
    frozenset(AROUND): "legitimerad yrkesutövare, skolledare, enhetschef eller MAS/administratör",
    frozenset({H}): "biståndshandläggare",
    frozenset({L, E, M}): "legitimerad yrkesutövare eller MAS/administratör",
    frozenset({L, M}): "legitimerad yrkesutövare (inte elevhälsa) eller MAS/administratör",
}
ROLE_SV = {
    L: "Legitimerad yrkesutövare (Sjuksköterska / distriktssköterska)",
    E: "Legitimerad yrkesutövare (Sjuksköterska / distriktssköterska), elevhälsa",
    S: "Skolledare / rektor",
    U: "Verksamhetsansvarig chef / enhetschef",
    H: "Biståndshandläggare",
    M: "MAS / administratör",
}

ASSESSOR = Practitioner("Anna Berg", "Distriktssköterska", "Växjö kommun")
RISK = RiskAnalysis((Hazard("Fel dos", Likelihood.UNLIKELY, Consequence.MODERATE, "Dubbelkontroll"),), "Säkert")
POINTS = dict(
    performer="Hemtjänst Syd",
    instruction_by="Anna Berg, distriktssköterska",
    instruction_how="Praktisk genomgång",
    on_harm="Ring 112",
    on_change="Kontakta Anna Berg",
    follow_up="Anna Berg",
    reassessment_on=date(2027, 5, 1),
)
SIGNATURE = Signature("Växjö", date(2026, 11, 2), "Anna Berg", "Distriktssköterska")
WHEN = datetime(2026, 11, 10, 11, 30, tzinfo=UTC)
CONSENT = Consent("Karin Olsson", ConsentGiver.PERSON, date(2026, 11, 2))


@dataclass
class World:
    ws: Workspace
    tmp: Path
    person: Any
    numbers: Iterator[str] = field(default_factory=lambda: iter(NUMBERS))
    runs: int = 0

    def fresh(self, name: str) -> Path:
        self.runs += 1
        return self.tmp / f"{self.runs}-{name}"


# Valid test personnummer (Skatteverket's test series), one per registration.
NUMBERS = ["19451103-9804", "19520506-9809", "19601126-9807", "19680920-9817", "19390724-9258", "19300212-9801"]


def _assessment(w: World) -> Any:
    return plans.assess(w.ws, w.person.id, "Ögondroppar", ASSESSOR, date(2026, 11, 1), RISK, Outcome.WITH_HELP)


def _draft(w: World) -> Any:
    draft = plans.edit_plan(w.ws, plans.start_plan(w.ws, _assessment(w), Setting.HOME_CARE), **POINTS)
    with_samrad(w.ws, draft)  # prepared as the nurse: the act is the signing alone
    return draft


def _signed(w: World) -> Any:
    return sign(w.ws, _draft(w), SIGNATURE)


def _partner_file(w: World) -> Path:
    path = w.fresh("partner.id")
    path.write_bytes(OrgIdentity.generate("Alvesta kommun").public.dumps())
    return path


# use case → (prepare as the nurse, act as the role under test). One service call per use case
# (two where the use case has two entries); a use case without a service yet is checked in the
# table test below.
Prepare = Callable[[World], Any]
Act = Callable[[World, Any], Any]
CASES: list[tuple[UseCase, str, Prepare, Act]] = [
    (UseCase.ASSESS, "assess", lambda w: None, lambda w, _: _assessment(w)),
    (UseCase.PLAN, "start_plan", _assessment, lambda w, a: plans.start_plan(w.ws, a, Setting.HOME_CARE)),
    (UseCase.PLAN, "edit_plan", _draft, lambda w, p: plans.edit_plan(w.ws, p, on_harm="Ring 112 direkt")),
    (UseCase.SIGN, "sign_plan", _draft, lambda w, p: plans.sign_plan(w.ws, p, SIGNATURE)),
    (UseCase.VOID, "void_plan", _signed, lambda w, p: plans.void_plan(w.ws, p, "Fel person")),
    (
        UseCase.REVIEW,
        "complete_review",
        lambda w: plans.next_review(w.ws, _signed(w).id),
        lambda w, r: plans.complete_review(
            w.ws, r, date(2027, 5, 1), "Anna Berg", ReviewOutcome.CONTINUE, date(2027, 11, 1)
        ),
    ),
    (
        UseCase.HAND_OVER_COPY,
        "hand_over_copy",
        _signed,
        lambda w, p: plans.hand_over_copy(w.ws, p, Recipient.PERSON, "Karin Olsson", date(2026, 11, 3), CONSENT),
    ),
    (
        UseCase.INSTRUCT,
        "log_instruction",
        _signed,
        lambda w, p: plans.log_instruction(w.ws, p, "Kim Ek", "Anna Berg", date(2026, 11, 4)),
    ),
    (
        UseCase.PERFORMANCE,
        "log_performance",
        _signed,
        lambda w, p: plans.log_performance(w.ws, p, WHEN, "Kim Ek", True),
    ),
    (
        UseCase.DEVIATION,
        "report_deviation",
        lambda w: None,
        lambda w, _: cases.report_deviation(w.ws, w.person.id, WHEN, "Hemmet", "Dosen gavs sent", "Kim Ek"),
    ),
    (
        UseCase.DEVIATION,
        "update_deviation",
        lambda w: cases.report_deviation(w.ws, w.person.id, WHEN, "Hemmet", "Dosen gavs sent", "Kim Ek"),
        lambda w, d: cases.update_deviation(w.ws, d, immediate_action="Ringde sjuksköterskan"),
    ),
    (
        UseCase.BISTAND,
        "record_decision",
        lambda w: None,
        lambda w, _: cases.record_decision(w.ws, w.person.id, Law.SOL, date(2026, 10, 1), "Hans Handläggare"),
    ),
    (
        UseCase.SIP,
        "link_sip",
        lambda w: None,
        lambda w, _: cases.link_sip(w.ws, w.person.id, date(2026, 11, 5), "Maria Ek", CONSENT),
    ),
    (
        UseCase.DISPUTE,
        "open_dispute",
        lambda w: None,
        lambda w, _: cases.open_dispute(w.ws, ("Region", "Kommunen"), "Vem instruerar?", date(2026, 11, 1)),
    ),
    (
        UseCase.DISPUTE,
        "resolve_dispute",
        lambda w: cases.open_dispute(w.ws, ("Region", "Kommunen"), "Vem instruerar?", date(2026, 11, 1)),
        lambda w, d: cases.resolve_dispute(w.ws, d, date(2026, 11, 8), "Kommunen instruerar"),
    ),
    (UseCase.READ, "open_record", lambda w: None, lambda w, _: persons.open_record(w.ws, w.person.id)),
    (
        UseCase.PERSON,
        "register",
        lambda w: next(w.numbers),
        lambda w, number: persons.register(w.ws, "Ny", "Person", number),
    ),
    (
        UseCase.PERSON,
        "edit",
        lambda w: persons.get(w.ws, w.person.id),
        lambda w, p: persons.edit(w.ws, p, unit="Hemtjänst Norr"),
    ),
    (UseCase.BACKUP, "backup", lambda w: None, lambda w, _: security.backup(w.ws, w.fresh("backup.zip"))),
    (
        UseCase.EXCHANGE,
        "export_bundle",
        lambda w: None,
        lambda w, _: ex.export_bundle(w.ws, w.fresh("out.egvb"), passphrase="en lång lösenfras för paketet"),
    ),
    (UseCase.TRUST_PARTNER, "import_identity", _partner_file, lambda w, f: ex.import_identity(w.ws, f, trust=True)),
    (
        UseCase.TRUST_PARTNER,
        "set_trusted",
        lambda w: ex.import_identity(w.ws, _partner_file(w)).fingerprint,
        lambda w, fp: ex.set_trusted(w.ws, fp),
    ),
    (UseCase.SEAL_CERTIFICATE, "create_credential", lambda w: None, lambda w, _: documents.create_credential(w.ws)),
    (
        UseCase.TAKE_OVER,
        "hand_over",
        _signed,
        lambda w, p: handover.hand_over(
            w.ws,
            p.id,
            handover.receiver("Eva Lund", "Sjuksköterska", Profession.NURSE, "Region Kronoberg"),
            date(2026, 11, 6),
            "Telefon 2026-11-05 mellan Anna Berg och Eva Lund",
        ),
    ),
]
# The one service whose allowed path needs a record only an import makes: past the role check
# it looks the conflict up and says it is not there.
CONFLICT = (
    UseCase.RESOLVE_CONFLICT,
    "resolve_conflict",
    lambda w: None,
    lambda w, _: ex.resolve_conflict(w.ws, "x", True),
)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    tmp = tmp_path_factory.mktemp("roles")
    ws, _code = create_workspace(tmp / "roles.db", PASSPHRASE)
    with_nurse_profile(ws)
    person = persons.register(ws, "Karin", "Olsson", "19400101-9811", unit="Hemtjänst Syd")
    documents.create_credential(ws)  # first start made one; replacing it is the use case
    yield World(ws, tmp, person)
    ws.close()


def _content(ws: Workspace) -> dict[str, int]:
    """Rows per table and the audit head: a refused use case changes none of it."""
    tables = [r["name"] for r in ws.store.query("SELECT name FROM sqlite_master WHERE type = 'table'")]
    counts = {t: int(ws.store.scalar(f"SELECT count(*) FROM [{t}]")) for t in tables if not t.startswith("sqlite_")}
    counts["audit head"] = int(ws.store.scalar("SELECT coalesce(max(seq), 0) FROM audit"))
    return counts


def _id(case: tuple[UseCase, str, Prepare, Act], who: Who) -> str:
    return f"{case[1]}-{who.value}"


@pytest.mark.parametrize(
    ("case", "who"), [(c, w) for c in CASES for w in Who], ids=[_id(c, w) for c in CASES for w in Who]
)
def test_each_use_case_for_each_role(world: World, case, who: Who) -> None:  # type: ignore[no-untyped-def]
    use_case, _name, prepare, act = case
    ctx = prepare(world)  # as the nurse
    with acting_as(world.ws, who):
        before = _content(world.ws)
        if who in EXPECTED[use_case]:
            act(world, ctx)
            assert _content(world.ws)["audit head"] > before["audit head"]  # it was done, and logged
            return
        with pytest.raises(PermissionDenied) as refused:
            act(world, ctx)
        assert _content(world.ws) == before  # nothing written, not even an audit event
    needed = NEEDED_SV[frozenset(EXPECTED[use_case])]
    message = str(refused.value)
    assert message.startswith(f"Bara en {needed} får "), message
    assert message.endswith(f". Din roll: {ROLE_SV[who]}."), message


@pytest.mark.parametrize("who", list(Who), ids=lambda w: w.value)
def test_resolving_a_conflict_for_each_role(world: World, who: Who) -> None:
    use_case, _name, _prepare, act = CONFLICT
    with acting_as(world.ws, who):
        if who in EXPECTED[use_case]:
            with pytest.raises(ex.UnknownConflict):  # past the role check: the id is looked up
                act(world, None)
        else:
            with pytest.raises(PermissionDenied) as refused:
                act(world, None)
            assert str(refused.value).startswith(f"Bara en {NEEDED_SV[frozenset({L, M})]} får lösa en importkonflikt.")


def test_the_table_is_the_one_in_the_design() -> None:
    assert set(ALLOWED) == set(UseCase) == set(EXPECTED)
    for use_case, allowed in EXPECTED.items():
        for who in Who:
            assert may(use_case, PROFILES[who]) is (who in allowed), (use_case, who)


def test_every_use_case_with_a_service_is_exercised() -> None:
    covered = {c[0] for c in CASES} | {CONFLICT[0]}
    # No service yet: intyg (issue 10), indicators; restore and the passphrase act
    # on the file before any profile can be read (everyone, by the table).
    assert set(UseCase) - covered == {
        UseCase.ISSUE_INTYG,
        UseCase.INDICATORS,
        UseCase.RESTORE,
        UseCase.PASSPHRASE,
        UseCase.ACCEPT_AUDIT_LOG,  # tests/cli/test_cli_audit.py (the MAS only)
    }


def test_school_leader_cannot_sign_and_nothing_is_written(ws: Workspace) -> None:
    person = persons.register(ws, "Liam", "Nilsson", "20150315-9806", unit="Hagaskolan")
    assessment = plans.assess(ws, person.id, "Insulin", ASSESSOR, date(2026, 11, 1), RISK, Outcome.WITH_HELP)
    draft = plans.edit_plan(ws, plans.start_plan(ws, assessment, Setting.SCHOOL), **POINTS)
    with_samrad(ws, draft)
    events = len(ws.audit.events(limit=1000))
    with acting_as(ws, Who.SCHOOL_LEADER), pytest.raises(PermissionDenied) as refused:
        plans.sign_plan(ws, draft, Signature("Växjö", date(2026, 11, 2), "Rut Rektor", "Rektor"))
    assert str(refused.value) == (
        "Bara en legitimerad yrkesutövare (inte elevhälsa) får signera en plan. Din roll: Skolledare / rektor."
    )
    history = plans.plan_history(ws, draft.id)
    assert [(p.version, p.status, p.signature) for p in history] == [(1, PlanStatus.DRAFT, None)]
    assert plans.next_review(ws, draft.id) is None
    assert len(ws.audit.events(limit=1000)) == events


def test_refusal_in_english(ws: Workspace) -> None:
    from app import i18n

    i18n.set_language("en")
    with acting_as(ws, Who.SCHOOL_HEALTH), pytest.raises(PermissionDenied) as refused:
        plans.assess(ws, "x", "Insulin", ASSESSOR, date(2026, 11, 1), RISK, Outcome.WITH_HELP)
    assert str(refused.value) == (
        "Only a licensed professional (not school health) may make an assessment. "
        "Your role: Licensed professional (Nurse / district nurse), school health."
    )


def test_without_a_profile_only_what_everyone_may_do(ws: Workspace) -> None:
    person = persons.register(ws, "Karin", "Olsson", "19400101-9811")
    with ws.store.atomic():
        ws.repos.settings.set(PROFILE_KEY, None)
    with pytest.raises(NoRole) as refused:
        plans.assess(ws, person.id, "Insulin", ASSESSOR, date(2026, 11, 1), RISK, Outcome.WITH_HELP)
    assert str(refused.value) == (
        "Ange din roll först: egenvard profile set --name NAMN --role ROLL (eller Inställningar → Profil). "
        "Bara en legitimerad yrkesutövare (inte elevhälsa) får göra en bedömning."
    )
    with pytest.raises(NoRole):
        cases.report_deviation(ws, person.id, WHEN, "Hemmet", "Sent", "Kim Ek")
    # Open to every role, so open before a role is given too.
    cases.open_dispute(ws, ("Region", "Kommunen"), "Vem instruerar?", date(2026, 11, 1))
    persons.open_record(ws, person.id)


def test_the_audit_event_names_the_actor_and_her_role(ws: Workspace) -> None:
    persons.register(ws, "Karin", "Olsson", "19400101-9811")
    assert ws.audit.events(limit=1)[0].actor == "Anna Berg, Distriktssköterska (legitimerad yrkesutövare)"
    with acting_as(ws, Who.SCHOOL_HEALTH):
        cases.open_dispute(ws, ("Region", "Skolan"), "Vem?", date(2026, 11, 1))
    assert ws.audit.events(limit=1)[0].actor == "Sofia Ek, Skolsköterska (legitimerad yrkesutövare, elevhälsa)"
    with acting_as(ws, Who.SCHOOL_LEADER):
        cases.open_dispute(ws, ("Region", "Skolan"), "Vem?", date(2026, 11, 1))
    assert ws.audit.events(limit=1)[0].actor == "Rut Rektor, Rektor (skolledare/rektor)"


def test_a_change_of_role_is_its_own_audited_event(ws: Workspace) -> None:
    ws.set_profile(PROFILES[Who.SCHOOL_LEADER])
    newest = ws.audit.events(limit=2)
    role_events = [(e.action.value, e.entity, e.entity_id, e.actor) for e in newest if e.entity == ROLE_CHANGE]
    assert role_events == [
        (
            "update",
            "profile_role",
            "licensed:nurse→school_leader",
            "Anna Berg, Distriktssköterska (legitimerad yrkesutövare)",
        )
    ]
    seq = newest[0].seq
    ws.set_profile(Practitioner("Rut Rektor", "Rektor", "Växjö kommun", "Vikaskolan", Role.SCHOOL_LEADER))
    assert [e.entity for e in ws.audit.events(limit=5) if e.seq > seq] == ["profile"]  # a new unit only
    ws.set_profile(Practitioner("Rut Rektor", "Läkare", role=Role.LICENSED, profession=Profession.PHYSICIAN))
    assert next(e.entity_id for e in ws.audit.events(limit=5) if e.entity == ROLE_CHANGE) == (
        "school_leader→licensed:physician"
    )
    assert ws.audit.verify().ok


def test_a_licensed_profile_needs_a_profession(ws: Workspace) -> None:
    from app.errors import ValidationError

    with pytest.raises(ValidationError, match="Ange yrke för en legitimerad yrkesutövare"):
        ws.set_profile(Practitioner("Ny Person", "Handledare", role=Role.LICENSED))
    assert ws.profile() == NURSE_PROFILE


def test_a_profile_saved_by_an_older_version_still_loads(ws: Workspace) -> None:
    # Before professions: every value stored as text, the licensed role as "nurse".
    old = {
        "name": "Eva Lind",
        "title": "Distriktssköterska",
        "organisation": "Region Kronoberg",
        "unit": "",
        "role": "nurse",
    }
    with ws.store.atomic():
        ws.repos.settings.set(PROFILE_KEY, old)
    profile = ws.profile()
    assert profile == Practitioner("Eva Lind", "Distriktssköterska", "Region Kronoberg", "", Role.LICENSED)
    assert (profile.profession, profile.school_health) == (Profession.NURSE, False)
    # And one with the flag as the old code wrote booleans: str(False).
    with ws.store.atomic():
        ws.repos.settings.set(PROFILE_KEY, {**old, "school_health": "False", "profession": "None"})
    assert ws.profile() == profile
