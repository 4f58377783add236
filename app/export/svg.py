"""Chart widget (plus caption) to an SVG file through ``QSvgGenerator``.

The chart's curves draw only what their level-of-detail pyramids give for the visible
range, so a series of a million bars becomes a few thousand points in the file, not a
million (pyqtgraph's own SVGExporter walks every item's full data and, in 0.14, breaks
on Qt 6.11's path output; it is not used).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QColor, QPainter
from PySide6.QtSvg import QSvgGenerator

from models.errors import InvalidParameter
from models.records.caption import CaptionLine
from models.version import __version__
from widgets.caption_painter import CaptionColours, paint_caption

SVG_DPI = 96


def write_svg(
    chart,
    path: Path,
    width: int,
    height: int,
    lines: list[CaptionLine],
    colours: CaptionColours,
) -> None:
    """Write ``chart`` (laid out ``width`` wide) and the caption as a ``width`` x ``height``
    SVG, atomically (a watcher never sees half a file)."""
    path = Path(path)
    partial = path.with_name(path.name + ".part")
    generator = QSvgGenerator()
    generator.setFileName(str(partial))
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRect(0, 0, width, height))
    generator.setResolution(SVG_DPI)
    generator.setTitle("Liquidity Cascade chart")
    generator.setDescription(f"Exported by Liquidity Cascade {__version__}")
    painter = QPainter()
    if not painter.begin(generator):
        raise InvalidParameter(f"Cannot write {path}.")
    try:
        painter.fillRect(QRect(0, 0, width, height), QColor(colours.background))
        chart.render(painter, QPoint(0, 0))
        if lines:
            paint_caption(painter, chart.height(), width, lines, colours)
    finally:
        painter.end()
    os.replace(partial, path)
