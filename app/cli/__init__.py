"""The command line: every core job scriptable, one clear sentence on error, never a traceback.

Exit codes: 0 success, 1 a user error (the sentence is on stderr), 2 bad usage.
Each sub-command module has `register(subparsers)` that sets `func` on its parser.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from app import __version__
from app.cli.usage import Parser
from app.errors import UserError
from app.i18n import pick, set_language

# Modules that add sub-commands. Only the one(s) a command needs are imported (the PDF and
# exchange modules pull in ReportLab, pyHanko and jsonschema: most of a second), none for
# the window, `--version` or `--self-test`, and all for `--help` or a name not listed here.
COMMAND_MODULES = (
    "app.cli.core",
    "app.cli.profile",
    "app.cli.pdf",
    "app.cli.exchange",
    "app.cli.intyg",
    "app.cli.todo",
    "app.cli.report",
)
_CORE, _PROFILE, _PDF, _EXCHANGE, _INTYG, _TODO, _REPORT = ((m,) for m in COMMAND_MODULES)
COMMAND_HOME: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("init", "demo", "person", "plan", "audit", "backup", "restore", "passphrase"), _CORE),
    "profile": _PROFILE,
    "todo": _TODO,
    "pdf": _PDF,
    "verify": (*_PDF, *_EXCHANGE),  # each module adds its kind of file
    **dict.fromkeys(("identity", "export", "import", "conflicts"), _EXCHANGE),
    "intyg": _INTYG,
    "report": _REPORT,
}
_OPTIONS_WITH_VALUE = ("--lang", "--db")


def _command_word(argv: Sequence[str]) -> str | None:
    """The sub-command's name: the first word that is neither an option nor an option's value."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in _OPTIONS_WITH_VALUE:
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def modules_for(argv: Sequence[str] | None) -> tuple[str, ...]:
    if argv is None:
        return COMMAND_MODULES
    word = _command_word(argv)
    if word is None:
        return COMMAND_MODULES if any(a in ("-h", "--help") for a in argv) else ()
    return COMMAND_HOME.get(word, COMMAND_MODULES)


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser for `argv` (every sub-command when None)."""
    import importlib

    parser = Parser(prog="egenvard", description="Egenvårdsstöd – egenvårdsplaner, uppföljning och avvikelser.")
    parser.add_argument("--version", action="version", version=f"Egenvårdsstöd {__version__}")
    parser.add_argument("--lang", choices=("sv", "en"), help="språk / language")
    parser.add_argument("--self-test", action="store_true", help=pick("kör självtest och avsluta", "run self-test"))
    parser.add_argument(
        "--db",
        dest="window_db",
        type=Path,
        default=None,
        metavar="PATH",
        help=pick(
            "öppna fönstret med den här databasen (standard: den senast använda)",
            "open the window on this database (default: the last one used)",
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO", parser_class=Parser)
    for name in modules_for(argv):
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


BUNDLE_SUFFIX = ".egvb"


def _bundle_word(argv: list[str]) -> Path | None:
    """`egenvard FILE.egvb`, as Windows runs it for a double-clicked bundle: the window, then the
    import wizard with that file. Taken out of argv, as it is no sub-command."""
    word = _command_word(argv)
    if word is None or not word.lower().endswith(BUNDLE_SUFFIX):
        return None
    argv.remove(word)
    return Path(word)


def _window(db: Path | None, bundle: Path | None = None) -> int:
    from app.display import check_display

    check_display()  # before Qt: without a screen Qt would abort the process (exit 134)
    from app.ui.app import run_gui

    return run_gui(db=db, bundle=bundle)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _pre_language(argv)
    bundle = _bundle_word(argv)
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    try:
        if args.self_test:
            from app.ui.selftest import run_self_test

            return run_self_test()
        if not args.command:
            return _window(args.window_db, bundle)
        if not hasattr(args, "func"):
            parser.parse_args([*argv, "--help"])
        return int(args.func(args) or 0)
    except UserError as exc:
        sys.stderr.write(f"{exc}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write(pick("Avbrutet.\n", "Interrupted.\n"))
        return 130
    except BrokenPipeError:
        # The reader of our output went away (`egenvard person list | head`): nothing is wrong.
        # Point stdout at nothing so the flush at exit does not fail a second time.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # the promise is one sentence, never a traceback
        sys.stderr.write(
            pick(
                f"Ett oväntat fel inträffade ({type(exc).__name__}). Inget sparat har gått förlorat.\n",
                f"An unexpected error occurred ({type(exc).__name__}). Nothing saved was lost.\n",
            )
        )
        return 1
