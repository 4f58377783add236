"""Replay speed (issue 14): the walk-forward and the core of a replay step.

* ``walk_forward_10y_ms``: how the evidence grew over 10 years, monthly (120 points,
  1,000 draws each: the CCF over -365..+365 days with the 30-90 d lead judged from the
  same draws, and the event study at +90 days), as the window will run it in the
  background (target <= 30,000 ms);
* ``walk_forward_point_ms``: one of those points at the end (the longest sample);
* ``replay_step_core_ms``: the core of one replay step, the cursor moved one session:
  the session cut at the day, then the light statistics (alignment of two coins, the
  per-lag statistics, the breakouts and their verdicts) and the slider's statistics at
  a lag (``models.replay.step.prepared_as_of``), on 10,000 equity sessions and two coins
  of 13 years (the window's ``replay_step_ms`` budget is 50 ms, drawing included);
* ``watch_one_rule_ms``: the breakout watch of one rule (trigger, volume, last breakout,
  base rate with 1,000 placebo draws, fan) on the same session;
* ``lag_heatmap_ms``: the lag x time heatmap (147 lags, every 5th return) over 10 years.

The series are synthetic (a 24/7 coin that follows the equity by 30 days plus noise).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.timing import median_ms  # noqa: E402
from models.analysis.align import align  # noqa: E402
from models.analysis.breakout_params import BreakoutParams  # noqa: E402
from models.market.frames import COLUMNS  # noqa: E402
from models.market.instruments import load_catalogue  # noqa: E402
from models.market.series import MarketSeries  # noqa: E402
from models.replay.step import prepared_as_of  # noqa: E402
from models.replay.walk_forward import (  # noqa: E402
    evidence_as_of,
    lag_heatmap,
    month_ends,
    walk_forward,
)
from models.replay.watch import watch  # noqa: E402
from models.session.session import Session  # noqa: E402

SESSIONS = 10_000
COIN_START = "2013-04-28"


def _frame(dates, close, volume) -> pd.DataFrame:
    data = {c: close for c in COLUMNS[:4]} | {"volume": volume}
    return pd.DataFrame(data, index=pd.DatetimeIndex(dates, name="date"))[list(COLUMNS)]


def _series(symbol: str, frame: pd.DataFrame) -> MarketSeries:
    instrument = load_catalogue().resolve(symbol)
    return MarketSeries(instrument, "1d", frame, np.zeros(len(frame), np.uint8), "yahoo")


def _session(seed: int = 3) -> Session:
    rng = np.random.default_rng(seed)
    days = pd.date_range(end="2026-08-21", periods=int(SESSIONS * 7 / 5) + 10, freq="D")
    factor = rng.standard_normal(len(days) + 30) * 0.01 + 0.0003
    sessions = days.day_of_week < 5
    equity_close = 1000 * np.exp(np.cumsum(factor[30:]))
    volume = rng.lognormal(15, 0.3, len(days))
    equity = _frame(days[sessions], equity_close[sessions], volume[sessions]).iloc[-SESSIONS:]
    coins = []
    for n, symbol in enumerate(("BTC-USD", "ETH-USD")):
        noise = rng.standard_normal(len(days)) * 0.03
        close = 100 * np.exp(np.cumsum((1.5 + n) * factor[:-30] + noise))
        coins.append(_series(symbol, _frame(days, close, volume)[COIN_START:]))
    return Session(_series("^RUT", equity), coins, "import")


def run(quick: bool) -> dict[str, float]:
    """Medians in ms of the replay timings."""
    session = _session()
    params = BreakoutParams()
    last = session.equity.frame.index[-1]
    months = month_ends(last - pd.DateOffset(years=10) + pd.Timedelta(days=1), last)[-120:]
    pair = align(session.equity.frame, session.crypto[0].frame)
    figures = {
        "walk_forward_10y_ms": median_ms(
            lambda: walk_forward(session, params, months, draws=1000), 1, warmup=0
        ),
        "walk_forward_point_ms": median_ms(
            lambda: evidence_as_of(session, pair, params, last), 2 if quick else 5
        ),
    }
    steps = iter(session.equity.frame.index[-400:])
    figures["replay_step_core_ms"] = median_ms(
        lambda: prepared_as_of(session, params, next(steps)).stats.at(45), 20 if quick else 100
    )
    figures["watch_one_rule_ms"] = median_ms(
        lambda: watch(session, params, last - pd.Timedelta(days=40)), 3 if quick else 10
    )
    figures["lag_heatmap_ms"] = median_ms(
        lambda: lag_heatmap(pair, last - pd.Timedelta(days=3)), 3 if quick else 10
    )
    return figures
