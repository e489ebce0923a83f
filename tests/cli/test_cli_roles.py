"""Roles through the command line: `profile show|set`, `init` with a profile, and a
representative command per use case the CLI has, for every role (allowed, or refused on stderr
naming the role needed, exit 1, no traceback)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from app.exchange.identity import OrgIdentity
from app.models.common import Consent, ConsentGiver
from app.models.roles import Who
from app.services import cases, persons
from app.services.workspace import ROLE_CHANGE, create_workspace, open_workspace
from tests.factories import PASSPHRASE, with_nurse_profile
from tests.factories import run_cli as run

BUNDLE_ENV = "ROLES_BUNDLE_PASSPHRASE"

PROFILE_ARGS: dict[Who, list[str]] = {
    Who.LICENSED: ["--name", "Anna Berg", "--role", "licensed", "--profession", "nurse", "--no-elevhalsa"],
    Who.SCHOOL_HEALTH: ["--name", "Sofia Ek", "--role", "licensed", "--profession", "nurse", "--elevhalsa"],
    Who.SCHOOL_LEADER: ["--name", "Rut Rektor", "--role", "school_leader"],
    Who.UNIT_MANAGER: ["--name", "Ulla Chef", "--role", "unit_manager"],
    Who.CASE_OFFICER: ["--name", "Hans Handläggare", "--role", "case_officer"],
    Who.MAS: ["--name", "Maria Mas", "--role", "mas"],
}
ROLE_SV = {
    Who.LICENSED: "Legitimerad yrkesutövare (Sjuksköterska / distriktssköterska)",
    Who.SCHOOL_HEALTH: "Legitimerad yrkesutövare (Sjuksköterska / distriktssköterska), elevhälsa",
    Who.SCHOOL_LEADER: "Skolledare / rektor",
    Who.UNIT_MANAGER: "Verksamhetsansvarig chef / enhetschef",
    Who.CASE_OFFICER: "Biståndshandläggare",
    Who.MAS: "MAS / administratör",
}
NUMBERS = {
    Who.LICENSED: "19451103-9804",
    Who.SCHOOL_HEALTH: "19520506-9809",
    Who.SCHOOL_LEADER: "19601126-9807",
    Who.UNIT_MANAGER: "19680920-9817",
    Who.CASE_OFFICER: "19390724-9258",
    Who.MAS: "19300212-9801",
}
ALL = set(Who)
KEYS = {Who.LICENSED, Who.SCHOOL_HEALTH, Who.MAS}  # partner trust and the sealing certificate
TRUST_REFUSED = (
    "Bara en legitimerad yrkesutövare eller MAS/administratör får importera eller lita på en partners identitet."
)
CERT_REFUSED = "Bara en legitimerad yrkesutövare eller MAS/administratör får byta förseglingscertifikat."


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database for every role: each test sets its profile with `profile set` first."""
    path = tmp_path_factory.mktemp("cli-roles") / "roles.db"
    ws, _code = create_workspace(path, PASSPHRASE)
    try:  # someone with consent to share, so that an export has something to send
        with_nurse_profile(ws)
        karin = persons.register(ws, "Karin", "Olsson", "19400101-9811")
        consent = Consent("Karin Olsson", ConsentGiver.PERSON, date(2026, 11, 2))
        cases.link_sip(ws, karin.id, date(2026, 11, 5), "Maria Ek", consent)
    finally:
        ws.close()
    return path


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EGENVARD_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv(BUNDLE_ENV, "en lång lösenfras för paketet")


@pytest.mark.parametrize("who", list(Who), ids=lambda w: w.value)
def test_representative_commands_for_each_role(shared_db: Path, tmp_path: Path, env: None, capsys, who: Who) -> None:  # type: ignore[no-untyped-def]
    db = str(shared_db)
    assert run(capsys, "profile", "set", "--db", db, *PROFILE_ARGS[who])[0] == 0
    partner = tmp_path / "partner.id"
    partner.write_bytes(OrgIdentity.generate("Alvesta kommun").public.dumps())
    commands: list[tuple[list[str], set[Who], str]] = [
        (["person", "add", "--name", "Ny Person", "--id", NUMBERS[who]], ALL, ""),
        (["person", "list", "--json"], ALL, ""),
        (["backup", "--out", str(tmp_path / "b.zip")], ALL, ""),
        (["export", "--out", str(tmp_path / "x.egvb"), "--passphrase-env", BUNDLE_ENV], ALL, ""),
        (["identity", "import", str(partner), "--trust"], KEYS, TRUST_REFUSED),
        (["pdf", "cert", "create"], KEYS, CERT_REFUSED),
    ]
    for argv, allowed, refusal in commands:
        code, _out, err = run(capsys, *argv, "--db", db)
        if who in allowed:
            assert code == 0 and "Bara en" not in err, (argv, err)  # export names who it left out
        else:
            assert code == 1, argv
            assert err == f"{refusal} Din roll: {ROLE_SV[who]}.\n", argv


