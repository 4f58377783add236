"""The legend is the readout (issue 11, item 2), panes keep a readable height (item 3), a
pane without data says how to fill it (items 4 and 7), and Fit shows the span it is given
(item 6)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6 import QtCore, QtWidgets

from models.vocabulary import DEFAULT_PANES
from tests.widgets.chart_data import crypto_overlay, equity_frame, events_for
from widgets.chart.chart_view import PANE_MINIMUMS, ChartView
from widgets.chart.crypto_pane import OverlaySeries
from widgets.chart.timecoords import value_to_days


def _paint(view: ChartView) -> None:
    view.canvas.viewport().update()
    QtWidgets.QApplication.processEvents()


def _overlay(key, label, seed, price_scale=30.0) -> OverlaySeries:
    series = crypto_overlay(key, label, seed)
    series.prices = series.values * price_scale  # the coin's own price behind the index
    return series


@pytest.fixture
def chart(qtbot):
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(900, 640)
    frame = equity_frame()
    view.equity.set_bars(frame, "R2K")
    view.equity.set_breakouts(events_for(frame))
    view.volume.set_volume(frame["volume"], frame["volume"].rolling(20).mean(), "R2K volume")
    close = frame["close"].to_numpy()
    ghost = OverlaySeries(
        "ghost", "R2K (rebased)", frame.index.values.astype("datetime64[D]"), close / close[0] * 100
    )
    overlays = [_overlay("BTC/USDT", "BTC/USDT", 5), _overlay("ETH/USDT", "ETH/USDT", 6)]
    view.crypto.set_overlays(overlays, "index", ghost, log=True)
    view.show()
    qtbot.waitExposed(view)
    view.zoom_to("2020-01-01", "2020-12-31")
    _paint(view)
    return view


def _hover(chart, pane_name: str, date: str) -> None:
    pane = chart.panes[pane_name]
    y = sum(pane.view.viewRange()[1]) / 2
    chart.canvas.scene().sigMouseMoved.emit(
        pane.view.mapViewToScene(QtCore.QPointF(value_to_days(date), y))
    )


def test_one_row_per_coin_with_its_price_and_lagged_date_in_one_block(chart):
    chart.crypto.set_lag(30)
    _hover(chart, "crypto", "2020-06-10")
    legend = chart.panes["crypto"].legend
    rows = legend.rows
    assert len(rows) == 3  # BTC, ETH, the ghost
    text = legend.text()
    btc = chart.crypto.values_at(value_to_days("2020-06-10"), False)["BTC/USDT"]
    assert btc.source_date == np.datetime64("2020-07-10")
    assert f"{btc.price:,.2f}" in text and "2020-07-10" in text  # the price, not the index
    assert "lag +30 d" in text and "log axis" in text
    # nothing overprinted: the pane has one text block in its corner, no second readout
    texts = [i for i in chart.panes["crypto"].view.childItems() if isinstance(i, pg.TextItem)]
    corner = [t for t in texts if t.isVisible() and t.pos().x() < 50 and t.pos().y() < 50]
    assert corner == [legend]


def test_the_equity_row_reads_ohlc_and_change_and_nothing_on_a_weekend(chart):
    _hover(chart, "crypto", "2020-03-07")  # a Saturday, read over the crypto pane
    equity_text = chart.panes["equity"].legend.text()
    assert "2020-03-07" in equity_text and "no session" in equity_text
    assert " O " not in equity_text
    assert chart.panes["volume"].legend.rows == []  # no volume on a day without a session
    _hover(chart, "equity", "2020-03-07")  # over the equity, the line snaps to a session
    snapped = chart.cursor.shown_at
    assert snapped in (value_to_days("2020-03-06"), value_to_days("2020-03-09"))
    equity_text = chart.panes["equity"].legend.text()
    assert all(f" {name} " in f" {equity_text} " for name in ("O", "H", "L", "C"))
    assert "%" in equity_text  # the change from the session before


def test_the_axis_shows_the_value_under_the_cursor(chart):
    pane = chart.panes["equity"]
    (_x0, _x1), (y0, y1) = pane.view.viewRange()
    y = (y0 + y1) / 2
    chart.canvas.scene().sigMouseMoved.emit(
        pane.view.mapViewToScene(QtCore.QPointF(value_to_days("2020-06-10"), y))
    )
    label = pane.value_label
    assert label.isVisible() and label.textItem.toPlainText() == pane.value_axis.label_at(y)
    assert label.mapToScene(QtCore.QPointF(0, 0)).x() >= pane.view.sceneBoundingRect().right() - 1
    assert not chart.panes["crypto"].value_label.isVisible()


def test_the_readout_follows_the_dates_when_fit_moves_them_under_a_still_mouse(chart):
    _hover(chart, "crypto", "2020-06-10")
    before = chart.cursor.shown_at
    chart.set_fit_span("2019-01-01", "2021-12-31")
    chart.fit_all()  # Ctrl+0 with the mouse where it was
    after = chart.cursor.shown_at
    assert after != before  # the date under the mouse changed and the legend says so
    date = str(np.datetime64(int(after), "D"))
    assert date in chart.panes["equity"].legend.text()


def test_a_click_on_a_coin_in_the_legend_asks_for_it_as_the_statistics_target(chart, qtbot):
    legend = chart.panes["crypto"].legend
    chart.crypto.set_target("BTC/USDT")
    assert "statistics" in legend.text()
    document = legend.textItem.document()
    start = document.toPlainText().index("ETH/USDT")
    cursor = QtWidgetsTextCursor(document, start + 2)
    rect = document.documentLayout().blockBoundingRect(cursor.block())
    line = cursor.block().layout().lineForTextPosition(cursor.positionInBlock())
    x = line.cursorToX(cursor.positionInBlock())[0]
    point = legend.textItem.mapToScene(QtCore.QPointF(rect.left() + x, rect.top() + line.y() + 5))
    event = _Click(point)
    with qtbot.waitSignal(chart.statistics_target_clicked, timeout=1000) as blocker:
        legend.mouseClickEvent(event)
    assert blocker.args == ["ETH/USDT"] and event.accepted


def QtWidgetsTextCursor(document, position):
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(document)
    cursor.setPosition(position)
    return cursor


class _Click:
    """The part of pyqtgraph's MouseClickEvent the legend reads."""

    def __init__(self, scene_pos) -> None:
        self._pos = scene_pos
        self.accepted = False

    def button(self):
        return QtCore.Qt.MouseButton.LeftButton

    def scenePos(self):
        return self._pos

    def accept(self):
        self.accepted = True


