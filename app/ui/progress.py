"""Progress and cancel for a long job on the database worker.

The job runs on the worker thread; it calls `relay.report(done, total)` and asks
`relay.cancelled()` between its steps. `report` only emits a signal: the relay lives on the
GUI thread, so Qt queues the signal and every connected widget is updated on the GUI thread.
Cancelling sets a thread-safe flag that the job reads at its next step. Make relays without a
Qt parent: the job holds them, and may still report after the window that asked has closed.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal


class ProgressRelay(QObject):
    progressed = Signal(int, int)  # (done, total)

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:  # called on the worker thread
        self.progressed.emit(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:  # called on the worker thread
        return self._cancel.is_set()
