"""Breakout detection on an equity index: rules, volume confirmation, hold, bands.

Why the defaults are what they are (``BreakoutParams()``):

* ``rule="ath_drought"``, ``drought_sessions=252``: the thesis is about an index that
  has gone a year (252 sessions) without a record and then breaks its old high. A
  shorter drought turns every leg of a bull market into an "event"; a longer one
  misses breakouts such as November 2016 (17 months after the June 2015 record).
  On the Russell 2000 since 2000 this gives April 2004, April 2011, January 2013,
  November 2016, November 2020 and September 2025: the cycles the thesis cites
  plus a handful of others.
* ``n_days=252``, ``min_pct=1.0`` for the N-day-high rule: a one-year high cleared by
  1% filters out closes that only touch the old high.
* ``volume_mult=1.5`` over a ``volume_avg_sessions=50`` average, within
  ``volume_window=3`` sessions from the breakout: "real volume" is a day well above
  the recent norm; three sessions allow for a breakout that the crowd joins a day late.
* ``hold_sessions=5``: a close above the level for a full trading week separates a
  breakout from a one-day poke above it.
* ``cooldown_sessions=63`` (a quarter): signals closer than that are one event.
* ``band_margin_pct=5.0``, ``band_horizon_sessions=252``: the run ends when the index
  falls 5% below the level it broke (noise is smaller) or after a year.

Index volume from Yahoo can be missing or zero. Where the equity's own volume is
missing or zero around an event, a proxy (IWM for the Russell 2000) is used when
given, and every event says which volume it used.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from models.analysis.breakout_params import RULES, BreakoutParams
from models.errors import InvalidParameter

#: ``volume_source`` when no usable volume exists for an event
NO_VOLUME = "none"
#: ``volume_source`` when the equity's own volume was used
OWN_VOLUME = "own"


@dataclass(frozen=True)
class BreakoutEvent:
    """One breakout: when, by which rule, above which level, and how it went.

    ``volume_ratio`` is the highest volume / average in the confirmation window (NaN
    when no usable volume); ``volume_source`` names the volume used (``own``, the
    proxy's label, or ``none``). ``confirmed`` is False for a failed breakout and
    for one too recent to judge, which has ``pending`` True. ``band_start`` and
    ``band_end`` delimit the run for the chart to shade.
    """

    date: pd.Timestamp
    rule: str
    level: float
    close: float
    volume_ratio: float
    volume_source: str
    volume_confirmed: bool
    confirmed: bool
    band_start: pd.Timestamp
    band_end: pd.Timestamp
    pending: bool = False
    merged_signals: int = 1


@dataclass
class BreakoutResult:
    """The events plus the lines the chart draws beside them.

    ``ath`` is the running all-time-high close; ``volume_threshold`` is
    ``volume_mult`` x the average of the volume used (own or proxy) on each session;
    ``volume`` that volume itself; ``volume_source`` names it (``own``, the proxy
    label, ``mixed`` or ``none``).
    """

    events: list[BreakoutEvent]
    volume_source: str
    ath: pd.Series
    volume_threshold: pd.Series
    params: BreakoutParams
    volume: pd.Series = field(default_factory=lambda: pd.Series(dtype="float64"))


def verdict(event: BreakoutEvent) -> str:
    """'held', 'failed' or 'pending' (its hold needs sessions not there yet): the words
    the window, the table and the command line use."""
    return "pending" if event.pending else ("held" if event.confirmed else "failed")


def detect_breakouts(
    equity: pd.DataFrame,
    params: BreakoutParams = BreakoutParams(),
    proxy_volume: pd.Series | None = None,
    proxy_label: str = "",
) -> BreakoutResult:
    """Find breakouts in a daily equity frame under ``params``.

    ``proxy_volume`` (indexed by session date) stands in where the equity's own
    volume is missing or zero; ``proxy_label`` names it (e.g. ``IWM``). Rows with no
    close are skipped, never filled. Raises ``InvalidParameter`` for bad parameters.
    """
    check_params(params)
    frame = equity.loc[equity["close"].notna()]
    close = frame["close"].to_numpy(dtype="float64")
    dates = pd.DatetimeIndex(frame.index)
    own = _usable(frame["volume"].to_numpy(dtype="float64"))
    proxy = _proxy_on(dates, proxy_volume)
    label = proxy_label or "proxy"
    signals, levels = _signals(close, params)
    positions, merged = _merge(signals, params.cooldown_sessions)
    volumes = _VolumeRatios(own, proxy, label, params)
    events = [
        _event(dates, close, int(p), float(levels[p]), int(m), volumes, params)
        for p, m in zip(signals[positions], merged, strict=True)
    ]
    chart_volume, chart_source = volumes.for_chart()
    threshold = params.volume_mult * _trailing_mean(chart_volume, params.volume_avg_sessions)
    return BreakoutResult(
        events,
        _summary_source([e.volume_source for e in events], chart_source),
        pd.Series(np.maximum.accumulate(close), index=dates, name="ath"),
        pd.Series(threshold, index=dates, name="volume_threshold"),
        params,
        pd.Series(chart_volume, index=dates, name="volume"),
    )


def check_params(params: BreakoutParams) -> None:
    """Raise ``InvalidParameter`` for a rule or a value the detector cannot use."""
    if params.rule not in RULES:
        raise InvalidParameter(f"Unknown breakout rule {params.rule!r}; use one of {RULES}.")
    if params.rule == "level" and not (params.level and params.level > 0):
        raise InvalidParameter("The level rule needs a positive level (for example 2600).")
    positive = {
        "drought_sessions": params.drought_sessions,
        "n_days": params.n_days,
        "volume_window": params.volume_window,
        "volume_avg_sessions": params.volume_avg_sessions,
        "band_horizon_sessions": params.band_horizon_sessions,
        "volume_mult": params.volume_mult,
    }
    not_negative = {
        "min_pct": params.min_pct,
        "hold_sessions": params.hold_sessions,
        "cooldown_sessions": params.cooldown_sessions,
        "band_margin_pct": params.band_margin_pct,
    }
    for name, value in positive.items():
        if not value > 0:
            raise InvalidParameter(f"Breakout parameter {name} must be positive, not {value}.")
    for name, value in not_negative.items():
        if not value >= 0:
            raise InvalidParameter(f"Breakout parameter {name} cannot be negative ({value}).")


def _usable(volume: np.ndarray) -> np.ndarray:
    """Volume with missing and zero bars as NaN (Yahoo reports 0 for 'unknown')."""
    return np.where(np.isfinite(volume) & (volume > 0), volume, np.nan)


def _proxy_on(dates: pd.DatetimeIndex, proxy: pd.Series | None) -> np.ndarray | None:
    if proxy is None or len(proxy) == 0:
        return None
    series = proxy[~proxy.index.duplicated(keep="last")]
    return _usable(series.reindex(dates).to_numpy(dtype="float64"))


def _signals(close: np.ndarray, params: BreakoutParams) -> tuple[np.ndarray, np.ndarray]:
    """Positions where the rule fires and the level broken at each position."""
    if params.rule == "ath_drought":
        return _ath_signals(close, params.drought_sessions)
    if params.rule == "n_day_high":
        return _n_day_signals(close, params.n_days, params.min_pct)
    level = float(params.level)
    above = close > level
    fired = np.flatnonzero(above[1:] & ~above[:-1]) + 1
    return fired, np.full(len(close), level)


def _ath_signals(close: np.ndarray, drought: int) -> tuple[np.ndarray, np.ndarray]:
    prior_high = np.concatenate([[np.inf], np.maximum.accumulate(close)[:-1]])
    at_high = close >= np.maximum.accumulate(close)
    last_high = np.maximum.accumulate(np.where(at_high, np.arange(len(close)), 0))
    prior_high_at = np.concatenate([[0], last_high[:-1]])
    since = np.arange(len(close)) - prior_high_at
    fired = np.flatnonzero((close > prior_high) & (since >= drought))
    return fired, prior_high


def _n_day_signals(close: np.ndarray, n_days: int, min_pct: float):
    prior = pd.Series(close).shift(1).rolling(n_days, min_periods=n_days).max().to_numpy()
    with np.errstate(invalid="ignore"):
        fired = np.flatnonzero(close >= prior * (1 + min_pct / 100.0))
    return fired, prior


def _merge(signals: np.ndarray, cooldown: int) -> tuple[np.ndarray, np.ndarray]:
    """Indices into ``signals`` that start an event, and how many signals each absorbs.

    A signal within ``cooldown`` sessions of the previous signal joins its event, so
    a run of new highs is one event however long it lasts.
    """
    if len(signals) == 0:
        return np.empty(0, dtype=int), np.empty(0, dtype=int)
    starts = np.flatnonzero(np.diff(signals, prepend=-(10**12)) > cooldown)
    counts = np.diff(np.append(starts, len(signals)))
    return starts, counts


def _trailing_mean(volume: np.ndarray, sessions: int) -> np.ndarray:
    """Mean of the usable volume over the ``sessions`` before each day (today excluded)."""
    series = pd.Series(volume).shift(1)
    return series.rolling(sessions, min_periods=max(1, sessions // 2)).mean().to_numpy()


class _VolumeRatios:
    """Volume / trailing average, from the equity's own volume or the proxy."""

    def __init__(self, own, proxy, label, params: BreakoutParams) -> None:
        self.params = params
        self.label = label
        self.own, self.proxy = own, proxy
        self.own_ratio = own / _trailing_mean(own, params.volume_avg_sessions)
        self.proxy_ratio = (
            None if proxy is None else proxy / _trailing_mean(proxy, params.volume_avg_sessions)
        )

    def at(self, position: int) -> tuple[float, str]:
        """Highest ratio in the confirmation window from ``position`` and its source."""
        window = slice(position, position + self.params.volume_window)
        if np.isfinite(self.own_ratio[window]).any():
            return float(np.nanmax(self.own_ratio[window])), OWN_VOLUME
        if self.proxy_ratio is not None and np.isfinite(self.proxy_ratio[window]).any():
            return float(np.nanmax(self.proxy_ratio[window])), self.label
        return float("nan"), NO_VOLUME

    def for_chart(self) -> tuple[np.ndarray, str]:
        """The volume the chart should show: own unless most of it is missing."""
        own_share = np.isfinite(self.own).mean() if len(self.own) else 0.0
        if own_share >= 0.8 or self.proxy is None:
            return self.own, OWN_VOLUME if own_share > 0 else NO_VOLUME
        return np.where(np.isfinite(self.own), self.own, self.proxy), self.label


def _event(dates, close, position, level, merged, volumes, params) -> BreakoutEvent:
    ratio, source = volumes.at(position)
    after = close[position + 1 : position + 1 + params.hold_sessions]
    failed = bool((after <= level).any())
    pending = not failed and len(after) < params.hold_sessions
    return BreakoutEvent(
        date=dates[position],
        rule=params.rule,
        level=level,
        close=float(close[position]),
        volume_ratio=ratio,
        volume_source=source,
        volume_confirmed=bool(np.isfinite(ratio) and ratio >= params.volume_mult),
        confirmed=not failed and not pending,
        band_start=dates[position],
        band_end=dates[_band_end(close, position, level, params)],
        pending=pending,
        merged_signals=merged,
    )


def _band_end(close, position: int, level: float, params: BreakoutParams) -> int:
    """Where the run ends: the first close below the level by the margin, or the horizon."""
    last = min(len(close) - 1, position + params.band_horizon_sessions)
    floor = level * (1 - params.band_margin_pct / 100.0)
    below = np.flatnonzero(close[position + 1 : last + 1] < floor)
    return position + 1 + int(below[0]) if len(below) else last


@dataclass(frozen=True)
class NextTrigger:
    """What the rule asks of the session after the last one to fire.

    A close above ``level`` (``inclusive``: at or above, the N-day high's "by at least
    min_pct") fires when ``armed``. Not armed: the drought of ``ath_drought`` is not
    over (``sessions_to_arm`` more sessions without a new high), the close is already
    above the ``level`` rule's level (it needs a close at or below first:
    ``sessions_to_arm`` is None), or ``n_day_high`` has fewer than ``n_days`` sessions
    (``level`` NaN).
    """

    level: float
    inclusive: bool
    armed: bool
    sessions_to_arm: int | None


def next_trigger(equity: pd.DataFrame, params: BreakoutParams) -> NextTrigger:
    """The trigger of the session after ``equity``'s last, as ``detect_breakouts`` would
    judge it (the same rules, read one session ahead)."""
    check_params(params)
    close = equity["close"].dropna().to_numpy(dtype="float64")
    if params.rule == "ath_drought":
        at_high = close >= np.maximum.accumulate(close)
        since = len(close) - int(np.flatnonzero(at_high)[-1])
        wait = max(0, params.drought_sessions - since)
        return NextTrigger(float(close.max()), False, wait == 0, wait)
    if params.rule == "n_day_high":
        if len(close) < params.n_days:
            return NextTrigger(float("nan"), True, False, params.n_days - len(close))
        high = float(close[-params.n_days :].max()) * (1 + params.min_pct / 100.0)
        return NextTrigger(high, True, True, 0)
    level = float(params.level)
    below = bool(close[-1] <= level)
    return NextTrigger(level, False, below, 0 if below else None)


@dataclass(frozen=True)
class VolumeNeed:
    """The volume a breakout on the next session needs: ``volume_mult`` x the average of
    the last ``volume_avg_sessions`` sessions' volume (``needed``; NaN without usable
    volume), from ``source`` (``own``, the proxy's label or ``none``), beside the last
    session's volume and its ratio to the average before it."""

    needed: float
    source: str
    last: float
    last_ratio: float


def next_volume_need(
    equity: pd.DataFrame,
    params: BreakoutParams,
    proxy_volume: pd.Series | None = None,
    proxy_label: str = "",
) -> VolumeNeed:
    """What volume confirms a breakout on the session after ``equity``'s last: the
    equity's own when its average has some, else the proxy's (``detect_breakouts``'
    order)."""
    frame = equity.loc[equity["close"].notna()]
    own = _usable(frame["volume"].to_numpy(dtype="float64"))
    proxy = _proxy_on(pd.DatetimeIndex(frame.index), proxy_volume)
    for volume, source in ((own, OWN_VOLUME), (proxy, proxy_label or "proxy")):
        if volume is None:
            continue
        average = _trailing_mean(np.append(volume, np.nan), params.volume_avg_sessions)
        if np.isfinite(average[-1]):
            ratio = volume[-1] / average[-2] if len(volume) > 1 else float("nan")
            return VolumeNeed(params.volume_mult * average[-1], source, volume[-1], ratio)
    return VolumeNeed(float("nan"), NO_VOLUME, float("nan"), float("nan"))


def _summary_source(sources: list[str], chart_source: str) -> str:
    distinct = sorted(set(sources))
    if not distinct:
        return chart_source
    return distinct[0] if len(distinct) == 1 else "mixed"
