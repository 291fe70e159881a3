"""Render the SVG application icon to the raster formats installers want (PNG sizes, .ico)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication, QIcon

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "moderator_app" / "data" / "icons" / "moderator-app.svg"


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    icon = QIcon(str(SVG))
    out = ROOT / "build" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    for size in (16, 32, 48, 64, 128, 256, 512):
        icon.pixmap(size, size).save(str(out / f"{size}x{size}.png"))
    ico = ROOT / "packaging" / "windows" / "moderator-app.ico"
    if not icon.pixmap(256, 256).save(str(ico), "ICO"):
        print("this Qt cannot write .ico files; the installer will use its default icon", file=sys.stderr)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
