"""`egenvard profile show|set`: who is at the keyboard, in which role (app/models/roles.py).

The role decides what the services allow; a change of role is an audited event of its own.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace

from app.cli.common import CliError, add_db, open_ws, out
from app.i18n import pick
from app.models.common import Practitioner, Profession, Role
from app.models.labels import label
from app.models.roles import role_label

# Names on the command line; "licensed" reads better than the stored value "nurse".
ROLE_NAMES = {
    "licensed": Role.LICENSED,
    "school_leader": Role.SCHOOL_LEADER,
    "unit_manager": Role.UNIT_MANAGER,
    "case_officer": Role.CASE_OFFICER,
    "mas": Role.MAS,
}
_ROLE_NAME = {role: name for name, role in ROLE_NAMES.items()}


def add_profile_options(p: argparse.ArgumentParser, required: bool = False) -> None:
    p.add_argument("--name", required=required, help=pick("för- och efternamn", "full name"))
    p.add_argument("--role", choices=list(ROLE_NAMES), help=pick("roll", "role"))
    p.add_argument(
        "--profession",
        choices=[p.value for p in Profession],
        help=pick("yrke, för en legitimerad yrkesutövare", "profession of a licensed professional"),
    )
    p.add_argument("--title", help=pick("befattning, t.ex. Distriktssköterska", "job title"))
    p.add_argument("--organisation", help=pick("organisation", "organisation"))
    p.add_argument("--unit", help=pick("enhet", "unit"))
    p.add_argument(
        "--hsa-id", help=pick("HSA-id, t.ex. SE2321000131-P000000123457 (tomt tar bort)", "HSA-id ('' removes it)")
    )
    p.add_argument(
        "--elevhalsa",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=pick("arbetar i elevhälsans medicinska insats", "works in school health (elevhälsa)"),
    )


def profile_from_args(args: argparse.Namespace, before: Practitioner | None) -> Practitioner:
    """The profile the options describe; options left out keep what was there."""
    if before is None and not args.name:
        raise CliError("Ange ditt namn med --name.", "Give your name with --name.")
    changes = {
        "name": args.name,
        "title": args.title,
        "organisation": args.organisation,
        "unit": args.unit,
        "role": ROLE_NAMES[args.role] if args.role else None,
        "profession": Profession(args.profession) if args.profession else None,
        "school_health": args.elevhalsa,
        "hsa_id": args.hsa_id,
    }
    given = {k: v for k, v in changes.items() if v is not None}
    if before is None:
        return Practitioner(**given)  # type: ignore[arg-type]
    if "role" in given and "profession" not in given and given["role"] is not before.role:
        given["profession"] = None  # a new role: the old profession is not carried over by accident
    return replace(before, **given)  # type: ignore[arg-type]


def as_json(profile: Practitioner) -> dict[str, object]:
    return {
        "name": profile.name,
        "role": _ROLE_NAME[profile.role],
        "profession": profile.profession.value if profile.profession else None,
        "elevhalsa": profile.school_health,
        "title": profile.title,
        "organisation": profile.organisation,
        "unit": profile.unit,
        "hsa_id": profile.hsa_id,
    }


def _show(profile: Practitioner) -> None:
    role_sv, role_en = role_label(profile)
    rows = [
        (pick("Namn", "Name"), profile.name),
        (pick("Roll", "Role"), pick(role_sv, role_en)),
        (pick("Yrke", "Profession"), label(profile.profession) if profile.profession else "–"),
        (pick("Elevhälsa", "School health"), pick("ja", "yes") if profile.school_health else pick("nej", "no")),
        (pick("Befattning", "Title"), profile.title or "–"),
        (pick("Organisation", "Organisation"), profile.organisation or "–"),
        (pick("Enhet", "Unit"), profile.unit or "–"),
        ("HSA-id", profile.hsa_id or "–"),
    ]
    for key, value in rows:
        out(f"{key + ':':<14}{value}")


def cmd_show(args: argparse.Namespace) -> int:
    with open_ws(args) as ws:
        profile = ws.profile()
    if profile is None:
        raise CliError(
            "Ingen profil är sparad ännu: egenvard profile set --name NAMN --role ROLL.",
            "No profile is saved yet: egenvard profile set --name NAME --role ROLE.",
        )
    if args.json:
        out(json.dumps(as_json(profile), ensure_ascii=False, indent=2))
    else:
        _show(profile)
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    with open_ws(args) as ws:
        profile = profile_from_args(args, ws.profile())
        ws.set_profile(profile)
    _show(profile)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    prof = sub.add_parser("profile", help=pick("din profil och roll", "your profile and role"))
    actions = prof.add_subparsers(dest="action", required=True)
    p = actions.add_parser("show", help=pick("visa profilen", "show the profile"))
    add_db(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show)
    p = actions.add_parser("set", help=pick("ange namn, roll, yrke och enhet", "set name, role, profession, unit"))
    add_db(p)
    add_profile_options(p)
    p.set_defaults(func=cmd_set)
