"""The demo generator: deterministic, marked demo everywhere, with the lag and breakouts claimed."""

from __future__ import annotations

import itertools
import re

import numpy as np
import pandas as pd
import pytest

import models.market.demo as demo
from models.market.demo import DEMO_LAG_DAYS, demo_bundle, demo_truth
from models.market.frames import validate_frame
from models.market.instruments import ALWAYS_OPEN, NYSE
from models.market.nyse_calendar import nyse_sessions
from models.market.series import Provenance


@pytest.fixture(scope="module")
def bundle():
    return demo_bundle()


def test_same_seed_gives_identical_bars_and_another_seed_does_not(bundle):
    demo._generate.cache_clear()  # regenerate from scratch rather than read the memo
    fresh = demo_bundle()
    pd.testing.assert_frame_equal(fresh.equity.frame, bundle.equity.frame)
    for a, b in zip(fresh.crypto, bundle.crypto, strict=True):
        pd.testing.assert_frame_equal(a.frame, b.frame)
    other = demo_bundle(seed=8)
    assert not np.allclose(other.equity.frame["close"], bundle.equity.frame["close"])


def test_every_series_is_demo_and_obeys_the_frame_contract(bundle):
    equity, crypto = bundle  # unpacks as a pair, as the data controller expects
    for series in (equity, *crypto):
        assert series.is_demo
        assert (series.provenance == Provenance.DEMO).all()
        assert len(series.provenance) == series.rows
        assert series.instrument.symbol.startswith("DEMO ")
        assert series.source == "demo"
        assert any("DEMO" in w for w in series.warnings)
        repaired, report = validate_frame(series.frame, "1d")
        assert report.ok and report.duplicates_dropped == 0 and not report.reordered
        pd.testing.assert_frame_equal(repaired, series.frame)
        frame = series.frame
        assert (frame["high"] >= frame[["open", "close"]].max(axis=1)).all()
        assert (frame["low"] <= frame[["open", "close"]].min(axis=1)).all()


def test_index_trades_nyse_sessions_and_crypto_every_day(bundle):
    equity, crypto = bundle
    assert equity.instrument.calendar == NYSE
    index = equity.frame.index
    pd.testing.assert_index_equal(index, nyse_sessions(index[0], index[-1]), check_names=False)
    assert index[-1] == demo.DEMO_END
    for series in crypto:
        assert series.instrument.calendar == ALWAYS_OPEN
        days = series.frame.index
        assert (np.diff(days.asi8) == pd.Timedelta(days=1).value).all()
        assert days[-1] == demo.DEMO_END


def _ath_drought_breakouts(close: pd.Series, drought: int = 252) -> list[pd.Timestamp]:
    """Independent reference: first close above every earlier close after a long drought."""
    values = close.to_numpy()
    records = np.flatnonzero(values > np.maximum.accumulate(np.r_[-np.inf, values[:-1]]))
    return [close.index[b] for a, b in itertools.pairwise(records) if b - a >= drought]


def test_planted_breakouts_are_the_only_records_after_a_year_long_drought(bundle):
    truth = demo_truth()
    close = bundle.equity.frame["close"]
    assert [b.date for b in truth.breakouts] == _ath_drought_breakouts(close)
    assert [b.held for b in truth.breakouts] == [True, False, True, False, True]


def test_breakouts_have_volume_and_held_or_failed_as_documented(bundle):
    frame = bundle.equity.frame
    close, volume = frame["close"].to_numpy(), frame["volume"].to_numpy()
    for event in demo_truth().breakouts:
        i = frame.index.get_loc(event.date)
        assert volume[i] >= 2.5 * volume[i - 50 : i].mean()
        assert close[i] > event.prior_high * 1.01
        after = close[i + 1 : i + 6]
        if event.held:
            assert (after > event.prior_high).all()
        else:
            assert (after < event.prior_high).any()
            assert close[i + 1 : i + 200].max() <= close[i]


def test_module_docstring_lists_the_planted_breakouts():
    documented = re.findall(r"(\d{4}-\d{2}-\d{2}) (held|failed)", demo.__doc__)
    actual = [(str(b.date.date()), "held" if b.held else "failed") for b in demo_truth().breakouts]
    assert documented == actual


def test_crypto_returns_follow_the_index_at_the_planted_lag(bundle):
    equity, crypto = bundle
    index_returns = np.log(equity.frame["close"]).diff()
    days = pd.date_range(index_returns.index[0], index_returns.index[-1], freq="D")
    index_returns = index_returns.reindex(days).fillna(0.0)
    for series in crypto:
        crypto_returns = np.log(series.frame["close"]).diff()

        def corr(lag, crypto_returns=crypto_returns):
            return index_returns.shift(lag).reindex(crypto_returns.index).corr(crypto_returns)

        at_lag = corr(DEMO_LAG_DAYS)
        others = [abs(corr(lag)) for lag in (0, 10, 30, 44, 46, 60, 90)]
        assert at_lag > 0.25
        assert max(others) < at_lag / 3
        echo = demo_truth().breakouts[0].crypto_echo
        assert echo - demo_truth().breakouts[0].date == pd.Timedelta(days=DEMO_LAG_DAYS)


def test_shorter_history_still_works_and_is_fast():
    import time

    started = time.perf_counter()
    short = demo_bundle(seed=3, years=4)
    assert time.perf_counter() - started < 1.0
    assert short.equity.rows > 900
    assert len(demo_truth(seed=3, years=4).breakouts) >= 1
    with pytest.raises(ValueError):
        demo_bundle(years=1)
