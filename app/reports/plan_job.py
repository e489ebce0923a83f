"""One plan form to render (and seal), as a job another process can do.

A batch of plans renders and seals in a pool of processes (`app/services/plan_batch.py`): the
forms are gathered from the database in the main process, which alone holds the database, and
each `PlanJob` carries all a process needs — the form, what the privacy rules let it show, and
the seal's texts. The sealing key reaches a process once, when it starts (`start`), through the
pipe `multiprocessing` starts it with: in memory only, never on disk, never logged.

The same `run` makes the document in the main process when there is no pool, so a plan looks the
same whichever way it was made.
"""

from __future__ import annotations

from dataclasses import dataclass

from app import i18n
from app.reports import privacy, seal
from app.reports.plan_form import PlanForm, render_plan


@dataclass(frozen=True)
class SealTexts:
    """What the seal's signature dictionary says, besides the certificate."""

    reason: str
    location: str
    contact: str


@dataclass(frozen=True)
class PlanJob:
    form: PlanForm
    shown: privacy.Privacy
    as_signed: bool | None = None  # as render_plan: None prints a draft as UTKAST
    seal: SealTexts | None = None  # sealed with the process's sealer when given


_sealer: seal.Sealer | None = None  # this process's, opened once by `start`


def start(credential: bytes | None, password: bytes | None, language: str) -> None:
    """The initializer of a pool process: the main process's language, and the sealer opened
    once for all the plans it will seal (no credential: a batch without seals)."""
    global _sealer
    i18n.set_language(language)
    _sealer = seal.Sealer(credential, password) if credential is not None and password is not None else None


def ready() -> bool:
    """A no-op job: done once a process has started (imports and `start` behind it)."""
    return True


def run(job: PlanJob, sealer: seal.Sealer | None = None) -> bytes:
    """The PDF of one job; `sealer` in the main process, the one `start` opened in a pool's."""
    with privacy.using(job.shown):
        data = render_plan(job.form, as_signed=job.as_signed)
    if job.seal is None:
        return data
    sealer = sealer or _sealer
    if sealer is None:  # a programming error: a sealing job sent to a pool started without a key
        raise RuntimeError("no sealer in this process")
    return sealer.seal(data, reason=job.seal.reason, location=job.seal.location, contact=job.seal.contact)
