"""What crypto did after equity breakouts, against what it does on any day.

Returns are simple returns of the crypto close from the event date ``t`` (calendar
day) to ``t + h``. Events whose horizon runs past the data are kept and flagged
incomplete; their returns are NaN and they are left out of the means, with counts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

DEFAULT_HORIZONS: tuple[int, ...] = (30, 60, 90, 180)
PATH_DAYS = np.arange(-30, 181)


@dataclass
class EventStudyResult:
    """The event study: a table per event, mean/median paths, baseline and placebo test.

    ``table`` has one row per event: ``date``, ``confirmed``, ``fwd_<h>d`` (simple
    return to ``t + h``) and ``incomplete_<h>d`` per horizon, ``fwd_lag`` and
    ``incomplete_lag`` at ``current_lag`` (NaN when no positive lag is given).
    Paths are over ``path_days`` (-30..+180) relative to the event close; the bands
    are 2.5%/97.5% bootstrap points of the mean path (events resampled).
    ``baseline`` has one row per horizon: the unconditional forward return over the
    same sample (mean, median, share positive, n). ``placebo_p_value`` is the share
    of random-date draws whose mean return at ``primary_horizon`` reaches the events'
    mean; ``placebo_p_values`` gives it per horizon. ``hit_rate`` is the share of
    complete events with a positive return at ``primary_horizon``.
    """

    horizons: tuple[int, ...]
    table: pd.DataFrame
    path_days: np.ndarray
    mean_path: np.ndarray
    median_path: np.ndarray
    band_low: np.ndarray
    band_high: np.ndarray
    baseline_mean_path: np.ndarray
    baseline: pd.DataFrame
    hit_rate: float
    placebo_p_value: float
    n_events: int
    n_incomplete: int
    primary_horizon: int = 90
    current_lag: int | None = None
    placebo_p_values: dict[int, float] = field(default_factory=dict)
    hit_rates: dict[int, float] = field(default_factory=dict)
    placebo_draws: int = 0
