"""Breakout rules on planted series (classified exactly) and on the real Russell 2000."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from models.analysis.breakouts import BreakoutParams, detect_breakouts
from models.errors import InvalidParameter
from tests.analytics_synth import frame_from_closes

DROUGHT = BreakoutParams().drought_sessions


def _sessions(n: int) -> pd.DatetimeIndex:
    return pd.bdate_range("2000-01-03", periods=n, name="date")


def _planted_cycles():
    """ATH 120 at session 49; a drought; a held breakout with volume at ``first``;
    another drought; a failed breakout without volume at ``second``."""
    up = np.linspace(100, 120, 50)
    drought = np.full(300, 95.0)
    held = np.concatenate([[121.0], np.linspace(122, 130, 20)])
    second_drought = np.full(300, 110.0)
    failed = np.concatenate([[131.0], [131.5], [129.0], np.full(40, 118.0)])
    closes = np.concatenate([up, drought, held, second_drought, failed])
    volume = np.full(len(closes), 1e6)
    first = 350
    second = first + len(held) + 300
    volume[first] = 3e6
    return closes, volume, first, second


def test_planted_breakouts_are_found_and_classified_exactly():
    closes, volume, first, second = _planted_cycles()
    dates = _sessions(len(closes))
    result = detect_breakouts(frame_from_closes(dates, closes, volume))
    assert [e.date for e in result.events] == [dates[first], dates[second]]
    held, failed = result.events
    assert (held.level, held.close, held.volume_ratio) == (120.0, 121.0, 3.0)
    assert held.confirmed and held.volume_confirmed and held.volume_source == "own"
    assert failed.level == 130.0 and not failed.confirmed and not failed.pending
    assert failed.volume_ratio == 1.0 and not failed.volume_confirmed
    assert result.volume_source == "own"


def test_bands_run_until_the_close_falls_below_the_level_by_the_margin():
    closes, volume, first, second = _planted_cycles()
    dates = _sessions(len(closes))
    held, failed = detect_breakouts(frame_from_closes(dates, closes, volume)).events
    assert held.band_start == dates[first]
    assert held.band_end == dates[first + 21]  # the drop to 110 (< 120 x 0.95)
    assert failed.band_end == dates[second + 3]  # 118 < 130 x 0.95
    short = BreakoutParams(band_margin_pct=50.0, band_horizon_sessions=10)
    held_short = detect_breakouts(frame_from_closes(dates, closes, volume), short).events[0]
    assert held_short.band_end == dates[first + 10]


def test_nothing_is_found_in_a_series_that_never_makes_a_new_high():
    rng = np.random.default_rng(1)
    closes = 200 * np.exp(np.cumsum(-0.001 + 0.002 * rng.standard_normal(3000)))
    closes = np.minimum(closes, closes[0] - 1e-9)
    closes[0] += 1.0
    dates = _sessions(len(closes))
    for rule in ("ath_drought", "n_day_high"):
        assert detect_breakouts(frame_from_closes(dates, closes), BreakoutParams(rule)).events == []


def test_a_new_high_before_the_drought_is_over_is_not_a_breakout():
    closes = np.concatenate([np.linspace(100, 120, 50), np.full(DROUGHT - 10, 110.0), [125.0]])
    result = detect_breakouts(frame_from_closes(_sessions(len(closes)), closes))
    assert result.events == []
    assert result.ath.iloc[-1] == 125.0 and result.ath.iloc[60] == 120.0


def test_volume_in_the_window_after_the_breakout_confirms_it():
    closes, volume, first, _ = _planted_cycles()
    volume[first], volume[first + 2] = 1e6, 2e6
    dates = _sessions(len(closes))
    event = detect_breakouts(frame_from_closes(dates, closes, volume)).events[0]
    assert event.volume_ratio == 2.0 and event.volume_confirmed
    narrow = BreakoutParams(volume_window=1)
    event = detect_breakouts(frame_from_closes(dates, closes, volume), narrow).events[0]
    assert event.volume_ratio == 1.0 and not event.volume_confirmed


def test_missing_or_zero_index_volume_falls_back_to_the_proxy_and_says_so():
    closes, _, first, _ = _planted_cycles()
    dates = _sessions(len(closes))
    zero_volume = np.zeros(len(closes))
    proxy = pd.Series(np.full(len(closes), 5e5), index=dates)
    proxy.iloc[first] = 2e6
    result = detect_breakouts(
        frame_from_closes(dates, closes, zero_volume), proxy_volume=proxy, proxy_label="IWM"
    )
    held = result.events[0]
    assert held.volume_source == "IWM" and held.volume_ratio == 4.0 and held.volume_confirmed
    assert result.volume_source == "IWM"
    assert result.volume.iloc[first] == 2e6
    assert result.volume_threshold.iloc[first + 1] == pytest.approx(1.5 * (49 * 5e5 + 2e6) / 50)


def test_without_any_volume_the_event_says_none():
    closes, _, _, _ = _planted_cycles()
    dates = _sessions(len(closes))
    volume = np.full(len(closes), np.nan)
    result = detect_breakouts(frame_from_closes(dates, closes, volume))
    assert all(e.volume_source == "none" and np.isnan(e.volume_ratio) for e in result.events)
    assert not any(e.volume_confirmed for e in result.events)
    assert result.volume_source == "none"


def test_own_volume_missing_only_around_one_event_uses_the_proxy_there_only():
    closes, volume, _, second = _planted_cycles()
    dates = _sessions(len(closes))
    volume[second - 5 : second + 5] = 0.0
    proxy = pd.Series(np.full(len(closes), 7e5), index=dates)
    result = detect_breakouts(
        frame_from_closes(dates, closes, volume), proxy_volume=proxy, proxy_label="IWM"
    )
    assert [e.volume_source for e in result.events] == ["own", "IWM"]
    assert result.volume_source == "mixed"


def test_a_breakout_at_the_end_of_the_data_is_pending():
    closes = np.concatenate([np.linspace(100, 120, 50), np.full(DROUGHT, 110.0), [121.0, 122.0]])
    event = detect_breakouts(frame_from_closes(_sessions(len(closes)), closes)).events[0]
    assert event.pending and not event.confirmed


def test_n_day_high_signals_in_a_run_merge_into_one_event():
    flat = np.full(300, 100.0)
    run = 100 * 1.02 ** np.arange(1, 31)  # 30 sessions, each 2% above the last
    later = np.concatenate([np.full(80, 95.0), [run[-1] * 1.05]])  # within 100 sessions
    closes = np.concatenate([flat, run, later])
    dates = _sessions(len(closes))
    params = BreakoutParams(rule="n_day_high", n_days=100, min_pct=1.0)
    events = detect_breakouts(frame_from_closes(dates, closes), params).events
    assert [e.date for e in events] == [dates[300], dates[410]]
    assert events[0].merged_signals == 30 and events[0].level == 100.0
    assert events[1].level == pytest.approx(run[-1])
    stricter = BreakoutParams(rule="n_day_high", n_days=100, min_pct=3.0)
    assert [
        e.date for e in detect_breakouts(frame_from_closes(dates, closes), stricter).events
    ] == [dates[410]]


def test_level_rule_crossings_and_cooldown():
    closes = np.concatenate(
        [
            np.full(10, 2500.0),
            [2610.0],
            np.full(20, 2550.0),
            [2620.0],
            np.full(100, 2500.0),
            [2650.0],
            np.full(10, 2700.0),
        ]
    )
    dates = _sessions(len(closes))
    params = BreakoutParams(rule="level", level=2600.0, cooldown_sessions=63)
    events = detect_breakouts(frame_from_closes(dates, closes), params).events
    assert [e.date for e in events] == [dates[10], dates[132]]
    assert events[0].merged_signals == 2 and not events[0].confirmed
    assert events[1].confirmed and events[1].level == 2600.0


def test_nan_closes_are_skipped_not_filled():
    closes, volume, first, _ = _planted_cycles()
    closes[100:110] = np.nan
    dates = _sessions(len(closes))
    events = detect_breakouts(frame_from_closes(dates, closes, volume)).events
    assert events[0].date == dates[first]


@pytest.mark.parametrize(
    "params",
    [
        BreakoutParams(rule="triangle"),
        BreakoutParams(rule="level"),
        BreakoutParams(drought_sessions=0),
        BreakoutParams(volume_mult=-1.0),
        BreakoutParams(hold_sessions=-1),
    ],
)
def test_bad_parameters_are_refused(params):
    closes, volume, _, _ = _planted_cycles()
    with pytest.raises(InvalidParameter):
        detect_breakouts(frame_from_closes(_sessions(len(closes)), closes, volume), params)


def test_the_demo_series_planted_breakouts_are_found():
    from models.market.demo import demo_bundle, demo_truth

    truth = demo_truth()
    events = detect_breakouts(demo_bundle().equity.frame).events
    assert [e.date for e in events] == [b.date for b in truth.breakouts]
    assert [e.confirmed for e in events] == [b.held for b in truth.breakouts]
    assert all(e.volume_confirmed for e in events)


# --- the real Russell 2000 --------------------------------------------------------------


def _read(path) -> pd.DataFrame:
    frame = pd.read_csv(path, index_col="date", parse_dates=True)
    return frame.astype("float64")


@pytest.mark.realdata
def test_default_rules_find_the_cycles_on_the_real_russell_2000(shared_data):
    rut = _read(shared_data / "index" / "rut_daily.csv")
    iwm = _read(shared_data / "index" / "iwm_daily_adjusted.csv")
    events = detect_breakouts(rut, proxy_volume=iwm["volume"], proxy_label="IWM").events
    since_2000 = [e for e in events if e.date.year >= 2000]
    years = [e.date.year for e in since_2000]

    def in_cycle(first, last):
        return [e for e in since_2000 if first <= e.date.year <= last]

    assert in_cycle(2016, 2017) and in_cycle(2020, 2021) and in_cycle(2025, 2026)
    cycles = {e.date for c in ((2016, 2017), (2020, 2021), (2025, 2026)) for e in in_cycle(*c)}
    others = [e for e in since_2000 if e.date not in cycles]
    assert len(others) <= 4, years  # a handful
    record = in_cycle(2025, 2026)[0]
    # PROVENANCE.md: the 2021 record close 2,442.74 (2021-11-08) was first exceeded 2025-09-18
    assert record.date == pd.Timestamp("2025-09-18") and record.level == pytest.approx(2442.74)


@pytest.mark.realdata
def test_level_rule_finds_the_first_close_above_2600(shared_data):
    rut = _read(shared_data / "index" / "rut_daily.csv")
    params = BreakoutParams(rule="level", level=2600.0)
    assert detect_breakouts(rut, params).events[0].date == pd.Timestamp("2026-01-08")
