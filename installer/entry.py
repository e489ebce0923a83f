"""The frozen app's entry point (both programs of installer/egenvard.spec)."""

import os
import sys

# The windowed program has no console: print() and error sentences would fail on None.
for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115

from app.__main__ import main  # noqa: E402

main()
