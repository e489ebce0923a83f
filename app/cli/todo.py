"""`egenvard todo list`: what routine 002 still asks for, as Överblick shows it (app/services/todo.py).

`--json` prints each item's stable fields (kind, person_id, plan_id, due, action, owner); the
text form adds the person's name and number, masked for protected identity.
"""

from __future__ import annotations

import argparse
import json

from app.cli.common import add_db, open_ws, out
from app.i18n import pick
from app.services import todo


def _line(item: todo.TodoItem) -> str:
    due = item.due.isoformat() if item.due else "–"
    mark = "*" if item.mine else " "
    who = f"{item.person_name} {item.person_number}".strip()
    return f"{mark} {due:<10}  {item.kind.value:<22}  {who}: {item.action} — {item.owner}"


def cmd_list(args: argparse.Namespace) -> int:
    kinds = todo.parse_kinds(args.kind) if args.kind else None  # refused before the passphrase is asked
    with open_ws(args) as ws:
        items = todo.todo(ws, mine=args.mine, unit=args.unit, kinds=kinds)
    if args.json:
        out(json.dumps([todo.as_json(i) for i in items], ensure_ascii=False, indent=2))
        return 0
    if not items:
        out(pick("Inget att göra.", "Nothing to do."))
        return 0
    for item in items:
        out(_line(item))
    out(pick(f"{len(items)} att göra; * = dina egna.", f"{len(items)} to do; * = your own."))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    top = sub.add_parser("todo", help=pick("att göra enligt rutinen", "what the routine asks for"))
    actions = top.add_subparsers(dest="action", required=True)
    p = actions.add_parser("list", help=pick("lista det som återstår", "list what is left to do"))
    add_db(p)
    p.add_argument("--mine", action="store_true", help=pick("bara dina egna uppgifter", "only your own items"))
    p.add_argument("--unit", metavar="ENHET", help=pick("bara personer vid enheten", "only persons of the unit"))
    p.add_argument(
        "--kind",
        nargs="+",
        action="extend",
        metavar="SORT",
        help=pick("bara dessa sorter: ", "only these kinds: ") + ", ".join(k.value for k in todo.Kind),
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)
