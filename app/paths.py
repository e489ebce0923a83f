"""Where the app keeps its files: the user data dir, and resources also when frozen."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_path

from app.errors import UserError

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


# Windows' MAX_PATH: 260 UTF-16 units with the final NUL. Beside the database go names a little
# longer than its own (the key file's temp file ".NAME.key.XXXXXXXX.tmp", "-journal", backups/…),
# so the database itself keeps this much room.
MAX_PATH_CHARS = 259
ROOM_BESIDE = 40


class PathTooLong(UserError):
    sv = (
        "Sökvägen till databasen är för lång ({length} tecken, högst {limit}); Windows kan inte "
        "spara filer där. Välj en mapp med kortare namn, t.ex. direkt under Dokument."
    )
    en = (
        "The path to the database is too long ({length} characters, at most {limit}); Windows cannot "
        "save files there. Choose a folder with a shorter name, e.g. directly under Documents."
    )


def check_db_path(path: Path) -> None:
    """Refuse a database path Windows could not hold with its key file and backups beside it.
    Counted in UTF-16 units as Windows does (å, ä and ö are one each)."""
    full = str(Path(path).absolute())
    length = len(full.encode("utf-16-le")) // 2
    limit = MAX_PATH_CHARS - ROOM_BESIDE
    if length > limit:
        raise PathTooLong(length=length, limit=limit)
