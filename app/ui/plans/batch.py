"""Skriv ut flera: the listed (or selected) plans written to a folder, one PDF each.

The batch runs on the database worker (plan_batch.render_many), so the window keeps answering;
it is cut into jobs of _JOB plans, so the lists (which read through the same worker) answer
between them too. A larger batch renders and seals in a pool of processes kept over its jobs
(plan_batch.open_pool, opened on the worker, closed when the batch ends or the dialog goes).
Progress and Avbryt go through a ProgressRelay (app/ui/progress.py): no widget is touched from
the worker, and render_many reads the cancel flag before each plan; files already written
stay, and the summary says the batch was cancelled.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import overview, plan_batch
from app.services.plan_batch import BatchResult, RenderPool
from app.services.workspace import Workspace
from app.ui import common
from app.ui.common import ErrorLabel, form, line
from app.ui.progress import ProgressRelay
from app.ui.worker import Database, message_for

_CHUNK = 500  # ids per query when looking for protected identities
_JOB = 5  # plans per worker job: a list read waits at most about 0.3 s for one
_JOB_POOLED = 10  # the same wait when processes render: fewer pauses in which they idle


@dataclass
class _Batch:
    """A batch under way: what to write, how far it got, the results of the jobs so far."""

    ids: list[str]
    folder: Path
    seal_signed: bool
    next: int = 0
    parts: list[BatchResult] = field(default_factory=list)
    pool: RenderPool | None = None  # the processes rendering this batch, when it is large


def choose_folder(parent: QWidget | None, title: str, start: str) -> str | None:
    """The folder to write into; None when the user cancels. A function so tests can answer it."""
    return QFileDialog.getExistingDirectory(parent, title, start) or None


def default_folder() -> str:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return str(Path(docs) / "Egenvårdsplaner")


def count_protected(ws: Workspace, plan_ids: Sequence[str]) -> int:
    """How many of the plans belong to a person with protected identity."""
    found = 0
    for start in range(0, len(plan_ids), _CHUNK):
        found += sum(1 for r in overview.plan_rows(ws, list(plan_ids[start : start + _CHUNK])) if r.protected)
    return found


def _close_pools(pools: list[RenderPool]) -> None:
    while pools:
        pools.pop().close()


class BatchDialog(QDialog):
    finished_batch = Signal(object)  # BatchResult

    def __init__(
        self, db: Database, listed: Sequence[str], selected: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self.listed = list(listed)
        self.selected = list(selected)
        self.result: BatchResult | None = None
        self.progress: QProgressDialog | None = None
        self._batch = _Batch([], Path(), False)
        self._relay = ProgressRelay()
        self._relay.progressed.connect(self._on_progress)
        relay = self._relay
        self.destroyed.connect(lambda *_: relay.cancel())
        # The running batch's processes end however the dialog ends (a lock deletes it).
        self._pools: list[RenderPool] = []
        pools = self._pools
        self.destroyed.connect(lambda *_: _close_pools(pools))
        self.setWindowTitle(self.tr("Skriv ut flera planer"))
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._options_page())
        self.pages.addWidget(self._summary_page())
        layout.addWidget(self.pages, 1)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton(self.tr("&Skriv ut"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setDefault(True)
        self.start_button.setToolTip(self.tr("Skriv planerna till mappen (Retur)"))
        self.close_button = self.buttons.addButton(self.tr("S&täng"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(640, 400)

    # --- pages ---------------------------------------------------------------------------
    def _options_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        which = QGroupBox(self.tr("Vilka planer"))
        wl = QVBoxLayout(which)
        self.all_radio = QRadioButton(
            self.tr("&Alla planer i listan ({0} st, filtret gäller)").format(len(self.listed))
        )
        self.selected_radio = QRadioButton(self.tr("&Markerade planer ({0} st)").format(len(self.selected)))
        self.selected_radio.setEnabled(bool(self.selected))
        # More than one marked row is a deliberate choice; one row is most often just the cursor.
        (self.selected_radio if len(self.selected) > 1 else self.all_radio).setChecked(True)
        group = QButtonGroup(which)
        for radio in (self.all_radio, self.selected_radio):
            radio.setAccessibleName(radio.text().replace("&", ""))
            group.addButton(radio)
            wl.addWidget(radio)
        layout.addWidget(which)

        how = QGroupBox(self.tr("Hur"))
        hl = QVBoxLayout(how)
        self.seal_check = QCheckBox(self.tr("&Försegla signerade planer (elektronisk försegling)"))
        self.seal_check.setAccessibleName(self.tr("Försegla signerade planer"))
        hl.addWidget(self.seal_check)
        seal_hint = QLabel(
            self.tr(
                "En förseglad PDF sparas också med planversionen. Utkast skrivs ut märkta UTKAST och förseglas inte."
            )
        )
        seal_hint.setObjectName("hint")
        seal_hint.setWordWrap(True)
        hl.addWidget(seal_hint)
        row = QHBoxLayout()
        folder_label = QLabel(self.tr("Ma&pp:"))
        self.folder = line(self.tr("Mapp att skriva till"), default_folder())
        folder_label.setBuddy(self.folder)
        browse = QPushButton(self.tr("&Välj…"))
        browse.setToolTip(self.tr("Välj mapp"))
        browse.clicked.connect(self.browse)
        row.addWidget(folder_label)
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        hl.addLayout(row)
        names = QLabel(
            self.tr(
                "Filerna heter egenvardsplan-<id>-v<version>.pdf: inga namn eller personnummer i filnamnen. "
                "En fil med samma namn skrivs över."
            )
        )
        names.setObjectName("hint")
        names.setWordWrap(True)
        hl.addWidget(names)
        layout.addWidget(how)
        layout.addStretch(1)
        return page

    def _summary_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary_heading = QLabel()
        self.summary_heading.setObjectName("heading")
        layout.addWidget(self.summary_heading)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        figures = form()
        self.figures: dict[str, QLabel] = {}
        for key, label in (
            ("folder", self.tr("Mapp:")),
            ("written", self.tr("Skrivna:")),
            ("sealed", self.tr("Förseglade:")),
            ("failed", self.tr("Kunde inte skrivas:")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(label.rstrip(":"))
            self.figures[key] = value
            figures.addRow(label, value)
        layout.addLayout(figures)
        self.failures_label = QLabel(self.tr("Planer som inte kunde skrivas, med skälet:"))
        layout.addWidget(self.failures_label)
        self.failures = QPlainTextEdit()
        self.failures.setReadOnly(True)
        self.failures.setAccessibleName(self.tr("Planer som inte kunde skrivas"))
        self.failures_label.setBuddy(self.failures)
        layout.addWidget(self.failures, 10)
        layout.addStretch(1)  # keeps the lines together at the top when no plan failed
        return page

    # --- choosing ------------------------------------------------------------------------
    def browse(self) -> None:
        chosen = choose_folder(self, self.tr("Välj mapp för planerna"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def chosen_ids(self) -> list[str]:
        return self.selected if self.selected_radio.isChecked() else self.listed

    # --- running -------------------------------------------------------------------------
    def start(self) -> None:
        if self.result is not None or self.progress is not None:
            return
        ids = self.chosen_ids()
        folder = self.folder.text().strip()
        if not ids:
            self.error.show_error(self.tr("Listan är tom: det finns inga planer att skriva ut."))
            return
        if not folder:
            self.error.show_error(self.tr("Välj en mapp att skriva planerna till."))
            return
        self.error.clear_error()
        self.start_button.setEnabled(False)
        self._db.call(
            count_protected,
            ids,
            on_done=lambda n: self._confirmed(ids, Path(folder), n),
            on_error=self._failed,
            owner=self,
        )

    def _confirmed(self, ids: list[str], folder: Path, protected: int) -> None:
        if protected and not common.ask(
            self,
            self.tr("Skyddad identitet"),
            self.tr(
                "{0} av planerna gäller personer med skyddad identitet. Utskrifterna märks ”Skyddad identitet” och "
                "visar inte personnumrets fyra sista siffror eller skola/enhet. Hantera filerna och papperen "
                "enligt rutinen för skyddade personuppgifter. Fortsätt?"
            ).format(protected),
        ):
            self.start_button.setEnabled(True)
            return
        self.run(ids, folder, self.seal_check.isChecked())

    def run(self, ids: list[str], folder: Path, seal_signed: bool) -> None:
        """Start the batch on the worker (the checks are done), with a progress dialog."""
        progress = QProgressDialog(
            self.tr("Skriver planer till {0}…").format(folder), self.tr("&Avbryt"), 0, len(ids), self
        )
        progress.setWindowTitle(self.tr("Skriv ut flera planer"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumWidth(420)
        progress.canceled.connect(self.cancel)
        progress.setValue(0)
        self.progress = progress
        self._batch = _Batch(ids, folder, seal_signed)
        self._db.call(
            plan_batch.open_pool, len(ids), seal_signed, on_done=self._pool_opened, on_error=self._failed, owner=self
        )

    def _pool_opened(self, pool: RenderPool | None) -> None:
        self._batch.pool = pool
        if pool is not None:
            self._pools.append(pool)
        self._next_job()

    def _next_job(self) -> None:
        """The next _JOB plans as one worker job. Between jobs the worker answers whatever else
        was asked meanwhile (a list scrolled, a search), so a long batch holds nothing up."""
        batch = self._batch
        start = batch.next
        chunk = batch.ids[start : start + (_JOB_POOLED if batch.pool is not None else _JOB)]
        batch.next += len(chunk)
        total, report = len(batch.ids), self._relay.report
        self._db.call(
            plan_batch.render_many,
            chunk,
            batch.folder,
            seal_signed=batch.seal_signed,
            pool=batch.pool,
            progress=lambda done, _n: report(start + done, total),
            cancelled=self._relay.cancelled,
            on_done=self._job_done,
            on_error=self._failed,
            owner=self,
        )

    def _job_done(self, part: BatchResult) -> None:
        batch = self._batch
        batch.parts.append(part)
        left = batch.next < len(batch.ids)
        stopped = part.cancelled or (left and self._relay.cancelled())
        if left and not stopped:
            self._next_job()
        else:
            self._finished(plan_batch.join_batches(batch.parts, len(batch.ids), stopped))

    def cancel(self) -> None:
        """Avbryt: the worker stops before the next plan."""
        self._relay.cancel()
        if self.progress is not None:
            self.progress.setLabelText(self.tr("Avbryter…"))

    def _on_progress(self, done: int, total: int) -> None:
        progress = self.progress
        if progress is None or self._relay.cancelled():
            return
        progress.setLabelText(self.tr("Skrivit {0} av %n planer…", "", total).format(done))
        # Last, and nothing after it: a modal QProgressDialog processes events inside setValue,
        # so the batch may finish (and the dialog go) during this call.
        progress.setValue(done)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _finished(self, result: BatchResult) -> None:
        self._close_progress()
        _close_pools(self._pools)
        self.result = result
        self._show_summary(result)
        self.finished_batch.emit(result)

    def _failed(self, exc: Exception) -> None:
        self._close_progress()
        _close_pools(self._pools)
        self.start_button.setEnabled(True)
        if isinstance(exc, OSError):  # the folder cannot be made or written: say which
            self.error.show_error(
                self.tr("Kunde inte skriva i mappen {0}: kontrollera att den finns och att du får skriva där.").format(
                    self.folder.text()
                )
            )
        else:
            self.error.show_error(message_for(exc))

    def _show_summary(self, r: BatchResult) -> None:
        if r.cancelled:
            self.summary_heading.setText(self.tr("Avbrutet"))
            self.summary.setText(
                self.tr(
                    "Utskriften avbröts efter {0} av %n planer. Filerna som redan skrivits finns kvar.", "", r.total
                ).format(len(r.written) + len(r.failed))
            )
        else:
            self.summary_heading.setText(self.tr("Klart, med fel") if r.failed else self.tr("Klart"))
            self.summary.setText(self.tr("Alla %n planer är genomgångna.", "", r.total))
        self.figures["folder"].setText(self.folder.text().strip())
        self.figures["written"].setText(self.tr("{0} av %n planer skrevs", "", r.total).format(len(r.written)))
        self.figures["sealed"].setText(
            self.tr("%n signerade planer förseglades och sparades med sin planversion", "", len(r.stored))
        )
        self.figures["failed"].setText(self.tr("%n planer", "", len(r.failed)))
        self.failures.setPlainText("\n".join(f"{plan_id[:8]}: {reason}" for plan_id, reason in r.failed))
        for w in (self.failures_label, self.failures):
            w.setVisible(bool(r.failed))
        self.pages.setCurrentIndex(1)
        self.start_button.hide()
        self.close_button.setFocus()

    def summary_text(self) -> str:
        figures = [f"{key}: {value.text()}" for key, value in self.figures.items()]
        return "\n".join([self.summary_heading.text(), self.summary.text(), *figures, self.failures.toPlainText()])

    def clear(self) -> None:
        """On lock: stop the batch and forget what it showed."""
        self._relay.cancel()
        self._close_progress()
        self.summary.clear()
        self.failures.clear()
        self.close()

    def reject(self) -> None:
        self._relay.cancel()  # closing the dialog must not leave a batch running unseen
        super().reject()
