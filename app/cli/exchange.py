"""`egenvard identity …`, `egenvard export`, `egenvard import`, `egenvard conflicts`, and
`egenvard verify FILE.egvb`.

`verify` is registered by app/cli/pdf.py; this module adds `--db` / `--passphrase-env` to
that parser and routes *.egvb files here (see `_hook_verify`), so there is one `verify`.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from app.cli.common import CliError, add_db, open_ws, out
from app.exchange import container, errors
from app.exchange.identity import load_identity_file
from app.i18n import pick
from app.services import exchange
from app.services.documents import resolve
from app.services.exchange.export_fhir import export_fhir

SUFFIX = ".egvb"
KIND_SV = {
    "person": "person",
    "assessment": "bedömning",
    "plan": "plan",
    "review": "uppföljning",
    "copy": "kopia",
    "sip_link": "SIP",
    "handover": "överlåtet ansvar",
    "deviation": "avvikelse",
    "document": "PDF",
    "intyg": "egenvårdsintyg",
}


def _secret(var: str | None) -> str | None:
    if not var:
        return None
    value = os.environ.get(var)
    if not value:
        raise CliError(
            f"Miljövariabeln {var} är tom eller saknas.", f"The environment variable {var} is empty or unset."
        )
    return value


def cmd_identity_export(args: argparse.Namespace) -> int:
    with open_ws(args) as ws:
        exchange.ensure_identity(ws, args.name)
        public = exchange.export_identity(ws, Path(args.out))
    out(pick(f"Identitetsfil sparad: {args.out}", f"Identity file saved: {args.out}"))
    out(pick(f"Organisation: {public.name}", f"Organisation: {public.name}"))
    out(pick(f"Fingeravtryck: {public.short_fingerprint}", f"Fingerprint: {public.short_fingerprint}"))
    return 0


def cmd_identity_import(args: argparse.Namespace) -> int:
    with open_ws(args) as ws:
        partner = exchange.import_identity(ws, Path(args.file), trust=args.trust)
    state = pick("betrodd", "trusted") if partner.trusted else pick("inte betrodd ännu", "not trusted yet")
    out(pick(f"Partner: {partner.name} ({state})", f"Partner: {partner.name} ({state})"))
    out(
        pick(
            f"Fingeravtryck: {partner.identity.short_fingerprint} – jämför per telefon med avsändaren.",
            f"Fingerprint: {partner.identity.short_fingerprint} – compare it with the sender by phone.",
        )
    )
    return 0


def cmd_identity_show(args: argparse.Namespace) -> int:
    with open_ws(args) as ws:
        me = exchange.ensure_identity(ws).public
        partners = exchange.partners(ws)
    out(
        pick(
            f"Den här organisationen: {me.name}  {me.short_fingerprint}",
            f"This organisation: {me.name}  {me.short_fingerprint}",
        )
    )
    for p in partners:
        state = pick("betrodd", "trusted") if p.trusted else pick("ej betrodd", "not trusted")
        out(f"  {p.identity.short_fingerprint}  {p.name}  ({state})")
    return 0


def cmd_identity_ids(args: argparse.Namespace) -> int:
    """Show, or set, the organisation's HSA-id and organisationsnummer (written on bundles)."""
    with open_ws(args) as ws:
        if args.hsa_id is None and args.org_number is None:
            ids = exchange.organisation_ids(ws)
        else:
            now_ids = exchange.organisation_ids(ws)
            ids = exchange.set_organisation_ids(
                ws,
                now_ids.hsa_id if args.hsa_id is None else args.hsa_id,
                now_ids.org_number if args.org_number is None else args.org_number,
            )
    none = pick("(inget)", "(none)")
    out(f"HSA-id: {ids.hsa_id or none}")
    out(pick("Organisationsnummer: ", "Organisation number: ") + (ids.org_number or none))
    return 0


def cmd_identity_trust(args: argparse.Namespace) -> int:
    with open_ws(args) as ws:
        wanted = args.fingerprint.replace("-", "").lower()
        found = [p for p in exchange.partners(ws) if p.fingerprint.startswith(wanted)]
        if len(found) != 1:
            raise CliError(
                f"Hittade {len(found)} partner med fingeravtrycket {args.fingerprint}.",
                f"Found {len(found)} partners with the fingerprint {args.fingerprint}.",
            )
        partner = exchange.set_trusted(ws, found[0].fingerprint, not args.untrust)
    state = pick("betrodd", "trusted") if partner.trusted else pick("inte betrodd", "not trusted")
    out(f"{partner.name}: {state}")
    return 0


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{k} {v}" for k, v in counts.items() if v)


