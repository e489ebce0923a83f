"""A wizard page that runs one long job on the database worker with progress and cancel (both
exchange wizards end in one)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from app.errors import Cancelled
from app.ui.common import ErrorLabel
from app.ui.progress import ProgressRelay
from app.ui.worker import Database


class JobPage(QWizardPage):
    """Runs `job(ws, *args, progress=…, cancelled=…)` when shown; Stoppa stops it at its next
    step, before anything is written. `finished(result)` is called on success."""

    def __init__(self, db: Database, steps: Sequence[str]) -> None:
        super().__init__()
        self._db = db
        self._steps = list(steps)
        self.relay = self._new_relay()
        self.result: Any = None
        self.running = False
        self._seq = 0  # answers of a job the user went back from are dropped
        layout = QVBoxLayout(self)
        self.step = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, len(self._steps))
        self.bar.setAccessibleName(self.tr("Förlopp"))
        self.cancel_button = QPushButton(self.tr("&Stoppa"))
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        self.error = ErrorLabel()
        self.body = QVBoxLayout()  # what the page shows when the job is done
        layout.addWidget(self.step)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addLayout(self.body, 1)

    def run(self, job: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        self._seq += 1
        seq = self._seq
        self.result = None
        self.running = True
        self.relay.cancel()  # a job left behind (Back, then Next) stops and reports no more
        self.relay.progressed.disconnect()
        self.relay = self._new_relay()
        self.error.clear_error()
        self.bar.setValue(0)
        self.step.setText(self._steps[0])
        self.cancel_button.setEnabled(True)
        self.completeChanged.emit()
        self._db.call(
            job,
            *args,
            progress=self.relay.report,
            cancelled=self.relay.cancelled,
            on_done=lambda result: self._done(result) if seq == self._seq else None,
            on_error=lambda exc: self._failed(exc) if seq == self._seq else None,
            owner=self,
            **kwargs,
        )

    def _new_relay(self) -> ProgressRelay:
        relay = ProgressRelay()
        relay.progressed.connect(self._progressed)
        return relay

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        self.bar.setValue(done)
        if done < len(self._steps):
            self.step.setText(self._steps[done])

    def cleanupPage(self) -> None:
        """Back was pressed: a job still running stops at its next step."""
        self._seq += 1
        self.relay.cancel()
        self.running = False

    def cancel(self) -> None:
        self.relay.cancel()
        self.cancel_button.setEnabled(False)
        self.step.setText(self.tr("Avbryter…"))

    def _done(self, result: Any) -> None:
        self.running = False
        self.result = result
        self.cancel_button.setEnabled(False)
        self.bar.setValue(self.bar.maximum())
        self.step.setText(self.tr("Klart."))
        self.completeChanged.emit()  # first: the wizard sets its buttons, `finished` may adjust them
        self.finished(result)

    def _failed(self, exc: Exception) -> None:
        self.running = False
        self.cancel_button.setEnabled(False)
        self.step.setText(self.tr("Avbrutet.") if isinstance(exc, Cancelled) else self.tr("Det gick inte."))
        self.error.show_error(exc)
        self.failed(exc)
        self.completeChanged.emit()

    def finished(self, result: Any) -> None:  # pages override
        """The job succeeded: show what it did."""

    def failed(self, exc: Exception) -> None:  # pages override
        """The job failed or was cancelled; nothing was written."""

    def isComplete(self) -> bool:
        return self.result is not None

    def lock_back(self) -> None:
        """After a write, going back would only invite doing it twice."""
        wizard = self.wizard()
        if wizard is not None:
            wizard.button(QWizard.WizardButton.BackButton).setEnabled(False)
