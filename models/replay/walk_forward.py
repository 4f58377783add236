"""How the evidence grew: the lead-lag test and the event study as of the end of each month.

Each point is what ``main.py leadlag --as-of DAY`` says for that day, exactly (the same
CCF over -365..+365 days, the same seed and draws, the same breakouts and event study):

* the best lag over all lags with its correlation, N and family-wise p;
* the 30-90 d lead's best lag and p, judged from the same draws;
* the event study at the headline horizon (+90 days unless set, fixed before looking):
  the breakouts with data, how many had a complete forward return (N), the share that
  rose beside every day's, and the rank placebo p.

So the question "is the 1-3 month lead stable, or visible only in hindsight?" is read off
one point per month, each using only what was known then.

What is shared between months, and what cannot be: the alignment is done once and cut
at each day (``models.replay.as_of.pair_as_of``, equal to aligning the cut series). The
test itself is not: its block length, centring and sign draws depend on the whole
sample up to the day, so a month's p cannot be had from the month before without
changing it. The event study's bootstrap band of the mean path is not drawn (the walk
shows the headline figures only; the placebo p and hit rate do not depend on it).

``lag_heatmap`` is the lag x time view (the rolling correlation at each lag over time,
``models.analysis.leadlag.lag_time_matrix``) as data a view draws, as of a day too.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from models.analysis.align import AlignedPair, align
from models.analysis.breakout_params import BreakoutParams
from models.analysis.ccf_result import CcfResult
from models.analysis.event_study import DEFAULT_PRIMARY_HORIZON, event_study
from models.analysis.lag_window import ALL_LAGS, LEAD_30_90
from models.analysis.leadlag import cross_correlation, lag_time_matrix
from models.errors import DataError
from models.market.fetch_control import FetchControl
from models.replay.as_of import as_of_day, pair_as_of, session_as_of
from models.session.prepared import POLICY, session_breakouts
from models.session.session import Session
from models.vocabulary import ROLLING_WINDOW

#: the heatmap's lags (every 5 days over the slider's reach) and rows (every 5th return)
HEATMAP_LAGS = tuple(range(-365, 366, 5))
HEATMAP_STEP = 5


@dataclass(frozen=True)
class StudyPoint:
    """The event study at its headline horizon as of one day."""

    n_events: int
    n: int
    hit_rate: float
    mean_return: float
    baseline_share_up: float
    p_value: float
    is_anecdote: bool


@dataclass(frozen=True)
class EvidencePoint:
    """One day of the walk: the CCF judged over all lags and over the 30-90 d lead
    (``CcfResult`` without its draws; None with a ``note`` when the test could not run),
    the event study (None without breakouts with crypto data) and the returns paired."""

    as_of: pd.Timestamp
    n_returns: int
    all_lags: CcfResult | None
    lead: CcfResult | None
    study: StudyPoint | None
    note: str = ""


@dataclass(frozen=True)
class WalkForward:
    """The walk: what it compares, how, and one point per day."""

    equity: str
    crypto: str
    params: BreakoutParams
    draws: int
    seed: int
    horizon: int
    points: list[EvidencePoint]
    is_demo: bool


def month_ends(first: pd.Timestamp, last: pd.Timestamp) -> list[pd.Timestamp]:
    """The last calendar day of each month from ``first``'s to ``last``, then ``last``
    itself when it is not one (the walk ends on the last bar known)."""
    first, last = as_of_day(first), as_of_day(last)
    ends = list(pd.date_range(first, last, freq="ME"))
    return ends + ([last] if not ends or ends[-1] != last else [])


def walk_forward(
    session: Session,
    params: BreakoutParams,
    days: list[pd.Timestamp] | None = None,
    draws: int = 1000,
    seed: int = 0,
    horizon: int = DEFAULT_PRIMARY_HORIZON,
    control: FetchControl | None = None,
) -> WalkForward:
    """The walk of ``session``'s equity against its first crypto over ``days`` (default:
    every month end from the pair's first date to its last bar). Reports progress after
    each day to ``control`` and stops at the next day when it is cancelled (``Cancelled``)."""
    control = control or FetchControl()
    crypto = session.crypto[0]
    pair = align(session.equity.frame, crypto.frame, POLICY)
    days = days if days is not None else month_ends(pair.dates[0], pair.dates[-1])
    points = []
    for done, day in enumerate(days):
        control.check_cancelled()
        points.append(evidence_as_of(session, pair, params, day, draws, seed, horizon))
        control.report(done + 1, len(days), f"as of {as_of_day(day):%Y-%m-%d}")
    return WalkForward(
        session.equity.instrument.label,
        crypto.instrument.label,
        params,
        int(draws),
        int(seed),
        int(horizon),
        points,
        session.is_demo,
    )


def evidence_as_of(
    session: Session,
    pair: AlignedPair,
    params: BreakoutParams,
    day: pd.Timestamp,
    draws: int = 1000,
    seed: int = 0,
    horizon: int = DEFAULT_PRIMARY_HORIZON,
) -> EvidencePoint:
    """One point of the walk: ``pair`` (the whole session's, aligned once) and the
    session cut at ``day``."""
    day = as_of_day(day)
    try:
        cut = pair_as_of(pair, day)
        ccf = cross_correlation(
            cut, ALL_LAGS.max_lag, "daily", draws, False, seed,
            min_lag=ALL_LAGS.min_lag, search=ALL_LAGS,
        )  # fmt: skip
    except DataError as err:
        return EvidencePoint(day, 0, None, None, None, str(err))
    lead = ccf.searched(LEAD_30_90)
    study = _study(session_as_of(session, day), params, draws, seed, horizon)
    return EvidencePoint(
        day, ccf.n_total, replace(ccf, null_t=None), replace(lead, null_t=None), study
    )


def _study(session: Session, params, draws: int, seed: int, horizon: int) -> StudyPoint | None:
    """The event study as ``leadlag`` runs it, at the headline horizon."""
    events = session_breakouts(session, params).events
    study = event_study(
        session.crypto[0].frame,
        events,
        placebo_draws=draws,
        seed=seed,
        bootstrap_draws=0,
        primary_horizon=horizon,
    )
    if study.n_events == 0:
        return None
    row = next(r for r in study.horizon_rows() if r.horizon == study.primary_horizon)
    return StudyPoint(
        study.n_events,
        row.n,
        row.hit_rate,
        row.mean_return,
        row.baseline_share_up,
        row.p_value,
        study.is_anecdote,
    )


@dataclass(frozen=True)
class LagHeatmap:
    """The rolling correlation at each lag over time: ``values[row, column]`` for the
    window of ``window`` returns ending at ``dates[row]`` and lag ``lags[column]`` (NaN
    where the window holds fewer than half its pairs), as known ``as_of`` (None: all)."""

    dates: pd.DatetimeIndex
    lags: np.ndarray
    values: np.ndarray
    window: int
    step: int
    as_of: pd.Timestamp | None


def lag_heatmap(
    pair: AlignedPair,
    as_of: pd.Timestamp | None = None,
    lags=HEATMAP_LAGS,
    window: int = ROLLING_WINDOW,
    step: int = HEATMAP_STEP,
) -> LagHeatmap:
    """The lag x time heatmap of ``pair`` as known by ``as_of``'s close: a cell whose
    crypto return ends after that day has it missing, as the cut series would."""
    day = None if as_of is None else as_of_day(as_of)
    cut = pair if day is None else pair_as_of(pair, day)
    dates, lag_values, matrix = lag_time_matrix(cut, lags, window, step)
    return LagHeatmap(dates, lag_values, matrix, int(window), int(step), day)
