"""The command line: every core job scriptable, one clear sentence on error, never a traceback.

Exit codes: 0 success, 1 a user error (the sentence is on stderr), 2 bad usage.
Each sub-command module has `register(subparsers)` that sets `func` on its parser.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from app import __version__
from app.cli.usage import Parser
from app.errors import UserError
from app.i18n import pick, set_language

# Modules that add sub-commands; each is imported lazily so `--help` stays fast.
COMMAND_MODULES = ("app.cli.core", "app.cli.profile", "app.cli.pdf", "app.cli.exchange")


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = Parser(prog="egenvard", description="Egenvårdsstöd – egenvårdsplaner, uppföljning och avvikelser.")
    parser.add_argument("--version", action="version", version=f"Egenvårdsstöd {__version__}")
    parser.add_argument("--lang", choices=("sv", "en"), help="språk / language")
    parser.add_argument("--self-test", action="store_true", help=pick("kör självtest och avsluta", "run self-test"))
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO", parser_class=Parser)
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(sub)
    return parser


def _pre_language(argv: Sequence[str]) -> None:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            set_language(argv[i + 1])
        elif arg.startswith("--lang="):
            set_language(arg.split("=", 1)[1])


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _pre_language(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.self_test:
            from app.ui.selftest import run_self_test

            return run_self_test()
        if not args.command:
            from app.ui.app import run_gui

            return run_gui(db=None)
        if not hasattr(args, "func"):
            parser.parse_args([*argv, "--help"])
        return int(args.func(args) or 0)
    except UserError as exc:
        sys.stderr.write(f"{exc}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write(pick("Avbrutet.\n", "Interrupted.\n"))
        return 130
    except Exception as exc:  # the promise is one sentence, never a traceback
        sys.stderr.write(
            pick(
                f"Ett oväntat fel inträffade ({type(exc).__name__}). Inget sparat har gått förlorat.\n",
                f"An unexpected error occurred ({type(exc).__name__}). Nothing saved was lost.\n",
            )
        )
        return 1
