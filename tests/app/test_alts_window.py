"""The altcoins in the window: ratios and baskets charted, lagged and studied like a coin,
the altseason index in the breadth pane, the universe editor taking effect, the time to
target beside the event study, in the UI language."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import pytest

from app.settings import SettingsStore, open_qsettings
from models.derived.universe import Universe
from models.market.instruments import load_catalogue
from tests.app.fakes import synthetic_frame
from widgets.status_panel import describe_series, describe_series_details

RATIO = "ETH/USDT / BTC/USDT"
BASKET = "basket(SOL/USDT, XRP/USDT, ADA/USDT)"
UNIVERSE = Universe(("ETH-USD", "SOL-USD", "XRP-USD", "ADA-USD", "DOGE-USD", "LINK-USD",
                     "LTC-USD", "BCH-USD", "XLM-USD", "TRX-USD"))  # fmt: skip


def _cache() -> dict:
    cached = {"^RUT": synthetic_frame("2015-01-01", 2200, True, seed=3)}
    pairs = ("BTC/USDT", "ETH/USDT", "SOL/USDT", "XRP/USDT", "ADA/USDT")
    for seed, symbol in enumerate((*pairs, "BTC-USD", *UNIVERSE.symbols), start=4):
        cached[symbol] = synthetic_frame("2019-01-01", 1300, False, seed=seed)
    return cached


@pytest.fixture
def window(qtbot, make_window):
    SettingsStore(open_qsettings()).save_altseason_universe(UNIVERSE)  # read at start-up
    made = make_window(_cache(), size=(1500, 950))
    _shown(qtbot, made, {"BTC/USDT", "ETH/USDT"})
    return made


def _labels(window) -> set[str]:
    session = window.charts.state.session
    return set() if session is None else {s.instrument.label for s in session.crypto}


def _shown(qtbot, window, labels: set[str]) -> None:
    qtbot.waitUntil(lambda: _labels(window) == labels, timeout=10_000)
    qtbot.waitUntil(lambda: not window.charts.panels_pending, timeout=10_000)


def test_a_ratio_and_a_basket_are_charted_lagged_and_say_what_they_are(qtbot, window):
    picker = window.symbol_picker
    assert picker.add_series(RATIO) and picker.add_series(BASKET)
    _shown(qtbot, window, {"BTC/USDT", "ETH/USDT", RATIO, BASKET})
    crypto = window.chart.crypto
    assert {RATIO, BASKET} <= set(crypto.curves)
    rows = crypto.pane.legend.text()
    assert f"{RATIO}  ratio" in rows and f"{BASKET}  basket of 3 (3 counted)" in rows
    window.view_state.set_lag(45)
    assert crypto.curves[RATIO].x_offset == -45 and crypto.curves[BASKET].x_offset == -45
    assert not window.view_state.state.pane_shown("breadth")  # no index: no pane imposed
    ratio = next(s for s in window.charts.state.session.crypto if s.instrument.label == RATIO)
    assert describe_series(ratio).startswith(f"{RATIO} derived · ")  # the bar stays short
    assert "derived from 2 series (ETH/USDT, BTC/USDT)" in describe_series_details(ratio)


def test_a_basket_can_be_the_statistics_and_event_study_target(qtbot, window):
    window.symbol_picker.add_series(BASKET)
    _shown(qtbot, window, {"BTC/USDT", "ETH/USDT", BASKET})
    picker = window.target_picker
    assert picker.combo.findData(BASKET) >= 0
    picker.combo.activated.emit(picker.combo.findData(BASKET))
    qtbot.waitUntil(lambda: window.charts.state.prepared.primary_key == BASKET, timeout=10_000)
    qtbot.waitUntil(lambda: window.charts.state.study is not None, timeout=20_000)
    assert BASKET in window.panels.event_study_view.toolTip()
    view = window.time_to_target_view
    qtbot.waitUntil(lambda: BASKET in view.summary(), timeout=10_000)
    assert f"Days to {BASKET} beating BTC/USDT over 90 days" in view.summary()
    assert len(view.table_text()) == len(window.charts.state.breakouts.events)


def test_altseason_goes_to_the_breadth_pane_which_shows_itself(qtbot, window):
    assert window.symbol_picker.add_series("altseason")
    _shown(qtbot, window, {"BTC/USDT", "ETH/USDT", "altseason"})
    assert window.view_state.state.pane_shown("breadth")
    assert window.chart.is_pane_visible("breadth")
    assert window.toolbar.pane_actions["breadth"].isChecked()
    breadth = window.chart.breadth
    assert set(breadth.curves) == {"altseason"} and "altseason" not in window.chart.crypto.curves
    title = breadth.pane.legend.text().splitlines()[0]
    assert "10 alts vs BTC-USD over 90 days" in title and "survivorship" in title
    assert "a universe of 10 alts picked today" in breadth.pane.plot.toolTip()
    index = window.charts.state.session.crypto[-1]
    readout = window.chart.readout_at(index.frame.index[-1])
    assert readout.breadth["altseason"][1] == int(index.coins.iloc[-1]) == 10
    window.view_state.set_lag(20)
    assert breadth.curves["altseason"].x_offset == -20
    assert window.target_picker.combo.findData("altseason") >= 0
    window.view_state.flush()
    assert "breadth" in SettingsStore(open_qsettings()).load().panes


def test_the_breadth_pane_offers_the_index_when_it_is_not_charted(qtbot, window):
    action = window.toolbar.pane_actions["breadth"]
    assert not action.isChecked() and not window.chart.is_pane_visible("breadth")
    action.trigger()  # the toolbar's toggle, also in the View menu
    assert window.chart.is_pane_visible("breadth") and window.view_state.state.pane_shown("breadth")
    assert window.chart.breadth.pane.hint.isVisible()
    window.chart.breadth_requested.emit()  # the link in the pane's title
    _shown(qtbot, window, {"BTC/USDT", "ETH/USDT", "altseason"})
    assert window.symbol_picker.selection()[1] == ["BTC/USDT", "ETH/USDT", "altseason"]
    action.trigger()
    assert not window.chart.is_pane_visible("breadth")
    window.view_state.flush()
    assert "breadth" not in SettingsStore(open_qsettings()).load().panes


def test_the_universe_editor_takes_effect_at_once_and_is_kept(qtbot, window):
    window.symbol_picker.add_series("altseason")
    _shown(qtbot, window, {"BTC/USDT", "ETH/USDT", "altseason"})
    menu = window.universe_menu
    assert menu.action in window.data_menu.menu.actions()
    assert menu.universe == UNIVERSE
    dialog = menu.open_editor()
    dialog.findChild(object, "universe_list").setCurrentRow(0)
    dialog.remove_current()  # ETH-USD out
    assert dialog.add("USDT-USD") is False and "stablecoin" in dialog.error_text()
    dialog.accept()
    qtbot.waitUntil(
        lambda: len(window.charts.state.session.crypto[-1].instrument.recipe.members) == 9,
        timeout=10_000,
    )
    index = window.charts.state.session.crypto[-1]
    assert "ETH-USD" not in [m.label for m in index.instrument.recipe.members]
    assert "9 alts vs BTC-USD" in window.chart.breadth.pane.legend.text()
    assert (
        SettingsStore(open_qsettings()).altseason_universe(load_catalogue()).symbols
        == (UNIVERSE.symbols[1:])
    )
    assert window.catalogue.altseason.universe == UNIVERSE.symbols[1:]


def test_the_time_to_target_sits_beside_the_event_study_and_follows_the_rule(qtbot, window):
    tabs = window.study_tabs
    assert tabs.tabText(tabs.count() - 1) == "Time to target"
    assert tabs.widget(tabs.count() - 1).widget() is window.time_to_target_view  # it scrolls
    view = window.time_to_target_view
    qtbot.waitUntil(lambda: "BTC/USDT at a 90-day high" in view.summary(), timeout=10_000)
    events = window.charts.state.breakouts.events
    assert len(view.table_text()) == len(events)
    params = window.view_state.state.params
    window.view_state.set_params(replace(params, rule="n_day_high", n_days=63))
    qtbot.waitUntil(
        lambda: (
            window.charts.state.breakouts.events != events
            and len(view.table_text()) == len(window.charts.state.breakouts.events)
        ),
        timeout=10_000,
    )


def test_the_altcoin_views_speak_russian(qtbot, window, translated):
    translated("ru")
    window.symbol_picker.add_series("altseason")
    _shown(qtbot, window, {"BTC/USDT", "ETH/USDT", "altseason"})
    window.view_state.set_statistics_target("altseason")
    view = window.time_to_target_view
    qtbot.waitUntil(lambda: "altseason на уровне 75 или выше" in view.summary(), timeout=10_000)
    assert "Индекс сезона альткоинов" in window.chart.breadth.pane.legend.text()
    assert "циклов" in view.summary()


def test_a_demo_session_marks_the_time_to_target_demo(qtbot, make_window):
    from tests.conftest import DEMO_ARGS

    window = make_window({}, DEMO_ARGS)
    qtbot.waitUntil(lambda: window.charts.state.prepared is not None, timeout=10_000)
    view = window.time_to_target_view
    badge = view.findChild(object, "demo_badge")
    qtbot.waitUntil(lambda: not badge.isHidden(), timeout=10_000)  # in the tab behind
    assert pd.notna(window.charts.state.prepared.primary_key)
