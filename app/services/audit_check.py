"""`audit verify` as a use case: every page, the hash chain, the chain against its anchor
outside the database, and the protective triggers (put back as an audited repair).

Each finding is one sentence (Swedish and English) so the CLI and the window say the same.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.i18n import pick
from app.models.audit import Action, AnchorCheck, ChainCheck
from app.models.roles import UseCase
from app.services.workspace import Workspace
from app.store import protection
from app.store.anchor import anchor_path

_CHAIN_REASONS = {
    "missing": ("saknas eller är borttagen", "is missing or deleted"),
    "link": ("länkar inte till föregående", "does not link to the one before"),
    "altered": ("har ändrats", "was altered"),
}


@dataclass(frozen=True)
class AuditReport:
    pages: int
    chain: ChainCheck
    anchor: AnchorCheck
    repaired: tuple[str, ...] = ()
    anchor_file: str = ""

    @property
    def tampered(self) -> bool:
        return not self.chain.ok or self.anchor.state not in ("ok", "none") or bool(self.repaired)

    def repair_sentence(self) -> str:
        names = ", ".join(self.repaired)
        return pick(
            f"Skyddet {names} saknades eller var ändrat och har återskapats (händelsen finns i loggen).",
            f"The protection {names} was missing or altered and has been re-created (the log records it).",
        )

    def problems(self) -> list[str]:
        """One sentence per finding that means the records were tampered with."""
        found = []
        if self.repaired:
            found.append(pick("Databasens skydd hade tagits bort eller ändrats.", "The protection had been removed."))
        if not self.chain.ok:
            sv, en = _CHAIN_REASONS[self.chain.reason]
            at = self.chain.broken_at
            found.append(
                pick(f"Granskningsloggen är bruten: händelse {at} {sv}.", f"The audit log is broken: event {at} {en}.")
            )
        if self.anchor.state not in ("ok", "none"):
            found.append(_anchor_sentence(self.anchor, self.anchor_file))
        return found

    def summary(self) -> str:
        anchored = pick(" och stämmer med ankaret utanför databasen", " and matches the anchor outside the database")
        if self.anchor.state == "none":
            anchored = pick(" (ännu inget ankare utanför databasen)", " (no anchor outside the database yet)")
        return pick(
            f"Granskningsloggen är hel ({self.chain.events} händelser){anchored}; "
            f"databasfilens {self.pages} sidor är oskadda.",
            f"The audit log is intact ({self.chain.events} events){anchored}; "
            f"all {self.pages} pages of the database are undamaged.",
        )


def _anchor_sentence(check: AnchorCheck, where: str) -> str:
    """One sentence per way the chain and its anchor outside the database disagree."""
    a, n = (check.anchored.count if check.anchored else 0), check.chain.count
    sentences = {
        "shortened": (
            f"Granskningsloggen har kortats: ankaret utanför databasen visar {a} händelser, loggen har bara {n}.",
            f"The audit log was cut short: the anchor outside the database shows {a} events, the log has only {n}.",
        ),
        "rewritten": (
            f"Granskningsloggen har skrivits om: händelse {a} stämmer inte längre med ankaret utanför databasen.",
            f"The audit log was rewritten: event {a} no longer matches the anchor outside the database.",
        ),
        "ahead": (
            f"Granskningsloggen har händelser tillagda utanför programmet: ankaret slutar vid {a}, loggen vid {n}.",
            f"The audit log has events added outside the program: the anchor ends at {a}, the log at {n}.",
        ),
        "forged": (
            f"Ankarfilen {where} är ändrad eller hör till en annan databas; loggen kan inte bekräftas mot den.",
            f"The anchor file {where} was altered or belongs to another database; the log cannot be confirmed.",
        ),
        "missing": (
            f"Ankarfilen {where} saknas fast databasen har haft en; loggen kan inte bekräftas mot den.",
            f"The anchor file {where} is missing although the database had one; the log cannot be confirmed.",
        ),
    }
    return pick(*sentences[check.state])


def verify_audit(ws: Workspace) -> AuditReport:
    """Check everything first (nothing is written while checking), then put back missing or
    defanged triggers as one audited repair."""
    pages = ws.store.check_pages()  # a flipped byte in a page no query read yet is found here
    chain = ws.audit.verify()
    anchored = ws.audit.check_anchor()
    repaired = protection.broken(ws.store)
    if repaired:
        with ws.write(Action.REPAIR, "protection", ",".join(repaired)):
            protection.restore(ws.store, repaired)
    return AuditReport(pages, chain, anchored, tuple(repaired), str(anchor_path(ws.path)))


_STATE_WORDS = {
    "ok": ("stämde", "matched"),
    "shortened": ("loggen var kortare", "the log was shorter"),
    "rewritten": ("loggen var omskriven", "the log was rewritten"),
    "ahead": ("händelser tillagda utanför programmet", "events added outside the program"),
    "forged": ("ankarfilen var ändrad", "the anchor file was altered"),
    "missing": ("ankarfilen saknades", "the anchor file was missing"),
    "none": ("inget ankare", "no anchor"),
}


def state_words(state: str) -> str:
    return pick(*_STATE_WORDS[state])


def reanchor(ws: Workspace) -> AnchorCheck:
    """After a reported difference was looked into: anchor the log as it is now. The event
    that does it names the anchor it replaces, so the chain itself keeps the earlier head.
    Returns what the anchor said before."""
    ws.require(UseCase.ACCEPT_AUDIT_LOG)
    before = ws.audit.check_anchor()
    old = before.anchored
    what = f"{before.state} {old.count}:{old.hash[:16]}" if old else before.state
    with ws.write(Action.REPAIR, "anchor", what):
        pass
    ws.store.reset_anchor(ws.audit.head())
    return before
