"""The breadth pane: the altseason index on 0-100 with its season lines, the coverage of
its universe, the survivorship caveat, the lag, the readout and the offer to add it."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6 import QtWidgets

from widgets.chart.breadth_pane import ADD_LINK, BreadthSeries
from widgets.chart.chart_view import ChartView
from widgets.chart.timecoords import value_to_days

DAYS = np.arange("2020-01-01", "2021-01-01", dtype="datetime64[D]")
CAVEAT = "altseason: a universe of 30 alts picked today ... (survivorship bias)."


def _index(key="altseason", coins=None, universe=30) -> BreadthSeries:
    values = 50 + 45 * np.sin(np.arange(len(DAYS)) / 20.0)
    counted = np.minimum(universe, 4 + np.arange(len(DAYS)) // 10) if coins is None else coins
    return BreadthSeries(key, key, DAYS, values, counted, universe, 90, "BTC-USD", caveat=CAVEAT)


@pytest.fixture
def chart(qtbot):
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.set_pane_visible("breadth", True)
    view.show()
    qtbot.waitExposed(view)
    return view


def _paint(view) -> None:
    view.canvas.viewport().update()
    QtWidgets.QApplication.processEvents()


def test_the_breadth_pane_is_hidden_until_asked_for_and_sits_under_the_coins(qtbot):
    view = ChartView()
    qtbot.addWidget(view)
    assert not view.is_pane_visible("breadth") and view.is_pane_visible("crypto")
    names = list(view.panes)
    assert names.index("crypto") + 1 == names.index("breadth") < names.index("correlation")


def test_the_index_is_drawn_on_the_whole_scale_with_the_season_lines_labelled(chart):
    chart.breadth.set_breadth([_index()])
    chart.zoom_to("2020-03-01", "2020-04-01")
    _paint(chart)
    pane = chart.breadth.pane
    low, high = pane.view.viewRange()[1]
    assert low < 0 and high > 100  # 0-100 whatever is in view, under the legend
    lines = {
        chart.breadth.altcoin_line.value(): chart.breadth.altcoin_line.label.toPlainText(),
        chart.breadth.bitcoin_line.value(): chart.breadth.bitcoin_line.label.toPlainText(),
    }
    assert lines == {75.0: "altcoin season (75)", 25.0: "bitcoin season (25)"}  # fmt: skip
    assert chart.breadth.altcoin_line.isVisible() and not pane.hint.isVisible()


def test_the_coverage_line_is_the_share_of_the_universe_counted(chart):
    coins = np.r_[np.full(100, 3), np.full(len(DAYS) - 100, 24)]
    chart.breadth.set_breadth([_index(coins=coins, universe=30)])
    curve = chart.breadth.coverage
    assert curve.isVisible()
    assert curve.value_at(value_to_days("2020-01-15")) == pytest.approx(10.0)  # 3 of 30
    assert curve.value_at(value_to_days("2020-08-01")) == pytest.approx(80.0)  # 24 of 30
    assert "alts counted, % of the 30" in chart.breadth.pane.legend.text()


def test_the_survivorship_caveat_is_in_the_title_and_the_tooltip(chart):
    chart.breadth.set_breadth([_index()])
    pane = chart.breadth.pane
    title = pane.legend.text().splitlines()[0]
    assert title.startswith("Altcoin season index")
    assert "30 alts vs BTC-USD over 90 days" in title and "survivorship" in title
    assert CAVEAT in pane.plot.toolTip() and "75 and above" in pane.plot.toolTip()


def test_the_lag_moves_the_index_like_the_coins_by_exactly_k_days(chart):
    chart.breadth.set_breadth([_index()])
    curve = chart.breadth.curves["altseason"]
    x = value_to_days("2020-06-01")
    before = chart.breadth.values_at(x)["altseason"]
    chart.breadth.set_lag(30)
    assert curve.x_offset == -30 and chart.breadth.coverage.x_offset == -30
    after = chart.breadth.values_at(x - 30)["altseason"]
    assert after == pytest.approx(before)  # the value of June 1st is now drawn at May 2nd
    assert "shifted by the lag" in chart.breadth.pane.legend.text()


def test_the_readout_gives_the_index_and_the_alts_counted_at_the_cursor(chart):
    chart.breadth.set_breadth([_index()])
    chart.breadth.set_lag(10)
    readout = chart.readout_at("2020-06-01")
    value, coins = readout.breadth["altseason"]
    series = _index()
    source = list(DAYS).index(np.datetime64("2020-06-11"))  # the lag takes it from June 11
    assert value == pytest.approx(series.values[source]) and coins == series.coins[source]
    chart.cursor.show_at(value_to_days("2020-06-01"))
    row = chart.breadth.pane.legend.text().splitlines()[1]
    assert f"{int(series.coins[source])} of 30 alts counted" in row and "2020-06-11" in row


def test_without_an_index_the_pane_offers_to_add_one(chart, qtbot):
    chart.breadth.set_breadth([])
    pane = chart.breadth.pane
    assert pane.hint.isVisible() and "altseason" in pane.hint.textItem.toPlainText()
    assert "Add the altcoin season index" in pane.legend.text()
    assert ADD_LINK in pane.legend.title
    assert not chart.breadth.altcoin_line.isVisible()
    with qtbot.waitSignal(chart.breadth_requested, timeout=1000):
        pane.legend._on_clicked(ADD_LINK)  # what a click on the link calls


def test_a_click_on_an_index_row_asks_for_it_as_the_statistics_target(chart, qtbot):
    chart.breadth.set_breadth([_index()])
    chart.breadth.set_target("altseason")
    assert "(statistics)" in chart.breadth.pane.legend.text()
    with qtbot.waitSignal(chart.statistics_target_clicked, timeout=1000) as blocker:
        chart.breadth.pane.legend._on_clicked("altseason")
    assert blocker.args == ["altseason"]


def test_dark_theme_recolours_the_season_lines(chart):
    chart.breadth.set_breadth([_index()])
    chart.set_theme("dark")
    colour = chart.breadth.altcoin_line.pen.color().name()
    assert colour == chart.palette_colours.altcoin_season


@pytest.mark.parametrize("pane", ["breadth", "volume"])
def test_a_pane_shown_after_a_theme_change_keeps_its_value_axis(qtbot, pane):
    """pyqtgraph collapses a hidden axis it restyles to 0 px: an export drawn with the
    breadth pane (hidden when the chart is built, themed, then shown) lost its scale."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QImage, QPainter

    from widgets.chart.pane import AXIS_WIDTH_PX

    view = ChartView()
    qtbot.addWidget(view)
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)  # as an export
    view.resize(1200, 800)
    view.set_pane_visible(pane, False)
    view.set_theme("dark")
    view.breadth.set_breadth([_index()])
    view.set_pane_visible(pane, True)
    image = QImage(1200, 800, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    view.render(painter, QPoint(0, 0))
    painter.end()
    assert view.panes[pane].value_axis.geometry().width() == AXIS_WIDTH_PX