def test_panes_keep_their_minimum_height_in_a_short_window(qtbot):
    view = ChartView()
    qtbot.addWidget(view)
    frame = equity_frame()
    view.equity.set_bars(frame, "R2K")
    view.resize(900, 300)  # shorter than every pane's minimum together
    view.show()
    qtbot.waitExposed(view)
    QtWidgets.QApplication.processEvents()
    heights = dict(zip(PANE_MINIMUMS, view.canvas.heights(), strict=True))
    assert heights["correlation"] >= PANE_MINIMUMS["correlation"] - 1
    shown = [PANE_MINIMUMS[name] for name in DEFAULT_PANES]  # the breadth pane waits
    assert view.canvas.minimumHeight() >= sum(shown)
    view.set_pane_visible("breadth", True)
    assert view.canvas.minimumHeight() >= sum(PANE_MINIMUMS.values())
    view.resize(900, 1000)
    QtWidgets.QApplication.processEvents()
    heights = dict(zip(PANE_MINIMUMS, view.canvas.heights(), strict=True))
    # tall: the weights share the room
    assert heights["equity"] > heights["crypto"] > heights["breadth"] > 0
    assert heights["crypto"] > heights["correlation"] > 0


def test_a_crypto_pane_without_a_coin_says_how_to_add_one(chart):
    chart.crypto.set_overlays([], "index", None)
    pane = chart.panes["crypto"]
    assert pane.hint.isVisible() and "Instruments" in pane.hint.textItem.toPlainText()
    chart.correlation.set_rolling_correlation(np.array([], "datetime64[D]"), np.array([]), 0)
    assert chart.panes["correlation"].hint.isVisible()
    assert not chart.is_blank()  # the equity still draws


def test_fit_shows_the_span_it_was_given_else_everything(chart):
    chart.set_fit_span("2020-03-01", "2020-09-01")
    chart.fit_all()
    x0, x1 = chart.visible_range()
    wanted = (value_to_days("2020-03-01"), value_to_days("2020-09-01"))
    assert (x0, x1) == pytest.approx(wanted, abs=5)  # with Fit's 2% margin
    chart.set_fit_span(None, None)
    chart.fit_all()
    x0, x1 = chart.visible_range()
    assert x0 < value_to_days("2019-02-01")
