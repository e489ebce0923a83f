"""Build the frozen one-folder app, and the Windows installer where Inno Setup is installed.

    python installer/build.py [--dist DIR] [--work DIR] [--no-installer | --installer-only]

The app goes to DIR/Egenvardsstod/ (default build/dist); the installer, on Windows with ISCC.exe
on PATH or in its usual folder, to DIR/Egenvardsstod-VERSION-setup.exe.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "installer" / "egenvard.spec"
ISS = ROOT / "installer" / "egenvard.iss"
APP_FOLDER = "Egenvardsstod"


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from app import __version__

    return __version__


def version_file(work: Path, ver: str) -> Path:
    """Windows' version resource (Explorer's Details tab, SmartScreen's publisher line)."""
    numbers = ", ".join([*ver.split("."), "0", "0", "0"][:4])
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers=({numbers}), prodvers=({numbers})),
  kids=[
    StringFileInfo([StringTable('041D04B0', [
      StringStruct('CompanyName', 'Egenvårdsstöd'),
      StringStruct('FileDescription', 'Egenvårdsstöd – egenvårdsplaner, uppföljning och avvikelser'),
      StringStruct('FileVersion', '{ver}'),
      StringStruct('ProductName', 'Egenvårdsstöd'),
      StringStruct('ProductVersion', '{ver}')])]),
    VarFileInfo([VarStruct('Translation', [0x041D, 1200])])
  ]
)
"""
    path = work / "version_info.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def freeze(dist: Path, work: Path) -> Path:
    env = dict(os.environ)
    if sys.platform == "win32":
        env["EGENVARD_VERSION_FILE"] = str(version_file(work, version()))
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    cmd += ["--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    subprocess.run(cmd, check=True, env=env, cwd=ROOT)
    return dist / APP_FOLDER


def find_iscc() -> str | None:
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return found
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES"), os.environ.get("LOCALAPPDATA")):
        if base:
            for sub in ("Inno Setup 6", "Programs/Inno Setup 6"):
                candidate = Path(base) / sub / "ISCC.exe"
                if candidate.is_file():
                    return str(candidate)
    return None


def installer(app_dir: Path, dist: Path) -> Path | None:
    iscc = find_iscc()
    if iscc is None:
        print("Inno Setup (ISCC.exe) hittades inte: bara den frysta appen byggdes.")
        return None
    ver = version()
    subprocess.run(
        [iscc, "/Qp", f"/DAppVersion={ver}", f"/DSourceDir={app_dir}", f"/O{dist}", str(ISS)],
        check=True,
        cwd=ROOT,
    )
    return dist / f"Egenvardsstod-{ver}-setup.exe"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "build" / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "work")
    parser.add_argument("--no-installer", action="store_true", help="only the frozen app")
    parser.add_argument(
        "--installer-only", action="store_true", help="only the installer, from an app built (and signed) before"
    )
    args = parser.parse_args()
    if args.installer_only:
        app_dir = args.dist.resolve() / APP_FOLDER
    else:
        app_dir = freeze(args.dist.resolve(), args.work.resolve())
        print(f"Fryst app: {app_dir}")
    if not args.no_installer and sys.platform == "win32":
        setup = installer(app_dir, args.dist.resolve())
        if setup is not None:
            print(f"Installationsprogram: {setup}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
