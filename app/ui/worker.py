"""The one database worker: a QThread that owns the open Workspace.

SQLCipher connections must not be shared between threads, and the GUI thread must never wait
on the disk, so every service call is queued to this one thread and the result comes back by a
signal. Callbacks run on the GUI thread. A "generation" counter lets a lock drop every answer
still in flight, so no personal data reaches a widget after the app was locked.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop, QObject, QThread, Signal, Slot

from app.errors import UserError
from app.services.changes import Changes
from app.services.workspace import Workspace

log = logging.getLogger(__name__)


class Locked(UserError):
    sv = "Programmet är låst; lås upp först."
    en = "The program is locked; unlock it first."


class _Context:
    """What a job sees on the worker thread."""

    def __init__(self) -> None:
        self.ws: Workspace | None = None

    def workspace(self) -> Workspace:
        if self.ws is None:
            raise Locked()
        return self.ws


class _Worker(QObject):
    done = Signal(int, object)
    failed = Signal(int, object)
    changes = Signal(int, object)  # (job id, Changes): sent before done / failed of that job

    def __init__(self) -> None:
        super().__init__()
        self.ctx = _Context()

    @Slot(int, object)
    def run(self, job_id: int, job: Callable[[_Context], Any]) -> None:
        try:
            result = job(self.ctx)
        except Exception as exc:  # handed to the GUI thread, which shows a sentence
            self._changes(job_id)  # a job may fail after it wrote
            self.failed.emit(job_id, exc)
            return
        self._changes(job_id)
        # Wrapped: PySide6 on Python 3.11 loses a reference when a bare None crosses a queued
        # signal, and thousands of such answers end in a crash ("deallocating None").
        self.done.emit(job_id, (result,))

    def _changes(self, job_id: int) -> None:
        ws = self.ctx.ws
        changes = ws.take_changes() if ws is not None else Changes()
        if changes:
            self.changes.emit(job_id, changes)


@dataclass
class _Pending:
    on_done: Callable[[Any], None] | None
    on_error: Callable[[Exception], None] | None
    owner: QObject | None
    generation: int


class Database(QObject):
    """GUI-side handle of the database worker."""

    _submit = Signal(int, object)
    error = Signal(str)  # an error nobody handled: the main window shows it
    idle = Signal()
    # What a job wrote, once per job, before that job's own answer: every open view decides
    # itself whether to read again (views hold ids; nobody wires "saved" to "refresh").
    changed = Signal(object)  # Changes

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("egenvard-database")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.run)
        self._worker.done.connect(self._on_done)
        self._worker.failed.connect(self._on_failed)
        self._worker.changes.connect(self._on_changes)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self.generation = 0
        self._thread.start()

    # --- submitting ------------------------------------------------------------------
    def call(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        owner: QObject | None = None,
        **kwargs: Any,
    ) -> int:
        """Run `fn(ws, *args, **kwargs)` on the worker; `on_done(result)` on the GUI thread."""
        return self._queue(lambda ctx: fn(ctx.workspace(), *args, **kwargs), on_done, on_error, owner)

    def open(
        self,
        opener: Callable[[], Workspace | None],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> int:
        """Open a workspace on the worker (Argon2id takes a moment: never on the GUI thread)."""

        def job(ctx: _Context) -> bool:
            ws = opener()
            if ws is None:
                return False
            if ctx.ws is not None and ctx.ws is not ws:
                ctx.ws.close()
            ctx.ws = ws
            return True

        return self._queue(job, on_done, on_error, None)

    def adopt(self, ws: Workspace) -> None:
        """Hand an already open workspace (from `egenvard demo --start`) to the worker."""

        def job(ctx: _Context) -> None:
            ctx.ws = ws

        self._queue(job, None, None, None)

    def lock(self, on_done: Callable[[Any], None] | None = None, close: bool = True) -> None:
        """Drop every answer in flight and close the workspace."""
        self.generation += 1

        def job(ctx: _Context) -> None:
            if ctx.ws is not None and close:
                ctx.ws.close()
            ctx.ws = None

        self._queue(job, on_done, None, None)

    def _queue(self, job: Callable[[_Context], Any], on_done: Any, on_error: Any, owner: QObject | None) -> int:
        job_id = next(self._ids)
        self._pending[job_id] = _Pending(on_done, on_error, owner, self.generation)
        self._submit.emit(job_id, job)
        return job_id

    # --- answers -----------------------------------------------------------------------
    def _take(self, job_id: int) -> _Pending | None:
        pending = self._pending.pop(job_id, None)
        if not self._pending:
            self.idle.emit()
        if pending is None or pending.generation != self.generation:
            return None
        if pending.owner is not None and not shiboken6.isValid(pending.owner):
            return None  # the widget that asked is gone
        return pending

    @Slot(int, object)
    def _on_changes(self, job_id: int, changes: Changes) -> None:
        pending = self._pending.get(job_id)
        if pending is not None and pending.generation == self.generation:  # none after a lock
            self.changed.emit(changes)

    @Slot(int, object)
    def _on_done(self, job_id: int, boxed: tuple[Any]) -> None:
        pending = self._take(job_id)
        if pending is not None and pending.on_done is not None:
            pending.on_done(boxed[0])

    @Slot(int, object)
    def _on_failed(self, job_id: int, exc: Exception) -> None:
        pending = self._take(job_id)
        if pending is None:
            return
        if pending.on_error is not None:
            pending.on_error(exc)
        else:
            self.error.emit(message_for(exc))

    # --- waiting (tests, self-test, shutdown) ------------------------------------------
    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def wait_idle(self, timeout_ms: int = 30000) -> bool:
        deadline = QDeadlineTimer(timeout_ms)
        while self._pending and not deadline.hasExpired():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            QThread.msleep(1)
        return not self._pending

    def shutdown(self, close: bool = True) -> None:
        if not self._thread.isRunning():
            return
        self.lock(close=close)
        self.wait_idle(10000)
        self._thread.quit()
        self._thread.wait(10000)


def message_for(exc: BaseException) -> str:
    """A user error is shown as it is; anything else as one sentence without details that could
    hold personal data (the type name only)."""
    if isinstance(exc, UserError):
        return str(exc)
    log.error("unexpected error in database worker: %s", type(exc).__name__)
    return QCoreApplication.translate(
        "Database", "Ett oväntat fel inträffade ({0}). Inget sparat har gått förlorat."
    ).format(type(exc).__name__)