def cmd_export_fhir(args: argparse.Namespace) -> int:
    """`export --fhir DIR`: transaction Bundles for a FHIR server (no recipient, no encryption)."""
    with open_ws(args) as ws:
        persons = [resolve(ws, "persons", p, "person", "person") for p in args.person]
        plans = [resolve(ws, "plans", p, "plan", "plan") for p in args.plan]
        result = export_fhir(ws, Path(args.fhir), person_ids=persons, plan_ids=plans)
    out(pick(f"FHIR-transaktioner sparade: {len(result.paths)} filer i {args.fhir}",
             f"FHIR transactions saved: {len(result.paths)} files in {args.fhir}"))  # fmt: skip
    out(_counts(result.counts))
    if result.left_out:
        sys.stderr.write(
            pick("Utelämnade (samtycke saknas): ", "Left out (no consent recorded): ")
            + "; ".join(result.left_out)
            + "\n"
        )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    if args.fhir:
        if args.out or args.to or args.passphrase_env or args.deviation or args.since_last:
            raise CliError(
                "--fhir skriver FHIR-transaktioner till en mapp: utan --out, --to, --passphrase-env, "
                "--deviation och --since-last.",
                "--fhir writes FHIR transactions to a folder: without --out, --to, --passphrase-env, "
                "--deviation and --since-last.",
            )
        return cmd_export_fhir(args)
    if not args.out or not (args.to or args.passphrase_env):
        raise CliError(
            "Ange --out FIL.egvb och mottagare (--to eller --passphrase-env), eller --fhir MAPP.",
            "Give --out FILE.egvb and a recipient (--to or --passphrase-env), or --fhir DIR.",
        )
    to = load_identity_file(Path(args.to)) if args.to else None
    secret = _secret(args.passphrase_env)
    with open_ws(args) as ws:
        persons = [resolve(ws, "persons", p, "person", "person") for p in args.person]
        plans = [resolve(ws, "plans", p, "plan", "plan") for p in args.plan]
        deviation = resolve(ws, "deviations", args.deviation, "avvikelse", "deviation") if args.deviation else None
        result = exchange.export_bundle(
            ws,
            Path(args.out),
            to=to,
            passphrase=secret,
            person_ids=persons,
            plan_ids=plans,
            deviation_id=deviation,
            since_last=args.since_last,
        )
    out(pick(f"Utbytespaket sparat: {result.path}", f"Exchange bundle saved: {result.path}"))
    out(_counts(result.counts))
    if result.left_out:
        sys.stderr.write(
            pick("Utelämnade (samtycke saknas): ", "Left out (no consent recorded): ")
            + "; ".join(result.left_out)
            + "\n"
        )
    return 0


def _value(v: Any) -> str:
    text = "–" if v is None or v == "" else str(v)
    return text if len(text) <= 60 else text[:57] + "…"


def print_conflicts(conflicts: list[exchange.Conflict] | tuple[exchange.Conflict, ...]) -> None:
    for c in conflicts:
        out("")
        out(
            pick(
                f"KONFLIKT {c.id[:8]}: {KIND_SV.get(c.kind, c.kind)} {c.key[:13]} – {c.person_name}",
                f"CONFLICT {c.id[:8]}: {c.kind} {c.key[:13]} – {c.person_name}",
            )
        )
        out(f"  {pick('fält', 'field'):<22} {pick('här', 'local'):<62} {pick('inkommande', 'incoming')}")
        for name, mine, theirs in c.differing():
            out(f"  {name:<22} {_value(mine):<62} {_value(theirs)}")


