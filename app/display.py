"""Is there a screen for the window? Asked before Qt starts, because Qt aborts the whole
process (exit 134, after a message that blames a plugin) when no platform can start."""

from __future__ import annotations

import os
import sys

from app.errors import UserError


class NoDisplay(UserError):
    sv = (
        "Ingen skärm hittades (varken DISPLAY eller WAYLAND_DISPLAY är satt), så fönstret kan inte visas. "
        "Starta programmet från skrivbordet, eller kör utan skärm med QT_QPA_PLATFORM=offscreen."
    )
    en = (
        "No display was found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot be shown. "
        "Start the app from the desktop, or run it without a display with QT_QPA_PLATFORM=offscreen."
    )


class DisplayFailed(UserError):
    sv = (
        "Fönstret kunde inte starta: Qt nådde ingen skärm eller saknar systembibliotek ({platform}). "
        "Se README (systempaket för Linux), eller kör utan skärm med QT_QPA_PLATFORM=offscreen."
    )
    en = (
        "The window could not start: Qt reached no display or lacks system libraries ({platform}). "
        "See the README (system packages for Linux), or run without a display with QT_QPA_PLATFORM=offscreen."
    )


def check_display(environ: dict[str, str] | None = None, platform: str | None = None) -> None:
    """Raise NoDisplay on a Linux/BSD desktop-less session; Windows and macOS always have one."""
    env = os.environ if environ is None else environ
    system = sys.platform if platform is None else platform
    if env.get("QT_QPA_PLATFORM"):  # offscreen, vnc, wayland…: the user chose; Qt will say
        return
    if system.startswith(("win", "darwin", "cygwin")):
        return
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        raise NoDisplay()
