"""Publication dating: each FRED series is usable from the session its release allows."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from models.cascade.publication import (
    DEFAULT_RULE,
    PUBLICATION_RULES,
    as_published,
    fed_holidays,
    rule_of,
    usable_dates,
)
from models.errors import InvalidParameter
from models.market.nyse_calendar import is_session


def usable(series: str, *days: str) -> list[str]:
    dated = usable_dates(pd.DatetimeIndex(list(days)), rule_of(series))
    return list(dated.strftime("%Y-%m-%d"))


def test_walcl_of_a_wednesday_is_usable_from_the_friday_session():
    # released Thursday 4:30 pm ET, after the close: Friday is the first session to see it
    assert usable("WALCL", "2026-08-19") == ["2026-08-21"]
    assert usable("WTREGEN", "2026-08-19") == ["2026-08-21"]


@pytest.mark.parametrize(
    ("wednesday", "friday_or_later", "why"),
    [
        ("2025-11-26", "2025-12-01", "Thanksgiving Thursday: released Friday, usable Monday"),
        ("2021-11-10", "2021-11-15", "Veterans Day Thursday: released Friday, usable Monday"),
        ("2024-03-27", "2024-04-01", "released Thursday; Good Friday the NYSE is closed"),
        ("2025-12-24", "2025-12-29", "Christmas Thursday: released Friday, usable Monday"),
    ],
)
def test_a_holiday_moves_the_release_and_the_first_session(wednesday, friday_or_later, why):
    assert usable("WALCL", wednesday) == [friday_or_later], why


def test_daily_series_follow_their_own_release_times():
    assert usable("RRPONTSYD", "2026-08-20") == ["2026-08-20"]  # 1:15 pm, before the close
    assert usable("RRPONTSYD", "2024-03-29") == ["2024-04-01"]  # Good Friday operation
    assert usable("DGS10", "2026-08-20") == ["2026-08-21"]  # after the close
    assert usable("BAMLH0A0HYM2", "2026-08-20") == ["2026-08-21"]  # FRED the next day
    assert usable("BAMLH0A0HYM2", "2026-08-21") == ["2026-08-24"]  # Friday -> Monday


def test_every_usable_date_is_a_session_never_before_the_observation():
    days = pd.bdate_range("2019-01-01", "2026-12-31")
    for rule in (*PUBLICATION_RULES.values(), DEFAULT_RULE):
        dated = usable_dates(days, rule)
        assert (dated >= days).all()
        assert all(is_session(d) for d in dated[::97])
        if rule.after_close or rule.release_lag:
            assert (dated > days).all(), rule.series


def test_the_table_states_each_rule_in_words():
    for series, rule in PUBLICATION_RULES.items():
        assert rule.series == series and rule.measures and rule.released
        assert rule.usable.startswith("from the")
    assert rule_of("walcl") is PUBLICATION_RULES["WALCL"]
    assert rule_of("T10Y2Y") is DEFAULT_RULE


def test_fed_holidays_include_columbus_and_veterans_day_which_the_nyse_works():
    holidays = fed_holidays(2025)
    assert date(2025, 10, 13) in holidays and date(2025, 11, 11) in holidays
    assert date(2025, 4, 18) not in holidays  # Good Friday: the Fed works
    assert date(2022, 6, 20) in fed_holidays(2022)  # Juneteenth on a Sunday: Monday
    assert date(2021, 12, 31) not in fed_holidays(2021)  # a Saturday New Year: not moved


def test_as_published_keeps_the_newer_of_two_values_on_one_session():
    values = pd.Series([1.0, 2.0], index=pd.DatetimeIndex(["2024-03-28", "2024-03-29"]))
    dated = as_published(values, "RRPONTSYD")
    assert list(dated.index.strftime("%m-%d")) == ["03-28", "04-01"]
    two = pd.Series([1.0, 2.0], index=pd.DatetimeIndex(["2024-03-29", "2024-03-30"]))
    assert as_published(two, "RRPONTSYD").tolist() == [2.0]


def test_an_unknown_monthly_series_is_refused():
    months = pd.Series(range(1, 13), index=pd.date_range("2024-01-01", periods=12, freq="MS"))
    with pytest.raises(InvalidParameter, match="daily or weekly"):
        as_published(months.astype(float), "CPIAUCSL")


def test_as_of_a_wednesday_that_wednesdays_walcl_is_not_yet_there():
    wednesdays = pd.date_range("2024-01-03", "2024-12-25", freq="W-WED")
    dated = as_published(pd.Series(range(len(wednesdays)), index=wednesdays, dtype=float), "WALCL")
    for wednesday in wednesdays:
        known = dated[:wednesday]
        assert len(known) == 0 or known.iloc[-1] < wednesdays.get_loc(wednesday) - 0.5
