"""ChartView behaviour with synthetic data: linking, lag, crosshair, fitting, LOD, panes."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtTest import QTest

from models.vocabulary import PANES
from tests.widgets.chart_data import (
    crypto_overlay,
    day_number_overlay,
    equity_frame,
    events_for,
    minute_bars,
)
from widgets.chart.chart_view import ChartView
from widgets.chart.timecoords import value_to_days


def _paint(view: ChartView) -> None:
    view.canvas.viewport().update()
    QtWidgets.QApplication.processEvents()


@pytest.fixture
def chart(qtbot):
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    frame = equity_frame()
    view.equity.set_bars(frame, "R2K")
    view.equity.set_breakouts(events_for(frame))
    view.volume.set_volume(frame["volume"], frame["volume"].rolling(20).mean(), "IWM volume")
    view.crypto.set_overlays([crypto_overlay("btc", "BTC", 5)], "index", None)
    view.show()
    qtbot.waitExposed(view)
    _paint(view)
    return view


def _x_ranges(view):
    return [tuple(view.panes[n].view.viewRange()[0]) for n in PANES]


@pytest.mark.parametrize("driver", ["equity", "volume", "crypto", "breadth", "correlation"])
def test_panes_stay_linked_after_pan_and_zoom_on_any_pane(chart, driver):
    chart.set_pane_visible("breadth", True)  # hidden until asked for: every pane here
    box = chart.panes[driver].view
    box.scaleBy(x=0.25, y=None, center=QtCore.QPointF(value_to_days("2020-06-01"), 0))
    box.translateBy(x=-40.0)
    ranges = _x_ranges(chart)
    assert all(r == pytest.approx(ranges[0], abs=1e-9) for r in ranges)
    assert ranges[0][1] - ranges[0][0] < 400  # the zoom really happened


def test_lag_shifts_crypto_by_exactly_k_days_and_nothing_else(chart):
    chart.zoom_to("2020-03-01", "2020-04-15")  # narrow: raw samples are drawn
    curve = chart.crypto.curves["btc"]
    candles_before = chart.equity.candles.pyramid.x.copy()
    x_before = curve.xData.copy()
    chart.crypto.set_lag(30)
    _paint(chart)
    x_after = curve.xData
    data_x = curve.pyramid.x
    # Every drawn vertex is a data sample drawn exactly 30 days earlier...
    assert np.isin(x_after + 30, data_x).all()
    assert len(np.intersect1d(x_before, x_after + 30)) >= 15
    # ...and the shifted curve still covers the whole view (no blank strip).
    x0, x1 = chart.visible_range()
    assert x_after.min() <= x0 and x_after.max() >= x1
    assert curve.pos().x() == 0.0  # no setPos: no blank strip from clipping
    assert curve.x_offset == -30
    np.testing.assert_array_equal(chart.equity.candles.pyramid.x, candles_before)


def test_lag_factor_rescales_without_rebuilding(chart):
    curve = chart.crypto.curves["btc"]
    pyramid = curve.pyramid
    value = chart.readout_at("2020-06-01").crypto["btc"].value
    chart.crypto.set_lag(0, {"btc": 2.0})
    assert curve.pyramid is pyramid
    assert chart.readout_at("2020-06-01").crypto["btc"].value == pytest.approx(2 * value)


def test_readout_gives_values_and_the_lagged_source_date(chart):
    chart.crypto.set_overlays([day_number_overlay()], "price", None)
    chart.crypto.set_lag(30)
    readout = chart.readout_at("2020-03-02")
    day = readout.crypto["day"]
    assert readout.date == np.datetime64("2020-03-02")
    assert day.source_date == np.datetime64("2020-04-01")
    assert day.value == value_to_days("2020-04-01")
    frame = equity_frame()
    assert readout.equity == pytest.approx(frame.loc["2020-03-02", "close"])


def test_readout_has_no_equity_values_on_a_weekend_and_none_past_the_data(chart):
    frame = equity_frame()
    readout = chart.readout_at("2020-03-01")  # a Sunday: no session, no made-up bar
    assert readout.equity is None and readout.bar is None and readout.volume is None
    assert readout.crypto["btc"].value is not None  # crypto trades on Sundays
    friday = chart.readout_at("2020-02-28")
    assert friday.bar.close == pytest.approx(frame.loc["2020-02-28", "close"])
    assert friday.bar.open == pytest.approx(frame.loc["2020-02-28", "open"])
    previous = frame["close"].shift(1).loc["2020-02-28"]
    assert friday.bar.change == pytest.approx(friday.bar.close / previous - 1)
    assert chart.readout_at("2030-01-01").equity is None


def test_the_crosshair_snaps_to_the_sessions_over_the_equity_and_to_days_elsewhere(chart):
    sunday = value_to_days("2020-03-01") + 0.2
    assert chart.cursor.snap(sunday, "equity") in (
        value_to_days("2020-02-28"),
        value_to_days("2020-03-02"),
    )
    assert chart.cursor.snap(sunday, "volume") == chart.cursor.snap(sunday, "equity")
    assert chart.cursor.snap(sunday, "crypto") == value_to_days("2020-03-01")


def test_mouse_move_emits_the_readout_and_moves_every_crosshair(chart, qtbot):
    chart.set_pane_visible("breadth", True)  # hidden until asked for: every pane here
    pane = chart.panes["crypto"]
    target = QtCore.QPointF(value_to_days("2020-06-10"), pane.view.viewRange()[1][0])
    scene_pos = pane.view.mapViewToScene(target) + QtCore.QPointF(0, -20)
    with qtbot.waitSignal(chart.crosshair_moved, timeout=1000) as blocker:
        chart.canvas.scene().sigMouseMoved.emit(scene_pos)
    readout = blocker.args[0]
    assert abs((readout.date - np.datetime64("2020-06-10")).astype(int)) <= 1
    x = value_to_days(readout.date)
    assert all(p.vline.value() == x and p.vline.isVisible() for p in chart.panes.values())
    assert pane.hline.isVisible() and not chart.panes["equity"].hline.isVisible()


def test_y_axes_fit_the_visible_data(chart):
    chart.zoom_to("2020-02-01", "2020-05-01")
    _paint(chart)
    frame = equity_frame().loc["2020-02-01":"2020-05-01"]
    y0, y1 = chart.panes["equity"].view.viewRange()[1]
    lo, hi = frame["low"].min(), frame["high"].max()
    span = hi - lo
    assert y0 <= lo and y1 >= hi
    assert y0 >= lo - 0.2 * span and y1 <= hi + 0.2 * span
    v0, v1 = chart.panes["volume"].view.viewRange()[1]
    assert v0 <= 0 and v1 >= frame["volume"].max()


def test_candle_lod_draws_at_most_one_candle_per_two_pixels(qtbot):
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.equity.set_bars(minute_bars(200_000), "BTC 1m")
    view.show()
    qtbot.waitExposed(view)
    _paint(view)
    width = view.panes["equity"].view.width()
    assert 0 < view.equity.candles.drawn_count <= width / 2
    x0 = value_to_days(pd.Timestamp("2024-01-02 00:00", tz="UTC"))
    view.zoom_to(x0, x0 + 100 / 1440)  # 100 one-minute bars
    _paint(view)
    assert 100 <= view.equity.candles.drawn_count <= 103  # every bar, no aggregation


def test_hidden_panes_vanish_and_the_lowest_visible_pane_carries_dates(chart):
    chart.set_pane_visible("correlation", False)
    chart.set_pane_visible("volume", False)
    assert not chart.panes["volume"].plot.isVisible()
    assert chart.panes["crypto"].plot.geometry().bottom() > 500  # took the freed space
    assert chart.panes["crypto"].date_axis.style["showValues"]
    assert not chart.panes["equity"].date_axis.style["showValues"]
    chart.set_pane_visible("correlation", True)
    assert chart.panes["correlation"].plot.isVisible()
    assert chart.panes["correlation"].date_axis.style["showValues"]
    assert not chart.panes["crypto"].date_axis.style["showValues"]
    with pytest.raises(ValueError):
        chart.set_pane_visible("nonsense", True)


def _corner_colour(view: ChartView):
    """The most common colour inside the equity pane (its background)."""
    image = view.grab().toImage()
    top = int(view.panes["equity"].plot.geometry().top())
    colours = [
        image.pixelColor(x, y).name()
        for x in range(0, image.width() // 2, 7)
        for y in range(top + 20, top + 120, 7)
    ]
    return max(set(colours), key=colours.count)


def test_theme_switch_changes_the_background(chart):
    assert _corner_colour(chart) == "#ffffff"
    chart.set_theme("dark")
    assert _corner_colour(chart) == chart.palette_colours.background == "#131722"
    with pytest.raises(ValueError):
        chart.set_theme("sepia")


def test_demo_watermark_is_in_every_pane(chart):
    chart.set_pane_visible("breadth", True)  # hidden until asked for: every pane here
    chart.set_demo_watermark(True)
    for pane in chart.panes.values():
        assert pane.watermark.isVisible() and "DEMO" in pane.watermark.textItem.toPlainText()
    chart.set_demo_watermark(False)
    assert not any(p.watermark.isVisible() for p in chart.panes.values())


def test_double_click_fits_everything(chart):
    chart.zoom_to("2020-03-01", "2020-03-20")
    chart.canvas.double_clicked.emit()
    x0, x1 = chart.visible_range()
    assert x0 <= value_to_days("2019-01-01") and x1 >= value_to_days("2021-12-31")


def test_zoom_emits_range_changed_as_dates(chart, qtbot):
    with qtbot.waitSignal(chart.range_changed, timeout=1000) as blocker:
        chart.zoom_to("2020-03-01", "2020-03-20")
    assert blocker.args == [np.datetime64("2020-03-01"), np.datetime64("2020-03-20")]


def test_log_mode_draws_log10_but_reads_prices(chart):
    frame = equity_frame()
    chart.equity.set_log(True)
    y0, y1 = chart.panes["equity"].view.viewRange()[1]
    assert 2.5 < y0 < y1 < 3.6  # log10 of ~1000-2000
    assert chart.readout_at("2020-03-02").equity == pytest.approx(frame.loc["2020-03-02", "close"])
    assert chart.panes["equity"].value_axis.is_log


def test_bands_are_one_item_split_confirmed_and_failed(chart):
    assert chart.equity.bands.band_count == 2
    equity_items = chart.panes["equity"].view.addedItems
    assert sum(type(i).__name__ == "BandItem" for i in equity_items) == 1


def test_new_overlays_replace_the_old_curves(chart):
    chart.crypto.set_overlays([crypto_overlay("eth", "ETH", 6)], "percent", None)
    assert set(chart.crypto.curves) == {"eth"}
    items = chart.panes["crypto"].view.addedItems
    assert sum(i in chart.crypto.curves.values() for i in items) == 1
    assert len(chart.panes["crypto"].fit_items) == 2  # ghost + eth


def test_intraday_readout_dates_are_utc_instants(qtbot):
    view = ChartView()
    qtbot.addWidget(view)
    view.equity.set_bars(minute_bars(1000), "BTC 1m")
    readout = view.readout_at(pd.Timestamp("2024-01-01 05:00", tz="UTC"))
    assert readout.date == np.datetime64("2024-01-01T05:00:00")


class _PaintCounter(QtCore.QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched, event):
        if event.type() == QtCore.QEvent.Type.Paint:
            self.count += 1
        return False


def test_a_pan_frame_is_exactly_one_paint(chart):
    """The bench's frame method must measure one paint (perf-baseline.md §0.6)."""
    counter = _PaintCounter()
    chart.canvas.viewport().installEventFilter(counter)
    for step in (3.0, -2.0, 5.5):
        counter.count = 0
        chart.panes["crypto"].view.translateBy(x=step)
        _paint(chart)
        assert counter.count == 1
    chart.canvas.viewport().removeEventFilter(counter)