def cmd_import(args: argparse.Namespace) -> int:
    secret = _secret(args.passphrase_env)
    with open_ws(args) as ws:
        incoming = exchange.read_bundle(ws, Path(args.file), secret)
        prev = exchange.preview(ws, incoming)
        c = prev.counts()
        out(
            pick(
                f"Från {incoming.sender.name} ({incoming.sender.short_fingerprint}): ",
                f"From {incoming.sender.name} ({incoming.sender.short_fingerprint}): ",
            )
            + pick(
                f"nya {c['new']}, uppdaterade {c['updated']}, i konflikt {c['conflict']}, oförändrade {c['unchanged']}",
                f"new {c['new']}, updated {c['updated']}, conflicting {c['conflict']}, unchanged {c['unchanged']}",
            )
        )
        older = prev.older()
        if older and not (prev.order and prev.order.older):
            out(pick(f"  varav äldre versioner, hoppas över: {older}", f"  of which older versions, skipped: {older}"))
        for notice in prev.notices:
            sys.stderr.write(pick("Obs: ", "Note: ") + notice + "\n")
        if not args.yes:
            if not sys.stdin or not sys.stdin.isatty():
                raise CliError(
                    "Inget importerades: lägg till --yes för att skriva (konflikter lämnas olösta).",
                    "Nothing was imported: add --yes to write (conflicts are left unresolved).",
                )
            answer = input(pick("Importera? [j/N] ", "Import? [y/N] ")).strip().lower()
            if answer not in ("j", "ja", "y", "yes"):
                out(pick("Inget importerades.", "Nothing was imported."))
                return 0
        result = exchange.apply(ws, incoming, prev)
    out(pick("Importerat.", "Imported."))
    if result.conflicts:
        print_conflicts(result.conflicts)
        out("")
        out(
            pick(
                f"{len(result.conflicts)} konflikter är olösta; inget skrevs över. Lös dem med "
                "”egenvard conflicts resolve ID --keep local|incoming”.",
                f"{len(result.conflicts)} conflicts are unresolved; nothing was overwritten. Resolve them with "
                "“egenvard conflicts resolve ID --keep local|incoming”.",
            )
        )
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    with open_ws(args) as ws:
        conflicts = exchange.open_conflicts(ws)
    if not conflicts:
        out(pick("Inga olösta konflikter.", "No unresolved conflicts."))
    print_conflicts(conflicts)
    return 0


def cmd_conflict_resolve(args: argparse.Namespace) -> int:
    with open_ws(args) as ws:
        matches = [c.id for c in exchange.open_conflicts(ws) if c.id.startswith(args.conflict_id)]
        if len(matches) != 1:
            raise exchange.UnknownConflict(ident=args.conflict_id)
        exchange.resolve_conflict(ws, matches[0], take_incoming=args.keep == "incoming")
    out(pick("Konflikten är löst.", "The conflict is resolved."))
    return 0


# --- verify FILE.egvb ---------------------------------------------------------------------------


def verify_bundle(args: argparse.Namespace) -> int:
    path = Path(args.file)
    secret = _secret(getattr(args, "passphrase_env", None))
    data = exchange.read_file(path)
    if getattr(args, "db", None):
        with open_ws(args) as ws:
            me = exchange.ensure_identity(ws)
            opened, records = exchange.open_checked(
                data, path, identity=me, passphrase=secret, trust=exchange._trust(ws, me)
            )
    else:
        opened, records = exchange.open_checked(data, path, identity=None, passphrase=secret, trust=None)
    sender = opened.sender
    out(
        pick(
            "Utbytespaketet är helt: signaturen, alla SHA-256 och FHIR-innehållet stämmer.",
            "The exchange bundle is intact: the signature, every SHA-256 and the FHIR content check out.",
        )
    )
    out(
        pick(
            f"Avsändare: {sender.name}  fingeravtryck {sender.short_fingerprint}",
            f"Sender: {sender.name}  fingerprint {sender.short_fingerprint}",
        )
    )
    if not opened.trusted:
        out(
            pick(
                "Avsändaren är inte kontrollerad mot betrodda partner (ange --db); jämför fingeravtrycket.",
                "The sender was not checked against trusted partners (give --db); compare the fingerprint.",
            )
        )
    out(_counts(records.counts()))
    return 0


