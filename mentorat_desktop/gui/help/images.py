"""Draw the guide's screenshots again: ``python3 tasks.py help-images``.

Every image a page shows is named after the view it draws (``images/fr_CA/pairs.png`` is the
``pairs`` view in French for Québec). Each is drawn by the application's own ``screenshot``
command on a fresh demo association, so the pictures follow the application as it changes,
then stored with a palette of colours to keep the package small.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from mentorat_desktop.gui.help.pages import HELP_DIR, load_pages

SIZE = "1000x650"


def wanted_images() -> dict[Path, tuple[str, str]]:
    """Every image the guide shows -> (the view it draws, its language)."""
    wanted: dict[Path, tuple[str, str]] = {}
    for folder in sorted(p for p in HELP_DIR.iterdir() if p.is_dir() and p.name != "images"):
        for page in load_pages(folder.name):
            for image in page.images():
                wanted[image] = (image.stem, image.parent.name)
    return wanted


def shrink(path: Path) -> None:
    """Store the screenshot with a palette of colours: a quarter of the size, same look."""
    image = QImage(str(path))
    small = image.convertToFormat(
        QImage.Format.Format_Indexed8,
        Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither,
    )
    # The binding takes the format as text; its stub says bytes, which it refuses at run time.
    small.save(str(path), "PNG", 0)  # type: ignore[call-overload]


def main(argv: list[str]) -> int:
    """Draw every image; ``argv`` may name a demo file to draw from (a copy is used)."""
    wanted = wanted_images()
    with tempfile.TemporaryDirectory() as folder:
        demo = Path(folder) / "demo.sqlite3"
        run = [sys.executable, "-m", "mentorat_desktop"]
        if argv:
            shutil.copyfile(argv[0], demo)
        else:
            code = subprocess.call([*run, "demo", str(demo)], stdout=subprocess.DEVNULL)
            if code:
                return code
        for image, (view, language) in sorted(wanted.items()):
            image.parent.mkdir(parents=True, exist_ok=True)
            # Run beside the demo file: the status bar names it without a folder.
            command = [*run, "screenshot", "--db", demo.name, "--view", view]
            command += ["--lang", language, "--size", SIZE, "-o", str(image)]
            code = subprocess.call(command, cwd=folder)
            if code:
                print(f"{image.relative_to(HELP_DIR)}: the screenshot failed", file=sys.stderr)
                return code
            shrink(image)
            print(image.relative_to(HELP_DIR), f"{image.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    from mentorat_desktop.app import get_qapp

    get_qapp(offscreen=True)
    sys.exit(main(sys.argv[1:]))
