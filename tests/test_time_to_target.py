"""Days from each breakout to a series' target, with planted crossings and censored cycles."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from models.analysis.breakouts import BreakoutEvent
from models.derived.series import derive
from models.derived.time_to_target import (
    HORIZON_DAYS,
    Target,
    target_for,
    time_to_target,
    time_to_target_record,
)
from models.market.instruments import load_catalogue
from models.market.series import MarketSeries, Provenance
from tests.analytics_synth import frame_from_closes

CATALOGUE = load_catalogue()
DAYS = pd.date_range("2020-01-01", periods=800, freq="D", name="date")


def _event(date: str, confirmed: bool = True) -> BreakoutEvent:
    stamp = pd.Timestamp(date)
    volume = (2.0, "own", True)
    return BreakoutEvent(stamp, "ath_drought", 100.0, 101.0, *volume, confirmed, stamp, stamp)


def _series(symbol: str, close: pd.Series) -> MarketSeries:
    instrument = CATALOGUE.resolve(symbol)
    frame = frame_from_closes(close.index, close.to_numpy())
    codes = np.full(len(frame), int(Provenance.IMPORTED), dtype=np.uint8)
    return MarketSeries(instrument, "1d", frame, codes, instrument.source)


def _met_on(*spans: tuple[str, str], start="2020-01-01", end="2022-03-10") -> Target:
    dates = pd.date_range(start, end, freq="D")
    met = pd.Series(False, index=dates)
    for first, last in spans:
        met[first:last] = True
    return Target("planted", met)


def _ratio_series() -> MarketSeries:
    return _series("ETH-USD", pd.Series(np.linspace(10, 20, len(DAYS)), DAYS))


def test_each_breakout_counts_days_to_the_first_day_at_the_target():
    target = _met_on(("2020-06-10", "2020-06-20"), ("2021-03-01", "2021-03-05"))
    events = [_event("2020-05-01"), _event("2020-06-15", False), _event("2021-01-01")]
    result = time_to_target(_ratio_series(), events, target=target)
    days = [(c.days, c.censored, c.reached_on) for c in result.cycles]
    assert days == [
        (40, False, pd.Timestamp("2020-06-10")),
        (0, False, pd.Timestamp("2020-06-15")),  # already there on the day: 0 days
        (59, False, pd.Timestamp("2021-03-01")),
    ]
    assert [c.confirmed for c in result.cycles] == [True, False, True]
    assert result.curve.median == 40.0 and result.horizon_days == HORIZON_DAYS


def test_a_cycle_that_never_got_there_is_censored_at_its_follow_up_not_dropped():
    target = _met_on(("2020-03-01", "2020-03-02"), end="2021-06-30")
    events = [_event("2020-02-01"), _event("2020-04-01"), _event("2021-04-01")]
    result = time_to_target(_ratio_series(), events, target=target)
    first, horizon, data_end = result.cycles
    assert (first.days, first.censored) == (29, False)
    assert (horizon.days, horizon.censored) == (365, True)  # followed a year: the horizon
    assert (data_end.days, data_end.censored) == (90, True)  # the data end on 2021-06-30
    record = time_to_target_record(result)
    assert (record["n_cycles"], record["n_reached"], record["n_censored"]) == (3, 1, 2)
    assert record["median_days"] is None and record["anecdote"] is True


def test_breakouts_the_target_cannot_judge_are_listed_as_not_studied_with_the_reason():
    target = _met_on(("2021-02-01", "2021-02-02"), start="2020-06-01", end="2021-12-31")
    events = [_event("2019-06-02"), _event("2020-05-01"), _event("2022-02-01")]
    result = time_to_target(_ratio_series(), events, target=target)
    before, late_entry, after = result.cycles
    # judged from 365 days after the breakout on: the horizon leaves nothing to follow
    assert not before.studied and "2020-06-01 to 2021-12-31" in before.note
    assert not after.studied and after.days is None
    # a month before the target can be judged: followed from then, days from the breakout
    assert late_entry.studied and late_entry.entry == 31 and late_entry.days == 276
    assert "followed from 2020-06-01" in late_entry.note
    assert result.curve.n == 1 and result.curve.n_delayed == 1


def test_a_ratio_or_a_coin_aims_at_a_90_day_high():
    values = np.r_[np.linspace(100, 50, 300), np.linspace(50, 120, 500)]
    close = pd.Series(values, DAYS)
    coin = _series("ETH-USD", close)
    target = target_for(coin)
    assert target.name == "ETH-USD at a 90-day high"
    assert target.met.index[0] == DAYS[89]  # judged from its 90th day
    by_hand = [
        close[day] >= close[day - pd.Timedelta(days=89) : day].max() for day in target.met.index
    ]
    assert target.met.tolist() == by_hand
    result = time_to_target(coin, [_event("2020-09-01")])
    # falling until day 299 (2020-10-26); the close tops the last 90 days once it passes
    # the level of 90 days before, which by hand is the first True of the loop above
    first_true = target.met.index[np.argmax(by_hand)]
    assert result.cycles[0].reached_on == first_true > pd.Timestamp("2020-10-26")


def _altseason(alt_drift: list[float], alt_start: list[str]):
    rng = np.random.default_rng(3)
    btc = pd.Series(100 * np.exp(np.cumsum(rng.normal(0, 0.01, len(DAYS)))), DAYS)
    available = {CATALOGUE.resolve("BTC-USD"): _series("BTC-USD", btc)}
    names = ["ETH-USD", "XRP-USD", "SOL-USD", "ADA-USD", "DOGE-USD", "LTC-USD", "LINK-USD",
             "XLM-USD", "TRX-USD"]  # fmt: skip
    for name, drift, start in zip(names, alt_drift, alt_start, strict=False):
        shocks = rng.normal(0, 0.01, len(DAYS))
        shocks[DAYS.year >= 2021] += drift  # alts run from 2021
        alt = pd.Series(50 * np.exp(np.cumsum(shocks)), DAYS)[start:]
        available[CATALOGUE.resolve(name)] = _series(name, alt)
    text = f"altseason({', '.join(names[: len(alt_drift)])})"
    return derive(CATALOGUE.resolve(text), available)


def test_the_altseason_target_is_75_judged_where_eight_alts_or_more_count():
    index = _altseason([0.02] * 9, ["2020-01-01"] * 8 + ["2020-09-01"])
    target = target_for(index)
    assert target.name.startswith("altseason(ETH-USD, XRP-USD,")
    assert target.name.endswith(") at or above 75 (where 8+ alts count)")
    crossing = index.frame["close"]["2021-01-01":]
    first = crossing[crossing >= 75].index[0]
    result = time_to_target(index, [_event("2020-12-01")])
    assert result.cycles[0].reached_on == first and result.cycles[0].coins == 9
    thin = _altseason([0.02] * 7, ["2020-01-01"] * 7)  # seven alts: never judged
    assert target_for(thin).met.empty
    skipped = time_to_target(thin, [_event("2020-12-01")]).cycles[0]
    assert not skipped.studied and "cannot be judged" in skipped.note


def test_a_basket_aims_at_beating_btc_where_all_its_coins_trade():
    rng = np.random.default_rng(9)
    btc = pd.Series(100 * np.exp(np.cumsum(rng.normal(0, 0.01, len(DAYS)))), DAYS)
    sol = pd.Series(np.r_[np.full(400, 10.0), np.linspace(10, 40, 400)], DAYS)
    ada = pd.Series(np.linspace(5, 6, 700), DAYS[100:])
    basket = derive(
        CATALOGUE.resolve("basket(SOL-USD, ADA-USD)"),
        {CATALOGUE.resolve(s): _series(s, c) for s, c in
         (("SOL-USD", sol), ("ADA-USD", ada), ("BTC-USD", btc))},
    )  # fmt: skip
    target = target_for(basket)
    assert target.name == (
        "basket(SOL-USD, ADA-USD) beating BTC-USD over 90 days (where all its coins trade)"
    )
    assert target.met.index[0] == DAYS[100] + pd.Timedelta(days=90)  # ADA is in from day 100
    level = basket.frame["close"]
    for day in target.met.index[::37]:  # by hand, on a sample of days
        before = day - pd.Timedelta(days=90)
        expected = level[day] / level[before] > btc[day] / btc[before]
        assert bool(target.met[day]) == expected


def test_the_record_lists_every_field_the_readme_names():
    target = _met_on(("2020-06-10", "2020-06-20"))
    record = time_to_target_record(
        time_to_target(_ratio_series(), [_event("2020-05-01")], target=target), ["a caveat"]
    )
    assert set(record) == {
        "series", "target", "horizon_days", "n_cycles", "n_reached", "n_censored",
        "n_delayed", "n_not_studied", "anecdote", "cycles", "kaplan_meier", "median_days",
        "median_ci_low_days", "median_ci_high_days", "median_ci_level", "median_interval",
        "caveats",
    }  # fmt: skip
    assert set(record["cycles"][0]) == {
        "date", "confirmed", "pending", "studied", "reached", "reached_on", "days", "censored",
        "coins", "entry_days", "note",
    }  # fmt: skip
    assert record["kaplan_meier"] == [
        {"days": 40.0, "at_risk": 1, "reached": 1, "survival": 0.0, "std_error": 0.0}
    ]
    assert record["caveats"] == ["a caveat"] and "Brookmeyer-Crowley" in record["median_interval"]


@pytest.mark.parametrize("horizon", [30, 365])
def test_the_horizon_caps_the_follow_up(horizon):
    target = _met_on(("2020-08-01", "2020-08-02"))
    cycle = time_to_target(_ratio_series(), [_event("2020-06-01")], horizon, target).cycles[0]
    assert cycle.censored == (horizon < 61) and cycle.days == (30 if horizon == 30 else 61)
