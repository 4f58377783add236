"""The cascade's parts: stages and their settings text, levels and rows, turns, cycles."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from models.analysis.breakout_params import BreakoutParams
from models.cascade.cycles import BEFORE, NO_DATA, NO_TURN, TURNED, cycles_table
from models.cascade.levels import (
    DAILY,
    SESSIONS,
    WEEKLY,
    StageLevel,
    as_of_daily,
    calendar_of,
    stage_level,
    strip_row,
)
from models.cascade.stages import (
    DEFAULT_CHAIN,
    Stage,
    chain_from_settings,
    chain_settings,
    insert_stage,
    invert_stage,
    move_stage,
    parse_chain,
    parse_stage,
    remove_stage,
)
from models.cascade.turns import Turn, stage_turns
from models.errors import InvalidParameter
from models.market.frames import line_frame
from models.market.instruments import Instrument, load_catalogue
from models.market.series import MarketSeries

# --- stages ------------------------------------------------------------------------------


def test_the_default_chain_runs_from_liquidity_to_the_alts_and_resolves():
    roles = [s.role for s in DEFAULT_CHAIN]
    assert roles == [
        "net liquidity", "credit", "bonds", "large caps", "small caps", "BTC", "ETH", "alts"
    ]  # fmt: skip
    assert [s.inverted for s in DEFAULT_CHAIN] == [False, True] + [False] * 6
    catalogue = load_catalogue()
    for stage in DEFAULT_CHAIN:
        catalogue.resolve(stage.symbol)


def test_a_stage_text_marks_an_inverted_stage_with_a_minus():
    stage = parse_stage(" -FRED:DGS10 ")
    assert stage == Stage("FRED:DGS10", True, "bonds")
    assert stage.spec == "-FRED:DGS10" and "falling is risk on" in stage.direction
    assert parse_stage("HYG").label == "credit (HYG)"


def test_a_chain_reads_commas_outside_parentheses_and_is_checked():
    chain = parse_chain("NETLIQ, -FRED:DGS10, basket(SOL-USD, ADA-USD), ^RUT")
    assert [s.spec for s in chain] == [
        "NETLIQ", "-FRED:DGS10", "basket(SOL-USD, ADA-USD)", "^RUT"
    ]  # fmt: skip
    with pytest.raises(InvalidParameter, match="2 to 12 stages"):
        parse_chain("NETLIQ")
    with pytest.raises(InvalidParameter, match="twice"):
        parse_chain("^RUT, TLT, ^rut")
    with pytest.raises(InvalidParameter, match="names no stage"):
        parse_chain("NETLIQ, -, TLT")


def test_the_settings_keep_the_stage_texts_and_fall_back_to_the_default():
    chain = parse_chain("NETLIQ,-FRED:BAMLH0A0HYM2,^RUT")
    assert chain_settings(chain) == ["NETLIQ", "-FRED:BAMLH0A0HYM2", "^RUT"]
    assert chain_from_settings(chain_settings(chain)) == chain
    for bad in (None, "NETLIQ", [1, 2], ["NETLIQ"], ["A", "A"]):
        assert chain_from_settings(bad) == DEFAULT_CHAIN


def test_a_chain_is_edited_stage_by_stage():
    chain = parse_chain("NETLIQ,TLT,^RUT")
    chain = insert_stage(chain, 1, parse_stage("-FRED:BAMLH0A0HYM2"))
    assert [s.symbol for s in chain] == ["NETLIQ", "FRED:BAMLH0A0HYM2", "TLT", "^RUT"]
    assert move_stage(chain, 3, 0)[0].symbol == "^RUT"
    assert invert_stage(chain, 2)[2].inverted
    assert len(remove_stage(chain, 0)) == 3
    with pytest.raises(InvalidParameter, match="2 to 12"):
        remove_stage(parse_chain("A,B"), 0)


# --- levels and rows ---------------------------------------------------------------------


def series_of(values: pd.Series, symbol: str = "X") -> MarketSeries:
    instrument = Instrument(symbol, symbol, "yahoo", "nyse", "equity")
    codes = np.zeros(len(values), dtype=np.uint8)
    return MarketSeries(instrument, "1d", line_frame(values), codes, "yahoo")


def test_an_inverted_stage_reads_one_over_its_level():
    days = pd.bdate_range("2020-01-01", periods=50)
    spread = pd.Series(np.linspace(5.0, 3.0, 50), index=days)
    level = stage_level(Stage("SPREAD", True), series_of(spread))
    assert level.level.iloc[0] == pytest.approx(0.2) and level.level.is_monotonic_increasing


def test_a_stage_at_or_below_zero_is_refused():
    days = pd.bdate_range("2020-01-01", periods=10)
    values = pd.Series(6.0 - np.arange(10.0), index=days)  # 0 on the seventh session
    with pytest.raises(InvalidParameter, match="below zero on 2020-01-09"):
        stage_level(Stage("T10Y2Y"), series_of(values))


def test_calendars_are_told_apart():
    assert calendar_of(pd.date_range("2020-01-03", periods=30, freq="W-FRI")) == WEEKLY
    assert calendar_of(pd.bdate_range("2020-01-01", periods=30)) == SESSIONS
    assert calendar_of(pd.date_range("2020-01-01", periods=30)) == DAILY


def test_the_as_of_grid_carries_a_value_at_most_ten_days():
    level = pd.Series([1.0, 2.0], index=pd.DatetimeIndex(["2020-01-03", "2020-01-20"]))
    daily = as_of_daily(level)
    assert daily["2020-01-13"] == 1.0 and np.isnan(daily["2020-01-14"])


def test_a_row_is_the_z_score_of_the_log_level_over_the_trailing_year_only():
    days = pd.date_range("2018-01-01", periods=900)
    rng = np.random.default_rng(0)
    level = pd.Series(np.exp(np.cumsum(rng.normal(0, 0.01, 900))), index=days)
    row = strip_row(level)
    assert row[:"2018-03-31"].isna().all() and row.abs().max() <= 3
    logs = np.log(level)
    day = days[600]
    window = logs[day - pd.Timedelta(days=364) : day]
    assert row[day] == pytest.approx((logs[day] - window.mean()) / window.std())
    changed = level.copy()
    changed[day + pd.Timedelta(days=1) :] *= 3  # the future cannot move today's row
    assert strip_row(changed)[day] == pytest.approx(row[day])


# --- turns -------------------------------------------------------------------------------


def rally(start: str, shape: list[tuple[int, float]]) -> pd.Series:
    """A session series made of straight legs: (sessions, end value) each."""
    values, last = [], 100.0
    for sessions, end in shape:
        values += list(np.linspace(last, end, sessions + 1)[1:])
        last = end
    return pd.Series(values, index=pd.bdate_range(start, periods=len(values)))


def test_a_stage_turns_by_the_breakout_rule_and_an_inverted_one_at_new_lows():
    # up to 150, a year and more below, then through 150: one turn where it clears it
    shape = [(100, 150.0), (150, 110.0), (150, 149.0), (40, 170.0)]
    up = rally("2015-01-01", shape)
    turns = stage_turns(StageLevel(Stage("UP"), up, SESSIONS), BreakoutParams())
    assert len(turns) == 1 and up[turns[0].date] > 150 and up[: turns[0].date].iloc[-2] <= 150
    spread = 1.0 / up  # a spread falling to a new low after a year: the inverted stage turns
    level = stage_level(Stage("SPREAD", True), series_of(spread))
    assert [t.date for t in stage_turns(level, BreakoutParams())] == [turns[0].date]


def test_a_weekly_stage_turns_on_the_session_its_value_came_out():
    daily = rally("2015-01-01", [(100, 150.0), (150, 110.0), (150, 149.0), (40, 170.0)])
    weekly = daily[daily.index.day_of_week == 4]
    turns = stage_turns(StageLevel(Stage("W"), weekly, WEEKLY), BreakoutParams())
    assert len(turns) == 1 and turns[0].date.day_of_week == 4


# --- cycles ------------------------------------------------------------------------------


def test_cycles_mark_turns_in_order_out_of_order_missing_and_without_data():
    days = pd.bdate_range("2015-01-01", "2021-12-31")
    full = pd.Series(1.0, index=days)
    late = full["2019-01-01":]
    spans = (("A", full), ("B", full), ("C", late), ("D", full), ("E", full))
    levels = [StageLevel(Stage(name), span, SESSIONS) for name, span in spans]
    t = pd.Timestamp
    turns = [
        [Turn(t("2016-03-01"), 1.0)],
        [Turn(t("2016-02-01"), 1.0), Turn(t("2016-05-02"), 1.0)],
        [],
        [Turn(t("2016-04-01"), 1.0)],
        [],
    ]
    anchors = [(t("2016-06-01"), True)]
    table = cycles_table(levels, turns, anchors, t("2021-12-31"))
    cycle = table[0]
    statuses = [(s.status, s.days_after) for s in cycle.stages]
    assert statuses == [
        (TURNED, None),
        (TURNED, 62),
        (NO_DATA, None),
        (BEFORE, -31),
        (NO_TURN, None),
    ]
    assert cycle.broke_at.label == "D" and cycle.held is True
    now = table[-1]
    assert now.kind == "now" and now.start == t("2020-12-31")
    assert [s.status for s in now.stages] == [NO_TURN] * 5