def test_dragging_the_gap_between_panes_resizes_both(chart, qtbot):
    equity, volume = chart.panes["equity"].plot, chart.panes["volume"].plot
    before = equity.geometry().height(), volume.geometry().height()
    gap_y = int((equity.geometry().bottom() + volume.geometry().top()) / 2)
    viewport = chart.canvas.viewport()
    start, end = QtCore.QPoint(300, gap_y), QtCore.QPoint(300, gap_y - 60)
    qtbot.mousePress(viewport, QtCore.Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, QtCore.Qt.MouseButton.LeftButton, pos=end)
    after = equity.geometry().height(), volume.geometry().height()
    assert after[0] == pytest.approx(before[0] - 60, abs=3)
    assert after[1] == pytest.approx(before[1] + 60, abs=3)


def _viewport_point(chart, pane_name: str, when: str) -> QtCore.QPoint:
    pane = chart.panes[pane_name]
    y0, y1 = pane.view.viewRange()[1]
    scene = pane.view.mapViewToScene(QtCore.QPointF(value_to_days(when), (y0 + y1) / 2))
    return chart.canvas.mapFromScene(scene)


def test_wheel_zooms_time_around_the_cursor(chart):
    chart.zoom_to("2020-01-01", "2020-12-31")
    _paint(chart)
    point = _viewport_point(chart, "crypto", "2020-03-01")
    anchor_before = chart.panes["crypto"].view.mapSceneToView(chart.canvas.mapToScene(point)).x()
    x0, x1 = chart.visible_range()
    wheel = QtGui.QWheelEvent(
        QtCore.QPointF(point),
        QtCore.QPointF(chart.canvas.viewport().mapToGlobal(point)),
        QtCore.QPoint(0, 0),
        QtCore.QPoint(0, 240),
        QtCore.Qt.MouseButton.NoButton,
        QtCore.Qt.KeyboardModifier.NoModifier,
        QtCore.Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QtWidgets.QApplication.sendEvent(chart.canvas.viewport(), wheel)
    n0, n1 = chart.visible_range()
    assert n1 - n0 < 0.9 * (x1 - x0)  # zoomed in on time
    anchor_after = chart.panes["crypto"].view.mapSceneToView(chart.canvas.mapToScene(point)).x()
    assert anchor_after == pytest.approx(anchor_before, abs=0.5)  # around the cursor


def test_a_real_double_click_fits_all(chart, qtbot):
    chart.zoom_to("2020-03-01", "2020-03-20")
    _paint(chart)
    QTest.mouseDClick(
        chart.canvas.viewport(),
        QtCore.Qt.MouseButton.LeftButton,
        pos=_viewport_point(chart, "equity", "2020-03-10"),
    )

    def fitted():
        x0, x1 = chart.visible_range()
        assert x0 <= value_to_days("2019-01-01") and x1 >= value_to_days("2021-12-31")

    qtbot.waitUntil(fitted, timeout=2000)


def test_leaving_the_chart_hides_the_crosshair(chart):
    pane = chart.panes["equity"]
    pane.vline.setVisible(True)
    chart.canvas.mouse_left.emit()
    assert not any(p.vline.isVisible() for p in chart.panes.values())


def _mouse(kind, point: QtCore.QPoint, widget, button, buttons):
    local = QtCore.QPointF(point)
    event = QtGui.QMouseEvent(
        kind,
        local,
        QtCore.QPointF(widget.mapToGlobal(point)),
        button,
        buttons,
        QtCore.Qt.KeyboardModifier.NoModifier,
    )
    QtWidgets.QApplication.sendEvent(widget, event)


def test_dragging_pans_time_only(chart):
    chart.zoom_to("2020-01-01", "2020-12-31")
    _paint(chart)
    viewport = chart.canvas.viewport()
    start = _viewport_point(chart, "crypto", "2020-06-01")
    left = QtCore.Qt.MouseButton.LeftButton
    none = QtCore.Qt.MouseButton.NoButton
    x0, x1 = chart.visible_range()
    _mouse(QtCore.QEvent.Type.MouseButtonPress, start, viewport, left, left)
    for dx in (10, 40, 100):
        _mouse(QtCore.QEvent.Type.MouseMove, start + QtCore.QPoint(dx, 30), viewport, none, left)
    end = start + QtCore.QPoint(100, 30)
    _mouse(QtCore.QEvent.Type.MouseButtonRelease, end, viewport, left, none)
    n0, n1 = chart.visible_range()
    assert n0 < x0 - 5  # dragged right: earlier dates come into view
    assert n1 - n0 == pytest.approx(x1 - x0)  # a pan, not a zoom


def test_the_readout_is_drawn_in_the_panes_and_names_the_source_date(chart, qtbot):
    chart.crypto.set_overlays([day_number_overlay()], "price", None)
    chart.crypto.set_lag(10)
    pane = chart.panes["equity"]
    target = QtCore.QPointF(value_to_days("2020-03-02"), sum(pane.view.viewRange()[1]) / 2)
    chart.canvas.scene().sigMouseMoved.emit(pane.view.mapViewToScene(target))
    crypto_text = chart.panes["crypto"].legend.text()
    assert "2020-03-12" in crypto_text and f"{value_to_days('2020-03-12'):,.2f}" in crypto_text
    equity_text = chart.panes["equity"].legend.text()
    assert "2020-03-02" in equity_text and " O " in equity_text and " C " in equity_text
    assert chart.panes["equity"].value_label.isVisible()
    chart.hide_crosshair()
    assert "2020-03-12" not in chart.panes["crypto"].legend.text()
    assert "2020-03-02" not in chart.panes["equity"].legend.text()
    assert not chart.panes["equity"].value_label.isVisible()


def test_scene_for_export_renders_every_pane(chart):
    scene = chart.scene_for_export()
    assert set(scene.plots) == set(PANES)
    image = QtGui.QImage(1600, 1200, QtGui.QImage.Format.Format_RGB32)
    image.fill(0)
    painter = QtGui.QPainter(image)
    target = QtCore.QRectF(image.rect())
    scene.canvas.scene().render(painter, target, scene.canvas.sceneRect())
    painter.end()
    assert image.pixelColor(800, 100).name() == "#ffffff"  # equity pane, scaled 2x
    assert image.pixelColor(400, 1100).name() == "#ffffff"  # down to the last pane


def test_empty_series_draw_nothing_and_raise_nothing(qtbot):
    from models.market.frames import empty_frame

    view = ChartView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    frame = empty_frame()
    view.equity.set_bars(frame, "empty")
    view.volume.set_volume(frame["volume"], None, "none")
    view.equity.set_reference_line(frame["close"])
    view.equity.set_breakouts([])
    view.crypto.set_overlays([], "percent", None)
    view.correlation.set_rolling_correlation(np.array([], dtype="datetime64[D]"), np.array([]), 90)
    view.crypto.set_lag(5)
    view.fit_all()
    view.show()
    qtbot.waitExposed(view)
    _paint(view)
    readout = view.readout_at("2020-01-01")
    assert readout.equity is None and readout.crypto == {}
