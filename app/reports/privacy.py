"""Protected identity (skyddade personuppgifter) on paper.

A document about a person with protected identity carries "SKYDDAD IDENTITET" on every page,
shows the personnummer without its last four digits, and leaves out school and unit, unless
the user chose to print them. The choice is made once per document by the service, which
renders inside `using(Privacy.of(person, reveal))`: every text goes through `text.nfc`, which
masks the number wherever it appears (header, boxes, tables), and `page.build` draws the mark.
So a new document kind gets all of this by being rendered inside the same block.
"""

from __future__ import annotations

import contextvars
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from app.models.person import Person

MARK = "SKYDDAD IDENTITET"
LEFT_OUT = "Utelämnas (skyddad identitet)"
UNIT_MARK = "[enhet utelämnad]"


@dataclass(frozen=True)
class Privacy:
    protected: bool = False  # the mark on every page
    masked: tuple[tuple[str, str], ...] = ()  # (as written, as printed) for the person's number
    hide_unit: bool = False  # school / unit / place left out
    unit_name: str = ""  # the person's unit, also left out where other text names it

    @classmethod
    def of(cls, person: Person, reveal: bool = False) -> Privacy:
        if not person.protected_identity:
            return cls()
        if reveal:  # the user chose to print everything; the mark stays
            return cls(protected=True)
        n = person.number
        short = n.formatted[2:]  # YYMMDD-NNNN, the other common way of writing it
        return cls(
            protected=True,
            masked=((n.formatted, n.masked), (n.digits, n.masked), (short, n.masked[2:])),
            hide_unit=True,
            unit_name=person.unit.strip() if len(person.unit.strip()) >= 3 else "",
        )

    def redact(self, text: str) -> str:
        for written, printed in self.masked:
            if written in text:
                text = text.replace(written, printed)
        if self.unit_name and self.unit_name in text:
            # Whole words only ("Solrosen", "Solrosens" in "Rektor, Solrosen"; not inside another word).
            text = re.sub(rf"(?<!\w){re.escape(self.unit_name)}s?(?!\w)", UNIT_MARK, text)
        return text

    def unit(self, text: str) -> str:
        """A school, unit or place as printed: left out for a protected person."""
        return LEFT_OUT if self.hide_unit and text else text


_OPEN = Privacy()
_current: contextvars.ContextVar[Privacy | None] = contextvars.ContextVar("privacy", default=None)


def current() -> Privacy:
    return _current.get() or _OPEN


@contextmanager
def using(privacy: Privacy) -> Iterator[Privacy]:
    """Render documents inside this block with `privacy` in force (per thread)."""
    token = _current.set(privacy)
    try:
        yield privacy
    finally:
        _current.reset(token)
