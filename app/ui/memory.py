"""Garbage-collector pauses kept out of scrolling and typing.

Python's cyclic collector now and then walks every object in its oldest generation. With the
150 000-row plan list loaded that walk took 40–90 ms (measured in benchmarks/bench_ui.py), a
visible stall when it fell in a scroll. So when a large list has just arrived (the user is
looking at the new list; nothing moves yet) the old objects are collected once and frozen
(`gc.freeze`): later automatic collections walk only what was made since. Each settle unfreezes
first, so garbage cycles among frozen objects (a closed dialog) are freed at the next one.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

LARGE = 10_000  # rows in a list from which its arrival is worth a settle
_DELAY_MS = 50  # after the new list's first paint


class _Settler(QObject):
    def __init__(self) -> None:
        super().__init__()
        self._timer = QTimer(self, singleShot=True, interval=_DELAY_MS)
        self._timer.timeout.connect(settle)

    def soon(self) -> None:
        self._timer.start()  # several lists at once: one settle


_settler: _Settler | None = None


def settle() -> None:
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def settle_soon(rows: int) -> None:
    """A list of `rows` rows has arrived: settle shortly after, if it is a large one."""
    global _settler
    if rows < LARGE:
        return
    if _settler is None:
        _settler = _Settler()
    _settler.soon()
