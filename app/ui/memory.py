"""Garbage-collector pauses kept out of scrolling and typing.

Python's cyclic collector now and then walks every object in its oldest generation. With the
150 000-row plan list loaded that walk took 40–90 ms (measured in benchmarks/bench_ui.py), a
visible stall when it fell in a scroll. So when a large list has just arrived (the user is
looking at the new list; nothing moves yet) the old objects are collected once and frozen
(`gc.freeze`): later automatic collections walk only what was made since. A list scrolled before
the settle came (a fling begun as soon as the list shows) puts it off until the scroll rests. Each settle unfreezes
first, so garbage cycles among frozen objects (a closed dialog) are freed at the next one.
Until that settle the automatic collector is off: the new list is not frozen yet, and an
automatic full collection during the fling walked all of it (70 ms in one frame, bench_ui).
Reference counting still frees everything but cycles, which the settle collects.
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

    def postpone(self) -> None:
        if self._timer.isActive():
            self._timer.start()


_settler: _Settler | None = None


def settle() -> None:
    gc.unfreeze()
    gc.collect()
    gc.freeze()
    gc.enable()  # off since the large list arrived (settle_soon)


def settle_soon(rows: int) -> None:
    """A list of `rows` rows has arrived: settle shortly after, if it is a large one."""
    global _settler
    if rows < LARGE:
        return
    if _settler is None:
        _settler = _Settler()
    gc.disable()  # until the settle: no automatic full walk of the list not yet frozen
    _settler.soon()


def postpone() -> None:
    """A list moves: a settle still to come waits until it has rested for the delay again (the
    collection takes 70–250 ms with the 150 000-row plan list: never inside a fling)."""
    if _settler is not None:
        _settler.postpone()


def settling() -> bool:
    """A settle is still to come (the benchmark and tests wait it out)."""
    return _settler is not None and _settler._timer.isActive()
