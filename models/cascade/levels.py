"""Each stage's level as the chain reads it, its calendar, and its row in the strip.

* ``stage_level``: the close of a loaded series, ``1 / close`` where the stage is
  inverted (so log returns turn sign and new highs are the level's new lows), and which
  calendar its dates follow: ``weekly`` (a release a week: WALCL, NETLIQ), ``sessions``
  (New York sessions: indices, ETFs, daily FRED series by publication) or ``daily``
  (every UTC day: crypto).
* ``as_of_daily``: a level on every calendar day, each day holding the last value known
  (carried at most ``MAX_CARRY_DAYS``), which is how a hop reads its follower.
* ``strip_row``: the normalisation that makes rows comparable: the z-score of the log
  level against its own trailing 365 calendar days (mean and spread of that window,
  nothing later), clipped to ±3. A row near +3 is at the top of its last year, near -3
  at the bottom, whatever its units (millions of USD, a percent spread, a coin price).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from models.cascade.stages import Stage
from models.errors import InvalidParameter
from models.market.series import MarketSeries

WEEKLY, SESSIONS, DAILY = "weekly", "sessions", "daily"
#: how a follower's last value is carried over days without one (a holiday week: 8 days)
MAX_CARRY_DAYS = 10
#: the strip's normalisation: trailing window, fewest days of history, clip
Z_WINDOW_DAYS = 365
Z_MIN_DAYS = 90
Z_CLIP = 3.0
NORMALISATION = (
    f"each row is the z-score of the log level (inverted stages upside down) against its "
    f"own trailing {Z_WINDOW_DAYS} calendar days, clipped to ±{Z_CLIP:g}"
)


@dataclass(frozen=True)
class StageLevel:
    """A stage with its level as the chain reads it (positive, by date) and its calendar."""

    stage: Stage
    level: pd.Series
    calendar: str
    series: MarketSeries | None = None

    @property
    def label(self) -> str:
        """The stage's label."""
        return self.stage.label

    def until(self, day: pd.Timestamp) -> StageLevel:
        """This level as it was known at the close of ``day`` (nothing later)."""
        return StageLevel(self.stage, self.level[:day], self.calendar, self.series)


def stage_level(stage: Stage, series: MarketSeries) -> StageLevel:
    """The level of ``stage`` from its loaded ``series``; raises ``InvalidParameter`` when
    it has values at or below zero (no log return exists) or too few values."""
    close = series.frame["close"].astype("float64").dropna()
    if (close <= 0).any():
        first = close.index[np.argmax(close.to_numpy() <= 0)]
        raise InvalidParameter(
            f"{stage.spec} is at or below zero on {first:%Y-%m-%d}; the cascade reads log "
            "returns, so a stage must stay positive (a price, a spread, a yield)."
        )
    if len(close) < 3:
        raise InvalidParameter(f"{stage.spec} has {len(close)} values; a stage needs more.")
    level = 1.0 / close if stage.inverted else close
    return StageLevel(stage, level.rename(stage.spec), calendar_of(level.index), series)


def calendar_of(index: pd.DatetimeIndex) -> str:
    """``weekly`` when values come a week apart, ``daily`` when some fall on weekends,
    else ``sessions``."""
    days = pd.DatetimeIndex(index)
    if len(days) > 2 and np.median(np.diff(days.values).astype("timedelta64[D]").astype(int)) >= 5:
        return WEEKLY
    return DAILY if (days.day_of_week >= 5).mean() > 0.1 else SESSIONS


def as_of_daily(level: pd.Series, max_carry: int = MAX_CARRY_DAYS) -> pd.Series:
    """``level`` on every calendar day from its first to its last, a day without a value
    holding the last one known at most ``max_carry`` days before (else NaN)."""
    days = pd.date_range(level.index[0], level.index[-1], freq="D", name="date")
    return level.reindex(days).ffill(limit=max_carry)


def strip_row(level: pd.Series) -> pd.Series:
    """The strip's row of ``level``: see ``NORMALISATION`` (NaN until ``Z_MIN_DAYS`` of
    history)."""
    logs = np.log(level.astype("float64"))
    window = logs.rolling(f"{Z_WINDOW_DAYS}D")
    mean, spread = window.mean(), window.std()
    age = (logs.index - logs.index[0]).days
    with np.errstate(invalid="ignore", divide="ignore"):
        z = (logs - mean) / spread
    z[(age < Z_MIN_DAYS) | ~np.isfinite(z)] = np.nan
    return z.clip(-Z_CLIP, Z_CLIP)
