"""`egenvard report indicators`: the follow-up indicators (Uppföljning, issue 12).

A table on the terminal shows the exact figures (inside the organisation); `--json`, `--pdf`
and `--xlsx` are made to be passed on, so the small-count rule is applied to them unless
`--exact` says the file stays inside.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from app.cli.common import CliError, add_db, open_ws, out
from app.i18n import pick
from app.models.indicators import Breakdown, Period, Report, count_text, value_text
from app.services import indicators as ix

BY_CHOICES = ("unit", "setting", "measure", "organisation", "profession")


def _date(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CliError(
            f"{option} skrivs ÅÅÅÅ-MM-DD (”{text}”).", f"{option} is written YYYY-MM-DD (“{text}”)."
        ) from None


def _table(report: Report) -> None:
    for ind in ix.REGISTRY:
        for f in report.of(ind.id):
            name = ind.name_sv if pick("sv", "en") == "sv" else ind.name_en
            den = count_text(f, "denominator")
            out(f"{name}\t{f.label}\t{count_text(f, 'numerator')}\t{den}\t{value_text(f)}")
    for ident in report.pending:
        out(pick(f"(beräknas inte ännu: {ident})", f"(not computed yet: {ident})"))


def cmd_indicators(args: argparse.Namespace) -> int:
    period = Period(_date(args.start, "--from"), _date(args.end, "--to"))
    breakdown = Breakdown(args.by) if args.by else Breakdown.NONE
    with open_ws(args) as ws:
        exact = ix.compute(ws, period, breakdown)
        today = ws.today()
    report = exact if args.exact else ix.public(exact)
    if args.json:
        sys.stdout.write(json.dumps(ix.as_json(report), ensure_ascii=False, indent=1) + "\n")
    elif args.pdf:
        ix.write_file(Path(args.pdf), ix.report_pdf(report, today))
        out(pick(f"PDF sparad: {args.pdf}", f"PDF saved: {args.pdf}"))
    elif args.xlsx:
        ix.write_file(Path(args.xlsx), ix.report_xlsx(report))
        out(pick(f"Kalkylblad sparat: {args.xlsx}", f"Spreadsheet saved: {args.xlsx}"))
    elif args.fhir:
        ix.write_file(Path(args.fhir), ix.fhir_summary(ix.public(exact), datetime.now(UTC)))
        out(pick(f"FHIR MeasureReport sparade: {args.fhir}", f"FHIR MeasureReports saved: {args.fhir}"))
    elif args.egvb:
        return _send(args, period, breakdown)
    else:
        _table(exact)
    return 0


def _send(args: argparse.Namespace, period: Period, breakdown: Breakdown) -> int:
    """The indicators as MeasureReports in a signed, encrypted `.egvb` for the region."""
    from app.cli.exchange import _secret  # the exchange only when a bundle is asked for
    from app.exchange.identity import load_identity_file
    from app.services.exchange import measures

    if bool(args.recipient) == bool(args.passphrase_env):
        raise CliError(
            "Ange mottagaren med --recipient IDENTITETSFIL eller --passphrase-env VARIABEL.",
            "Name the recipient with --recipient IDENTITY_FILE or --passphrase-env VARIABLE.",
        )
    to = load_identity_file(Path(args.recipient)) if args.recipient else None
    secret = _secret(args.passphrase_env)
    with open_ws(args) as ws:
        result = measures.export_indicators(ws, Path(args.egvb), period, breakdown, to=to, passphrase=secret)
    out(
        pick(
            f"Utbytespaket med indikatorer sparat: {result.path}", f"Exchange bundle of indicators saved: {result.path}"
        )
    )
    return 0


def cmd_county(args: argparse.Namespace) -> int:
    """The county view: several municipalities' indicator files summed (no database needed), or
    with `--received` the reports received in exchange bundles (`--db`)."""
    if args.received:
        from app.services.exchange import measures

        with open_ws(args) as ws:
            report = measures.county_received(ws)
    elif not args.files:
        raise CliError("Ange indikatorfiler eller --received.", "Give indicator files or --received.")
    else:
        report = ix.county_from_files(None, [Path(p) for p in args.files])
    if args.json:
        sys.stdout.write(json.dumps(ix.as_json(report), ensure_ascii=False, indent=1) + "\n")
    elif args.pdf:
        ix.write_file(Path(args.pdf), ix.report_pdf(report, date.today()))
        out(pick(f"PDF sparad: {args.pdf}", f"PDF saved: {args.pdf}"))
    else:
        _table(report)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    report = sub.add_parser("report", help=pick("rapporter: uppföljning", "reports: follow-up"))
    kinds = report.add_subparsers(dest="kind", required=True, metavar="RAPPORT")
    p = kinds.add_parser("indicators", help=pick("uppföljningens indikatorer", "the follow-up indicators"))
    add_db(p)
    p.add_argument("--from", dest="start", required=True, metavar="ÅÅÅÅ-MM-DD")
    p.add_argument("--to", dest="end", required=True, metavar="ÅÅÅÅ-MM-DD")
    p.add_argument("--by", choices=BY_CHOICES, default=None, help=pick("uppdelning", "breakdown"))
    outputs = p.add_mutually_exclusive_group()
    outputs.add_argument("--json", action="store_true", help=pick("JSON på stdout", "JSON on stdout"))
    outputs.add_argument("--pdf", metavar="FILE", help=pick("PDF-rapport", "PDF report"))
    outputs.add_argument("--xlsx", metavar="FILE", help=pick("kalkylblad (xlsx)", "spreadsheet (xlsx)"))
    outputs.add_argument(
        "--fhir", metavar="FILE", help=pick("FHIR MeasureReport till regionen (JSON)", "FHIR MeasureReports (JSON)")
    )
    outputs.add_argument(
        "--egvb",
        metavar="FILE",
        help=pick("MeasureReport i utbytespaket (.egvb) till regionen", "MeasureReports in an exchange bundle (.egvb)"),
    )
    p.add_argument("--recipient", metavar="IDENTITY_FILE", help=pick("mottagarens identitetsfil", "recipient identity"))
    p.add_argument("--passphrase-env", metavar="VAR", help=pick("lösenfras i miljövariabel", "passphrase env var"))
    p.add_argument(
        "--exact",
        action="store_true",
        help=pick("exakta siffror, utan regeln för små antal (internt bruk)", "exact figures, no small-count rule"),
    )
    p.set_defaults(func=cmd_indicators)

    p = kinds.add_parser("county", help=pick("länsvy: flera kommuners indikatorfiler", "county view of several files"))
    p.add_argument("files", nargs="*", metavar="FIL", help=pick("indikatorfiler (FHIR JSON)", "indicator files"))
    p.add_argument(
        "--received",
        action="store_true",
        help=pick("rapporterna som tagits emot i utbytespaket (--db)", "the reports received in exchange bundles"),
    )
    add_db(p)
    outputs = p.add_mutually_exclusive_group()
    outputs.add_argument("--json", action="store_true", help=pick("JSON på stdout", "JSON on stdout"))
    outputs.add_argument("--pdf", metavar="FILE", help=pick("PDF-rapport", "PDF report"))
    p.set_defaults(func=cmd_county)
