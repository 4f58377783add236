"""PNG export: exact pixel size, not blank, the series drawn, caption block, themes, ratio."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from app.export.exporter import export_image
from models.errors import InvalidParameter
from models.records.caption import caption_lines
from models.records.image_spec import ImageSpec, parse_size
from models.vocabulary import KNOWN_SERIES_COLOURS
from tests.export.snapshots import distinct_colours, pixels, snapshot
from widgets.caption_painter import caption_height, colours_for, paint_caption
from widgets.chart.style import chart_palette

WHEN = datetime(2026, 1, 2, 3, 4, tzinfo=UTC)


def _near(array, colour: str, tolerance: int = 40):
    """Mask of pixels within ``tolerance`` (per channel) of ``colour``."""
    c = QColor(colour)
    r, g, b = (array >> 16) & 255, (array >> 8) & 255, array & 255
    return (
        (abs(r - c.red()) < tolerance)
        & (abs(g - c.green()) < tolerance)
        & (abs(b - c.blue()) < tolerance)
    )


@pytest.mark.parametrize(
    ("size", "ratio"), [("1280x720", 1.0), ("1600x900", 2.0), ("999x611", 1.5)]
)
def test_png_has_exactly_the_requested_pixels_and_is_not_blank(qapp, tmp_path, size, ratio):
    width, height = parse_size(size)
    result = export_image(snapshot(), tmp_path / "chart.png", ImageSpec(width, height, ratio), WHEN)
    image = QImage(str(result.image_path))
    assert (image.width(), image.height()) == (width, height)
    assert distinct_colours(image) > 40  # axes, candles, bands, lines, caption text


def test_the_crypto_series_is_drawn_in_its_colour(qapp, tmp_path):
    result = export_image(snapshot(), tmp_path / "c.png", ImageSpec(1400, 900, caption=False))
    array = pixels(QImage(str(result.image_path)))
    btc = _near(array, KNOWN_SERIES_COLOURS["BTC"])
    assert btc.sum() > 300  # a line across the crypto pane, not a stray pixel
    rows = btc.any(axis=1).nonzero()[0]
    assert rows.min() > 0.35 * array.shape[0]  # in the crypto pane, below equity and volume


def test_caption_block_is_the_caption_painted_alone(qapp, tmp_path):
    snap = snapshot()
    spec = ImageSpec(1200, 800, 1.0, caption=True)
    result = export_image(snap, tmp_path / "cap.png", spec, WHEN)
    lines = caption_lines(snap, WHEN)
    height = caption_height(lines, spec.logical_width)
    alone = QImage(spec.width_px, height, QImage.Format.Format_RGB32)
    colours = colours_for(chart_palette("light"))
    alone.fill(QColor(colours.background))
    painter = QPainter(alone)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    paint_caption(painter, 0, spec.logical_width, lines, colours)
    painter.end()
    exported = pixels(QImage(str(result.image_path)))
    strip = exported[-height:]
    assert (strip == pixels(alone)).mean() > 0.999
    assert distinct_colours(alone, step=2) > 10  # it really holds text
    sidecar = json.loads(result.sidecar_path.read_text())
    assert sidecar["image"]["caption_text"] == [line.text for line in lines]


def test_without_caption_the_chart_fills_the_image(qapp, tmp_path):
    snap = snapshot()
    with_caption = export_image(snap, tmp_path / "a.png", ImageSpec(1000, 700), WHEN)
    without = export_image(snap, tmp_path / "b.png", ImageSpec(1000, 700, caption=False), WHEN)
    height = caption_height(caption_lines(snap, WHEN), 1000)
    a = pixels(QImage(str(with_caption.image_path)))[-height:]
    b = pixels(QImage(str(without.image_path)))[-height:]
    assert (a != b).mean() > 0.05
    assert json.loads(without.sidecar_path.read_text())["image"]["caption_text"] == []


def test_dark_theme_paints_a_dark_background(qapp, tmp_path):
    spec = ImageSpec(900, 600, caption=True)
    dark = export_image(snapshot(theme="dark"), tmp_path / "dark.png", spec, WHEN)
    light = export_image(snapshot(theme="light"), tmp_path / "light.png", spec, WHEN)

    def brightness(path):
        array = pixels(QImage(str(path)))
        return (((array >> 16) & 255) + ((array >> 8) & 255) + (array & 255)).mean() / 3

    assert brightness(dark.image_path) < 80 < 180 < brightness(light.image_path)


def test_caption_states_settings_figures_and_disclaimer():
    snap = snapshot(lag=20)
    text = "\n".join(line.text for line in caption_lines(snap, WHEN))
    corr, ccf = snap.correlation, snap.ccf
    for expected in (
        "^RUT (Russell 2000) vs BTC/USDT, ETH/USDT",
        "BTC/USDT (binance via ccxt, 1d)",
        "^RUT (yahoo, 1d)",
        "Lag +20 days",
        "Scale: indexed to 100 on",
        "Alignment: NYSE sessions",
        "close 0.5% above the 60-session high",
        f"{corr.correlation:+.3f} (N = {corr.n:,})",
        f"in all lags (-365..+365 days): {ccf.best_lag:+d} days",
        f"N = {ccf.n[ccf.best_lag + 365]:,}",
        "bands: pointwise 95% (each lag alone) and family-wise 95% over all lags",
        f"Last bar: ^RUT {snap.session.equity.last:%Y-%m-%d}",
        "Exported 2026-01-02 03:04 UTC",
        "Not financial advice.",
    ):
        assert expected in text, expected
    assert "DEMO" not in text
    study = snap.study
    if study is not None and study.hit_rate == study.hit_rate:  # a hit rate states its N
        h = study.primary_horizon
        column = f"fwd_{h}d" if f"fwd_{h}d" in study.table else "fwd_lag"
        known = int(study.table[column].notna().sum())
        assert known > 0
        assert f"% of N = {known} breakouts against" in text


def test_demo_caption_says_demo():
    lines = caption_lines(snapshot(demo=True), WHEN)
    assert any(line.kind == "alert" and "DEMO" in line.text for line in lines)


def test_sizes_and_ratios_out_of_range_are_refused(qapp, tmp_path):
    with pytest.raises(InvalidParameter, match="WIDTHxHEIGHT"):
        parse_size("1920*1080")
    with pytest.raises(InvalidParameter, match="outside"):
        ImageSpec(20, 1080)
    with pytest.raises(InvalidParameter, match="ratio"):
        ImageSpec(1920, 1080, 9.0)
    with pytest.raises(InvalidParameter, match="caption"):
        export_image(snapshot(), tmp_path / "tiny.png", ImageSpec(300, 160), WHEN)
    with pytest.raises(InvalidParameter, match=r"\.png or \.svg"):
        export_image(snapshot(), tmp_path / "chart.jpg", ImageSpec(800, 600), WHEN)
