"""Chart widget (plus caption) to a QImage at an exact pixel size and pixel ratio.

The chart is painted through ``QWidget.render`` into the image, never grabbed from a
screen, so it works with any display or none. The image is ``width_px`` x
``height_px`` device pixels; the chart is laid out at that size divided by the pixel
ratio (ratio 2 gives the layout of half the size, drawn twice as sharp).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage, QImageWriter, QPainter

from models.errors import InvalidParameter
from models.records.caption import CaptionLine
from models.records.image_spec import MIN_CHART_HEIGHT, ImageSpec
from widgets.caption_painter import CaptionColours, caption_height, paint_caption

#: Qt maps PNG "quality" to zlib effort: 80 encodes a 1080p chart ~25% faster than the
#: default for ~1.5x the bytes (perf-baseline.md §6; bench/bench_export.py)
PNG_QUALITY = 80


def chart_height(spec: ImageSpec, lines: list[CaptionLine]) -> int:
    """Logical height left for the chart above the caption; raises when too little."""
    height = spec.logical_height - caption_height(lines, spec.logical_width)
    if height < MIN_CHART_HEIGHT:
        raise InvalidParameter(
            f"{spec.width_px}x{spec.height_px} px leaves no room for the chart"
            + (" above the caption; make it taller or turn the caption off." if lines else ".")
        )
    return height


def render_image(
    chart, spec: ImageSpec, lines: list[CaptionLine], colours: CaptionColours
) -> QImage:
    """Paint ``chart`` (already sized to the spec's layout) and the caption into a QImage."""
    image = QImage(spec.width_px, spec.height_px, QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(spec.pixel_ratio)
    image.fill(QColor(colours.background))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        chart.render(painter, QPoint(0, 0))
        if lines:
            paint_caption(painter, chart.height(), spec.logical_width, lines, colours)
    finally:
        painter.end()
    return image


def save_png(image: QImage, path: Path) -> None:
    """Write ``image`` as PNG, atomically (a watcher never sees half a file); raises
    ``InvalidParameter`` when the file cannot be written."""
    path = Path(path)
    partial = path.with_name(path.name + ".part")
    writer = QImageWriter(str(partial), b"png")
    writer.setQuality(PNG_QUALITY)
    if not writer.write(image):
        partial.unlink(missing_ok=True)
        raise InvalidParameter(f"Cannot write {path}: {writer.errorString()}.")
    os.replace(partial, path)
