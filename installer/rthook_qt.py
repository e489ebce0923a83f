"""Run-time hook of the frozen app, in place of PyInstaller's PySide6 hook (installer/egenvard.spec).

PyInstaller's hook imports PySide6.QtCore at every start, only to register a qt.conf that
PySide6's own library already registers: `egenvard --version` and every command-line command
then waited for Qt (measured: frozen --version 1.3 s against 0.15 s from a venv). This sets the
same environment without the import.
"""

import os
import sys

_QT = os.path.join(sys._MEIPASS, "PySide6") if sys.platform == "win32" else os.path.join(sys._MEIPASS, "PySide6", "Qt")
os.environ["QT_PLUGIN_PATH"] = os.path.join(_QT, "plugins")
if sys.platform == "win32":
    # Qt finds DLLs collected beside the program (OpenSSL for QtNetwork, as PyInstaller's hook did).
    os.environ["PATH"] = sys._MEIPASS + os.pathsep + os.environ.get("PATH", "")
