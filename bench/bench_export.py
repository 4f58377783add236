"""Export of a chart holding a 1,000,000-bar series: PNG at 1920x1080 and SVG.

The chart is built once, as the window holds it: 1M one-minute candles in the equity
pane, their volume, and a 1M-point overlay in the crypto pane, all visible. The timed
part is what an export adds on the GUI thread: drawing the chart (in export mode, no
crosshair) and the caption into a 1920x1080 image (``render.render_image``), PNG
encoding and writing the file (``render.save_png``); for SVG, ``svg.write_svg``. The
sidecar (a SHA-256 over the bars) is not included. Figures (medians, ms):

* ``export_png_1080p_1m_bars_ms`` (target <= 150), of which
  ``export_png_1080p_1m_bars_encode_ms`` is the PNG encode and write alone;
* ``export_svg_1m_bars_ms`` (target <= 1000);
* ``export_offscreen_build_1m_bars_ms``: building that chart offscreen, which a
  fixed-size export from the window adds (window-size exports draw the window's chart).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
BARS = 1_000_000
WIDTH, HEIGHT = 1920, 1080
CAPTION = (
    ("BTC/USDT 1m (binance via ccxt, 1m) vs ETH/USDT", "title"),
    ("Lag +45 days (crypto of day t+45 drawn at t) · Scale: price · Alignment: NYSE", "body"),
    ("Breakout rule: first close above the all-time high after 252 sessions without one", "body"),
    ("Correlation at +45 days: +0.123 (N = 2,345) · best lag +45 days: +0.2, p < 0.001", "body"),
    (
        "Last bar: BTC/USDT 2025-11-30 · Exported 2026-11-21 10:00 UTC · Not financial advice.",
        "body",
    ),
)


def build_chart(frame: pd.DataFrame, chart_height: int):
    """A ChartView of ``frame`` (candles, volume, a 1M-point overlay), all of it visible."""
    from PySide6.QtCore import Qt

    from widgets.chart.chart_view import ChartView
    from widgets.chart.crypto_pane import OverlaySeries

    chart = ChartView()
    chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    chart.resize(WIDTH, chart_height)
    chart.equity.set_bars(frame, "BTC/USDT 1m")
    chart.volume.set_volume(frame["volume"], None, "own")
    times = frame.index.tz_convert(None).to_numpy()
    overlay = OverlaySeries("ETH", "ETH/USDT", times, frame["close"].to_numpy() * 0.05, "#627eea")
    chart.crypto.set_overlays([overlay], "price", None)
    chart.show()
    chart.fit_all()
    return chart


def run(quick: bool) -> dict[str, float]:
    """Medians of PNG and SVG export of a 1M-bar chart (see the module docstring)."""
    from PySide6.QtWidgets import QApplication
    from synthetic import minute_bars
    from timing import median_ms

    from app.export.exporter import drawing_for_export
    from app.export.render import render_image, save_png
    from app.export.svg import write_svg
    from models.records.caption import CaptionLine
    from models.records.image_spec import ImageSpec
    from widgets.caption_painter import caption_height, colours_for

    app = QApplication.instance() or QApplication([])
    lines = [CaptionLine(text, kind) for text, kind in CAPTION]
    chart_height = HEIGHT - caption_height(lines, WIDTH)
    frame = minute_bars(BARS, seed=5)
    started = time.perf_counter()
    chart = build_chart(frame, chart_height)
    app.processEvents()
    build_ms = (time.perf_counter() - started) * 1000.0
    spec = ImageSpec(WIDTH, HEIGHT, 1.0, caption=True)
    colours = colours_for(chart.palette_colours)
    repeats = 5 if quick else 15

    def png_export(path: Path):
        with drawing_for_export(chart):
            image = render_image(chart, spec, lines, colours)
        save_png(image, path)
        return image

    def svg_export(path: Path) -> None:
        with drawing_for_export(chart):
            write_svg(chart, path, WIDTH, HEIGHT, lines, colours)

    with tempfile.TemporaryDirectory(prefix="lc-export-") as tmp:
        png, svg = Path(tmp) / "chart.png", Path(tmp) / "chart.svg"
        image = png_export(png)
        figures = {
            "export_png_1080p_1m_bars_ms": median_ms(lambda: png_export(png), repeats),
            "export_png_1080p_1m_bars_encode_ms": median_ms(lambda: save_png(image, png), repeats),
            "export_svg_1m_bars_ms": median_ms(lambda: svg_export(svg), max(3, repeats // 3)),
        }
    figures["export_offscreen_build_1m_bars_ms"] = build_ms
    return figures


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "bench"))
    print(run(quick="--quick" in sys.argv))
