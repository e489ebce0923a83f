"""Work around a reference-count bug of PySide6 6.12.0 on CPython 3.11.

Every PySide6 call that returns void gives back `None` without taking a reference, and
`Signal.emit()` does the same with its `True`; CPython 3.11 still counts references on these
singletons (3.12 made them immortal), so after some ten thousand calls the interpreter aborts
with "deallocating None" / "deallocating True or False". Measured here: 50 × `QLabel.setText`
takes 50 references off `None`, 100 × `emit()` takes 100 off `True`.

The singletons are never freed anyway, so we give them the same treatment 3.12 does: a
reference count so large that no session can run it down. Harmless on fixed versions.
"""

from __future__ import annotations

import ctypes
import sys

_DONE = False


def immortalise_singletons() -> None:
    global _DONE
    if _DONE or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for obj in (None, True, False, ...):
        # ob_refcnt is the first field of every PyObject in a release build of CPython.
        ctypes.c_ssize_t.from_address(id(obj)).value += 1 << 40
    _DONE = True
