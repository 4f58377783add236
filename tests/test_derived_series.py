"""Each derived series against an independent computation written plainly (loops over dates)."""

from __future__ import annotations

import math
from datetime import UTC, datetime

import numpy as np
import pandas as pd
import pytest

from models.derived.altseason import season_of, season_runs
from models.derived.basket import START_LEVEL
from models.derived.series import derive, plain_inputs, required_inputs
from models.errors import NoDataInRange
from models.market.frames import COLUMNS
from models.market.instruments import load_catalogue
from models.market.series import MarketSeries, Provenance
from models.notices import INPUTS_MISSING, STALE, SURVIVORSHIP, Notice
from tests.analytics_synth import frame_from_closes

CATALOGUE = load_catalogue()


def _walk(start: str, days: int, seed: int, freq: str = "D", drift: float = 0.0) -> pd.Series:
    rng = np.random.default_rng(seed)
    dates = pd.date_range(start, periods=days, freq=freq, name="date")
    return pd.Series(50 * np.exp(np.cumsum(rng.normal(drift, 0.03, days))), index=dates)


def _series(symbol: str, close: pd.Series, code=Provenance.IMPORTED, **kwargs) -> MarketSeries:
    instrument = CATALOGUE.resolve(symbol)
    frame = frame_from_closes(close.index, close.to_numpy())
    codes = np.full(len(frame), int(code), dtype=np.uint8)
    return MarketSeries(instrument, "1d", frame, codes, instrument.source, **kwargs)


def _available(**closes) -> dict:
    out = {}
    for name, close in closes.items():
        series = _series(name.replace("_", "-"), close)
        out[series.instrument] = series
    return out


# -- ratio -------------------------------------------------------------------------------


def test_the_ratio_divides_closes_on_the_dates_both_have():
    eth = _walk("2020-01-01", 60, seed=1)
    btc = _walk("2020-01-11", 60, seed=2).drop(pd.Timestamp("2020-02-01"))
    ratio = derive(CATALOGUE.resolve("ETH-USD / BTC-USD"), _available(ETH_USD=eth, BTC_USD=btc))
    expected = {}
    for date in eth.index:  # the independent version: a loop over the numerator's dates
        if date in btc.index:
            expected[date] = eth[date] / btc[date]
    assert list(ratio.frame.index) == list(expected)
    assert np.allclose(ratio.frame["close"].to_numpy(), list(expected.values()))
    assert list(ratio.frame.columns) == list(COLUMNS)
    for column in ("open", "high", "low"):  # a line: the close repeated
        assert ratio.frame[column].equals(ratio.frame["close"])
    assert ratio.frame["volume"].isna().all() and ratio.coins is None


def test_a_new_york_series_over_a_coin_keeps_the_sessions_only():
    sessions = _walk("2021-03-01", 40, seed=3, freq="B")
    coin = _walk("2021-03-01", 60, seed=4)
    ratio = derive(CATALOGUE.resolve("^RUT / BTC-USD"), {
        CATALOGUE.resolve("^RUT"): _series("^RUT", sessions),
        CATALOGUE.resolve("BTC-USD"): _series("BTC-USD", coin),
    })  # fmt: skip
    assert list(ratio.frame.index) == list(sessions.index)  # no weekend rows
    saturday = pd.Timestamp("2021-03-06")
    assert saturday not in ratio.frame.index
    first = sessions.index[0]
    assert ratio.frame["close"][first] == pytest.approx(sessions[first] / coin[first])


# -- basket ------------------------------------------------------------------------------


def _basket_by_hand(closes: list[pd.Series]) -> tuple[list, list, list]:
    """The basket as the brief states it, one date at a time."""
    dates = sorted(set().union(*(c.index for c in closes)))
    last_seen: list[float | None] = [None] * len(closes)
    level, levels, counts = START_LEVEL, [], []
    for date in dates:
        returns, held = [], 0
        for i, close in enumerate(closes):
            if date in close.index:
                held += 1
                if last_seen[i] is not None:
                    returns.append(math.log(close[date] / last_seen[i]))
                last_seen[i] = close[date]
        if returns:
            level *= math.exp(sum(returns) / len(returns))
        levels.append(level)
        counts.append(held)
    return dates, levels, counts


