"""One hop of the chain: how two stages are aligned, the lead, its interval and its p.

**Alignment.** A hop sets the leader (stage i) against the follower (stage i+1) as the
lead-lag test sets an equity against a coin (``models.analysis.align``, ``sessions``
policy): the rows are the leader's own dates (its publication weeks for a weekly stage,
New York sessions, or every UTC day for a coin) and the leader's log return over each
row interval ``(t_prev, t]`` is set against the follower's over ``(t_prev + k, t + k]``.
The follower is read on its as-of daily grid (``levels.as_of_daily``): on a day without
a value of its own (a weekend for an index, the days between two releases) it holds its
last value, so such days count as no change and every calendar mix pairs up: weekly
NETLIQ against daily spreads, sessions against 24/7 coins and back.

**Lead and p.** ``models.analysis.leadlag.cross_correlation`` over the hop's window
(``search=LagWindow(A, B)``, by default 0..90 days: the follower lags): the best lag has
the largest studentised correlation and its p is family-wise over that window (block
sign-flip null, ``docs/statistics.md``). N is the number of return pairs at the best lag.

**Interval.** A block bootstrap of the argmax: the blocks of cross products the test
uses (``robust_ccf.lag_statistics``) are drawn with replacement (multinomial block
counts, the same draw at every lag), each draw's studentised CCF is
``sum_b w_b U_bk`` and its argmax (in the direction of the observed best) is the draw's
lead. The interval runs from the 2.5% to the 97.5% point of those leads, widened to hold
the observed best lag. Its coverage is measured, not assumed:
``tests/test_cascade_chain.py`` plants leads and counts how often it holds them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from models.analysis.align import AlignedPair, align
from models.analysis.lag_window import LagWindow
from models.analysis.leadlag import cross_correlation
from models.analysis.returns import return_basis
from models.analysis.robust_ccf import lag_statistics
from models.cascade.levels import DAILY, SESSIONS, WEEKLY, StageLevel, as_of_daily
from models.cascade.stages import Stage
from models.errors import DataError

#: the default window of a hop: the follower lags the leader by 0 to 90 days
HOP_WINDOW = LagWindow(0, 90, "lead 0-90 d")
#: the interval's coverage
INTERVAL_LEVEL = 0.95
_ROWS = {
    WEEKLY: "each release week of {leader}",
    SESSIONS: "each New York session of {leader}",
    DAILY: "each UTC day of {leader}",
}
_CARRIED = {
    WEEKLY: " ({follower} holds its last release between two)",
    SESSIONS: " ({follower} holds its last close over weekends and holidays)",
    DAILY: "",
}


@dataclass(frozen=True)
class HopResult:
    """The lead of ``follower`` behind ``leader``: best lag (days), its bootstrap
    interval, the correlation there, the family-wise p over ``window`` from ``draws``
    draws, N (pairs at the best lag) and ``n_returns`` (the leader's returns). ``note``
    says why a hop has no figures (the stages do not overlap, too few returns)."""

    leader: Stage
    follower: Stage
    window: LagWindow
    alignment: str
    lag_days: int | None = None
    lag_interval_days: tuple[int, int] | None = None
    correlation: float = float("nan")
    p_value: float = float("nan")
    n: int = 0
    n_returns: int = 0
    draws: int = 0
    block: int = 0
    note: str = ""


def alignment_text(leader: StageLevel, follower: StageLevel) -> str:
    """How a hop pairs its stages, in words (see the module docstring)."""
    rows = _ROWS[leader.calendar].format(leader=leader.stage.spec)
    carried = _CARRIED[follower.calendar].format(follower=follower.stage.spec)
    follows = f"{follower.stage.spec} over the same span shifted by the lag"
    return f"returns over {rows} against {follows}{carried}"


def hop_pair(leader: StageLevel, follower: StageLevel) -> AlignedPair:
    """The aligned pair of a hop: leader rows, the follower as of each calendar day."""
    lead = pd.DataFrame({"close": leader.level})
    follow = pd.DataFrame({"close": as_of_daily(follower.level)})
    return align(lead, follow, "sessions")


def hop_statistics(
    leader: StageLevel, follower: StageLevel, window: LagWindow, draws: int, seed: int
) -> HopResult:
    """The hop's lead, interval, p and N; a ``HopResult`` with a ``note`` when the two
    stages cannot be compared (it never raises for data reasons)."""
    base = HopResult(leader.stage, follower.stage, window, alignment_text(leader, follower))
    try:
        pair = hop_pair(leader, follower)
        low, high = window.min_lag, window.max_lag
        ccf = cross_correlation(
            pair, min_lag=low, max_lag=high, search=window, draws=draws, seed=seed
        )
    except DataError as err:
        return replace(base, note=str(err))
    best = int(np.flatnonzero(ccf.lags == ccf.best_lag)[0])
    sign = 1.0 if ccf.best_correlation >= 0 else -1.0
    interval = lag_interval(pair, window, ccf.best_lag, sign, draws, seed)
    return replace(
        base,
        lag_days=int(ccf.best_lag),
        lag_interval_days=interval,
        correlation=float(ccf.best_correlation),
        p_value=float(ccf.p_value),
        n=int(ccf.n[best]),
        n_returns=int(ccf.n_total),
        draws=int(draws),
        block=int(ccf.block),
    )


def lag_interval(
    pair: AlignedPair, window: LagWindow, best_lag: int, sign: float, draws: int, seed: int
) -> tuple[int, int]:
    """The block-bootstrap interval of the best lag (see the module docstring)."""
    if draws <= 0:
        return int(best_lag), int(best_lag)
    stats = lag_statistics(return_basis(pair), window.lags)
    scaled = np.nan_to_num(stats.scaled)
    blocks = scaled.shape[0]
    counts = block_counts(blocks, int(draws), np.random.default_rng([int(seed), 1]))
    leads = window.lags[np.argmax(sign * (counts @ scaled), axis=1)]
    tail = (1.0 - INTERVAL_LEVEL) / 2
    low, high = np.quantile(leads, [tail, 1.0 - tail], method="inverted_cdf")
    return int(min(low, best_lag)), int(max(high, best_lag))


def block_counts(blocks: int, draws: int, rng: np.random.Generator) -> np.ndarray:
    """How often each block is drawn when ``blocks`` are drawn with replacement, per draw
    (draws x blocks, float32): multinomial counts, built by one ``bincount``."""
    picks = rng.integers(0, blocks, size=(draws, blocks))
    flat = picks + blocks * np.arange(draws)[:, None]
    counts = np.bincount(flat.ravel(), minlength=draws * blocks)
    return counts.reshape(draws, blocks).astype(np.float32)
