"""The statistics behind the window, computed off the GUI thread (no Qt here).

``prepare`` turns a loaded session into everything the chart and the panels need at
lag 0 (aligned pairs, the fast per-lag statistics, breakouts); ``cross_correlation_for``
and ``event_study_for`` are the heavier jobs the controller debounces. All functions
are pure: they take the prepared data and return new values.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

# numpy 2 imports numpy.fft lazily on first use. Two workers making that first use at
# once (the CCF of one session and of the next) crashed the process or deadlocked on the
# import lock in tests/app; importing it here, on the GUI thread at start-up, costs 1 ms.
import numpy.fft
import pandas as pd

from models.analysis.align import (
    AlignedPair,
    align,
    daily_closes,
    day_numbers,
    dense_daily,
    lookup_days,
)
from models.analysis.breakouts import NO_VOLUME, BreakoutParams, BreakoutResult, detect_breakouts
from models.analysis.leadlag import CcfResult, LagStatsCache, cross_correlation
from models.analysis.normalise import anchor_value, normalise
from models.errors import DataError
from models.session.session import Session
from models.vocabulary import LAG_LIMIT_DAYS, ROLLING_WINDOW, SERIES_COLOURS

POLICY = "sessions"
#: the volume pane's label when neither the equity's own volume nor a proxy is usable
NO_VOLUME_TEXT = "no usable volume"


@dataclass(frozen=True)
class OverlayData:
    """One crypto series' raw closes on its own dates, ready to be put on a scale."""

    key: str
    label: str
    dates: pd.DatetimeIndex
    close: np.ndarray
    colour: str
    is_demo: bool


@dataclass
class Prepared:
    """A session made chartable: raw overlays, aligned pairs, fast lag stats, breakouts."""

    session: Session
    overlays: list[OverlayData]
    pairs: dict[str, AlignedPair]
    stats: LagStatsCache | None
    breakouts: BreakoutResult
    anchor_date: pd.Timestamp
    warnings: list[str] = field(default_factory=list)
    #: the primary crypto's closes on a gap-free daily grid (first day number, values),
    #: so the breakout table's return at the current lag is a lookup on each slider step
    primary_grid: tuple[int, np.ndarray] | None = None

    @property
    def primary_key(self) -> str | None:
        """The crypto series the statistics are about (the first one that aligned)."""
        return next(iter(self.pairs), None)

    @property
    def subject(self) -> str:
        """What the statistics compare, e.g. ``BTC/USDT vs ^RUT`` (for titles and tooltips)."""
        equity = self.session.equity.instrument.label
        return f"{self.primary_key} vs {equity}" if self.primary_key else equity


def prepare(session: Session, params: BreakoutParams) -> Prepared:
    """Align every crypto series with the equity and detect breakouts (runs on a worker)."""
    equity = session.equity.frame
    overlays, pairs, warnings = [], {}, []
    for i, series in enumerate(session.crypto):
        key = series.instrument.label
        colour = SERIES_COLOURS[i % len(SERIES_COLOURS)]
        close = series.frame["close"].to_numpy(dtype="float64")
        overlays.append(OverlayData(key, key, series.frame.index, close, colour, series.is_demo))
        try:
            pairs[key] = align(equity, series.frame, POLICY)
        except DataError as exc:
            warnings.append(f"{key}: {exc}")
    primary = next(iter(pairs.values()), None)
    stats = LagStatsCache(primary, ROLLING_WINDOW) if primary is not None else None
    anchor = _anchor_date(equity, session)
    prepared = Prepared(session, overlays, pairs, stats, _detect(session, params), anchor, warnings)
    prepared.primary_grid = _primary_grid(prepared)
    return prepared


def redetect(prepared: Prepared, params: BreakoutParams) -> BreakoutResult:
    """Breakouts under new detector parameters (runs on a worker)."""
    return _detect(prepared.session, params)


def _detect(session: Session, params: BreakoutParams) -> BreakoutResult:
    """Breakouts with the equity's volume proxy (IWM for ^RUT) where its own volume is
    missing or zero, as the command line does; the session carries the proxy if cached."""
    proxy = getattr(session, "volume_proxy", None)
    proxy_volume = None if proxy is None else proxy.frame["volume"]
    proxy_label = "" if proxy is None else proxy.instrument.label
    result = detect_breakouts(session.equity.frame, params, proxy_volume, proxy_label)
    if result.volume_source == NO_VOLUME:
        result.volume_source = _no_volume_text(session)
    return result


