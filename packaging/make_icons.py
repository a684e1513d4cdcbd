"""Draw the application's icon at every size the platforms ask for, from resources/mentorat.svg.

    python packaging/make_icons.py [OUTPUT_FOLDER]      (default: build/icons)

Writes mentorat-<size>.png (16 to 1024), mentorat.ico (Windows: 16 to 256 in one file) and
mentorat.icns (macOS). Generated at build time from the SVG, never committed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)


def make_icons(output: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ROOT / "resources" / "mentorat.svg"))
    if not renderer.isValid():
        raise SystemExit("resources/mentorat.svg cannot be read")
    output.mkdir(parents=True, exist_ok=True)
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = output / f"mentorat-{size}.png"
        image.save(str(path), "PNG")
        written.append(path)
    biggest = Image.open(output / "mentorat-1024.png")
    biggest.save(output / "mentorat.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    biggest.save(output / "mentorat.icns")
    written += [output / "mentorat.ico", output / "mentorat.icns"]
    return written


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons"
    for path in make_icons(folder):
        print(path.relative_to(folder.parent) if folder.parent in path.parents else path)