def _hook_verify(sub: argparse._SubParsersAction) -> None:
    parser = sub.choices.get("verify")
    if parser is None:  # no PDF module: verify is ours alone
        parser = sub.add_parser("verify", help=pick("kontrollera ett utbytespaket", "check an exchange bundle"))
        parser.add_argument("file", metavar="FILE")
        previous = None
    else:
        previous = parser.get_default("func")
        try:
            from app.cli import pdf

            pdf.VERIFIERS.setdefault(SUFFIX, lambda path: 0)  # listed among the known kinds
        except ImportError:
            pass
    add_db(parser)
    parser.add_argument("--passphrase-env", metavar="VAR", help=pick("lösenfras för .egvb", "passphrase for .egvb"))

    def dispatch(args: argparse.Namespace) -> int:
        if Path(args.file).suffix.lower() == SUFFIX or previous is None:
            if not Path(args.file).is_file():
                raise CliError(f"Filen finns inte: {args.file}", f"The file does not exist: {args.file}")
            return verify_bundle(args)
        return int(previous(args) or 0)

    parser.set_defaults(func=dispatch)


def register(sub: argparse._SubParsersAction) -> None:
    ident = sub.add_parser("identity", help=pick("organisationens identitet för utbyte", "exchange identity"))
    actions = ident.add_subparsers(dest="action", required=True)
    p = actions.add_parser("export", help=pick("spara identitetsfil att ge partner", "save the identity file"))
    add_db(p)
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--name", default=None, help=pick("organisationens namn (första gången)", "organisation name"))
    p.set_defaults(func=cmd_identity_export)
    p = actions.add_parser("import", help=pick("importera en partners identitetsfil", "import a partner's identity"))
    p.add_argument("file", metavar="FILE")
    add_db(p)
    p.add_argument("--trust", action="store_true", help=pick("lita på partnern", "trust the partner"))
    p.set_defaults(func=cmd_identity_import)
    p = actions.add_parser("show", help=pick("visa fingeravtryck och partner", "show fingerprints and partners"))
    add_db(p)
    p.set_defaults(func=cmd_identity_show)
    p = actions.add_parser(
        "ids", help=pick("HSA-id och organisationsnummer (valfria)", "HSA-id and organisation number (optional)")
    )
    add_db(p)
    p.add_argument("--hsa-id", default=None, metavar="SE…", help=pick("tomt tar bort", "empty removes it"))
    p.add_argument("--org-number", default=None, metavar="NNNNNN-NNNN", help=pick("tomt tar bort", "empty removes it"))
    p.set_defaults(func=cmd_identity_ids)
    p = actions.add_parser("trust", help=pick("lita på en partner", "trust a partner"))
    p.add_argument("fingerprint", metavar="FINGERPRINT")
    add_db(p)
    p.add_argument("--untrust", action="store_true")
    p.set_defaults(func=cmd_identity_trust)

    p = sub.add_parser("export", help=pick("skapa utbytespaket (.egvb)", "make an exchange bundle (.egvb)"))
    add_db(p)
    p.add_argument("--out", metavar="FILE.egvb")
    p.add_argument(
        "--fhir",
        metavar="DIR",
        help=pick("FHIR-transaktioner (JSON) för en FHIR-server", "FHIR transaction Bundles (JSON) for a FHIR server"),
    )
    target = p.add_mutually_exclusive_group()
    target.add_argument("--to", metavar="IDENTITY_FILE", help=pick("mottagarens identitetsfil", "recipient identity"))
    target.add_argument("--passphrase-env", metavar="VAR", help=pick("lösenfras i miljövariabel", "passphrase env var"))
    p.add_argument("--person", action="append", default=[], metavar="ID")
    p.add_argument("--plan", action="append", default=[], metavar="ID")
    p.add_argument("--deviation", default=None, metavar="ID")
    p.add_argument("--since-last", action="store_true", help=pick("bara ändrat sedan sist", "only changed since last"))
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import", help=pick("importera utbytespaket (.egvb)", "import an exchange bundle (.egvb)"))
    p.add_argument("file", metavar="FILE.egvb")
    add_db(p)
    p.add_argument("--passphrase-env", metavar="VAR")
    p.add_argument("--yes", action="store_true", help=pick("skriv utan att fråga", "write without asking"))
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("conflicts", help=pick("olösta konflikter från import", "unresolved import conflicts"))
    add_db(p)
    p.set_defaults(func=cmd_conflicts)
    acts = p.add_subparsers(dest="action")
    r = acts.add_parser("resolve", help=pick("lös en konflikt", "resolve a conflict"))
    r.add_argument("conflict_id", metavar="ID")
    r.add_argument("--keep", choices=("local", "incoming"), required=True)
    add_db(r)
    r.set_defaults(func=cmd_conflict_resolve)

    _hook_verify(sub)


__all__ = ["container", "errors", "register"]
