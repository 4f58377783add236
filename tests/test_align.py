"""Alignment policies, calendar-day lags and the price scales."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from models.analysis.align import POLICIES, align, crypto_at_lag, resample_weekly
from models.analysis.normalise import anchor_factor, normalise
from models.errors import InvalidParameter, NoOverlap
from models.vocabulary import SCALES
from tests.analytics_synth import frame_from_closes


def _equity() -> pd.DataFrame:
    # Mon 2024-01-01 is a holiday: sessions are Tue..Fri, then Mon..Fri
    dates = pd.to_datetime(
        ["2024-01-02", "2024-01-03", "2024-01-04", "2024-01-05", "2024-01-08", "2024-01-09"]
    )
    return frame_from_closes(dates, [10.0, 11.0, 12.0, 13.0, 14.0, 15.0])


def _crypto(start="2023-12-25", days=40) -> pd.DataFrame:
    dates = pd.date_range(start, periods=days, freq="D")
    return frame_from_closes(dates, 100.0 + np.arange(days))  # close = 100 + day number


def test_sessions_policy_samples_crypto_on_each_session_date():
    pair = align(_equity(), _crypto(), "sessions")
    assert list(pair.dates.strftime("%m-%d")) == [
        "01-02",
        "01-03",
        "01-04",
        "01-05",
        "01-08",
        "01-09",
    ]
    assert pair.crypto.tolist() == [108.0, 109.0, 110.0, 111.0, 114.0, 115.0]
    assert not pair.carried.any()
    assert pair.n == 6


def test_calendar_policy_carries_equity_over_weekends_and_flags_it():
    pair = align(_equity(), _crypto(), "calendar")
    assert len(pair.dates) == 8  # Jan 2 .. Jan 9, every day
    saturday = pair.dates.get_loc(pd.Timestamp("2024-01-06"))
    assert pair.equity[saturday] == 13.0 and pair.carried[saturday]
    assert pair.n_carried == 2
    assert pair.crypto[saturday] == 112.0


def test_weekly_policy_keeps_the_last_session_of_each_week():
    pair = align(_equity(), _crypto(), "weekly")
    assert list(pair.dates.strftime("%m-%d")) == ["01-05", "01-09"]
    assert pair.equity.tolist() == [13.0, 15.0]


def test_lag_sets_crypto_of_t_plus_k_against_equity_of_t():
    pair = align(_equity(), _crypto(), "sessions")
    lagged = crypto_at_lag(pair, 3)
    assert lagged.values.tolist() == [111.0, 112.0, 113.0, 114.0, 117.0, 118.0]
    assert crypto_at_lag((_equity(), _crypto()), 3).values.tolist() == lagged.values.tolist()
    back = crypto_at_lag(pair, -9)
    assert np.isnan(back.values[0]) and back.values[1] == 100.0  # before the crypto began
    assert back.n == 5


def test_lag_past_the_crypto_end_reports_a_smaller_n_instead_of_inventing_values():
    pair = align(_equity(), _crypto(days=18), "sessions")  # crypto ends 2024-01-11
    lagged = crypto_at_lag(pair, 3)
    assert np.isnan(lagged.values[-1]) and lagged.values[-2] == 117.0 and lagged.n == 5


def test_a_missing_crypto_day_stays_missing():
    crypto = _crypto().drop(pd.Timestamp("2024-01-04"))
    pair = align(_equity(), crypto, "sessions")
    assert np.isnan(pair.crypto[2]) and pair.n == 5


def test_nan_closes_are_kept_out_of_n():
    equity = _equity()
    equity.loc[pd.Timestamp("2024-01-04"), "close"] = np.nan
    pair = align(equity, _crypto(), "sessions")
    assert pair.n == 5 and len(pair.dates) == 5  # no close: not a usable session


def test_series_that_do_not_overlap_raise_a_clear_error():
    with pytest.raises(NoOverlap, match="do not overlap"):
        align(_equity(), _crypto(start="2025-01-01"), "sessions")


def test_unknown_policy_and_intraday_frames_are_refused():
    with pytest.raises(InvalidParameter, match="policy"):
        align(_equity(), _crypto(), "hourly")
    intraday = _crypto()
    intraday.index = intraday.index.tz_localize("UTC")
    with pytest.raises(InvalidParameter, match="intraday"):
        align(_equity(), intraday)


def test_resample_weekly_matches_the_weekly_policy_dates():
    pair = align(_equity(), _crypto(), "sessions")
    assert resample_weekly(pair).dates.equals(align(_equity(), _crypto(), "weekly").dates)
    assert POLICIES == ("sessions", "calendar", "weekly")


# --- normalisation ---------------------------------------------------------------------


def test_scales():
    dates = pd.date_range("2024-01-01", periods=4, freq="D")
    values = np.array([50.0, 100.0, 200.0, 400.0])
    anchor = dates[1]
    assert normalise(values, dates, "price", anchor).tolist() == values.tolist()
    assert normalise(values, dates, "index", anchor).tolist() == [50.0, 100.0, 200.0, 400.0]
    assert normalise(values, dates, "percent", anchor).tolist() == [-50.0, 0.0, 100.0, 300.0]
    assert SCALES == ("price", "percent", "index")  # a log axis draws any of them


def test_anchor_follows_the_lag():
    dates = pd.date_range("2024-01-01", periods=10, freq="D")
    values = np.arange(1.0, 11.0)
    shifted = normalise(values, dates, "index", dates[2], lag_days=3)
    assert shifted[5] == 100.0  # the bar drawn at the anchor date when shifted by 3 days


def test_anchor_factor_rescales_like_normalise():
    dates = pd.date_range("2024-01-01", periods=6, freq="D")
    values = np.array([3.0, 4.0, np.nan, 8.0, 9.0, 12.0])
    for scale in ("price", "percent", "index"):
        factor = anchor_factor(values, dates, scale, dates[2], lag_days=1)
        assert np.allclose(
            factor.apply(values), normalise(values, dates, scale, dates[2], 1), equal_nan=True
        )
    # a missing anchor value falls back to the last value before it
    assert anchor_factor(values, dates, "index", dates[2]).anchor_value == 4.0


def test_unknown_scale_is_refused():
    with pytest.raises(InvalidParameter):
        normalise(np.ones(3), pd.date_range("2024-01-01", periods=3), "sqrt", None)
