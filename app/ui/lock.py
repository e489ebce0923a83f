"""Locking without pulling a widget out from under a running dialog.

A question box (QMessageBox.question), the About box or a dialog's exec() runs a nested event
loop, and the idle timer fires inside it. Deleting the main window there deletes the dialog
whose exec() is still on the stack, and the process aborts ("double free or corruption").
So a lock runs in two steps:

1. at once (`park`): every popup and window is hidden — a modal one leaves its loop, as if
   cancelled — and none is deleted; the caller wipes the data and shows the unlock window;
2. later (`Retirer`): the old windows are deleted only after every nested loop that was
   running at the lock has returned.
"""

from __future__ import annotations

from collections.abc import Iterable

import shiboken6
from PySide6.QtCore import QObject, Qt, QThread, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget


def loop_level() -> int:
    return QThread.currentThread().loopLevel()


def quiet() -> bool:
    """No modal dialog and no popup is up: the loop running now is the app's own."""
    return QApplication.activeModalWidget() is None and QApplication.activePopupWidget() is None


def park(keep: Iterable[QWidget] = ()) -> tuple[list[QWidget], int]:
    """Cancel every dialog, hide every popup and window except `keep`; nothing is deleted here.

    A modal dialog's exec() returns "cancelled" (a question: "Nej"); delete-on-close is turned
    off first, so closing cannot schedule a deletion inside a loop still running. Returns the
    windows that have no parent (they are not deleted with the main window) and how many
    nested loops were told to end (each modal dialog and popup counts as one: counting one
    too many only delays the deletion, one too few would bring the crash back)."""
    kept = set(keep)
    loops = 0
    for _ in range(100):  # a popup closes at once; the bound only guards against one that won't
        popup = QApplication.activePopupWidget()
        if popup is None:
            break
        popup.close()
        loops += 1
    for _ in range(100):  # innermost modal first, so each nested loop is told to end
        modal = QApplication.activeModalWidget()
        if modal is None or modal in kept:
            break
        _hide(modal)
        loops += 1
    orphans = []
    for w in QApplication.topLevelWidgets():
        if w in kept or not shiboken6.isValid(w) or not w.isVisible():
            continue
        _hide(w)
        if w.parentWidget() is None:
            orphans.append(w)
    return orphans, loops


def _hide(w: QWidget) -> None:
    w.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    if isinstance(w, QDialog):
        w.reject()  # as if cancelled: the dialog's own clean-up runs (a batch or an import stops)
    if w.isVisible():
        w.hide()  # a QDialog in exec() leaves its loop when hidden


class Retirer(QObject):
    """Deletes parked windows once the dialog loops that were running at the lock have returned.

    At the lock the loop level is L and n loops were told to end; once the level has been seen
    at L - n or below, none of their exec() calls is on the stack any more. An unlock, asked
    for by the user at a quiet moment (no modal dialog, no popup), deletes whatever still waits."""

    POLL_MS = 20

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._waiting: list[tuple[int, list[QWidget]]] = []
        self._timer = QTimer(self, interval=self.POLL_MS)
        self._timer.timeout.connect(self._try)

    def retire(self, widgets: Iterable[QWidget], loops: int) -> None:
        self._waiting.append((loop_level() - loops, list(dict.fromkeys(widgets))))
        self._timer.start()

    @property
    def pending(self) -> int:
        return sum(len(ws) for _, ws in self._waiting)

    def _try(self) -> None:
        level = loop_level()
        ready = [ws for target, ws in self._waiting if level <= target]
        self._waiting = [(target, ws) for target, ws in self._waiting if level > target]
        for widgets in ready:
            _delete(widgets)
        if not self._waiting:
            self._timer.stop()

    def flush(self) -> None:
        """At an unlock: everything parked goes, if no dialog or popup is up."""
        if not quiet():
            return
        waiting, self._waiting = self._waiting, []
        for _, widgets in waiting:
            _delete(widgets)
        self._timer.stop()


def _delete(widgets: list[QWidget]) -> None:
    for w in widgets:
        if shiboken6.isValid(w):
            w.deleteLater()  # posted at this level: runs when the current event returns
