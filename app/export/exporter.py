"""One export: build the chart offscreen, draw PNG or SVG with the caption, write the sidecar.

Used by the window (File > Export image, Copy to clipboard) and by ``main.py export``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtGui import QImage

from app.export.caption import CaptionLine, caption_lines, colours_for
from app.export.headless import build_chart
from app.export.render import ImageSpec, chart_height, render_image, save_png
from app.export.sidecar import evidence, write_sidecar
from app.export.snapshot import ExportSnapshot
from app.export.svg import write_svg
from models.errors import InvalidParameter

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
    snapshot: ExportSnapshot, path: Path, spec: ImageSpec, exported_at: datetime | None = None
) -> ExportResult:
    """Write ``snapshot`` as a PNG or SVG (by ``path``'s suffix) and its evidence sidecar."""
    path = Path(path)
    kind = image_format(path)
    if not path.parent.is_dir():
        raise InvalidParameter(f"The folder {path.parent} does not exist.")
    exported_at = exported_at or datetime.now(UTC)
    lines = _lines(snapshot, spec, exported_at)
    chart = build_chart(snapshot, spec.logical_width, chart_height(spec, lines))
    colours = colours_for(chart.palette_colours)
    if kind == "png":
        save_png(render_image(chart, spec, lines, colours), path)
        width, height, ratio = spec.width_px, spec.height_px, spec.pixel_ratio
    else:
        width, height, ratio = spec.logical_width, spec.logical_height, 1.0
        write_svg(chart, path, width, height, lines, colours)
    chart.deleteLater()
    info = {
        "file": path.name,
        "format": kind,
        "width_px": width,
        "height_px": height,
        "pixel_ratio": ratio,
        "caption": bool(lines),
        "caption_text": [line.text for line in lines],
    }
    sidecar = write_sidecar(path, evidence(snapshot, info, exported_at))
    return ExportResult(path, sidecar, width, height)


def snapshot_image(
    snapshot: ExportSnapshot, spec: ImageSpec, exported_at: datetime | None = None
) -> QImage:
    """The image of ``snapshot`` in memory (for the clipboard)."""
    lines = _lines(snapshot, spec, exported_at or datetime.now(UTC))
    chart = build_chart(snapshot, spec.logical_width, chart_height(spec, lines))
    image = render_image(chart, spec, lines, colours_for(chart.palette_colours))
    chart.deleteLater()
    return image


def _lines(snapshot: ExportSnapshot, spec: ImageSpec, exported_at: datetime) -> list[CaptionLine]:
    return caption_lines(snapshot, exported_at) if spec.caption else []
