"""Where the app keeps its files: the user data dir, and resources also when frozen."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "Egenvardsstod"
DB_FILENAME = "egenvard.db"


def data_dir() -> Path:
    override = os.environ.get("EGENVARD_HOME")
    return Path(override) if override else user_data_path(APP_NAME, appauthor=False)


def default_db() -> Path:
    return data_dir() / DB_FILENAME


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def resources_dir() -> Path:
    """The one resources/ folder: beside the frozen app's modules (PyInstaller puts data under
    sys._MEIPASS), inside the installed package (the wheel force-includes it as app/resources),
    or at the top of a source checkout."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    package = Path(__file__).resolve().parent
    installed = package / "resources"
    return installed if installed.is_dir() else package.parent / "resources"


def resource(*parts: str) -> Path:
    """A file under resources/, wherever the app runs from."""
    return resources_dir().joinpath(*parts)
