"""``models.replay.as_of``: the one cut of the inputs at a day's close."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from models.analysis.breakout_params import BreakoutParams
from models.analysis.breakouts import detect_breakouts
from models.derived.series import DerivedSeries, derive
from models.errors import NoDataInRange, NoOverlap
from models.market.instruments import load_catalogue
from models.market.series import MarketSeries, Provenance
from models.notices import INPUTS_MISSING
from models.replay.as_of import (
    as_of_day,
    as_of_line,
    known_rows,
    series_as_of,
    session_as_of,
)
from models.session.session import Session
from tests.analytics_synth import frame_from_closes

CATALOGUE = load_catalogue()


def _walk(start: str, days: int, seed: int, freq: str = "D") -> pd.Series:
    rng = np.random.default_rng(seed)
    dates = pd.date_range(start, periods=days, freq=freq, name="date")
    return pd.Series(50 * np.exp(np.cumsum(rng.normal(0, 0.03, days))), index=dates)


def _series(symbol: str, close: pd.Series, code=Provenance.IMPORTED) -> MarketSeries:
    instrument = CATALOGUE.resolve(symbol)
    frame = frame_from_closes(close.index, close.to_numpy())
    codes = np.full(len(frame), int(code), dtype=np.uint8)
    codes[::3] = int(Provenance.FETCHED)  # a mix, so slicing the codes is seen
    return MarketSeries(instrument, "1d", frame, codes, instrument.source)


def test_a_bar_is_known_on_its_own_day_and_not_before():
    series = _series("BTC-USD", _walk("2020-01-01", 30, seed=1))
    cut = series_as_of(series, pd.Timestamp("2020-01-10"))
    assert cut.frame.index[-1] == pd.Timestamp("2020-01-10") and cut.rows == 10
    assert np.array_equal(cut.provenance, series.provenance[:10])
    assert cut.instrument == series.instrument and cut.source == series.source
    assert series.rows == 30  # the original is left as it was
    assert series_as_of(series, pd.Timestamp("2021-01-01")) is series  # all known: itself
    with pytest.raises(NoDataInRange, match="no bars on or before 2019-12-31"):
        series_as_of(series, pd.Timestamp("2019-12-31"))


def test_the_day_is_a_date_whatever_the_time_given():
    assert as_of_day("2020-11-13") == pd.Timestamp("2020-11-13")
    assert as_of_day(pd.Timestamp("2020-11-13 18:30")) == pd.Timestamp("2020-11-13")
    assert as_of_day(pd.Timestamp("2020-11-14 01:00", tz="Asia/Tokyo")) == pd.Timestamp(
        "2020-11-13"
    )
    assert as_of_line(pd.Timestamp("2020-11-13")).startswith("as of 2020-11-13: only the bars")


def test_intraday_bars_are_known_when_they_opened_before_the_day_ended():
    index = pd.date_range("2024-01-01 22:00", periods=6, freq="h", tz="UTC", name="time")
    assert known_rows(index, pd.Timestamp("2024-01-01")) == 2  # 22:00 and 23:00
    assert known_rows(index, pd.Timestamp("2024-01-02")) == 6


def test_a_derived_series_is_computed_again_from_its_inputs_cut():
    eth, btc = _walk("2020-01-01", 90, seed=2), _walk("2020-01-01", 90, seed=3)
    inputs = {s.instrument: s for s in (_series("ETH-USD", eth), _series("BTC-USD", btc))}
    ratio = derive(CATALOGUE.resolve("ETH-USD / BTC-USD"), inputs)
    day = pd.Timestamp("2020-02-15")
    cut = series_as_of(ratio, day)
    again = derive(ratio.instrument, {i: series_as_of(s, day) for i, s in inputs.items()})
    assert isinstance(cut, DerivedSeries)
    pd.testing.assert_frame_equal(cut.frame, again.frame)
    assert all(s.frame.index[-1] == day for s in cut.inputs.values())


def test_an_alt_listed_after_the_day_is_absent_from_the_index_and_named():
    btc = _walk("2020-01-01", 300, seed=4)
    early = [_walk("2020-01-01", 300, seed=5 + n) for n in range(3)]
    late = _walk("2020-07-01", 118, seed=9)
    texts = ("SOL-USD", "XRP-USD", "ADA-USD", "DOGE-USD")
    instrument = CATALOGUE.resolve(f"altseason({', '.join(texts)}, window=30)")
    closes = dict(zip(texts, [*early, late], strict=True))
    inputs = {s.instrument: s for s in [_series("BTC-USD", btc)]}
    inputs |= {s.instrument: s for s in (_series(t, c) for t, c in closes.items())}
    index = derive(instrument, inputs)
    assert not any(n.kind == INPUTS_MISSING for n in index.caveats)
    day = pd.Timestamp("2020-06-15")
    cut = series_as_of(index, day)
    assert any(n.kind == INPUTS_MISSING and "DOGE-USD" in n.text for n in cut.caveats)
    assert len(cut.inputs) == 4  # BTC and the three alts listed by then
    known = {i: series_as_of(s, day) for i, s in inputs.items() if s.frame.index[0] <= day}
    pd.testing.assert_frame_equal(cut.frame, derive(instrument, known).frame)
    # the index on the days both know agrees: the cut changes nothing already computed
    shared = cut.frame.index
    assert np.allclose(cut.frame["close"], index.frame["close"].loc[shared], equal_nan=True)


def test_a_session_is_cut_whole_and_a_proxy_without_bars_dropped():
    equity = _series("^RUT", _walk("2020-01-01", 200, seed=11, freq="B"))
    coin = _series("BTC-USD", _walk("2020-01-01", 280, seed=12))
    proxy = _series("IWM", _walk("2020-06-01", 60, seed=13, freq="B"))
    session = Session(equity, [coin], "cache", None, proxy)
    day = pd.Timestamp("2020-05-01")
    cut = session_as_of(session, day)
    assert all(s.frame.index[-1] <= day for s in cut.series)
    assert cut.volume_proxy is None and cut.origin == "cache"
    later = session_as_of(session, pd.Timestamp("2020-07-01"))
    assert later.volume_proxy.frame.index[-1] <= pd.Timestamp("2020-07-01")
    assert session.equity.rows == 200  # nothing cut in place


def test_a_breakout_whose_hold_needs_later_sessions_is_pending_as_of_the_day():
    closes = np.concatenate([np.linspace(100, 120, 50), np.full(300, 95.0), [121, 122, 123]])
    dates = pd.bdate_range("2001-01-02", periods=len(closes) + 10)
    full = np.concatenate([closes, np.linspace(124, 130, 10)])
    volume = np.full(len(full), 1e6)
    volume[350] = 3e6
    series = _series("^RUT", pd.Series(full, index=dates))
    series.frame["volume"] = volume
    params = BreakoutParams()
    held = detect_breakouts(series.frame, params).events[-1]
    assert held.confirmed and not held.pending and held.date == dates[350]
    then = series_as_of(series, dates[352])
    event = detect_breakouts(then.frame, params).events[-1]
    assert event.date == dates[350] and event.pending and not event.confirmed
    assert event.band_end <= dates[352]


@pytest.mark.parametrize("policy", ["sessions", "calendar"])
def test_a_pair_cut_is_the_pair_of_the_series_cut(policy):
    from models.analysis.align import align
    from models.replay.as_of import pair_as_of
    from tests.analytics_synth import planted_pair

    equity, crypto = planted_pair(20, seed=3, days=900)
    crypto = crypto.drop(crypto.index[[400, 401, 650]])  # holes in the coin's days
    full = align(equity, crypto, policy)
    rng = np.random.default_rng(1)
    days = [*pd.to_datetime(rng.integers(0, 950, 30), unit="D", origin="2015-01-01")]
    days += [crypto.index[399] + pd.Timedelta(days=1), equity.index[-1]]
    for day in days:
        cut = pair_as_of(full, day)
        again = align(equity[:day], crypto[:day], policy)
        for name in ("dates", "equity", "crypto", "carried", "day_numbers", "crypto_daily"):
            assert np.array_equal(
                np.asarray(getattr(cut, name)), np.asarray(getattr(again, name)), equal_nan=True
            ), (day, name)
        assert (cut.crypto_day0, cut.n, cut.policy) == (again.crypto_day0, again.n, policy)
    with pytest.raises(NoOverlap):
        pair_as_of(full, pd.Timestamp("2014-12-31"))


def test_a_replay_step_prepares_the_session_cut_at_the_day():
    from models.replay.step import prepared_as_of
    from models.session.prepared import prepare

    equity = _series("^RUT", _walk("2020-01-01", 300, seed=21, freq="B"))
    coin = _series("BTC-USD", _walk("2020-01-01", 420, seed=22))
    session = Session(equity, [coin], "cache")
    day = pd.Timestamp("2020-08-14")
    step = prepared_as_of(session, BreakoutParams(), day)
    again = prepare(session_as_of(session, day), BreakoutParams())
    assert step.session.equity.frame.index[-1] == day
    assert step.pairs["BTC-USD"].dates.equals(again.pairs["BTC-USD"].dates)
    assert step.stats.at(10).correlation == again.stats.at(10).correlation
