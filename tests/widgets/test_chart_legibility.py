"""The chart reads clearly: failed events in the dark theme, titles, empty states, hints."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6 import QtCore, QtWidgets

from models.vocabulary import PANES
from tests.golden.harness import image_to_array
from tests.widgets.chart_data import crypto_overlay, equity_frame, events_for
from widgets.chart.band_item import BandItem
from widgets.chart.chart_view import ChartView
from widgets.chart.marker_item import BreakoutMarkers
from widgets.chart.style import DARK


def _render_failed_event(qtbot) -> np.ndarray:
    """A failed band over x 40..59 and a failed marker at (20, 5), in the dark palette."""
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    widget.setBackground(DARK.background)
    widget.resize(300, 200)
    plot = widget.getPlotItem()
    plot.hideAxis("left")
    plot.hideAxis("bottom")
    bands, markers = BandItem(), BreakoutMarkers()
    plot.addItem(bands)
    plot.addItem(markers)
    bands.set_colours(DARK.band_confirmed, DARK.band_failed)
    markers.set_colours(DARK.marker_confirmed, DARK.marker_failed)
    plot.setXRange(0, 100, padding=0)
    plot.setYRange(0, 10, padding=0)
    bands.set_bands(np.array([40.0]), np.array([59.0]), np.array([False]))
    markers.set_events(np.array([20.0]), np.array([5.0]), np.array([False]))
    widget.show()
    qtbot.waitExposed(widget)
    for _ in range(3):
        QtWidgets.QApplication.processEvents()
    return image_to_array(widget.grab().toImage()).astype(float)


def _distance_from(image: np.ndarray, colour: str) -> np.ndarray:
    c = pg.mkColor(colour)
    return np.abs(image - np.array([c.red(), c.green(), c.blue()], float)).max(axis=2)


def test_failed_band_and_marker_stand_out_in_the_dark_theme(qtbot):
    image = _render_failed_event(qtbot)
    distance = _distance_from(image, DARK.background)
    height, width = distance.shape
    band = distance[:, int(width * 0.45) : int(width * 0.55)]
    # before: a sparse 1 px hatch at ~15 levels from the background on average
    assert band.mean() > 40
    marker = distance[height // 2 - 8 : height // 2 + 8, width // 5 - 8 : width // 5 + 8]
    assert (marker > 100).sum() > 90  # a bold cross, not a 1 px speck


@pytest.fixture
def chart(qtbot):
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    frame = equity_frame()
    view.equity.set_bars(frame, "R2K")
    view.equity.set_breakouts(events_for(frame))
    view.volume.set_volume(frame["volume"], frame["volume"].rolling(20).mean(), "IWM volume")
    ghost = crypto_overlay("r2k", "R2K (rebased)", 9)
    view.crypto.set_overlays([crypto_overlay("btc", "BTC", 5)], "price", ghost, log=True)
    view.show()
    qtbot.waitExposed(view)
    _paint(view)
    return view


def _paint(view: ChartView) -> None:
    view.canvas.viewport().update()
    QtWidgets.QApplication.processEvents()


@pytest.mark.parametrize("pane_name", ["equity", "volume", "crypto"])
def test_titles_sit_in_a_strip_above_the_data(chart, pane_name):
    chart.zoom_to("2020-02-01", "2020-05-01")
    _paint(chart)
    pane = chart.panes[pane_name]
    (x0, x1), _ = pane.view.viewRange()
    top = max(r[1] for item in pane.fit_items if (r := item.visible_range(x0, x1)) is not None)
    data_top_y = pane.view.mapViewToScene(QtCore.QPointF(x0, top)).y()
    assert data_top_y >= pane.legend.sceneBoundingRect().bottom() - 2


def test_crypto_key_is_the_legend_not_a_box_over_the_curves(chart):
    crypto = chart.panes["crypto"]
    assert not [i for i in crypto.view.childItems() if isinstance(i, pg.LegendItem)]
    text = crypto.legend.text()
    assert "BTC" in text and "R2K (rebased)" in text and "log axis" in text
    assert [label for label, _ in chart.crypto.legend_entries()] == ["BTC", "R2K (rebased)"]


def test_equity_title_keys_held_and_failed_markers(chart):
    title = chart.panes["equity"].legend.text()
    assert "▲ held" in title and "✕ failed" in title
    chart.equity.set_breakouts([])
    assert "held" not in chart.panes["equity"].legend.text()


def _ticks(axis, lo=0.0, hi=1.0, size=600.0):
    return [tick for _, ticks in axis.tickValues(lo, hi, size) for tick in ticks]


def test_an_empty_chart_has_no_ticks_and_no_bogus_titles(qtbot):
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.set_theme("dark")
    view.show()
    qtbot.waitExposed(view)
    assert view.is_blank()
    for pane in view.panes.values():
        assert _ticks(pane.date_axis) == [] and _ticks(pane.value_axis) == []
    titles = {name: pane.legend.text() for name, pane in view.panes.items()}
    assert titles["volume"] == "Volume"  # was "Volume: · — confirmation threshold"
    assert titles["crypto"] == "Crypto"  # was "Crypto · price" whatever the scale
    # no blank white panes: a sentence says what to do instead
    # the sentence covers the (blank) canvas, which is laid out already for the first data
    assert view.empty_state.isVisible() and view.empty_state.autoFillBackground()
    assert view.empty_state.geometry().contains(view.canvas.geometry())
    assert "Import CSV" in view.empty_state.text()
    frame = equity_frame()
    view.equity.set_bars(frame, "R2K")
    assert not view.is_blank()
    assert view.canvas.isVisible() and view.empty_state.isHidden()
    assert _ticks(view.panes["equity"].date_axis, 18_000, 18_400)


def test_hiding_every_pane_shows_how_to_get_them_back(chart):
    assert chart.hidden_hint.isHidden()
    for name in PANES:
        chart.set_pane_visible(name, False)
    assert chart.hidden_hint.isVisible()
    assert "View menu" in chart.hidden_hint.text()
    assert not chart.canvas.isVisible()
    chart.set_pane_visible("crypto", True)
    assert chart.hidden_hint.isHidden() and chart.canvas.isVisible()
