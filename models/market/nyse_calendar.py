"""New York Stock Exchange sessions from holiday rules, with no third-party calendar.

The rules are the NYSE's full-day closures: New Year's Day, Martin Luther King Jr. Day
(since 1998), Washington's Birthday, Good Friday, Memorial Day, Juneteenth (since 2022),
Independence Day, Labor Day, Thanksgiving and Christmas, plus the unscheduled closures
listed in ``SPECIAL_CLOSURES``. A holiday on a Sunday is observed on the Monday; one on
a Saturday on the Friday, except New Year's Day, which the NYSE does not move into the
previous year. The rules hold from 1981 (presidential election days closed the market
until 1980 and are not modelled). Early closes (13:00) are still sessions.

Dates are naive midnight timestamps (the New York session date), as in ``models.market.frames``.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import pandas as pd

#: unscheduled full-day closures since 1977, with why
SPECIAL_CLOSURES: dict[str, str] = {
    "1977-07-14": "New York City blackout",
    "1985-09-27": "Hurricane Gloria",
    "1994-04-27": "funeral of President Nixon",
    "2001-09-11": "September 11 attacks",
    "2001-09-12": "September 11 attacks",
    "2001-09-13": "September 11 attacks",
    "2001-09-14": "September 11 attacks",
    "2004-06-11": "funeral of President Reagan",
    "2007-01-02": "funeral of President Ford",
    "2012-10-29": "Hurricane Sandy",
    "2012-10-30": "Hurricane Sandy",
    "2018-12-05": "funeral of President George H. W. Bush",
    "2025-01-09": "funeral of President Carter",
}


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` (Monday=0) of a month; ``n=-1`` is the last one."""
    if n > 0:
        first = date(year, month, 1)
        offset = (weekday - first.weekday()) % 7
        return first + timedelta(days=offset + 7 * (n - 1))
    following = date(year + month // 12, month % 12 + 1, 1)
    last = following - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def easter_sunday(year: int) -> date:
    """Western (Gregorian) Easter Sunday, by the anonymous Gregorian algorithm."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday_shift) // 451
    month, day = divmod(h + weekday_shift - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _observed(day: date) -> date:
    """Saturday holidays close the Friday before, Sunday ones the Monday after."""
    if day.weekday() == 5:
        return day - timedelta(days=1)
    if day.weekday() == 6:
        return day + timedelta(days=1)
    return day


def _fixed_date_holidays(year: int) -> list[date]:
    new_year = date(year, 1, 1)
    # A Saturday New Year's Day is not observed: the NYSE stays open on 31 December.
    days = [new_year + timedelta(days=1)] if new_year.weekday() == 6 else []
    if new_year.weekday() < 5:
        days.append(new_year)
    if year >= 2022:
        days.append(_observed(date(year, 6, 19)))
    days += [_observed(date(year, 7, 4)), _observed(date(year, 12, 25))]
    return days


def holidays_of_year(year: int) -> list[date]:
    """The NYSE's full-day holidays (rules and special closures) in ``year``, sorted."""
    days = _fixed_date_holidays(year)
    if year >= 1998:
        days.append(nth_weekday(year, 1, 0, 3))  # Martin Luther King Jr. Day
    days += [
        nth_weekday(year, 2, 0, 3),  # Washington's Birthday
        easter_sunday(year) - timedelta(days=2),  # Good Friday
        nth_weekday(year, 5, 0, -1),  # Memorial Day
        nth_weekday(year, 9, 0, 1),  # Labor Day
        nth_weekday(year, 11, 3, 4),  # Thanksgiving
    ]
    days += [date.fromisoformat(d) for d in SPECIAL_CLOSURES if d.startswith(f"{year}-")]
    return sorted(set(days))


@lru_cache(maxsize=8)
def _sessions_between_years(first_year: int, last_year: int) -> pd.DatetimeIndex:
    weekdays = pd.bdate_range(date(first_year, 1, 1), date(last_year, 12, 31))
    closed = [d for y in range(first_year, last_year + 1) for d in holidays_of_year(y)]
    sessions = weekdays.difference(pd.DatetimeIndex(closed))
    return pd.DatetimeIndex(sessions.as_unit("ns"), name="date")


def nyse_sessions(start, end) -> pd.DatetimeIndex:
    """NYSE session dates in ``[start, end]`` (inclusive), as naive midnight timestamps."""
    first, last = pd.Timestamp(start).normalize(), pd.Timestamp(end).normalize()
    if last < first:
        return pd.DatetimeIndex([], dtype="datetime64[ns]", name="date")
    sessions = _sessions_between_years(first.year, last.year)
    return sessions[(sessions >= first) & (sessions <= last)]


def is_session(day) -> bool:
    """True when the NYSE holds a session on ``day``."""
    stamp = pd.Timestamp(day).normalize()
    return bool(len(nyse_sessions(stamp, stamp)))