def test_the_basket_averages_log_returns_daily_and_counts_coins_entering():
    sol = _walk("2020-04-10", 90, seed=5)
    xrp = _walk("2020-03-01", 150, seed=6).drop(pd.to_datetime(["2020-04-20", "2020-04-21"]))
    ada = _walk("2020-05-15", 40, seed=7)  # enters late and leaves early
    basket = derive(
        CATALOGUE.resolve("basket(SOL-USD, XRP-USD, ADA-USD)"),
        _available(SOL_USD=sol, XRP_USD=xrp, ADA_USD=ada),
    )
    dates, levels, counts = _basket_by_hand([sol, xrp, ada])
    assert list(basket.frame.index) == dates
    assert np.allclose(basket.frame["close"].to_numpy(), levels)
    assert basket.coins.tolist() == counts
    assert basket.frame["close"].iloc[0] == START_LEVEL
    assert basket.coins.max() == 3 and basket.coins.iloc[0] == 1
    assert basket.coins[pd.Timestamp("2020-04-20")] == 1  # SOL only: XRP has a hole, ADA later


def test_a_basket_needs_every_coin_but_not_its_benchmark():
    sol, ada = _walk("2020-01-01", 30, seed=8), _walk("2020-01-01", 30, seed=9)
    basket = CATALOGUE.resolve("basket(SOL-USD, ADA-USD)")
    derived = derive(basket, _available(SOL_USD=sol, ADA_USD=ada))  # no BTC-USD loaded
    assert derived.rows == 30 and derived.source == (
        "derived from SOL-USD, ADA-USD (its target: beating BTC-USD)"
    )
    with pytest.raises(NoDataInRange, match="needs ADA-USD"):
        derive(basket, _available(SOL_USD=sol))


# -- altseason ---------------------------------------------------------------------------


def _altseason_by_hand(btc: pd.Series, alts: list[pd.Series], window: int):
    """The index as the public altcoin season index defines it, one date at a time."""
    out, counts, dates = [], [], []
    for date in btc.index:
        before = date - pd.Timedelta(days=window)
        if before not in btc.index:
            continue
        btc_return = btc[date] / btc[before] - 1
        beating = counted = 0
        for alt in alts:
            if date in alt.index and before in alt.index:
                counted += 1
                beating += alt[date] / alt[before] - 1 > btc_return
        if counted:
            dates.append(date)
            out.append(100.0 * beating / counted)
            counts.append(counted)
    return dates, out, counts


def test_altseason_is_the_share_of_alts_beating_btc_over_the_window():
    btc = _walk("2019-01-01", 400, seed=10)
    alts = {
        "ETH_USD": _walk("2019-01-01", 400, seed=11, drift=0.002),
        "XRP_USD": _walk("2019-03-01", 300, seed=12),  # enters later
        "SOL_USD": _walk("2019-01-01", 250, seed=13, drift=-0.002),  # leaves early
        "ADA_USD": _walk("2019-02-01", 360, seed=14).drop(pd.Timestamp("2019-07-04")),
        "LTC_USD": 2.0 * btc,  # ties BTC exactly every day: counted, never beating ("beats" is >)
    }
    instrument = CATALOGUE.resolve(
        "altseason(ETH-USD, XRP-USD, SOL-USD, ADA-USD, LTC-USD, window=30)"
    )
    index = derive(instrument, _available(BTC_USD=btc, **alts))
    dates, values, counts = _altseason_by_hand(btc, list(alts.values()), 30)
    assert list(index.frame.index) == dates
    assert np.allclose(index.frame["close"].to_numpy(), values)
    assert index.coins.tolist() == counts
    assert set(index.coins) == {2, 3, 4, 5}  # coverage changes, and it is carried
    assert index.frame["close"].between(0, 100).all()


