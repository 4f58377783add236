"""The statistics behind the window, computed off the GUI thread (no Qt here).

``prepare`` turns a loaded session into everything the chart and the panels need at
lag 0 (aligned pairs, the fast per-lag statistics, breakouts); ``cross_correlation_for``
and ``event_study_for`` are the heavier jobs the controller debounces, and
``spec_curve_for`` the specification curve a panel runs on request;
``reference_line``, ``usable_threshold``, ``shown_volume`` and ``overlap_span`` say what
the chart shows of them (``models.session.scales`` places the crypto lines). All
functions are pure: they take the prepared data and return new values.
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
from models.analysis.lag_window import ALL_LAGS, LagWindow
from models.analysis.leadlag import CcfResult, LagStatsCache, cross_correlation
from models.errors import DataError
from models.session.session import Session
from models.vocabulary import LAG_LIMIT_DAYS, ROLLING_WINDOW, series_colours

POLICY = "sessions"
#: the volume pane's label when neither the equity's own volume nor a proxy is usable
NO_VOLUME_TEXT = "no usable volume"
#: a chart opens this far before the overlap of its series and past their last bar
OVERLAP_MARGIN = pd.Timedelta(days=30)


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
    #: the crypto series the statistics are about: the one asked for when it aligned,
    #: else the first that did (None when none did)
    primary_key: str | None = None
    #: the primary crypto's closes on a gap-free daily grid (first day number, values),
    #: so the breakout table's return at the current lag is a lookup on each slider step
    primary_grid: tuple[int, np.ndarray] | None = None

    @property
    def subject(self) -> str:
        """What the statistics compare, e.g. ``BTC/USDT vs ^RUT`` (for titles and tooltips)."""
        equity = self.session.equity.instrument.label
        return f"{self.primary_key} vs {equity}" if self.primary_key else equity


def prepare(session: Session, params: BreakoutParams, target: str | None = None) -> Prepared:
    """Align every crypto series with the equity and detect breakouts (runs on a worker).

    The statistics describe ``target`` (a crypto label) when it is in the session and
    aligns, else the first crypto series that aligns (none without crypto: the equity
    alone has its breakouts and no statistics). Each series' colour follows its symbol.
    """
    equity = session.equity.frame
    overlays, pairs, warnings = [], {}, []
    colours = series_colours(s.instrument.label for s in session.crypto)
    for series in session.crypto:
        key = series.instrument.label
        colour = colours[key]
        close = series.frame["close"].to_numpy(dtype="float64")
        overlays.append(OverlayData(key, key, series.frame.index, close, colour, series.is_demo))
        try:
            pairs[key] = align(equity, series.frame, POLICY)
        except DataError as exc:
            warnings.append(f"{key}: {exc}")
    key = target if target in pairs else next(iter(pairs), None)
    stats = LagStatsCache(pairs[key], ROLLING_WINDOW) if key is not None else None
    anchor = _anchor_date(equity, session)
    breakouts = _detect(session, params)
    prepared = Prepared(session, overlays, pairs, stats, breakouts, anchor, warnings, key)
    prepared.primary_grid = _primary_grid(prepared)
    return prepared


def redetect(prepared: Prepared, params: BreakoutParams) -> BreakoutResult:
    """Breakouts under new detector parameters (runs on a worker)."""
    return _detect(prepared.session, params)


def reference_line(result: BreakoutResult) -> pd.Series:
    """The line the rule breaks, as the chart draws it: the chosen level for the level
    rule, else the running all-time high."""
    level = result.params.level
    if result.params.rule == "level" and level:
        return pd.Series(float(level), index=result.ath.index, name="level")
    return result.ath


def usable_threshold(result: BreakoutResult) -> pd.Series | None:
    """The volume confirmation threshold, or None when there is no usable volume (an
    all-NaN line would still be named in the volume pane's title)."""
    threshold = result.volume_threshold
    return threshold if np.isfinite(threshold.to_numpy(dtype="float64")).any() else None


def shown_volume(prepared: Prepared, result: BreakoutResult) -> pd.Series:
    """The volume the volume pane shows: the one the rule used, else the equity's own."""
    return result.volume if len(result.volume) else prepared.session.equity.frame["volume"]


def overlap_span(prepared: Prepared) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The dates a chart opens on: where equity and crypto overlap, with a margin."""
    end = max(s.frame.index[-1] for s in prepared.session.series if s.rows)
    start = prepared.anchor_date - OVERLAP_MARGIN
    return pd.Timestamp(start), pd.Timestamp(end) + OVERLAP_MARGIN


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


def cross_correlation_for(
    prepared: Prepared,
    draws: int = 1000,
    window: LagWindow = ALL_LAGS,
    sampling: str = "daily",
) -> CcfResult | None:
    """Cross-correlation over ±``LAG_LIMIT_DAYS`` days with both bands, its best lag and
    family-wise p judged over ``window`` (the heavy job). Every lag the slider reaches is
    computed whatever the window, so another window is judged from the same draws
    (``CcfResult.searched``)."""
    key = prepared.primary_key
    if key is None:
        return None
    pair = prepared.pairs[key]
    return cross_correlation(
        pair, max_lag=LAG_LIMIT_DAYS, sampling=sampling, draws=draws, search=window
    )


def event_study_for(
    prepared: Prepared,
    events: list,
    lag_days: int,
    draws: int = 1000,
    horizon: int | None = None,
):
    """The crypto path after breakouts, its headline at ``horizon`` days (default +90,
    fixed before looking), with forward returns at the current lag in the table only
    (a ``models.analysis.event_study.EventStudyResult``, or None without events after the
    crypto's first bar, the only ones it studies)."""
    from models.analysis.event_study import (  # needed only after the first paint
        DEFAULT_PRIMARY_HORIZON,
        event_study,
    )

    # events before the crypto existed have no path: counting them made "10 events" of
    # two studied ones; the caller reports how many were left out
    events = events_with_crypto(prepared, events)
    crypto = primary_series(prepared)
    if crypto is None or not events:
        return None
    return event_study(
        crypto.frame,
        events,
        current_lag=lag_days,
        placebo_draws=draws,
        primary_horizon=DEFAULT_PRIMARY_HORIZON if horizon is None else int(horizon),
    )


def spec_curve_for(prepared: Prepared, control=None, draws: int | None = None, seed: int = 0):
    """The specification curve of the breakout rule over every coin charted (a
    ``models.analysis.spec_curve.SpecCurveResult``; None without a coin). ``control`` (a
    ``FetchControl``) gets progress after each rule and may cancel between rules."""
    from models.analysis.spec_curve import spec_curve  # only when the panel asks

    coins = {s.instrument.label: s.frame for s in prepared.session.crypto if s.rows}
    if not coins:
        return None
    proxy = getattr(prepared.session, "volume_proxy", None)
    return spec_curve(
        prepared.session.equity.frame,
        coins,
        draws=draws,
        seed=seed,
        control=control,
        proxy_volume=None if proxy is None else proxy.frame["volume"],
        proxy_label="" if proxy is None else proxy.instrument.label,
    )


def _anchor_date(equity: pd.DataFrame, session: Session) -> pd.Timestamp:
    """The first date every series has a bar on or before: where indexed lines meet
    until the user pans (then the controller anchors at the first visible date)."""
    starts = [equity.index[0], *(s.frame.index[0] for s in session.crypto if s.rows)]
    return pd.Timestamp(max(starts))
