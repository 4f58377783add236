"""Analytics speed on 10k daily bars (issue 3, section 6; issue 9).

* ``stats_lag_step_10k_daily_ms``: one slider step, the correlation at a lag plus the
  rolling correlation series (target <= 5 ms);
* ``ccf_bootstrap_10k_daily_ms``: the robust lead-lag test (studentised CCF, block
  sign-flip null) over -365..+365 days with 1,000 draws (target <= 1,000 ms);
* ``ccf_bootstrap_10k_daily_equity_pair_ms``: the same for an equity against an
  equity (both sides on New York sessions, so holes at every weekend);
* ``breakouts_10k_daily_ms``: breakout detection over the whole history (<= 10 ms);
* ``event_study_10k_daily_ms``: the event study with 1,000 placebo draws (<= 300 ms);
* ``spec_curve_ms``: the specification curve of the breakout claim, the default grid
  (500 rules x horizons) on one coin, with its default 20,000 placebo draws and a
  ``FetchControl`` taking progress (target <= 10,000 ms).

The series are synthetic: 10,000 equity sessions (weekdays) and a crypto on every
calendar day of the same span that follows the equity by 30 days plus noise.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from bench.timing import median_ms
from models.analysis.align import align
from models.analysis.breakouts import detect_breakouts
from models.analysis.event_study import event_study
from models.analysis.leadlag import LagStatsCache, cross_correlation
from models.analysis.spec_curve import spec_curve
from models.market.fetch_control import FetchControl
from models.market.frames import COLUMNS

SESSIONS = 10_000


def _frame(dates: pd.DatetimeIndex, close: np.ndarray, volume: np.ndarray) -> pd.DataFrame:
    data = {c: close for c in COLUMNS[:4]} | {"volume": volume}
    return pd.DataFrame(data, index=pd.DatetimeIndex(dates, name="date"))[list(COLUMNS)]


def _series(seed: int = 3) -> tuple[pd.DataFrame, pd.DataFrame]:
    rng = np.random.default_rng(seed)
    days = pd.date_range("1985-01-01", periods=int(SESSIONS * 7 / 5) + 10, freq="D")
    factor = rng.standard_normal(len(days) + 30) * 0.01 + 0.0002
    sessions = days.day_of_week < 5
    equity_close = 100 * np.exp(np.cumsum(factor[30:]))
    crypto_close = 10 * np.exp(
        np.cumsum(1.5 * factor[:-30] + rng.standard_normal(len(days)) * 0.02)
    )
    volume = rng.lognormal(15, 0.3, len(days))
    equity = _frame(days[sessions], equity_close[sessions], volume[sessions]).iloc[:SESSIONS]
    return equity, _frame(days, crypto_close, volume)


def run(quick: bool) -> dict[str, float]:
    """Medians in ms of the analytics timings."""
    equity, crypto = _series()
    pair = align(equity, crypto)
    equity_pair = align(equity, equity)
    cache = LagStatsCache(pair, 90)
    lags = iter(range(-365, 366))
    repeats = 5 if quick else 30
    figures = {
        "stats_lag_step_10k_daily_ms": median_ms(lambda: cache.at(next(lags)), repeats * 5),
        "ccf_bootstrap_10k_daily_ms": median_ms(
            lambda: cross_correlation(pair, 365, draws=1000), 2 if quick else 7
        ),
        "breakouts_10k_daily_ms": median_ms(lambda: detect_breakouts(equity), repeats),
        # an equity against an equity: weekend and holiday holes on both sides
        "ccf_bootstrap_10k_daily_equity_pair_ms": median_ms(
            lambda: cross_correlation(equity_pair, 365, draws=1000), 2 if quick else 7
        ),
    }
    events = detect_breakouts(equity).events
    crypto_10k = crypto.iloc[-SESSIONS:]
    figures["event_study_10k_daily_ms"] = median_ms(
        lambda: event_study(crypto_10k, events, current_lag=45, placebo_draws=1000), repeats
    )
    control = FetchControl(on_progress=lambda done, total, message: None)
    figures["spec_curve_ms"] = median_ms(
        lambda: spec_curve(equity, {"crypto": crypto_10k}, control=control), 1 if quick else 3
    )
    return figures