def test_profile_set_show_and_the_role_change_in_the_audit_log(tmp_path: Path, env: None, capsys) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "p.db")
    code, out, _ = run(
        capsys, "init", "--db", db, "--name", "Anna Berg", "--role", "licensed", "--title", "Distriktssköterska"
    )
    assert code == 0 and "profile set" not in out  # the profession came from the title
    code, out, _ = run(capsys, "profile", "show", "--db", db, "--json")
    assert code == 0
    assert json.loads(out) == {
        "name": "Anna Berg",
        "role": "licensed",
        "profession": "nurse",
        "elevhalsa": False,
        "title": "Distriktssköterska",
        "organisation": "",
        "unit": "",
        "hsa_id": "",
    }
    code, out, _ = run(capsys, "profile", "set", "--db", db, "--role", "school_leader", "--unit", "Hagaskolan")
    assert code == 0
    assert "Roll:         Skolledare / rektor\n" in out
    code, out, _ = run(capsys, "profile", "show", "--db", db)
    assert out.splitlines()[:3] == ["Namn:         Anna Berg", "Roll:         Skolledare / rektor", "Yrke:         –"]
    ws = open_workspace(Path(db), PASSPHRASE)
    try:
        changes = [(e.entity_id, e.actor) for e in ws.audit.events(limit=50) if e.entity == ROLE_CHANGE]
    finally:
        ws.close()
    assert changes == [
        ("licensed:nurse→school_leader", "Anna Berg, Distriktssköterska (legitimerad yrkesutövare)"),
        ("none→licensed:nurse", "Anna Berg, Distriktssköterska (legitimerad yrkesutövare)"),
    ]


def test_init_refuses_a_licensed_profile_without_profession_and_makes_no_file(
    tmp_path: Path, env: None, capsys
) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "n.db"
    code, _, err = run(capsys, "init", "--db", str(db), "--name", "Anna Berg", "--role", "licensed")
    assert (code, err) == (1, "Ange yrke för en legitimerad yrkesutövare (t.ex. sjuksköterska eller läkare).\n")
    assert not db.exists()


def test_without_a_profile_init_says_so_and_role_limited_commands_ask_for_it(tmp_path: Path, env: None, capsys) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "bare.db")
    code, out, _ = run(capsys, "init", "--db", db)
    assert code == 0
    assert "Ange din roll innan du arbetar: egenvard profile set --name NAMN --role ROLL." in out
    code, _, err = run(capsys, "profile", "show", "--db", db)
    assert (code, err) == (1, "Ingen profil är sparad ännu: egenvard profile set --name NAMN --role ROLL.\n")
    partner = tmp_path / "partner.id"
    partner.write_bytes(OrgIdentity.generate("Alvesta kommun").public.dumps())
    code, _, err = run(capsys, "identity", "import", str(partner), "--db", db)
    assert code == 1 and err.startswith("Ange din roll först: egenvard profile set"), err
    assert run(capsys, "person", "add", "--db", db, "--name", "Ny Person", "--id", "19451103-9804")[0] == 0


def test_profile_set_with_a_role_change_drops_the_old_profession(tmp_path: Path, env: None, capsys) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "c.db")
    run(capsys, "init", "--db", db, "--name", "Amir Rahimi", "--role", "licensed", "--profession", "physician")
    assert run(capsys, "profile", "set", "--db", db, "--role", "mas")[0] == 0
    _, out, _ = run(capsys, "profile", "show", "--db", db, "--json")
    assert (json.loads(out)["role"], json.loads(out)["profession"]) == ("mas", None)
    code, _, err = run(capsys, "profile", "set", "--db", db, "--role", "licensed")
    assert (code, err) == (1, "Ange yrke för en legitimerad yrkesutövare (t.ex. sjuksköterska eller läkare).\n")
