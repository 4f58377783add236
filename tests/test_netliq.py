"""NETLIQ: WALCL - WTREGEN - 1000 x RRPONTSYD, a derived series on publication dates."""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pytest

from models.cascade.netliq import net_liquidity
from models.errors import InvalidParameter
from models.market.instruments import load_catalogue
from models.market.repository import Repository
from models.session.imports import read_import
from models.session.loading.headless import LoadRequest, load_session
from tests.wire.fred_routes import csv_body

WEDNESDAYS = pd.date_range("2023-01-04", "2023-12-27", freq="W-WED")
BUSINESS = pd.bdate_range("2023-01-02", "2023-12-29")


def test_the_formula_carries_the_reverse_repo_over_days_it_has_none():
    fridays = pd.DatetimeIndex(["2023-07-07", "2023-07-14"])
    walcl = pd.Series([8_000_000.0, 8_100_000.0], index=fridays)
    tga = pd.Series([500_000.0, 450_000.0], index=fridays)
    rrp = pd.Series([2000.0, 1900.5], index=pd.DatetimeIndex(["2023-07-06", "2023-07-13"]))
    value = net_liquidity(walcl, tga, rrp)
    assert value.tolist() == [8_000_000 - 500_000 - 2_000_000, 8_100_000 - 450_000 - 1_900_500]


def test_dates_before_an_input_exists_are_left_out():
    days = pd.DatetimeIndex(["2023-07-07", "2023-07-14"])
    value = net_liquidity(
        pd.Series([1.0, 2.0], index=days),
        pd.Series([0.5], index=days[1:]),
        pd.Series([0.0], index=days[:1]),
    )
    assert list(value.index) == [days[1]]


def test_netliq_resolves_to_its_three_fred_inputs():
    catalogue = load_catalogue()
    netliq = catalogue.resolve("netliq")
    assert netliq.label == "NETLIQ" and netliq.is_derived and netliq.calendar == "nyse"
    assert [i.label for i in netliq.inputs] == ["FRED:WALCL", "FRED:WTREGEN", "FRED:RRPONTSYD"]
    assert "WALCL - WTREGEN - 1000 x RRPONTSYD" in netliq.name


def test_netliq_itself_is_never_imported(tmp_path):
    path = tmp_path / "netliq.csv"
    path.write_text("date,value\n2023-01-04,1\n")
    with pytest.raises(InvalidParameter, match="import those"):
        read_import(load_catalogue(), "NETLIQ", path)


def _downloads(tmp_path) -> list[str]:
    rng = np.random.default_rng(3)
    walcl = pd.Series(8e6 + np.cumsum(rng.normal(0, 1e4, len(WEDNESDAYS))), index=WEDNESDAYS)
    tga = pd.Series(5e5 + rng.normal(0, 1e4, len(WEDNESDAYS)), index=WEDNESDAYS)
    rrp = pd.Series(2000 + rng.normal(0, 50, len(BUSINESS)), index=BUSINESS)
    rrp[rrp.index.day_of_week == 0] = np.nan  # no operation on Mondays: carried
    specs = []
    for name, values in (("WALCL", walcl), ("WTREGEN", tga), ("RRPONTSYD", rrp)):
        path = tmp_path / f"{name}.csv"
        path.write_text(csv_body(name, values.round(3)))
        specs.append(f"FRED:{name}={path}")
    return specs


def test_netliq_loads_from_imported_fred_downloads_dated_by_publication(tmp_path):
    request = LoadRequest("NETLIQ", imports=tuple(_downloads(tmp_path)))
    repository = Repository(tmp_path / "cache", offline=True)
    series = load_session(request, load_catalogue(), repository).session.equity
    inputs = {i.label: s.frame["close"] for i, s in series.inputs.items()}
    frame = series.frame
    assert len(frame) == len(WEDNESDAYS) and (frame.index.day_of_week == 4).mean() > 0.9
    day = frame.index[10]
    rrp = inputs["FRED:RRPONTSYD"][:day].iloc[-1]
    expected = inputs["FRED:WALCL"][day] - inputs["FRED:WTREGEN"][day] - 1000 * rrp
    assert frame.loc[day, "close"] == pytest.approx(expected)
    assert series.source.startswith("derived from FRED:WALCL")


def test_as_of_a_wednesday_netliq_holds_no_value_of_that_wednesday(tmp_path):
    request = LoadRequest("NETLIQ", imports=tuple(_downloads(tmp_path)))
    repository = Repository(tmp_path / "cache", offline=True)
    series = load_session(request, load_catalogue(), repository).session.equity
    netliq = series.frame["close"]
    rrp = {i.label: s for i, s in series.inputs.items()}["FRED:RRPONTSYD"].frame["close"]
    walcl = pd.read_csv(tmp_path / "WALCL.csv", index_col=0, parse_dates=True).iloc[:, 0]
    tga = pd.read_csv(tmp_path / "WTREGEN.csv", index_col=0, parse_dates=True).iloc[:, 0]
    for previous, wednesday in itertools.pairwise(WEDNESDAYS):
        known = netliq[:wednesday]
        day = known.index[-1]
        assert day < wednesday
        # the newest value known on the Wednesday comes from the Wednesday before
        expected = walcl[previous] - tga[previous] - 1000 * rrp[:day].iloc[-1]
        assert known.iloc[-1] == pytest.approx(expected)


def test_a_reverse_repo_at_zero_is_a_value_the_cache_keeps(tmp_path):
    """RRPONTSYD was 0 on many days of 2019-2021: FRED values are not prices, so the
    cache must read them back (a second load comes from the cache alone) and NETLIQ
    must still be computed on those days."""
    specs = _downloads(tmp_path)
    rrp_path = tmp_path / "RRPONTSYD.csv"
    rrp = pd.read_csv(rrp_path, index_col=0, parse_dates=True).iloc[:, 0]
    rrp.iloc[20:60] = 0.0
    rrp_path.write_text(csv_body("RRPONTSYD", rrp))
    repository = Repository(tmp_path / "cache", offline=True)
    load_session(LoadRequest("NETLIQ", imports=tuple(specs)), load_catalogue(), repository)
    again = Repository(tmp_path / "cache", offline=True)
    series = load_session(LoadRequest("NETLIQ"), load_catalogue(), again).session.equity
    inputs = {i.label: s.frame["close"] for i, s in series.inputs.items()}
    assert (inputs["FRED:RRPONTSYD"] == 0).sum() >= 30
    assert len(series.frame) == len(WEDNESDAYS)


def test_only_fred_values_may_be_zero_or_negative():
    from models.market.bar_checks import first_bad_bar, needs_positive

    frame = pd.DataFrame(
        {"open": [1.0, 0.0], "high": [1.0, 0.0], "low": [1.0, -0.5], "close": [1.0, 0.0],
         "volume": [np.nan, np.nan]},
        index=pd.DatetimeIndex(["2020-01-02", "2020-01-03"]),
    )  # fmt: skip
    assert needs_positive("yahoo") and not needs_positive("fred")
    refused = first_bad_bar(frame, "nyse", "1d")
    assert refused is not None and "not positive" in refused.reason
    assert first_bad_bar(frame, "nyse", "1d", positive=False) is None
    frame.iloc[1, :4] = -2e12
    assert "beyond any real" in first_bad_bar(frame, "nyse", "1d", positive=False).reason
