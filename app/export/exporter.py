"""One export: build the chart offscreen, draw PNG or SVG with the caption, write the sidecar.

``export_image`` builds the chart offscreen at exactly the requested size (the command
line, and fixed sizes from the window); ``export_live`` and ``live_image`` draw the
window's own chart as it is on screen (the window-size preset and the clipboard), which
keeps the user's pane heights and zoom and costs no rebuild of a large series.
"""

from __future__ import annotations

import math
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QGraphicsView

from app.export.headless import build_chart
from app.export.render import chart_height, render_image, save_png
from app.export.svg import write_svg
from models.errors import InvalidParameter
from models.records.caption import ENGLISH, CaptionLine, CaptionWords, caption_lines
from models.records.image_spec import ImageSpec
from models.records.sidecar import evidence, sidecar_json, write_sidecar
from models.records.snapshot import ExportSnapshot
from widgets.caption_painter import caption_height, colours_for

FORMATS: tuple[str, ...] = ("png", "svg")


@dataclass(frozen=True)
class ExportResult:
    """Where an export went and its size in device pixels."""

    image_path: Path
    sidecar_path: Path
    width_px: int
    height_px: int


def image_format(path: Path) -> str:
    """'png' or 'svg' from the file name; raises ``InvalidParameter`` for anything else."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise InvalidParameter(f"'{Path(path).name}' must end in .png or .svg.")
    return suffix


def export_image(
    snapshot: ExportSnapshot,
    path: Path,
    spec: ImageSpec,
    exported_at: datetime | None = None,
    words: CaptionWords = ENGLISH,
) -> ExportResult:
    """Write ``snapshot`` as PNG or SVG (by ``path``'s suffix) at exactly ``spec``'s size,
    from a chart built offscreen, and its evidence sidecar; the caption in ``words``."""
    path = checked_path(path)
    exported_at = exported_at or datetime.now(UTC)
    lines = caption_for(snapshot, spec.caption, exported_at, words)
    chart = build_chart(snapshot, spec.logical_width, chart_height(spec, lines))
    try:
        return _write(chart, snapshot, path, spec, lines, exported_at)
    finally:
        # deleted now, while Python runs: left to the interpreter's exit, the panes'
        # resize handlers ran on half torn-down objects and crashed the process
        chart.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def export_live(
    chart,
    snapshot: ExportSnapshot,
    path: Path,
    pixel_ratio: float,
    caption: bool,
    exported_at: datetime | None = None,
    words: CaptionWords = ENGLISH,
) -> ExportResult:
    """Write the window's own chart as it is on screen (its size times ``pixel_ratio``,
    the caption added below) and the sidecar; the crosshair is left out."""
    path = checked_path(path)
    exported_at = exported_at or datetime.now(UTC)
    lines = caption_for(snapshot, caption, exported_at, words)
    spec = live_spec(chart, pixel_ratio, lines)
    return _write(chart, snapshot, path, spec, lines, exported_at)


def live_image(chart, lines: list[CaptionLine], pixel_ratio: float) -> QImage:
    """The window's chart as it is on screen, with the caption ``lines`` below (for the
    clipboard); the crosshair and its readout are left out."""
    spec = live_spec(chart, pixel_ratio, lines)
    with drawing_for_export(chart, pixel_ratio):
        return render_image(chart, spec, lines, colours_for(chart.palette_colours))


def live_spec(chart, pixel_ratio: float, lines: list[CaptionLine]) -> ImageSpec:
    """The image size of ``chart`` at ``pixel_ratio`` with ``lines`` of caption below it."""
    width, height = chart.width(), chart.height() + caption_height(lines, chart.width())
    return ImageSpec(
        math.ceil(width * pixel_ratio), math.ceil(height * pixel_ratio), pixel_ratio, bool(lines)
    )


@contextmanager
def drawing_for_export(chart, pixel_ratio: float = 1.0):
    """While ``chart`` is drawn into a file: no crosshair (its lines, its value on the
    axis, the legends' values under it), and pyqtgraph items in export mode (scatter
    markers drawn as shapes at the file's resolution instead of cached screen pixmaps,
    which an SVG would embed as bitmaps)."""
    shown = [
        item
        for pane in chart.panes.values()
        for item in (pane.vline, pane.hline, pane.value_label)
        if item.isVisible()
    ]
    cursor_at = chart.cursor.shown_at
    if cursor_at is not None:
        chart.cursor.show_at(None)  # the legends name the series, no values under a cursor
    items = [
        item
        for view in chart.findChildren(QGraphicsView)
        for item in view.scene().items()
        if hasattr(item, "setExportMode")
    ]
    options = {"antialias": True, "resolutionScale": float(pixel_ratio)}
    for line in shown:
        line.setVisible(False)
    for item in items:
        item.setExportMode(True, dict(options))
    try:
        yield
    finally:
        for item in items:
            item.setExportMode(False)
        for line in shown:
            line.setVisible(True)
        if cursor_at is not None:
            chart.cursor.show_at(cursor_at)


def checked_path(path: Path) -> Path:
    """``path`` if it names a PNG or SVG in a folder that exists; else ``InvalidParameter``."""
    path = Path(path)
    image_format(path)
    if not path.parent.is_dir():
        raise InvalidParameter(f"The folder {path.parent} does not exist.")
    return path


def _write(chart, snapshot, path: Path, spec: ImageSpec, lines, exported_at) -> ExportResult:
    colours = colours_for(chart.palette_colours)
    kind = image_format(path)
    if kind == "png":
        with drawing_for_export(chart, spec.pixel_ratio):
            image = render_image(chart, spec, lines, colours)
        save_png(image, path)
        width, height, ratio = spec.width_px, spec.height_px, spec.pixel_ratio
    else:
        width, height, ratio = spec.logical_width, spec.logical_height, 1.0
        with drawing_for_export(chart):
            write_svg(chart, path, width, height, lines, colours)
    info = image_info(path.name, kind, (width, height, ratio), lines)
    sidecar = write_sidecar(path, evidence(snapshot, info, exported_at))
    return ExportResult(path, sidecar, width, height)


def image_info(name: str | None, kind: str, size: tuple, lines: list[CaptionLine]) -> dict:
    """The sidecar's ``image`` record: the file name (None on the clipboard), format,
    (width, height, pixel ratio) and the caption."""
    width, height, ratio = size
    return {
        "file": name,
        "format": kind,
        "width_px": width,
        "height_px": height,
        "pixel_ratio": ratio,
        "caption": bool(lines),
        "caption_text": [line.text for line in lines],
    }


def caption_for(
    snapshot: ExportSnapshot, caption: bool, exported_at: datetime, words: CaptionWords = ENGLISH
) -> list[CaptionLine]:
    return caption_lines(snapshot, exported_at, words) if caption else []


def clipboard_evidence(
    snapshot: ExportSnapshot, image: QImage, lines, exported_at: datetime
) -> str:
    """The evidence of an image that has no file (the clipboard's), as JSON text."""
    size = (image.width(), image.height(), image.devicePixelRatio())
    info = image_info(None, "png", size, lines)
    return sidecar_json(evidence(snapshot, info, exported_at))
