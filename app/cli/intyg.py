"""`egenvard intyg issue | list | void`: the egenvårdsintyg from the command line.

Printing it is `egenvard pdf intyg PLAN_ID --out FILE [--sign]` (app/cli/pdf.py).
"""

from __future__ import annotations

import argparse
import json
from datetime import date

from app.cli.common import CliError, add_db, open_ws, out
from app.i18n import pick
from app.models.intyg import INTYG_STATUS_EN, INTYG_STATUS_SV, Intyg
from app.services import documents, intyg


def parse_day(text: str | None, option: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise CliError(
            f"{option}: ”{text}” är inget datum; skriv ÅÅÅÅ-MM-DD, t.ex. 2027-02-01.",
            f"{option}: “{text}” is not a date; write YYYY-MM-DD, e.g. 2027-02-01.",
        ) from None


def plan_id(ws, prefix: str) -> str:  # type: ignore[no-untyped-def]
    return documents.resolve(ws, "plans", prefix, "plan", "plan")


def _line(record: Intyg) -> str:
    status = pick(INTYG_STATUS_SV[record.status], INTYG_STATUS_EN[record.status])
    return (
        f"{record.id[:8]}  {record.issued_on}–{record.valid_until}  {status}  "
        f"{record.measure}  ({record.assessor.name})"
    )


def cmd_issue(args: argparse.Namespace) -> int:
    valid_until = parse_day(args.valid_until, "--valid-until")
    issued_on = parse_day(args.issued_on, "--issued-on")
    with open_ws(args) as ws:
        record = intyg.issue(
            ws,
            plan_id(ws, args.plan_id),
            args.help_needed,
            args.frequency,
            judgement=args.judgement or "",
            valid_until=valid_until,
            issued_on=issued_on,
        )
    out(
        pick(
            f"Egenvårdsintyg utfärdat: {record.id} (giltigt till och med {record.valid_until}).",
            f"Egenvårdsintyg issued: {record.id} (valid until {record.valid_until}).",
        )
    )
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_ws(args) as ws:
        records = intyg.for_plan(ws, plan_id(ws, args.plan_id))
    if args.json:
        out(
            json.dumps(
                [
                    {
                        "id": r.id,
                        "plan_id": r.plan_id,
                        "plan_version": r.plan_version,
                        "issued_on": r.issued_on.isoformat(),
                        "valid_until": r.valid_until.isoformat(),
                        "status": r.status.value,
                        "assessor": r.assessor.name,
                    }
                    for r in records
                ],
                ensure_ascii=False,
            )
        )
        return 0
    if not records:
        out(pick("Planen har inget egenvårdsintyg.", "The plan has no egenvårdsintyg."))
    for record in records:
        out(_line(record))
    return 0


def cmd_void(args: argparse.Namespace) -> int:
    with open_ws(args) as ws:
        ident = documents.resolve(ws, "intyg", args.intyg_id, "egenvårdsintyg", "egenvårdsintyg")
        record = intyg.void(ws, ident, args.reason)
    out(pick(f"Egenvårdsintyget {record.id[:8]} är makulerat.", f"The egenvårdsintyg {record.id[:8]} is voided."))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("intyg", help=pick("egenvårdsintyg", "egenvårdsintyg (self-care certificate)"))
    actions = parser.add_subparsers(dest="action", required=True, metavar="ÅTGÄRD")

    p = actions.add_parser("issue", help=pick("utfärda ett intyg för en signerad plan", "issue one for a signed plan"))
    p.add_argument("plan_id", metavar="PLAN_ID", help=pick("plan-id eller början av det", "plan id or a prefix"))
    add_db(p)
    p.add_argument("--help-needed", required=True, help=pick("vilken hjälp som behövs", "what help is needed"))
    p.add_argument("--frequency", required=True, help=pick("hur ofta, t.ex. ”2 gånger per dag”", "how often"))
    p.add_argument(
        "--judgement",
        default="",
        help=pick("bedömningen att åtgärden är egenvård (standard: från bedömningen)", "the judgement"),
    )
    p.add_argument(
        "--valid-until",
        metavar="ÅÅÅÅ-MM-DD",
        help=pick("giltigt till (standard: planens omprövningsdatum)", "valid until (default: re-assessment date)"),
    )
    p.add_argument("--issued-on", metavar="ÅÅÅÅ-MM-DD", help=pick("utfärdat (standard: i dag)", "issued on"))
    p.set_defaults(func=cmd_issue)

    p = actions.add_parser("list", help=pick("en plans intyg", "a plan's intyg"))
    p.add_argument("plan_id", metavar="PLAN_ID")
    add_db(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)

    p = actions.add_parser("void", help=pick("makulera ett intyg", "void an intyg"))
    p.add_argument("intyg_id", metavar="INTYG_ID")
    add_db(p)
    p.add_argument("--reason", required=True, help=pick("skäl för makulering", "reason for voiding"))
    p.set_defaults(func=cmd_void)