def test_altseason_counts_the_alts_that_are_there_and_says_which_are_not():
    btc, eth = _walk("2020-01-01", 200, seed=15), _walk("2020-01-01", 200, seed=16)
    instrument = CATALOGUE.resolve("altseason(ETH-USD, XRP-USD, SOL-USD)")
    index = derive(instrument, _available(BTC_USD=btc, ETH_USD=eth))
    assert set(index.coins) == {1}
    kinds = [n.kind for n in index.caveats]
    assert kinds == [SURVIVORSHIP, INPUTS_MISSING]
    missing = index.caveats[1].text
    assert "2 alts of 3 without bars (XRP-USD, SOL-USD)" in missing
    assert "survivorship" in index.caveats[0].text and "picked today" in index.caveats[0].text
    with pytest.raises(NoDataInRange, match="needs BTC-USD"):
        derive(instrument, _available(ETH_USD=eth))
    assert required_inputs(instrument) == [CATALOGUE.resolve("BTC-USD")]


def test_the_thresholds_and_runs_of_altcoin_season():
    assert season_of(75) == "altcoin season" and season_of(74.9) == "neither"
    assert season_of(25) == "bitcoin season" and season_of(25.1) == "neither"
    dates = pd.date_range("2021-01-01", periods=40, freq="D")
    values = np.full(40, 50.0)
    values[2:12] = 80  # ten days
    values[14:16] = 90  # two days after a two-day break: joined to the first
    values[30:33] = 100  # three days alone: too short
    runs = season_runs(pd.Series(values, dates), pd.Series(np.arange(40) + 5, dates))
    assert len(runs) == 1
    run = runs[0]
    assert (run.start, run.end, run.days) == (dates[2], dates[15], 14)
    assert run.peak == 90 and run.fewest_coins == 7


# -- what a derived series says about itself ---------------------------------------------


def test_provenance_follows_the_inputs_row_by_row_and_demo_wins():
    eth = _walk("2020-01-01", 10, seed=17)
    btc = _walk("2020-01-01", 10, seed=18)
    available = _available(ETH_USD=eth)
    btc_series = _series("BTC-USD", btc, Provenance.FETCHED, exchange="")
    btc_series.provenance[5:] = int(Provenance.DEMO)
    available[btc_series.instrument] = btc_series
    ratio = derive(CATALOGUE.resolve("ETH-USD / BTC-USD"), available)
    assert ratio.provenance.tolist() == [1] * 5 + [2] * 5
    assert ratio.is_demo and ratio.provenance_summary == "imported+demo"


def test_a_derived_series_says_where_it_came_from_and_what_its_inputs_said():
    stamp = datetime(2024, 5, 1, tzinfo=UTC)
    eth = _series("ETH/USDT", _walk("2020-01-01", 10, seed=19), exchange="binance")
    btc = _series("BTC/USDT", _walk("2020-01-01", 10, seed=20), exchange="binance")
    btc.fetched_at, eth.fetched_at = stamp, datetime(2024, 6, 1, tzinfo=UTC)
    stale = Notice(STALE, "BTC/USDT", "BTC/USDT could not be refreshed")
    btc.notices.append(stale)
    ratio = derive(
        CATALOGUE.resolve("ETH/USDT / BTC/USDT"), {eth.instrument: eth, btc.instrument: btc}
    )
    assert ratio.source == "derived from ETH/USDT (binance), BTC/USDT (binance)"
    assert ratio.fetched_at == stamp  # as old as the oldest input
    assert stale in ratio.notices and ratio.caveats == []
    assert set(ratio.inputs) == {eth.instrument, btc.instrument}


def test_a_ratio_of_a_basket_is_computed_from_the_coins():
    instrument = CATALOGUE.resolve("basket(SOL-USD, ADA-USD) / BTC-USD")
    coins = [CATALOGUE.resolve(s) for s in ("SOL-USD", "ADA-USD", "BTC-USD")]
    assert plain_inputs([instrument]) == coins
    sol, ada, btc = (_walk("2022-01-01", 20, seed=s) for s in (21, 22, 23))
    ratio = derive(instrument, _available(SOL_USD=sol, ADA_USD=ada, BTC_USD=btc))
    basket = derive(instrument.recipe.members[0], _available(SOL_USD=sol, ADA_USD=ada))
    expected = basket.frame["close"] / btc
    assert np.allclose(ratio.frame["close"].to_numpy(), expected.to_numpy())
