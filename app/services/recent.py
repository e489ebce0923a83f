"""Which database the window opens: the one asked for (`--db`), else the last one used on this
computer, else the default in the user data dir. The last one is kept in a small JSON file in
the user data dir (not personal data: a path), written atomically."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from app.errors import UserError
from app.paths import data_dir, default_db
from app.store.atomic import write_atomic

RECENT_FILE = "senaste.json"


def _file() -> Path:
    return data_dir() / RECENT_FILE


def last_db() -> Path | None:
    """The last database opened in the window, if that file is still there."""
    try:
        text = _file().read_text(encoding="utf-8")
        path = Path(json.loads(text)["database"])
    except (OSError, ValueError, KeyError, TypeError):
        return None  # none yet, or unreadable: the default is then the honest answer
    return path if path.exists() else None


def remember_db(path: Path) -> None:
    """Best effort: failing to note the path must never stop the user from working."""
    data = json.dumps({"database": str(Path(path).resolve())}, ensure_ascii=False).encode("utf-8")
    with contextlib.suppress(UserError, OSError):
        write_atomic(_file(), data)


def window_db(asked: Path | None = None) -> Path:
    if asked is not None:
        return Path(asked)
    return last_db() or default_db()
