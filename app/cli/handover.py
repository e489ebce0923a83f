"""`egenvard plan hand-over` and `egenvard plan responsible`: responsibility for a plan's
follow-up handed over by agreement (002), and who has it now. Registered by `core`."""

from __future__ import annotations

import argparse
import json
from datetime import date

from app.cli.common import CliError, add_db, open_ws, out
from app.i18n import pick
from app.models.common import Practitioner, Profession, to_plain
from app.services import handover


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise CliError(
            f"”{text}” är inget datum; skriv ÅÅÅÅ-MM-DD, t.ex. 2026-05-01.",
            f"“{text}” is not a date; write YYYY-MM-DD, e.g. 2026-05-01.",
        ) from None


def _who(p: Practitioner) -> dict[str, object]:
    return {k: v for k, v in to_plain(p).items() if k in ("name", "title", "profession", "organisation", "unit")}


def cmd_hand_over(args: argparse.Namespace) -> int:
    on = _day(args.on)
    with open_ws(args) as ws:
        plan_id = handover.plan_id(ws, args.plan_id)
        receiver = handover.receiver(
            args.to_name, args.to_title, args.to_profession, args.to_organisation, args.to_unit
        )
        done = handover.hand_over(ws, plan_id, receiver, on, args.note)
    if args.json:
        out(
            json.dumps(
                {
                    "id": done.id,
                    "plan_id": done.plan_id,
                    "from": _who(done.giver),
                    "to": _who(done.receiver),
                    "on": done.handed_on.isoformat(),
                    "agreement": done.agreement,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        out(pick(done.line_sv(), done.line_en()) + ".")
    return 0


def cmd_responsible(args: argparse.Namespace) -> int:
    with open_ws(args) as ws:
        who = handover.responsibility(ws, handover.plan_id(ws, args.plan_id))
    if args.json:
        data = {
            "plan_id": who.plan_id,
            "responsible": _who(who.now),
            "assessor": _who(who.assessor),
            "handovers": [
                {"from": _who(h.giver), "to": _who(h.receiver), "on": h.handed_on.isoformat(), "agreement": h.agreement}
                for h in who.handovers
            ],
        }
        out(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    from app.models.handover import describe

    out(pick("Ansvarig för uppföljning: ", "Responsible for follow-up: ") + describe(who.now))
    for h in who.handovers:
        out(f"  {h.handed_on.isoformat()}  {describe(h.giver)} → {describe(h.receiver)}  ({h.agreement})")
    return 0


def register_plan_actions(plan: argparse._SubParsersAction) -> None:
    p = plan.add_parser(
        "hand-over",
        help=pick(
            "lämna över ansvaret för uppföljning och omprövning (samma profession, efter överenskommelse)",
            "hand over responsibility for follow-up and re-assessment (same profession, by agreement)",
        ),
    )
    add_db(p)
    p.add_argument("plan_id", metavar="PLAN_ID", help=pick("planens id (början räcker)", "the plan's id (a prefix)"))
    p.add_argument("--to-name", required=True, help=pick("mottagarens namn", "the receiver's name"))
    p.add_argument(
        "--to-profession",
        required=True,
        choices=[x.value for x in Profession],
        help=pick("mottagarens yrke (samma som den som har ansvaret)", "the receiver's profession (as the giver's)"),
    )
    p.add_argument("--to-title", default="", help=pick("befattning", "title"))
    p.add_argument("--to-organisation", default="", help=pick("organisation (huvudman)", "organisation"))
    p.add_argument("--to-unit", default="", help=pick("enhet", "unit"))
    p.add_argument("--on", required=True, help=pick("från vilket datum (ÅÅÅÅ-MM-DD)", "from which date (YYYY-MM-DD)"))
    p.add_argument("--note", required=True, help=pick("hur och när ni kom överens", "how and when you agreed"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_hand_over)

    p = plan.add_parser(
        "responsible", help=pick("vem som har ansvaret för uppföljning nu", "who is responsible for follow-up now")
    )
    add_db(p)
    p.add_argument("plan_id", metavar="PLAN_ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_responsible)
