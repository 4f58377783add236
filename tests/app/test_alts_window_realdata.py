"""The altcoins in the window on the real files (../shared/data imported into a temporary
cache): ETH/BTC and a basket overlaid and lagged, the altseason index in the breadth pane
with its coverage, the time to altseason after the 2016, 2020 and 2025 breakouts.
Skipped when the data is absent."""

from __future__ import annotations

import pandas as pd
import pytest

from app.cli import main
from models.derived.universe import Universe
from models.market.instruments import load_catalogue
from tests.app.real_window import real_window

pytestmark = pytest.mark.realdata

RATIO = "ETH/USDT / BTC/USDT"
BASKET = "basket(SOL/USDT, XRP/USDT, ADA/USDT)"
#: the Binance pairs of ../shared/data (to 2026-01-05): a universe that reaches the 2025 breakout
BINANCE = ("ETH", "XRP", "BNB", "SOL", "ADA", "DOGE", "TRX", "LINK", "AVAX", "XLM", "BCH", "LTC",
           "DOT", "ETC", "XMR", "ATOM", "UNI", "MATIC", "SHIB")  # fmt: skip


@pytest.fixture(scope="module")
def real_cache(tmp_path_factory):
    """^RUT, BTC and the catalogue's 30 alts (Yahoo) and the Binance pairs, imported."""
    from tests.conftest import SHARED_DATA

    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present")
    yahoo, binance = SHARED_DATA / "crypto" / "yahoo", SHARED_DATA / "crypto" / "binance"
    specs = [f"^RUT={SHARED_DATA / 'index' / 'rut_daily.csv'}"]
    for symbol in ("BTC-USD", *load_catalogue().altseason.universe):
        specs.append(f"{symbol}={yahoo / (symbol.removesuffix('-USD').lower() + '_usd_daily.csv')}")
    for coin in ("BTC", *BINANCE):
        specs.append(f"{coin}/USDT={binance / (coin.lower() + 'usdt_daily.csv')}")
    cache = tmp_path_factory.mktemp("real") / "cache"
    assert main(["data", "import", "--cache-dir", str(cache), *specs]) == 0
    return cache


@pytest.fixture
def window(qtbot, real_cache):
    with real_window(qtbot, real_cache, (1500, 950)) as made:
        yield made


def _chart(qtbot, window, crypto: list[str], target: str) -> None:
    window.view_state.set_statistics_target(target)
    window.symbol_picker.set_selection("^RUT", [], "")
    for text in crypto:  # as typed in the picker's Add field
        assert window.symbol_picker.add_series(text)
    qtbot.waitUntil(
        lambda: (
            window.charts.state.prepared is not None
            and [s.instrument.label for s in window.charts.state.session.crypto] == crypto
            and window.charts.state.prepared.primary_key == target
        ),
        timeout=30_000,
    )


def _cycles(qtbot, window) -> dict[str, list[str]]:
    view = window.time_to_target_view
    qtbot.waitUntil(lambda: "Days to altseason" in view.summary(), timeout=30_000)
    return {row[0]: row for row in view.table_text()}


def test_eth_btc_and_a_basket_are_overlaid_and_lagged_on_the_real_files(qtbot, window):
    _chart(qtbot, window, [RATIO, BASKET], RATIO)
    crypto = window.chart.crypto
    assert {RATIO, BASKET} <= set(crypto.curves)
    ratio = window.charts.state.session.crypto[0].frame["close"]
    assert 0.01 < ratio["2021-05-10"] < 0.1  # ETH/BTC: about 0.08 then
    window.view_state.set_lag(60)
    assert crypto.curves[RATIO].x_offset == crypto.curves[BASKET].x_offset == -60
    assert "basket of 3 (3 counted)" in crypto.pane.legend.text()


def test_the_breadth_pane_shows_the_seasons_and_the_coverage_change(qtbot, window):
    _chart(qtbot, window, ["altseason"], "altseason")
    assert window.chart.is_pane_visible("breadth")  # shown with the index
    index = window.charts.state.session.crypto[0]
    close, coins = index.frame["close"], index.coins
    assert close["2018-01-08":"2018-02-28"].median() >= 75  # the early-2018 altcoin season
    assert close["2021-03-25":"2021-05-31"].median() >= 75  # and spring 2021
    assert coins["2014-06-01"] < 8 < coins["2018-01-15"] < coins["2021-04-15"] == 30
    breadth = window.chart.breadth
    value, counted = breadth.values_at(pd.Timestamp("2021-04-15").value / 86_400e9)["altseason"]
    assert value == pytest.approx(close["2021-04-15"]) and counted == 30
    assert (
        "It counts" in breadth.pane.plot.toolTip() and "30 at most" in breadth.pane.plot.toolTip()
    )


def test_time_to_altseason_after_the_2016_2020_and_2025_breakouts(qtbot, window):
    _chart(qtbot, window, ["altseason"], "altseason")
    cycles = _cycles(qtbot, window)
    assert cycles["2016-11-14"][1].startswith("reached on 2017-")
    assert cycles["2020-11-13"][1] == "reached on 2021-03-23"
    # the Yahoo copies of most alts end in 2022 or June 2025: 2025 cannot be judged on them
    assert cycles["2025-09-18"][1].startswith("not studied: the target is judged from")
    # a universe of the Binance pairs (to 2026-01-05) reaches it: made in the editor
    window.universe_menu.apply(Universe(tuple(f"{c}/USDT" for c in BINANCE)))
    qtbot.waitUntil(
        lambda: len(window.charts.state.session.crypto[0].instrument.recipe.members) == 19,
        timeout=30_000,
    )
    view = window.time_to_target_view
    before = cycles["2025-09-18"][1]
    qtbot.waitUntil(lambda: view.table_text()[0][1] != before, timeout=30_000)
    latest = {row[0]: row for row in view.table_text()}["2025-09-18"]
    assert latest[1] == "reached on 2025-09-18" and latest[3] == "17"  # already there, 17 alts
    assert "N = 2 cycles" in view.summary() and "an anecdote" in view.summary()
