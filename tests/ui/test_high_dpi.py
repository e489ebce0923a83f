"""High DPI and 1366×768: every page of the main window rendered at scale factor 2 with demo
data, and the window's minimum size within a 1366×768 screen.

QT_SCALE_FACTOR is read once, when the QApplication is made, and pytest-qt's application lives
for the whole session, so the scaled run is a child process: this module run as a script
(`python -m tests.ui.test_high_dpi OUT DB`). It prints one JSON summary on its last line; the PNGs
it writes to OUT are there to be looked at."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize

from app.services import demo
from tests.ui.helpers import settle

SCALE = 2
SCREEN = QSize(1366, 768)  # logical pixels: the smallest screen the issue names
ROOT = Path(__file__).resolve().parents[2]
# The offscreen platform has no window manager to pass size hints to (as in tests/ui/conftest.py).
IGNORED_WARNINGS = ("This plugin does not support propagateSizeHints",)


def fits(size: QSize, screen: QSize = SCREEN) -> bool:
    return size.width() <= screen.width() and size.height() <= screen.height()


# --- in this process, at scale 1 -------------------------------------------------------------


def test_main_window_fits_1366x768_on_every_page(qtbot, main, ws):
    demo.fill(ws, persons=40, seed=7)
    main.resize(SCREEN)
    for row, name in enumerate(main.PAGES):
        main.nav.setCurrentRow(row)
        assert main._db.wait_idle()
        hint = main.minimumSizeHint().expandedTo(main.minimumSize())
        assert fits(hint), f"{name}: the window needs at least {hint.width()}×{hint.height()}"
        assert main.size() == SCREEN, name


# --- the child process, at scale 2 -------------------------------------------------------------


def test_every_page_renders_sharp_at_scale_2(tmp_path: Path):
    out = Path(os.environ.get("EGENVARD_SCREENSHOTS") or tmp_path / "shots")
    home = tmp_path / "child"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "QT_SCALE_FACTOR": str(SCALE),
        "EGENVARD_LANG": "sv",
        # Nothing of the user's: the app's data dir, and HOME/APPDATA for Qt and platformdirs.
        "EGENVARD_HOME": str(home / "egenvard"),
        "HOME": str(home),
        "APPDATA": str(home / "AppData" / "Roaming"),
        "LOCALAPPDATA": str(home / "AppData" / "Local"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
    }
    for name in ("EGENVARD_PASSPHRASE", "QT_SCREEN_SCALE_FACTORS", "QT_ENABLE_HIGHDPI_SCALING", "QT_FONT_DPI"):
        env.pop(name, None)
    run = subprocess.run(
        [sys.executable, "-m", "tests.ui.test_high_dpi", str(out), str(home / "data" / "egenvard.db")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr[-4000:]
    summary = json.loads(run.stdout.strip().splitlines()[-1])
    assert summary["warnings"] == []
    assert fits(QSize(*summary["minimum_size_hint"])), summary["minimum_size_hint"]
    assert fits(QSize(*summary["minimum_size"])), summary["minimum_size"]
    assert summary["window_size"] == [SCREEN.width(), SCREEN.height()]
    physical = [SCREEN.width() * SCALE, SCREEN.height() * SCALE]
    assert set(summary["pages"]) >= {"overview", "persons", "plans", "settings"}
    for name, shot in summary["shots"].items():
        assert shot["dpr"] == SCALE, name
        if name in summary["pages"]:
            assert shot["physical"] == physical, name
        assert (out / f"{name}.png").is_file(), name


def _child(out: Path, db_path: Path) -> dict[str, Any]:
    """Runs in the child: the real app start at scale 2, every page and a few forms grabbed."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    warnings: list[str] = []

    def on_message(kind: QtMsgType, _context: object, text: str) -> None:
        if kind != QtMsgType.QtDebugMsg and kind != QtMsgType.QtInfoMsg and not text.startswith(IGNORED_WARNINGS):
            warnings.append(text)

    qInstallMessageHandler(on_message)  # before the application: its own start-up warnings too
    import keyring

    from app.services.workspace import create_workspace
    from app.ui.app import Controller, make_app
    from tests.factories import ME, PASSPHRASE, MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    app = make_app(["egenvard"])  # translations and the style sheet, as the app starts
    ws, _code = create_workspace(db_path, PASSPHRASE)
    demo.fill(ws, persons=40, seed=7)
    ws.set_profile(ME)
    controller = Controller(db_path)
    controller.start(ws)
    main = controller.main
    assert main is not None
    try:
        main.resize(SCREEN)
        shots = _grab_pages(main) | _grab_forms(main)
        out.mkdir(parents=True, exist_ok=True)
        for name, pixmap in shots.items():
            assert pixmap.save(str(out / f"{name}.png")), name
        hint, least = main.minimumSizeHint(), main.minimumSize()
        return {
            "screen_dpr": app.primaryScreen().devicePixelRatio(),
            "window_size": [main.width(), main.height()],
            "minimum_size_hint": [hint.width(), hint.height()],
            "minimum_size": [least.width(), least.height()],
            "pages": list(main.PAGES),
            "shots": {
                name: {"dpr": p.devicePixelRatio(), "physical": [p.width(), p.height()]} for name, p in shots.items()
            },
            "warnings": warnings,
        }
    finally:
        controller.shutdown()
        ws.close()


def _grab_pages(main) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    shots = {}
    for row, name in enumerate(main.PAGES):
        main.nav.setCurrentRow(row)
        settle(main)
        shots[name] = main.grab()
    return shots


def _grab_forms(main) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """A person with plans, a deviation and the new-plan wizard: the forms with most to read."""
    from app.ui.persons.dialog import PersonDialog
    from app.ui.plans.wizard import PlanWizard

    for row in range(main.persons.model.rowCount()):
        main.open_person(main.persons.model.row_id(row))
        settle(main)
        if main.person.record.plans:
            break
    record = main.person.record
    shots = {"person": main.grab()}
    forms = {
        "person_dialog": PersonDialog(main._db, record.person, main),
        "deviation_dialog": main.new_deviation(record.person, [p[-1] for p in record.plans]),
        "plan_wizard": PlanWizard(main._db, record.person, main.profile, parent=main),
    }
    for name, form in forms.items():
        form.show()
        settle(main)
        shots[name] = form.grab()
        form.close()
    return shots


if __name__ == "__main__":
    print(json.dumps(_child(Path(sys.argv[1]), Path(sys.argv[2]))))
