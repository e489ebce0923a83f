"""Per-computer preferences (not personal data): language and the idle time before locking.
Kept in an ini file in the user data dir, beside the database by default."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app.paths import data_dir

DEFAULT_IDLE_MINUTES = 10


def settings() -> QSettings:
    return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def idle_minutes() -> int:
    value = settings().value("lock/idle_minutes", DEFAULT_IDLE_MINUTES)
    try:
        return max(1, int(value))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return DEFAULT_IDLE_MINUTES


def set_idle_minutes(minutes: int) -> None:
    s = settings()
    s.setValue("lock/idle_minutes", int(minutes))
    s.sync()


def language() -> str:
    return str(settings().value("ui/language", "sv"))


def set_language(lang: str) -> None:
    s = settings()
    s.setValue("ui/language", lang)
    s.sync()
