"""Render resources/icons/egenvard.svg into the PNG sizes and the Windows .ico the app and the
installer use. Run after changing the SVG: `python installer/make_icons.py` (the outputs are
committed, so a build needs neither this script nor a display)."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ICONS / "egenvard.svg")).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])
    pngs = {size: render(size) for size in SIZES}
    for size in (16, 32, 48, 256):
        (ICONS / f"egenvard-{size}.png").write_bytes(pngs[size])
    largest = Image.open(io.BytesIO(pngs[256]))
    largest.save(ICONS / "egenvard.ico", sizes=[(s, s) for s in SIZES])
    print(f"Ikoner skrivna i {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
