"""argparse in Swedish: the usage line, the help headings and the usage errors (exit 2).

argparse takes its own words from gettext, which on a Windows laptop finds no Swedish
catalogue (and reads the language from environment variables, not from `--lang`). So the
parser is built with Swedish words where argparse lets a subclass give them, and the few
error sentences argparse can produce are translated by pattern; anything unknown is left as
argparse wrote it.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any, NoReturn

from app.i18n import pick

_ERRORS_SV: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), sv)
    for pattern, sv in (
        (r"the following arguments are required: (.*)", r"följande argument saknas: \1"),
        (r"unrecognized arguments: (.*)", r"okända argument: \1"),
        (
            r"argument (.+?): invalid choice: (.*) \(choose from (.*)\)",
            r"argumentet \1: ogiltigt val \2 (välj bland \3)",
        ),
        (r"argument (.+?): invalid \w+ value: (.*)", r"argumentet \1: ogiltigt värde \2"),
        (r"argument (.+?): expected one argument", r"argumentet \1: ett värde behövs"),
        (r"argument (.+?): expected at most one argument", r"argumentet \1: högst ett värde"),
        (r"argument (.+?): expected at least one argument", r"argumentet \1: minst ett värde behövs"),
        (r"argument (.+?): expected (\d+) arguments?", r"argumentet \1: \2 värden behövs"),
        (r"argument (.+?): not allowed with argument (.*)", r"argumentet \1: går inte att kombinera med \2"),
        (r"argument (.+?): ignored explicit argument (.*)", r"argumentet \1: tar inget värde (\2)"),
        (r"one of the arguments (.*) is required", r"ett av argumenten \1 behövs"),
        (r"ambiguous option: (.*) could match (.*)", r"tvetydigt argument: \1 kan betyda \2"),
    )
)


def swedish_error(message: str) -> str:
    """argparse's English error sentence in Swedish, or as it is when it is not one of them."""
    for pattern, sv in _ERRORS_SV:
        if pattern.fullmatch(message):
            return pattern.sub(sv, message)
    return message


class Formatter(argparse.HelpFormatter):
    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        # argparse passes prefix "" when it only wants the program name (for sub-commands).
        super().add_usage(usage, actions, groups, pick("användning: ", "usage: ") if prefix is None else prefix)


class Parser(argparse.ArgumentParser):
    """Our parser: Swedish words when Swedish is in force, exit 2 with one sentence on bad usage."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", Formatter)
        super().__init__(*args, **kwargs)
        # argparse names these groups and the -h text itself; a subclass may retitle them.
        self._positionals.title = pick("argument", "positional arguments")
        self._optionals.title = pick("flaggor", "options")
        for action in self._actions:
            if isinstance(action, argparse._HelpAction):
                action.help = pick("visa den här hjälpen och avsluta", "show this help message and exit")

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        text = pick(swedish_error(message), message)
        sys.stderr.write(f"{self.prog}: {pick('fel', 'error')}: {text}\n")
        raise SystemExit(2)
