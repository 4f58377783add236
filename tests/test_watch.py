"""The breakout watch (``models.replay.watch``): the trigger read one session ahead agrees
with the detector, the volume it needs, the base rate against a plain count, the fan and
its nearest cycle."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

from models.analysis.breakout_params import BreakoutParams
from models.analysis.breakouts import detect_breakouts, next_trigger, next_volume_need
from models.market.instruments import load_catalogue
from models.market.series import MarketSeries, Provenance
from models.replay.cycle_fan import FAN_DAYS, MIN_COMPARE_DAYS, cycle_fan
from models.replay.watch import rule_params, watch
from models.session.session import Session
from tests.analytics_synth import breakout_market, frame_from_closes

CATALOGUE = load_catalogue()
RULES = [
    BreakoutParams(cooldown_sessions=0),
    BreakoutParams(rule="ath_drought", drought_sessions=20, cooldown_sessions=0),
    BreakoutParams(rule="n_day_high", n_days=30, min_pct=1.0, cooldown_sessions=0),
    BreakoutParams(rule="level", level=100.0, cooldown_sessions=0),
]


def _series(symbol: str, frame: pd.DataFrame) -> MarketSeries:
    codes = np.full(len(frame), int(Provenance.IMPORTED), dtype=np.uint8)
    instrument = CATALOGUE.resolve(symbol)
    return MarketSeries(instrument, "1d", frame, codes, instrument.source)


def _walk(seed: int, sessions: int = 400) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    dates = pd.bdate_range("2015-01-01", periods=sessions)
    closes = 100 * np.exp(np.cumsum(rng.normal(0, 0.015, sessions)))
    return frame_from_closes(dates, closes, rng.lognormal(13, 0.3, sessions))


def _fires(frame: pd.DataFrame, params: BreakoutParams, close: float) -> bool:
    """Whether the detector fires on one more session closing at ``close``."""
    day = frame.index[-1] + pd.offsets.BDay(1)
    more = pd.concat([frame, frame_from_closes([day], [close], [frame["volume"].iloc[-1]])])
    return any(e.date == day for e in detect_breakouts(more, params).events)


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("params", RULES, ids=lambda p: f"{p.rule}-{p.drought_sessions}")
def test_the_trigger_is_where_the_detector_fires_one_session_ahead(seed, params):
    frame = _walk(seed).iloc[: 150 + 40 * seed]
    trigger = next_trigger(frame, params)
    if not trigger.armed:  # no close, however high, fires
        assert not _fires(frame, params, frame["close"].max() * 100)
        return
    low, high = trigger.level * (1 - 1e-9), trigger.level * (1 + 1e-9)
    assert _fires(frame, params, high)
    assert not _fires(frame, params, low)
    assert _fires(frame, params, trigger.level) == trigger.inclusive


def test_an_ath_drought_arms_after_its_drought_and_a_level_after_a_close_below():
    closes = np.concatenate([np.linspace(90, 110, 30), np.full(10, 100.0)])
    frame = frame_from_closes(pd.bdate_range("2020-01-01", periods=len(closes)), closes)
    trigger = next_trigger(frame, BreakoutParams(drought_sessions=15))
    assert trigger.level == pytest.approx(110) and not trigger.armed
    assert trigger.sessions_to_arm == 15 - 11  # the high was 11 sessions before the next
    above = next_trigger(frame, BreakoutParams(rule="level", level=95.0))
    assert not above.armed and above.sessions_to_arm is None
    assert next_trigger(frame, BreakoutParams(rule="level", level=105.0)).armed


def test_the_volume_needed_is_the_threshold_of_the_next_session():
    frame = _walk(3)
    params = BreakoutParams(volume_mult=1.5, volume_avg_sessions=50)
    need = next_volume_need(frame, params)
    day = frame.index[-1] + pd.offsets.BDay(1)
    more = pd.concat([frame, frame_from_closes([day], [1.0], [1.0])])
    assert need.needed == pytest.approx(detect_breakouts(more, params).volume_threshold.iloc[-1])
    assert need.needed == pytest.approx(1.5 * frame["volume"].iloc[-50:].mean())
    assert need.source == "own" and need.last == frame["volume"].iloc[-1]
    no_volume = frame.assign(volume=np.nan)
    proxy = frame["volume"] * 2
    from_proxy = next_volume_need(no_volume, params, proxy, "IWM")
    assert from_proxy.source == "IWM" and from_proxy.needed == pytest.approx(2 * need.needed)
    assert np.isnan(next_volume_need(no_volume, params).needed)


def _market(jump: float = 0.3):
    equity, crypto, dates = breakout_market(seed=8, cycles=6, jump=jump)
    session = Session(_series("^RUT", equity), [_series("BTC-USD", crypto)], "import")
    return session, dates


def test_the_watch_on_the_session_of_a_breakout_and_the_day_before():
    session, dates = _market()
    params = BreakoutParams()
    day = dates[3]
    before = watch(session, params, day - pd.offsets.BDay(1), draws=99)
    assert not before.triggered and before.standing.trigger.armed
    close = before.standing.close
    expected = 100 * (before.standing.trigger.level - close) / close
    assert before.standing.distance_pct == pytest.approx(expected)
    on = watch(session, params, day, draws=99)
    assert on.triggered and on.standing.distance_pct == 0.0
    assert on.last_breakout.event.date == day and on.last_breakout.verdict == "pending"
    assert on.last_breakout.days_since == 0 and on.last_breakout.sessions_since == 0
    later = watch(session, params, day + pd.Timedelta(days=94), draws=99)
    assert later.last_breakout.verdict == "held" and later.last_breakout.days_since == 94
    assert later.fan.you_are_here() == f"you are here: day 94 of the {day:%Y-%m-%d} breakout (held)"
    assert [c.date for c in later.fan.cycles] == list(dates[:3])


def test_the_base_rate_counts_what_a_plain_loop_counts():
    session, dates = _market()
    state = watch(session, BreakoutParams(), draws=199)
    crypto = session.crypto[0].frame["close"]
    events = list(state.base_rate.study.table["date"])
    assert events == list(dates)
    rows = {r.horizon: r for r in state.base_rate.study.horizon_rows()}
    for horizon in (30, 90, 180):
        rose, n = 0, 0
        for date in dates:
            later = date + pd.Timedelta(days=horizon)
            if later in crypto.index:
                n += 1
                rose += crypto[later] > crypto[date]
        assert rows[horizon].n == n and rows[horizon].hit_rate == pytest.approx(rose / n)
        every = crypto.to_numpy()
        base = (every[horizon:] > every[:-horizon]).mean()
        assert rows[horizon].baseline_share_up == pytest.approx(base)
    assert state.base_rate.n == len(dates) and state.base_rate.is_anecdote


def test_the_equity_as_its_own_target_reads_friday_on_a_weekend():
    session, dates = _market()
    alone = replace(session, crypto=[])
    state = watch(alone, BreakoutParams(), draws=99)
    assert state.base_rate.target == "^RUT"
    row = {r.horizon: r for r in state.base_rate.study.horizon_rows()}
    assert row[30].n == len(dates)  # no breakout lost to a horizon ending on a weekend


def test_the_nearest_cycle_is_the_one_whose_path_this_one_follows():
    days = pd.date_range("2016-01-01", periods=1500, freq="D")
    rng = np.random.default_rng(2)
    shape = np.cumsum(rng.normal(0, 0.02, 400))
    log_close = np.cumsum(rng.normal(0, 0.02, len(days)))
    starts = [100, 500, 900, 1300]  # day 1300 is the current cycle, following 500's shape
    for start, scale in zip(starts, (-1.0, 1.0, 0.3, 1.0), strict=True):
        span = min(400, len(days) - start)
        log_close[start : start + span] = log_close[start] + scale * shape[:span]
    closes = pd.Series(100 * np.exp(log_close), index=days)
    events = [_event(days[s]) for s in starts]
    now = days[1300 + 60]
    fan = cycle_fan(closes, events, now)
    assert fan.day == 60 and fan.anchor == days[1300]
    assert fan.nearest.date == days[500] and fan.nearest.gap < 1e-9
    assert fan.nearest.days_compared == 60
    assert len(fan.days) == FAN_DAYS + 1 and len(fan.current) == 61
    early = cycle_fan(closes, events, days[1300 + MIN_COMPARE_DAYS - 1])
    assert early.nearest is None  # too early to name one
    assert all(np.isnan(c.path[61:]).all() for c in fan.cycles if c.date == days[1300])


def _event(date):
    from models.analysis.breakouts import BreakoutEvent

    return BreakoutEvent(date, "level", 1.0, 1.0, 2.0, "own", True, True, date, date)


def test_one_watch_per_rule_the_level_only_when_set():
    assert [p.rule for p in rule_params(BreakoutParams())] == ["ath_drought", "n_day_high"]
    rules = rule_params(BreakoutParams(level=2600.0, hold_sessions=7))
    assert [p.rule for p in rules] == ["ath_drought", "n_day_high", "level"]
    assert all(p.hold_sessions == 7 for p in rules)
