"""`egenvard todo list`: what routine 002 still asks for, as Överblick shows it (app/services/todo.py).

`--json` prints each item's stable fields (kind, person_id, plan_id, due, action, owner); the
text form adds the person's name and number, masked for protected identity. Like Överblick it
prints the first `--limit` items (500; own ones first) and says on stderr how many there are;
`--all` prints every one.
"""

from __future__ import annotations

import argparse
import json
import sys

from app.cli.common import add_db, open_ws, out
from app.i18n import pick
from app.services import todo


def _line(item: todo.TodoItem) -> str:
    due = item.due.isoformat() if item.due else "–"
    mark = "*" if item.mine else " "
    who = f"{item.person_name} {item.person_number}".strip()
    return f"{mark} {due:<10}  {item.kind.value:<22}  {who}: {item.action} — {item.owner}"


def _limit(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(pick("ange ett heltal från 1", "give a whole number from 1"))
    return value


def cmd_list(args: argparse.Namespace) -> int:
    kinds = todo.parse_kinds(args.kind) if args.kind else None  # refused before the passphrase is asked
    with open_ws(args) as ws:
        page = todo.page(ws, mine=args.mine, unit=args.unit, kinds=kinds, limit=None if args.all else args.limit)
    items = page.items
    if not page.complete:  # on stderr: the JSON on stdout stays a plain list
        sys.stderr.write(
            pick(
                f"Visar de {len(items)} första av {page.total} ({page.own} dina); --all visar alla.\n",
                f"Showing the first {len(items)} of {page.total} ({page.own} yours); --all shows all.\n",
            )
        )
    if args.json:
        out(json.dumps([todo.as_json(i) for i in items], ensure_ascii=False, indent=2))
        return 0
    if not items:
        out(pick("Inget att göra.", "Nothing to do."))
        return 0
    for item in items:
        out(_line(item))
    out(pick(f"{page.total} att göra; * = dina egna.", f"{page.total} to do; * = your own."))
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
    p.add_argument(
        "--limit",
        type=_limit,
        default=todo.PAGE,
        metavar="N",
        help=pick(f"högst N uppgifter (förval {todo.PAGE})", f"at most N items (default {todo.PAGE})"),
    )
    p.add_argument("--all", action="store_true", help=pick("alla uppgifter", "every item"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)
