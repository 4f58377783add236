"""CcfPlot: draws the CCF and its band, the marker follows the slider, clicks pick a lag."""

from __future__ import annotations

import time

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPalette

from models.analysis.leadlag import CcfResult
from widgets.ccf_plot import CcfPlot, ccf_caption

LAGS = np.arange(-90, 91)


def make_ccf(best_lag: int = 30) -> CcfResult:
    """A CCF peaking at ``best_lag`` with a flat +-0.05 band."""
    correlation = 0.4 * np.exp(-(((LAGS - best_lag) / 10.0) ** 2))
    return CcfResult(
        lags=LAGS,
        correlation=correlation,
        band_low=np.full(LAGS.size, -0.05),
        band_high=np.full(LAGS.size, 0.05),
        n=np.full(LAGS.size, 2000) - np.abs(LAGS),
        best_lag=best_lag,
        best_correlation=float(np.interp(best_lag, LAGS, correlation)),
        p_value=0.004,
        n_total=2310,
        sampling="daily",
        prewhitened=False,
        draws=1000,
    )


@pytest.fixture
def plot(qtbot):
    widget = CcfPlot()
    qtbot.addWidget(widget)
    widget.resize(420, 260)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_set_ccf_draws_curve_band_and_best_lag(plot):
    ccf = make_ccf(best_lag=30)
    plot.set_ccf(ccf)
    x, y = plot._curve.getData()
    np.testing.assert_array_equal(x, LAGS)
    np.testing.assert_allclose(y, ccf.correlation)
    assert plot._band.isVisible()
    spots = plot._best.data
    assert (spots["x"][0], spots["y"][0]) == (30.0, pytest.approx(0.4))
    x_range, y_range = plot.plot_item().getViewBox().viewRange()
    assert x_range[0] <= -90 and x_range[1] >= 90
    assert y_range[0] <= -0.05 and y_range[1] >= 0.4


def test_none_clears_the_plot(plot):
    plot.set_ccf(make_ccf())
    plot.set_ccf(None)
    assert plot._curve.getData()[0] is None or len(plot._curve.getData()[0]) == 0
    assert plot.marker_text() == ""
    plot.set_marker(10)  # still safe without data
    assert plot.marker_lag() == 10


def test_caption_keys_the_bands_and_states_the_lags_searched():
    # the best lag and its p are the statistics strip's, stated there once
    assert ccf_caption(make_ccf(30)) == (
        "■ pointwise 95% (each lag alone) · - - family-wise 95% over -90..+90 d"
    )


def test_marker_moves_with_the_slider_and_is_cheap(plot):
    plot.set_ccf(make_ccf())
    plot.set_marker(42)
    assert plot.marker_lag() == 42
    rho_42 = 0.4 * np.exp(-(((42 - 30) / 10.0) ** 2))
    assert plot.marker_text() == f"+42 d: {rho_42:.2f}"
    plot.set_marker(-17)
    assert plot.marker_lag() == -17
    start = time.perf_counter()
    for lag in range(-365, 366):
        plot.set_marker(lag)
    assert (time.perf_counter() - start) * 1000 / 731 < 1.0


def _click_at_lag(qtbot, plot, lag: float) -> None:
    view = plot.plot_item().getViewBox()
    scene_point = view.mapViewToScene(QPointF(lag, 0.0))
    widget_point = plot._plot.mapFromScene(scene_point)
    qtbot.mouseClick(plot._plot.viewport(), Qt.MouseButton.LeftButton, pos=widget_point)


def test_click_emits_the_nearest_computed_lag(plot, qtbot):
    plot.set_ccf(make_ccf())
    with qtbot.waitSignal(plot.lag_clicked, timeout=1000) as blocker:
        _click_at_lag(qtbot, plot, 52.3)
    assert blocker.args == [52]


def test_click_before_any_data_emits_nothing(plot, qtbot):
    seen: list[int] = []
    plot.lag_clicked.connect(seen.append)
    _click_at_lag(qtbot, plot, 0.5)
    qtbot.wait(20)
    assert seen == []


def test_theme_switch_changes_background(plot):
    plot.set_theme("dark")
    dark = plot._plot.backgroundBrush().color().name()
    plot.set_theme("light")
    light = plot._plot.backgroundBrush().color().name()
    assert dark != light
    assert light == "#ffffff"
    with pytest.raises(ValueError):
        plot.set_theme("sepia")


@pytest.fixture
def dark_application_palette(qapp):
    """Switch the application palette to a dark window colour, restore it afterwards."""
    original = qapp.palette()
    dark = QPalette(original)
    dark.setColor(QPalette.ColorRole.Window, QColor("#1b1e24"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#14171c"))
    qapp.setPalette(dark)
    yield
    qapp.setPalette(original)


def test_plot_follows_the_application_palette(plot, qtbot, dark_application_palette):
    qtbot.waitUntil(lambda: plot._plot.backgroundBrush().color().name() == "#1b1e24", timeout=1000)


def test_empty_plot_axis_labels_carry_no_si_scale(qtbot):
    plot = CcfPlot()
    qtbot.addWidget(plot)
    plot.show()
    qtbot.waitExposed(plot)
    item = plot.plot_item()
    item.setXRange(-0.4, 0.4, padding=0)  # a near-empty range: pyqtgraph would add "(x0.001)"
    item.setYRange(-0.4, 0.4, padding=0)
    assert "x0" not in item.getAxis("bottom").labelString()
    assert "x0" not in item.getAxis("left").labelString()


def test_empty_plot_spans_the_slider_range(qtbot):
    plot = CcfPlot()
    qtbot.addWidget(plot)
    (x0, x1), _ = plot.plot_item().getViewBox().viewRange()
    assert x0 <= -365 and x1 >= 365 and x1 < 400  # not pyqtgraph's default -0.5..0.5
