"""What every sub-command shares: the database path, the passphrase, and error handling."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from app.errors import UserError
from app.i18n import pick
from app.models.limits import escaped
from app.paths import default_db
from app.services.workspace import Workspace, open_workspace

PASSPHRASE_ENV = "EGENVARD_PASSPHRASE"


class CliError(UserError):
    sv = "{text_sv}"
    en = "{text_en}"

    def __init__(self, text_sv: str, text_en: str) -> None:
        super().__init__(text_sv=text_sv, text_en=text_en)


def add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        metavar="PATH",
        help=pick("databasfil (standard: i användarens datamapp)", "database file (default: the user data dir)"),
    )


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else default_db()


def passphrase(confirm: bool = False, prompt_sv: str = "Lösenfras: ", prompt_en: str = "Passphrase: ") -> str:
    """From EGENVARD_PASSPHRASE, else asked for without echo; refused when nobody can answer."""
    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise CliError(
            f"Ingen lösenfras: ange den i {PASSPHRASE_ENV} eller kör kommandot i en terminal.",
            f"No passphrase: set {PASSPHRASE_ENV} or run the command in a terminal.",
        )
    value = getpass.getpass(pick(prompt_sv, prompt_en))
    if confirm and getpass.getpass(pick("Upprepa lösenfrasen: ", "Repeat the passphrase: ")) != value:
        raise CliError("Lösenfraserna är inte lika.", "The passphrases do not match.")
    return value


@contextlib.contextmanager
def open_ws(args: argparse.Namespace) -> Iterator[Workspace]:
    """`with open_ws(args) as ws:` unlocks the database and always closes it."""
    ws = open_workspace(db_path(args), passphrase())
    try:
        yield ws
    finally:
        ws.close()


def out(text: str) -> None:
    """One piece of output. Control and direction characters (an ESC, a BEL, a right-to-left
    override in a name stored before they were refused) are written as \\uXXXX: raw, they
    would act on the terminal. In JSON that is the same string; line breaks stay."""
    sys.stdout.write(escaped(text, keep="\n\t") + "\n")