def _no_volume_text(session: Session) -> str:
    """Why the volume pane is empty and what would fill it."""
    wanted = session.equity.instrument.volume_proxy
    if wanted and getattr(session, "volume_proxy", None) is None:
        return f"{NO_VOLUME_TEXT}; import {wanted} to use it as a proxy"
    return NO_VOLUME_TEXT


def _primary_grid(prepared: Prepared) -> tuple[int, np.ndarray] | None:
    crypto = primary_series(prepared)
    if crypto is None:
        return None
    closes = daily_closes(crypto.frame, "crypto").dropna()
    return dense_daily(closes) if len(closes) else None


def primary_series(prepared: Prepared):
    """The ``MarketSeries`` the statistics are about, or None."""
    key = prepared.primary_key
    return next((s for s in prepared.session.crypto if s.instrument.label == key), None)


def lag_returns(prepared: Prepared, events: list, lag_days: int) -> pd.Series:
    """The primary crypto's return between each event date and ``lag_days`` from it.

    Always forward in time, so a sign reads as a rise or a fall: ``close(t + lag) /
    close(t) - 1`` for a positive lag, and for a negative lag the move over the days
    before the event, ``close(t) / close(t + lag) - 1``. NaN where either day has no
    crypto close. A lookup on a precomputed grid: cheap enough for every slider step.
    """
    dates = pd.DatetimeIndex([pd.Timestamp(e.date) for e in events])
    grid = prepared.primary_grid
    if grid is None or not len(dates):
        return pd.Series(np.nan, index=dates, dtype="float64")
    day0, values = grid
    days = day_numbers(dates.normalize())
    at_event = lookup_days(day0, values, days)
    at_lag = lookup_days(day0, values, days + int(lag_days))
    base, later = (at_lag, at_event) if lag_days < 0 else (at_event, at_lag)
    with np.errstate(invalid="ignore", divide="ignore"):
        return pd.Series(later / base - 1.0, index=dates, dtype="float64")


def events_with_crypto(prepared: Prepared, events: list) -> list:
    """The events on or after the primary crypto's first bar (the others have no returns)."""
    grid = prepared.primary_grid
    if grid is None:
        return []
    first = pd.Timestamp(grid[0], unit="D")
    return [e for e in events if pd.Timestamp(e.date).normalize() >= first]


def cross_correlation_for(prepared: Prepared, draws: int = 1000) -> CcfResult | None:
    """Cross-correlation over ±``LAG_LIMIT_DAYS`` days with bootstrap bands (the heavy job)."""
    key = prepared.primary_key
    if key is None:
        return None
    return cross_correlation(prepared.pairs[key], max_lag=LAG_LIMIT_DAYS, draws=draws)


def event_study_for(prepared: Prepared, events: list, lag_days: int, draws: int = 1000):
    """The crypto path after breakouts, with forward returns at the current lag
    (a ``models.analysis.event_study.EventStudyResult``, or None without events after the
    crypto's first bar, the only ones it studies)."""
    from models.analysis.event_study import event_study  # needed only after the first paint

    # events before the crypto existed have no path: counting them made "10 events" of
    # two studied ones; the caller reports how many were left out
    events = events_with_crypto(prepared, events)
    crypto = primary_series(prepared)
    if crypto is None or not events:
        return None
    return event_study(crypto.frame, events, current_lag=lag_days, placebo_draws=draws)


def scaled_values(
    prepared: Prepared, scale: str, anchor_date, anchor_lag: int = 0
) -> dict[str, np.ndarray]:
    """Each overlay's closes on ``scale``, anchored at ``anchor_date + anchor_lag``.

    For ``log`` the raw prices are returned: the chart draws them on a log axis.
    """
    return {
        o.key: _on_scale(o.close, o.dates, scale, anchor_date, anchor_lag)
        for o in prepared.overlays
    }


