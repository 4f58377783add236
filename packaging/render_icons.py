"""Render the application icon's PNG sizes and Windows ``.ico`` from its SVG.

The SVG (``resources/icons/liquidity-cascade.svg``) is the drawing; the PNGs and the
``.ico`` are committed renderings of it, so that installing the app needs no build step.
After changing the SVG, run from the repository root::

    .venv/bin/python packaging/render_icons.py

``tests/test_icons.py`` fails while a committed rendering differs from the SVG.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script from anywhere: app and resources are here

from app.identity import ICON_NAME  # noqa: E402  the file name, stated once
from resources import path as resource_path  # noqa: E402

ICON_DIR = resource_path("icons")
#: the sizes of the hicolor theme and of Qt's window icon, 16 to 512 pixels
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: what Windows shows for an executable or a shortcut (256 is the largest an .ico holds)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def svg_path(icon_dir: Path = ICON_DIR) -> Path:
    """The drawing every other icon file is rendered from."""
    return icon_dir / f"{ICON_NAME}.svg"


def png_path(size: int, icon_dir: Path = ICON_DIR) -> Path:
    """Where the rendering at ``size`` x ``size`` pixels lives."""
    return icon_dir / f"{ICON_NAME}-{size}.png"


def ico_path(icon_dir: Path = ICON_DIR) -> Path:
    """The Windows icon (the bundle's executable carries it)."""
    return icon_dir / f"{ICON_NAME}.ico"


def render(svg: Path, size: int):
    """The SVG drawn on a transparent ``size`` x ``size`` QImage (needs a Qt GUI app)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image) -> bytes:
    """``image`` encoded as PNG."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ``.ico`` holding each PNG as one image (the PNG-in-ICO form since Vista).

    The directory entry stores a width and height of 256 as 0, as the format says.
    """
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, payloads = [], []
    for size, data in sorted(pngs.items()):
        side = 0 if size >= 256 else size
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset))
        payloads.append(data)
        offset += len(data)
    return header + b"".join(entries) + b"".join(payloads)


def write_icons(icon_dir: Path = ICON_DIR) -> list[Path]:
    """Render every PNG size and the ``.ico`` beside the SVG; returns the files written."""
    svg = svg_path(icon_dir)
    pngs = {size: png_bytes(render(svg, size)) for size in PNG_SIZES}
    written = []
    for size, data in pngs.items():
        png_path(size, icon_dir).write_bytes(data)
        written.append(png_path(size, icon_dir))
    ico_path(icon_dir).write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    written.append(ico_path(icon_dir))
    return written


def main() -> int:
    """Render into ``resources/icons`` and list what was written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841  kept alive
    for path in write_icons():
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
