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


def resource(*parts: str) -> Path:
    """A file under app/resources, installed with the package or inside a PyInstaller bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    base = Path(frozen) / "app" if frozen else Path(__file__).resolve().parent
    return base.joinpath("resources", *parts)
