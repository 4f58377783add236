"""The cascade view to PNG or SVG, headless: the strip built offscreen at the image's
size, the caption (stages, normalisation, hops) below, and the evidence sidecar."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt

from app.cascade_presenter import CascadePresenter
from app.export.exporter import ExportResult, checked_path, image_format, image_info
from app.export.headless import ensure_application
from app.export.render import chart_height, render_image, save_png
from app.export.svg import write_svg
from models.cascade.analysis import CascadeAnalysis
from models.records.cascade_record import cascade_caption_lines, cascade_evidence
from models.records.image_spec import ImageSpec
from models.records.sidecar import write_sidecar
from widgets.caption_painter import colours_for


def build_strip(
    analysis: CascadeAnalysis, theme: str, width: int, height: int, start=None, end=None
):
    """A laid-out, never-shown ``CascadeStrip`` of ``width`` x ``height`` logical pixels."""
    from widgets.cascade.strip import CascadeStrip

    ensure_application()
    strip = CascadeStrip()
    strip.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    strip.resize(int(width), int(height))
    CascadePresenter(strip).show(analysis, theme, start, end)
    return strip


def export_cascade(
    analysis: CascadeAnalysis,
    path: Path,
    spec: ImageSpec,
    theme: str,
    start=None,
    end=None,
    exported_at: datetime | None = None,
) -> ExportResult:
    """Write the cascade strip of ``analysis`` as PNG or SVG at ``spec``'s size, and its
    sidecar (the cascade record, every series, a digest of the data)."""
    path = checked_path(path)
    exported_at = exported_at or datetime.now(UTC)
    lines = cascade_caption_lines(analysis, exported_at) if spec.caption else []
    strip = build_strip(analysis, theme, spec.logical_width, chart_height(spec, lines), start, end)
    try:
        colours = colours_for(strip.palette_colours)
        kind = image_format(path)
        if kind == "png":
            save_png(render_image(strip, spec, lines, colours), path)
            width, height, ratio = spec.width_px, spec.height_px, spec.pixel_ratio
        else:
            width, height, ratio = spec.logical_width, spec.logical_height, 1.0
            write_svg(strip, path, width, height, lines, colours)
    finally:
        strip.deleteLater()
    info = {**image_info(path.name, kind, (width, height, ratio), lines), "theme": theme}
    sidecar = write_sidecar(path, cascade_evidence(analysis, info, exported_at))
    return ExportResult(path, sidecar, width, height)
