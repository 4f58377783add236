"""Gap reports and the NYSE calendar rules they rest on."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest

from models.market.gaps import Gap, find_gaps
from models.market.nyse_calendar import easter_sunday, holidays_of_year, is_session, nyse_sessions


def _frame(index) -> pd.DataFrame:
    n = len(index)
    values = np.linspace(100.0, 110.0, n)
    return pd.DataFrame(
        {"open": values, "high": values + 1, "low": values - 1, "close": values, "volume": 1.0},
        index=index,
    )


# --- the NYSE calendar -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "easter"),
    [
        (1987, date(1987, 4, 19)),
        (2000, date(2000, 4, 23)),
        (2019, date(2019, 4, 21)),
        (2024, date(2024, 3, 31)),
        (2025, date(2025, 4, 20)),
        (2038, date(2038, 4, 25)),
    ],
)
def test_easter_dates(year, easter):
    assert easter_sunday(year) == easter


def test_holidays_of_2022_follow_the_rules():
    # 2022: New Year on a Saturday (not observed), Juneteenth on a Sunday (Monday 20th),
    # Christmas on a Sunday (Monday 26th)
    assert holidays_of_year(2022) == [
        date(2022, 1, 17),
        date(2022, 2, 21),
        date(2022, 4, 15),
        date(2022, 5, 30),
        date(2022, 6, 20),
        date(2022, 7, 4),
        date(2022, 9, 5),
        date(2022, 11, 24),
        date(2022, 12, 26),
    ]


@pytest.mark.parametrize(
    ("day", "open_"),
    [
        ("2021-12-31", True),  # Saturday New Year's Day is not moved into the old year
        ("2021-06-18", True),  # Juneteenth only from 2022
        ("2023-06-19", False),
        ("2021-07-05", False),  # July 4th on a Sunday
        ("2020-07-03", False),  # July 4th on a Saturday
        ("1997-01-20", True),  # MLK day only from 1998
        ("1998-01-19", False),
        ("2001-09-12", False),
        ("2001-09-17", True),
        ("2012-10-30", False),
        ("2018-12-05", False),
        ("2025-01-09", False),
        ("2024-11-29", True),  # day after Thanksgiving: an early close, still a session
        ("2024-03-29", False),  # Good Friday
        ("2024-03-30", False),  # a Saturday
    ],
)
def test_sessions(day, open_):
    assert is_session(day) is open_


def test_sessions_per_year_match_the_published_counts():
    # NYSE full sessions: 252 in 2019, 253 in 2020, 252 in 2021, 251 in 2022
    for year, count in ((2019, 252), (2020, 253), (2021, 252), (2022, 251)):
        assert len(nyse_sessions(f"{year}-01-01", f"{year}-12-31")) == count
    assert len(nyse_sessions("2024-01-05", "2024-01-01")) == 0


# --- gaps --------------------------------------------------------------------------------


def test_crypto_daily_reports_missing_utc_days_as_runs():
    days = pd.date_range("2024-01-01", "2024-01-31", freq="D", name="date")
    frame = _frame(days.delete([4, 5, 6, 20]))
    gaps = find_gaps(frame, "24/7", "1d")
    assert gaps == [
        Gap(pd.Timestamp("2024-01-05"), pd.Timestamp("2024-01-07"), 3),
        Gap(pd.Timestamp("2024-01-21"), pd.Timestamp("2024-01-21"), 1),
    ]
    assert gaps[0].describe() == "2024-01-05 .. 2024-01-07 (3 bars missing)"
    assert gaps[1].describe() == "2024-01-21 (1 bar missing)"
    assert find_gaps(_frame(days), "24/7", "1d") == []


def test_nyse_daily_ignores_weekends_and_holidays_but_not_missing_sessions():
    sessions = nyse_sessions("2024-06-01", "2024-07-31")
    assert find_gaps(_frame(sessions), "nyse", "1d") == []
    missing = sessions.delete([10, 11])
    gaps = find_gaps(_frame(missing), "nyse", "1d")
    assert gaps == [Gap(sessions[10], sessions[11], 2)]
    # the same frame judged as 24/7 counts every weekend too
    assert sum(g.missing for g in find_gaps(_frame(sessions), "24/7", "1d")) > 10


def test_a_missing_session_across_a_holiday_weekend_is_one_run():
    sessions = nyse_sessions("2024-05-20", "2024-06-07")
    # Friday 24 May and Tuesday 28 May are both gone; Monday 27 May was Memorial Day
    frame = _frame(sessions.drop([pd.Timestamp("2024-05-24"), pd.Timestamp("2024-05-28")]))
    assert find_gaps(frame, "nyse", "1d") == [
        Gap(pd.Timestamp("2024-05-24"), pd.Timestamp("2024-05-28"), 2)
    ]


def test_intraday_24_7_gaps_count_bars():
    stamps = pd.date_range("2024-01-01", periods=120, freq="1min", tz="UTC", name="time")
    frame = _frame(stamps.delete(slice(30, 40)))
    gaps = find_gaps(frame, "24/7", "1m")
    assert gaps == [Gap(stamps[30], stamps[39], 10)]
    assert "2024-01-01 00:30 UTC" in gaps[0].describe()


def test_intraday_nyse_gaps_inside_a_session_and_whole_missing_sessions():
    def session(day):
        opens = pd.Timestamp(f"{day} 09:30", tz="America/New_York")
        return pd.date_range(opens, periods=78, freq="5min").tz_convert("UTC")

    # Monday, (Tuesday missing), Wednesday with a hole of 3 bars
    wednesday = session("2024-06-12").delete([10, 11, 12])
    stamps = session("2024-06-10").append(wednesday).rename("time")
    gaps = find_gaps(_frame(stamps), "nyse", "5m")
    assert gaps[0] == Gap(
        pd.Timestamp("2024-06-11 13:30", tz="UTC"), pd.Timestamp("2024-06-11 19:55", tz="UTC"), 78
    )
    assert gaps[1] == Gap(session("2024-06-12")[10], session("2024-06-12")[12], 3)
    assert len(gaps) == 2


def test_weekly_bars_and_short_frames():
    weeks = pd.date_range("2024-01-01", periods=10, freq="7D", name="date")
    assert find_gaps(_frame(weeks.delete(4)), "nyse", "1w") == [Gap(weeks[4], weeks[4], 1)]
    assert find_gaps(_frame(weeks[:1]), "nyse", "1d") == []
    with pytest.raises(ValueError):
        find_gaps(_frame(weeks), "lse", "1d")


@pytest.mark.realdata
def test_real_russell_2000_has_no_gaps_on_the_nyse_calendar(shared_data):
    rut = pd.read_csv(shared_data / "index" / "rut_daily.csv", index_col="date", parse_dates=True)
    assert len(rut) == 9811
    # PROVENANCE.md: the gaps in dates are market holidays plus the 2001-09-11 closure
    assert find_gaps(rut, "nyse", "1d") == []
    assert not rut.index.isin(pd.DatetimeIndex(["2001-09-11", "2012-10-29"])).any()


@pytest.mark.realdata
def test_real_crypto_daily_files_have_every_utc_day(shared_data):
    btc = pd.read_csv(
        shared_data / "crypto" / "yahoo" / "btc_usd_daily.csv", index_col="date", parse_dates=True
    )
    assert find_gaps(btc, "24/7", "1d") == []
    assert find_gaps(btc.drop(btc.index[100:103]), "24/7", "1d")[0].missing == 3
