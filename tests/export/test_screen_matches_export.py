"""The window's chart and the headless export of the same state draw the same pixels.

Fixed-size exports build their chart offscreen (``app.export.headless``); the window
draws its own. Both go through ``app.presenter.ChartPresenter``, and this test holds
them to it for the three places where the two once drifted apart: the level rule's
line (the export drew the all-time high), a series with no usable volume (the export
named an all-NaN threshold) and a non-zero lag with a late series (the export based
the lines on another date). Each case also shows the comparison failing on the old
drawing, so it can fail.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from PySide6.QtWidgets import QApplication

from app.export.exporter import drawing_for_export
from app.export.headless import build_chart
from app.export.render import render_image
from app.presenter import ChartPresenter
from models.analysis.breakouts import BreakoutParams
from models.records.image_spec import ImageSpec
from models.session import scales
from tests.app.fakes import synthetic_frame
from tests.golden.harness import differing_pixels, image_to_array
from widgets.caption_painter import colours_for
from widgets.chart.chart_view import ChartView

#: a pixel differs when a channel differs by more than this; at most MAX_SHARE of the
#: pixels may differ (antialiased edges of text laid out by two widgets)
CHANNEL_TOLERANCE = 48
MAX_SHARE = 0.001
SHOWN = ("2019-06-03", "2020-09-01")


def _cache(zero_volume: bool = False, late_eth: bool = False) -> dict:
    equity = synthetic_frame("2019-01-01", 600, True, seed=3)
    if zero_volume:
        equity["volume"] = 0.0
    return {
        "^RUT": equity,
        "BTC/USDT": synthetic_frame("2019-01-01", 900, False, seed=4),
        "ETH/USDT": synthetic_frame("2019-09-01" if late_eth else "2019-01-01", 700, False, 5),
    }


def _rendered(chart) -> np.ndarray:
    """The chart drawn as an export draws it (no caption), as an H x W x 3 array."""
    spec = ImageSpec(chart.width(), chart.height(), 1.0, caption=False)
    with drawing_for_export(chart):
        image = render_image(chart, spec, [], colours_for(chart.palette_colours))
    return image_to_array(image)


def _differing_share(a: np.ndarray, b: np.ndarray) -> float:
    assert a.shape == b.shape
    return float(differing_pixels(a, b, CHANNEL_TOLERANCE).mean())


def _settle(qtbot, window) -> None:
    """Wait for the statistics and every debounced re-draw of the window's chart."""
    workers = window.workers
    channels = ("chart.prepare", "chart.detect", "chart.ccf", "chart.study")
    qtbot.waitUntil(lambda: window.charts.state.ccf is not None, timeout=20_000)
    qtbot.wait(600)  # slider and pan debounces (200 and 250 ms) have run
    qtbot.waitUntil(lambda: not any(workers.is_busy(c) for c in channels), timeout=20_000)
    QApplication.processEvents()


def _window_at_rest(qtbot, make_window, cache: dict, **view):
    window = make_window(cache, size=(1300, 860))
    qtbot.waitUntil(lambda: window.charts.state.prepared is not None, timeout=20_000)
    state = window.view_state
    if "params" in view:
        state.set_params(view["params"])
        wanted = view["params"]
        qtbot.waitUntil(lambda: window.charts.state.breakouts.params == wanted, timeout=20_000)
    if "lag" in view:
        window.panels.lag_control.lag_changed.emit(view["lag"])
    window.chart.zoom_to(*SHOWN)
    _settle(qtbot, window)
    return window


def _headless(snapshot, size, **presenter_kw):
    """The export's chart of ``snapshot``; with ``presenter_kw`` drawn differently."""
    if not presenter_kw:
        return build_chart(snapshot, *size)
    chart = ChartView()
    chart.resize(*size)
    presenter = ChartPresenter(chart)
    view = snapshot.view_state()
    presenter.show(snapshot.prepared, snapshot.breakouts, view, **presenter_kw)
    return chart


def _compare(qtbot, window) -> tuple[np.ndarray, object, tuple[int, int]]:
    snapshot = window.charts.export_snapshot()
    size = (window.chart.width(), window.chart.height())
    screen = _rendered(window.chart)
    exported = build_chart(snapshot, *size)
    try:
        share = _differing_share(screen, _rendered(exported))
    finally:
        exported.deleteLater()
    assert share <= MAX_SHARE, f"{share:.2%} of the pixels differ"
    return screen, snapshot, size


def _assert_differs(screen: np.ndarray, chart) -> None:
    try:
        assert _differing_share(screen, _rendered(chart)) > MAX_SHARE
    finally:
        chart.deleteLater()


def test_the_level_rule_draws_its_level_on_screen_and_in_the_export(qtbot, make_window):
    frame = _cache()["^RUT"]
    level = float(frame["close"].quantile(0.6))
    params = BreakoutParams(rule="level", level=level, hold_sessions=1, cooldown_sessions=20)
    window = _window_at_rest(qtbot, make_window, _cache(), params=params)
    assert window.charts.state.breakouts.events
    screen, snapshot, size = _compare(qtbot, window)
    # the old export drew the all-time high instead of the level
    old = _headless(snapshot, size)
    old.equity.set_reference_line(snapshot.breakouts.ath)
    _assert_differs(screen, old)


def test_a_series_without_usable_volume_looks_the_same_exported(qtbot, make_window):
    window = _window_at_rest(qtbot, make_window, _cache(zero_volume=True))
    breakouts = window.charts.state.breakouts
    assert not np.isfinite(breakouts.volume_threshold.to_numpy(dtype=float)).any()
    screen, snapshot, size = _compare(qtbot, window)
    # the old export passed the all-NaN threshold, and the pane named it
    old = _headless(snapshot, size)
    old.volume.set_volume(
        snapshot.session.equity.frame["volume"], breakouts.volume_threshold, "none"
    )
    _assert_differs(screen, old)


@pytest.mark.parametrize("scale", ["index", "percent"])
def test_a_lag_with_a_late_series_is_based_where_the_window_bases_it(qtbot, make_window, scale):
    window = make_window(_cache(late_eth=True), size=(1300, 860))
    qtbot.waitUntil(lambda: window.charts.state.prepared is not None, timeout=20_000)
    window.view_state.set_scale(scale)
    window.panels.lag_control.lag_changed.emit(-60)
    window.chart.zoom_to(*SHOWN)
    _settle(qtbot, window)
    snapshot = window.charts.export_snapshot()
    prepared = snapshot.prepared
    # at -60 days the late ETH line has a bar at the first visible date only from
    # its first bar + 60 days: every line is based there, on screen and exported
    assert snapshot.effective_anchor() == pd.Timestamp("2019-10-31")
    assert scales.common_anchor(prepared, -60, pd.Timestamp(SHOWN[0])) == pd.Timestamp("2019-10-31")
    screen, snapshot, size = _compare(qtbot, window)
    # the old export based the lines on the overlap of the first bars, ignoring the lag
    old_anchor = max(prepared.anchor_date, pd.Timestamp(SHOWN[0]))
    _assert_differs(screen, _headless(snapshot, size, anchor_date=old_anchor))
