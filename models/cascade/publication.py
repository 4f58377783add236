"""When a FRED observation could first be used: each series dated by publication, not period.

FRED dates an observation by the period it describes: WALCL's 2026-08-19 is the Fed's
balance sheet on Wednesday 19 August, but the H.4.1 release that states it comes out on
Thursday 20 August at 4:30 pm ET, after the New York close, so no one could trade on it
before the session of Friday 21 August. A statistic that set Wednesday's WALCL against
Wednesday's prices would use the future. So every FRED series the app reads is re-dated
to the first New York session at whose close the value was public
(``as_published``), in the source and in the importer alike; the cache and every
statistic see publication dates only.

The rule of each series is one row of ``PUBLICATION_RULES``: the release comes
``release_lag`` Federal Reserve business days after the observation (weekends and the
Fed's holidays skipped, ``fed_holidays``); a release after the 4 pm close
(``after_close``) is usable from the next NYSE session, one before it from the session of
its own day. A series not in the table is dated by ``DEFAULT_RULE`` (the next business
day, after the close) when it is daily or weekly; a monthly or rarer series is refused,
because its release can come weeks after its period and the app does not know when.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

import numpy as np
import pandas as pd

from models.errors import InvalidParameter
from models.market.nyse_calendar import nth_weekday, nyse_sessions


@dataclass(frozen=True)
class PublicationRule:
    """How one series is published: what it measures, when it comes out, and the lag.

    ``release_lag`` counts Fed business days from the observation date to the release
    (0: the same day); ``after_close`` says the release comes after the 4 pm ET close.
    """

    series: str
    measures: str
    released: str
    release_lag: int
    after_close: bool

    @property
    def usable(self) -> str:
        """When a value can first be used, in words."""
        when = "the next session" if self.after_close else "the session of the release day"
        return f"from {when}"


#: the publication rule of every FRED series the cascade knows, one row each
PUBLICATION_RULES: dict[str, PublicationRule] = {
    rule.series: rule
    for rule in (
        PublicationRule(
            "WALCL",
            "Fed total assets, Wednesday level (millions of USD)",
            "H.4.1 release, Thursday 4:30 pm ET",
            1,
            True,
        ),
        PublicationRule(
            "WTREGEN",
            "Treasury General Account, average of the week to Wednesday (millions of USD)",
            "H.4.1 release, Thursday 4:30 pm ET",
            1,
            True,
        ),
        PublicationRule(
            "WDTGAL",
            "Treasury General Account, Wednesday level (millions of USD)",
            "H.4.1 release, Thursday 4:30 pm ET",
            1,
            True,
        ),
        PublicationRule(
            "WRESBAL",
            "reserve balances with the Fed, week average (millions of USD)",
            "H.4.1 release, Thursday 4:30 pm ET",
            1,
            True,
        ),
        PublicationRule(
            "RRPONTSYD",
            "overnight reverse repo take-up (billions of USD)",
            "New York Fed operation results, about 1:15 pm ET the same day",
            0,
            False,
        ),
        PublicationRule(
            "BAMLH0A0HYM2",
            "ICE BofA US high-yield option-adjusted spread (percent)",
            "ICE end-of-day value, on FRED the next business day",
            1,
            False,
        ),
        PublicationRule(
            "DGS10",
            "10-year Treasury constant-maturity yield (percent)",
            "Treasury par yield curve, after the close the same day",
            0,
            True,
        ),
    )
}

#: a daily or weekly series the table does not know: the next business day, after the close
DEFAULT_RULE = PublicationRule("", "unknown series", "assumed the next business day", 1, True)

#: observations further apart than this (median, in days) are monthly or rarer: refused
MAX_MEDIAN_SPACING_DAYS = 10


def rule_of(series_id: str) -> PublicationRule:
    """The rule of ``series_id`` (``WALCL``), or ``DEFAULT_RULE`` for an unknown one."""
    return PUBLICATION_RULES.get(series_id.upper(), DEFAULT_RULE)


def fed_holidays(year: int) -> list[date]:
    """The Federal Reserve's holidays in ``year``: a Sunday holiday moves to the Monday; a
    Saturday one is not moved (the Reserve Banks open on the Friday before)."""
    fixed = [date(year, 1, 1), date(year, 7, 4), date(year, 11, 11), date(year, 12, 25)]
    if year >= 2022:
        fixed.append(date(year, 6, 19))
    days = [d + timedelta(days=1) if d.weekday() == 6 else d for d in fixed]
    days = [d for d in days if d.weekday() < 5]
    if year >= 1986:
        days.append(nth_weekday(year, 1, 0, 3))  # Martin Luther King Jr. Day
    days += [
        nth_weekday(year, 2, 0, 3),  # Washington's Birthday
        nth_weekday(year, 5, 0, -1),  # Memorial Day
        nth_weekday(year, 9, 0, 1),  # Labor Day
        nth_weekday(year, 10, 0, 2),  # Columbus Day
        nth_weekday(year, 11, 3, 4),  # Thanksgiving
    ]
    return sorted(set(days))


@lru_cache(maxsize=8)
def _fed_business_days(first_year: int, last_year: int) -> np.ndarray:
    weekdays = pd.bdate_range(date(first_year, 1, 1), date(last_year, 12, 31))
    closed = [d for y in range(first_year, last_year + 1) for d in fed_holidays(y)]
    return weekdays.difference(pd.DatetimeIndex(closed)).as_unit("ns").values


def usable_dates(observed: pd.DatetimeIndex, rule: PublicationRule) -> pd.DatetimeIndex:
    """The NYSE session from whose close each observation of ``observed`` was public."""
    observed = pd.DatetimeIndex(observed).as_unit("ns")
    if observed.empty:
        return pd.DatetimeIndex([], dtype="datetime64[ns]", name="date")
    first, last = observed.min().year, observed.max().year + 1
    fed_days = _fed_business_days(first, last)
    side = "left" if rule.release_lag == 0 else "right"
    step = max(rule.release_lag - 1, 0)
    released = fed_days[np.searchsorted(fed_days, observed.values, side=side) + step]
    sessions = nyse_sessions(f"{first}-01-01", f"{last + 1}-01-31").values
    usable = sessions[np.searchsorted(sessions, released, "right" if rule.after_close else "left")]
    return pd.DatetimeIndex(usable, name="date")


def as_published(values: pd.Series, series_id: str) -> pd.Series:
    """``values`` (indexed by FRED's observation dates) re-dated to their usable sessions.

    Two observations usable on the same session (a holiday week) keep the newer one.
    Raises ``InvalidParameter`` for a monthly or rarer series the table does not know.
    """
    values = values.sort_index()
    rule = rule_of(series_id)
    if rule is DEFAULT_RULE and len(values) > 2:
        spacing = np.median(np.diff(values.index.values).astype("timedelta64[D]").astype(int))
        if spacing > MAX_MEDIAN_SPACING_DAYS:
            raise InvalidParameter(
                f"FRED:{series_id} has one value every {int(spacing)} days; the app knows "
                "when daily and weekly series are published, not this one, so it would "
                "be dated before anyone could see it. Use a daily or weekly series."
            )
    dated = pd.Series(values.to_numpy(), index=usable_dates(values.index, rule), name=values.name)
    return dated[~dated.index.duplicated(keep="last")]
