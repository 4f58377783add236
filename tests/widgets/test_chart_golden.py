"""Golden images of the composed chart (800x500, DejaVu Sans, no antialiasing).

Regenerate with ``UPDATE_GOLDEN=1 pytest tests/widgets/test_chart_golden.py`` and look at
the PNGs in tests/golden/images before committing them.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyqtgraph as pg
import pytest
from PySide6 import QtGui, QtWidgets

from tests.golden.harness import assert_matches_golden
from tests.widgets.chart_data import crypto_overlay, equity_frame, events_for
from widgets.chart.chart_view import ChartView
from widgets.chart.crypto_pane import OverlaySeries

SIZE = (800, 500)


@pytest.fixture
def fixed_font():
    """DejaVu Sans for every text item, restored afterwards."""
    app = QtWidgets.QApplication.instance()
    before = app.font()
    app.setFont(QtGui.QFont("DejaVu Sans", 8))
    pg.setConfigOptions(antialias=False)
    yield
    app.setFont(before)


def _render(view: ChartView, qtbot) -> QtGui.QImage:
    view.resize(*SIZE)
    view.show()
    qtbot.waitExposed(view)
    for _ in range(3):
        view.canvas.viewport().update()
        QtWidgets.QApplication.processEvents()
    return view.grab().toImage()


def _chart(qtbot) -> tuple[ChartView, pd.DataFrame]:
    view = ChartView()
    qtbot.addWidget(view)
    frame = equity_frame()
    view.equity.set_bars(frame, "Russell 2000 (^RUT)")
    view.equity.set_reference_line(frame["close"].cummax())
    view.equity.set_breakouts(events_for(frame))
    volume = frame["volume"]
    view.volume.set_volume(volume, volume.rolling(50).mean() * 1.4, "^RUT constituents' volume")
    returns = np.log(frame["close"]).diff()
    noise = pd.Series(np.random.default_rng(9).normal(size=len(frame)), index=frame.index)
    rolling = returns.rolling(90).corr(noise)
    view.correlation.set_rolling_correlation(rolling.index.values, rolling.to_numpy(), 90)
    view.correlation.set_null_band(1.96 / np.sqrt(90))  # as the presenter draws it
    return view, frame


def _ghost(frame: pd.DataFrame) -> OverlaySeries:
    close = frame["close"].to_numpy()
    dates = frame.index.values.astype("datetime64[D]")
    return OverlaySeries("ghost", "Russell 2000 (rebased)", dates, close / close[0] * 100)


def test_light_candles_with_bands(qtbot, fixed_font):
    view, frame = _chart(qtbot)
    overlays = [crypto_overlay("btc", "BTC", 5, drift=0.001), crypto_overlay("eth", "ETH", 6)]
    view.crypto.set_overlays(overlays, "index", _ghost(frame))
    view.zoom_to("2020-01-15", "2020-07-15")
    assert_matches_golden(_render(view, qtbot), "chart_light_candles_bands")


def test_dark_line_with_overlays_at_a_lag(qtbot, fixed_font):
    view, frame = _chart(qtbot)
    view.set_theme("dark")
    view.equity.set_style("line")
    view.equity.set_log(True)
    overlays = [crypto_overlay("btc", "BTC", 5, drift=0.001), crypto_overlay("eth", "ETH", 6)]
    view.crypto.set_overlays(overlays, "price", _ghost(frame), log=True)
    view.crypto.set_lag(45)
    view.fit_all()
    assert_matches_golden(_render(view, qtbot), "chart_dark_line_overlays_lag45")


def test_demo_watermark_in_every_pane(qtbot, fixed_font):
    view, _ = _chart(qtbot)
    view.crypto.set_overlays([crypto_overlay("btc", "BTC", 5)], "percent", None)
    view.set_demo_watermark(True)
    view.set_pane_visible("correlation", False)
    assert_matches_golden(_render(view, qtbot), "chart_light_demo_no_correlation")


def test_the_legend_reads_the_values_under_the_crosshair(qtbot, fixed_font):
    from PySide6 import QtCore

    from widgets.chart.timecoords import value_to_days

    view, frame = _chart(qtbot)
    overlays = [
        crypto_overlay("btc", "BTC/USDT", 5, drift=0.001),
        crypto_overlay("eth", "ETH/USDT", 6),
    ]
    for overlay in overlays:
        overlay.prices = overlay.values * 37.5  # the coins' own prices behind the index
    view.crypto.set_overlays(overlays, "index", _ghost(frame))
    view.crypto.set_lag(30)
    view.zoom_to("2020-01-15", "2020-07-15")
    image = _render(view, qtbot)  # laid out and painted once before the mouse comes
    pane = view.panes["crypto"]
    point = QtCore.QPointF(value_to_days("2020-04-15"), sum(pane.view.viewRange()[1]) / 2)
    view.canvas.scene().sigMouseMoved.emit(pane.view.mapViewToScene(point))
    image = _render(view, qtbot)
    assert_matches_golden(image, "chart_light_crosshair_readout")
