"""SVG export: well-formed XML with the series as paths, and a 1M-point series downsampled."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime

from app.export.exporter import export_image
from app.export.svg import write_svg
from models.records.caption import CaptionLine
from models.records.image_spec import ImageSpec
from models.vocabulary import KNOWN_SERIES_COLOURS
from tests.export.snapshots import snapshot
from widgets.caption_painter import CaptionColours

SVG = "{http://www.w3.org/2000/svg}"
WHEN = datetime(2026, 1, 2, tzinfo=UTC)


def _strokes(root, colour: str) -> list[ET.Element]:
    """Drawing elements (path, polyline) inside groups stroked with ``colour``."""
    found = []
    for group in root.iter(f"{SVG}g"):
        if group.get("stroke", "").lower() == colour.lower():
            found += [e for e in group if e.tag in (f"{SVG}path", f"{SVG}polyline")]
    return found


def _points(element: ET.Element) -> int:
    data = element.get("points") or element.get("d") or ""
    return len(re.findall(r"-?\d+(?:\.\d+)?[ ,]-?\d+(?:\.\d+)?", data))


def test_svg_parses_and_holds_each_crypto_series_and_the_caption(qapp, tmp_path):
    snap = snapshot()
    result = export_image(snap, tmp_path / "chart.svg", ImageSpec(1600, 900), WHEN)
    root = ET.parse(result.image_path).getroot()
    assert root.get("viewBox") == "0 0 1600 900"
    for colour in (KNOWN_SERIES_COLOURS["BTC"], KNOWN_SERIES_COLOURS["ETH"]):
        curves = _strokes(root, colour)
        assert curves and max(_points(c) for c in curves) > 100, colour
    # breakout markers are vector shapes, not the scatter item's cached screen bitmaps
    assert len(list(root.iter(f"{SVG}image"))) < len(snap.breakouts.events)
    texts = " ".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))
    assert "Not financial advice." in texts
    assert "Lag +20 days" in texts


def test_svg_of_a_million_points_writes_the_downsampled_view(qapp, tmp_path):
    import numpy as np
    import pandas as pd

    from widgets.chart.chart_view import ChartView
    from widgets.chart.crypto_pane import OverlaySeries

    n = 1_000_000
    rng = np.random.default_rng(3)
    times = pd.date_range("2024-01-01", periods=n, freq="min").to_numpy()
    values = 100 * np.exp(np.cumsum(rng.normal(0, 1e-3, n)))
    chart = ChartView()
    chart.resize(1280, 720)
    chart.crypto.set_overlays([OverlaySeries("x", "X", times, values, "#ff00aa")], "price", None)
    path = tmp_path / "big.svg"
    colours = CaptionColours("#ffffff", "#000000", "#cccccc", "#ff0000")
    write_svg(chart, path, 1280, 760, [CaptionLine("one million points")], colours)
    root = ET.parse(path).getroot()
    curves = _strokes(root, "#ff00aa")
    drawn = sum(_points(c) for c in curves)
    assert 500 < drawn < 20_000  # the visible pixels' worth, not 1,000,000
    assert path.stat().st_size < 5_000_000