def ghost_values(prepared: Prepared, scale: str, anchor_date, lag_days: int = 0) -> np.ndarray:
    """The equity's closes on ``scale`` (drawn faintly in the crypto pane).

    On the log scale the crypto lines are raw prices, so the equity is rebased to the
    primary crypto's price drawn at ``anchor_date`` (its close at ``anchor_date +
    lag_days``): the two meet there and their slopes (percentage moves) compare,
    instead of an index level among coin prices.
    """
    frame = prepared.session.equity.frame
    close = frame["close"].to_numpy(dtype="float64")
    if scale != "log":
        return _on_scale(close, frame.index, scale, anchor_date, 0)
    target = _primary_overlay(prepared)
    if target is None:
        return close
    base = anchor_value(close, frame.index, anchor_date)
    level = anchor_value(target.close, target.dates, anchor_date, lag_days)
    return close / base * level if base > 0 and level > 0 else close


def ghost_label(prepared: Prepared, scale: str) -> str:
    """The ghost line's legend entry: says what it is rebased to."""
    equity = prepared.session.equity.instrument.label
    target = _primary_overlay(prepared)
    if scale == "log" and target is not None:
        return f"{equity} (rebased to {target.label})"
    return f"{equity} (rebased)"


def _primary_overlay(prepared: Prepared) -> OverlayData | None:
    key = prepared.primary_key
    return next((o for o in prepared.overlays if o.key == key), None)


def common_anchor(prepared: Prepared, lag_days: int, visible_start=None) -> pd.Timestamp:
    """The one date where every indexed or percent line is based, at ``lag_days``.

    A crypto line drawn at ``t`` shows its value at ``t + lag``, so the anchor must be
    on or after ``first bar - lag`` of every crypto series (else a late series would be
    based at its own first bar, on another date than the rest), on or after the
    equity's first bar (the ghost line), and on or after ``visible_start`` once the
    user has panned (trading platforms' compare scales start at the left edge).
    """
    equity_start = prepared.session.equity.frame.index[0]
    shift = pd.Timedelta(days=int(lag_days))
    starts = [pd.Timestamp(equity_start)]
    starts += [pd.Timestamp(o.dates[0]) - shift for o in prepared.overlays if len(o.dates)]
    if visible_start is not None:
        starts.append(pd.Timestamp(visible_start).normalize())
    return max(starts).normalize()


def lag_factors(
    prepared: Prepared,
    scale: str,
    lag_days: int,
    anchor_date,
    anchor_lag: int = 0,
    lag_anchor=None,
) -> dict[str, float]:
    """Per overlay, the factor that re-anchors values anchored at ``anchor_lag`` to ``lag_days``.

    On the index scale a series shifted by ``lag_days`` is re-anchored on its value at
    ``lag_anchor + lag_days`` (``lag_anchor`` defaults to ``anchor_date``; pass
    ``common_anchor`` at this lag so no series is based before its first bar): the ratio
    of the two anchor values, a pure rescale. Price and log need none; percent is not a
    pure rescale, so it stays 1 and the controller re-anchors with ``scaled_values``
    once the slider rests.
    """
    if scale != "index":
        return {o.key: 1.0 for o in prepared.overlays}
    lag_anchor = anchor_date if lag_anchor is None else lag_anchor
    factors = {}
    for o in prepared.overlays:
        at_anchor = anchor_value(o.close, o.dates, anchor_date, anchor_lag)
        at_lag = anchor_value(o.close, o.dates, lag_anchor, lag_days)
        ratio = at_anchor / at_lag if at_lag else float("nan")
        factors[o.key] = float(ratio) if np.isfinite(ratio) and ratio > 0 else 1.0
    return factors


def _on_scale(values, dates, scale: str, anchor_date, anchor_lag: int) -> np.ndarray:
    if scale == "log":
        return np.asarray(values, dtype="float64")
    return normalise(values, dates, scale, anchor_date, anchor_lag)


def _anchor_date(equity: pd.DataFrame, session: Session) -> pd.Timestamp:
    """The first date every series has a bar on or before: where indexed lines meet
    until the user pans (then the controller anchors at the first visible date)."""
    starts = [equity.index[0], *(s.frame.index[0] for s in session.crypto if s.rows)]
    return pd.Timestamp(max(starts))
