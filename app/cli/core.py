"""Core sub-commands: init, demo, person, plan, audit, backup, restore, passphrase."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from pathlib import Path

from app.cli.common import PASSPHRASE_ENV, CliError, add_db, db_path, open_ws, out, passphrase
from app.cli.handover import register_plan_actions
from app.cli.profile import add_profile_options, profile_from_args
from app.i18n import pick
from app.models.person import split_name
from app.models.roles import check_profile
from app.paths import default_db
from app.services import audit_check, demo, persons, security
from app.services.workspace import Workspace, create_workspace, open_workspace

RECOVERY_ENV = "EGENVARD_RECOVERY_CODE"
NEW_PASSPHRASE_ENV = "EGENVARD_NEW_PASSPHRASE"
DEMO_PASSPHRASE = "demo-egenvard"
DEMO_FILENAME = "demo.db"


def _new_passphrase(env: str = "EGENVARD_PASSPHRASE") -> str:
    value = os.environ.get(env) or passphrase(confirm=True, prompt_sv="Ny lösenfras: ", prompt_en="New passphrase: ")
    security.check_passphrase(value)
    return value


def cmd_init(args: argparse.Namespace) -> int:
    path = db_path(args)
    profile = profile_from_args(args, None) if args.name else None
    if profile is not None:
        check_profile(profile)  # before the file is made: a refused profile leaves no database
    ws, code = create_workspace(path, _new_passphrase())
    try:
        if profile is not None:
            ws.set_profile(profile)
    finally:
        ws.close()
    out(pick(f"Databasen skapades: {path}", f"Database created: {path}"))
    if profile is None:
        out(
            pick(
                "Ange din roll innan du arbetar: egenvard profile set --name NAMN --role ROLL.",
                "Set your role before you work: egenvard profile set --name NAME --role ROLE.",
            )
        )
    out(
        pick(
            f"Återställningskod (skriv ut och förvara säkert): {code}",
            f"Recovery code (print it and keep it safe): {code}",
        )
    )
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """Synthetic data only, so a known passphrase is acceptable when none is given. Run again on
    a database that has persons, it adds nothing unless asked (`--add N`)."""
    if args.start:
        from app.display import check_display

        check_display()  # before anything is written: no half-done run without a screen
    path = db_path(args) if args.db else default_db().with_name(DEMO_FILENAME)
    secret = os.environ.get(PASSPHRASE_ENV) or DEMO_PASSPHRASE
    if path.exists():
        ws = open_workspace(path, secret)
    else:
        ws, _code = create_workspace(path, secret)
    try:
        _fill_demo(ws, path, args)
        if secret == DEMO_PASSPHRASE:
            out(pick(f"Lösenfras för demodatabasen: {DEMO_PASSPHRASE}", f"Demo database passphrase: {DEMO_PASSPHRASE}"))
        if args.start:
            from app.ui.app import run_gui

            return run_gui(db=path, workspace=ws)
    finally:
        ws.close()
    return 0


def _fill_demo(ws: Workspace, path: Path, args: argparse.Namespace) -> None:
    present = persons.count(ws)
    wanted = args.add if args.add is not None else (0 if present else args.persons)
    if wanted <= 0:
        out(
            pick(
                f"Demodatabasen {path} finns redan ({present} personer); inget lades till (--add N lägger till fler).",
                f"The demo database {path} already exists ({present} persons); nothing was added (--add N adds more).",
            )
        )
        return
    # Another seed for each addition, so that added persons are new people, not namesakes.
    # The hand-made to-do cases (demo.todo_examples) in a full demo, not in a small one asked for.
    counts = demo.fill(ws, persons=wanted, seed=args.seed + present, examples=not present and wanted >= 60)
    out(pick(f"Demodata i {path}: ", f"Demo data in {path}: ") + ", ".join(f"{k} {v}" for k, v in counts.items()))


def cmd_person_add(args: argparse.Namespace) -> int:
    given, family = split_name(args.name)
    with open_ws(args) as ws:
        person = persons.register(ws, given, family, args.id, protected_identity=args.protected, unit=args.unit)
    out(person.id)
    return 0


def cmd_person_list(args: argparse.Namespace) -> int:
    with open_ws(args) as ws:
        people = persons.all_persons(ws)
        ws.log_read("persons", "list", "")  # the whole register was read: one audit event says so
    if args.json:
        out(
            json.dumps(
                [
                    {
                        "id": p.id,
                        "name": p.name,
                        "number": p.shown_number,
                        "protected_identity": p.protected_identity,
                        "unit": p.unit,
                        "birth_date": p.birth_date.isoformat(),
                    }
                    for p in people
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        for p in people:
            out(f"{p.id}  {p.shown_number}  {p.name}  {p.unit}")
    return 0


def cmd_plan_list(args: argparse.Namespace) -> int:
    # Imported here: overview reaches the documents and exchange services (ReportLab, pyHanko),
    # which the other core commands must not pay for at start.
    from app.services import overview

    with open_ws(args) as ws:
        rows = overview.current_plans(ws)
    if args.json:
        out(json.dumps([dataclasses.asdict(r) for r in rows], ensure_ascii=False, indent=2))
    else:
        for r in rows:
            out(f"{r.id}  v{r.version}  {r.status:<10}  {r.measure}")
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    """Each finding one sentence; the last problem is the error line, exit 1 on any tamper."""
    with open_ws(args) as ws:
        report = audit_check.verify_audit(ws)
    if report.repaired:
        out(report.repair_sentence())
    problems = report.problems()
    if problems:
        for line in problems[:-1]:
            sys.stderr.write(line + "\n")
        raise CliError(problems[-1], problems[-1])
    out(report.summary())
    return 0


def cmd_audit_reanchor(args: argparse.Namespace) -> int:
    with open_ws(args) as ws:
        before = audit_check.reanchor(ws)
        head = ws.audit.head()
    was = f" ({audit_check.state_words(before.state)})" if before.state != "ok" else ""
    out(
        pick(
            f"Granskningsloggen är förankrad som den är nu ({head.count} händelser){was}; händelsen finns i loggen.",
            f"The audit log is anchored as it is now ({head.count} events){was}; the log records it.",
        )
    )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    with open_ws(args) as ws:
        path = security.backup(ws, Path(args.out) if args.out else None)
    out(pick(f"Säkerhetskopia sparad: {path}", f"Backup saved: {path}"))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    kept = security.restore(Path(args.backup), db_path(args), passphrase(), overwrite=args.force)
    out(pick(f"Återställd till {db_path(args)}.", f"Restored to {db_path(args)}."))
    if kept:
        out(pick(f"Den tidigare databasen finns kvar som {kept}.", f"The previous database is kept as {kept}."))
    return 0


def cmd_passphrase_change(args: argparse.Namespace) -> int:
    path = db_path(args)
    old = passphrase(prompt_sv="Nuvarande lösenfras: ", prompt_en="Current passphrase: ")
    new = _new_passphrase(NEW_PASSPHRASE_ENV)
    security.change_passphrase(path, old, new)
    out(pick("Lösenfrasen är bytt.", "The passphrase has been changed."))
    return 0


def cmd_passphrase_reset(args: argparse.Namespace) -> int:
    path = db_path(args)
    code = os.environ.get(RECOVERY_ENV) or passphrase(prompt_sv="Återställningskod: ", prompt_en="Recovery code: ")
    new = _new_passphrase(NEW_PASSPHRASE_ENV)
    new_code = security.reset_with_recovery_code(path, code, new)
    out(pick("Lösenfrasen är bytt med återställningskoden.", "The passphrase was reset with the recovery code."))
    out(
        pick(
            f"Ny återställningskod (den gamla gäller inte längre): {new_code}",
            f"New recovery code (the old one no longer works): {new_code}",
        )
    )
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help=pick("skapa en ny krypterad databas", "create a new encrypted database"))
    add_db(p)
    add_profile_options(p)
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", help=pick("fyll en databas med syntetiska demodata", "fill a database with demo data"))
    add_db(p)
    p.add_argument(
        "--persons",
        type=int,
        default=60,
        metavar="N",
        help=pick("personer i en ny databas", "persons in a new database"),
    )
    p.add_argument(
        "--add",
        type=int,
        default=None,
        metavar="N",
        help=pick("lägg till N personer i en befintlig databas", "add N persons to an existing database"),
    )
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--start", action="store_true", help=pick("starta programmet efteråt", "start the app afterwards"))
    p.set_defaults(func=cmd_demo)

    person = sub.add_parser("person", help=pick("personer", "persons")).add_subparsers(dest="action", required=True)
    p = person.add_parser("add", help=pick("registrera en person", "register a person"))
    add_db(p)
    p.add_argument("--name", required=True)
    p.add_argument("--id", required=True, metavar="PERSONNUMMER")
    p.add_argument("--unit", default="")
    p.add_argument("--protected", action="store_true", help=pick("skyddad identitet", "protected identity"))
    p.set_defaults(func=cmd_person_add)
    p = person.add_parser("list", help=pick("lista personer", "list persons"))
    add_db(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_person_list)

    plan = sub.add_parser("plan", help=pick("planer", "plans")).add_subparsers(dest="action", required=True)
    p = plan.add_parser("list", help=pick("lista planer", "list plans"))
    add_db(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_plan_list)
    register_plan_actions(plan)  # hand-over, responsible (app/cli/handover.py)

    audit = sub.add_parser("audit", help=pick("granskningslogg", "audit log")).add_subparsers(
        dest="action", required=True
    )
    p = audit.add_parser("verify", help=pick("kontrollera hashkedjan", "check the hash chain"))
    add_db(p)
    p.set_defaults(func=cmd_audit_verify)
    p = audit.add_parser(
        "reanchor",
        help=pick(
            "förankra loggen som den är nu, efter att en avvikelse utretts",
            "anchor the log as it is now, after a difference was looked into",
        ),
    )
    add_db(p)
    p.set_defaults(func=cmd_audit_reanchor)

    p = sub.add_parser("backup", help=pick("gör en krypterad säkerhetskopia", "make an encrypted backup"))
    add_db(p)
    p.add_argument("--out", metavar="FILE")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help=pick("återställ från säkerhetskopia", "restore from a backup"))
    add_db(p)
    p.add_argument("--backup", required=True, metavar="FILE")
    p.add_argument(
        "--force",
        action="store_true",
        help=pick("ersätt befintlig databas (den sparas vid sidan av)", "replace an existing database"),
    )
    p.set_defaults(func=cmd_restore)

    pw = sub.add_parser("passphrase", help=pick("lösenfras", "passphrase")).add_subparsers(dest="action", required=True)
    p = pw.add_parser("change", help=pick("byt lösenfras", "change the passphrase"))
    add_db(p)
    p.set_defaults(func=cmd_passphrase_change)
    p = pw.add_parser("reset", help=pick("ny lösenfras med återställningskoden", "reset with the recovery code"))
    add_db(p)
    p.set_defaults(func=cmd_passphrase_reset)
