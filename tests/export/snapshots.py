"""Synthetic sessions and export snapshots for the export tests (no real data, no network)."""

from __future__ import annotations

import numpy as np
import pandas as pd

import models.session.prepared as analysis
from models.analysis.breakouts import BreakoutParams
from models.analysis.lag_window import ALL_LAGS, LagWindow
from models.market.instruments import load_catalogue
from models.market.series import Provenance
from models.records.snapshot import ExportSnapshot, complete_statistics
from models.session.session import Session
from tests.app.fakes import series_for, synthetic_frame

#: an N-day-high rule that fires a few times on a 900-session random walk
PARAMS = BreakoutParams(rule="n_day_high", n_days=60, min_pct=0.5, cooldown_sessions=40)


def session(equity_frame=None, demo: bool = False) -> Session:
    """^RUT (weekdays) against BTC/USDT and ETH/USDT (every day), as fetched or as demo."""
    catalogue = load_catalogue()
    code = Provenance.DEMO if demo else Provenance.FETCHED
    frames = {
        "^RUT": synthetic_frame("2019-01-01", 900, True, seed=3)
        if equity_frame is None
        else equity_frame,
        "BTC/USDT": synthetic_frame("2019-01-01", 1300, False, seed=4),
        "ETH/USDT": synthetic_frame("2019-01-01", 1300, False, seed=5),
    }
    series = [series_for(catalogue.resolve(k), f, True, code) for k, f in frames.items()]
    return Session(series[0], series[1:], "cache")


def snapshot(
    lag: int = 20,
    theme: str = "light",
    scale: str = "index",
    lag_window: LagWindow = ALL_LAGS,
    headline_horizon: int = 90,
    **kw,
) -> ExportSnapshot:
    """A complete snapshot (statistics filled in) of ``session(**kw)``, its best lag
    searched in ``lag_window`` and the event study headlined at ``headline_horizon``."""
    s = session(**kw)
    prepared = analysis.prepare(s, PARAMS)
    made = ExportSnapshot(
        session=s,
        prepared=prepared,
        lag_days=lag,
        scale=scale,
        params=PARAMS,
        breakouts=prepared.breakouts,
        theme=theme,
        lag_window=lag_window,
        headline_horizon=headline_horizon,
    )
    return complete_statistics(made)


def distinct_colours(image, step: int = 7) -> int:
    """How many different colours a sparse grid of pixels of a QImage has."""
    seen = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y))
    return len(seen)


def pixels(image) -> np.ndarray:
    """A QImage (RGB32) as an (h, w) uint32 array."""
    converted = image.convertToFormat(image.Format.Format_RGB32)
    data = np.frombuffer(converted.constBits(), dtype=np.uint32)
    row = converted.bytesPerLine() // 4
    return data.reshape(converted.height(), row)[:, : converted.width()].copy()


def bumped(frame: pd.DataFrame, row: int, factor: float = 1.01) -> pd.DataFrame:
    """``frame`` with one close changed (its high or low moved with it: a sound bar)."""
    out = frame.copy()
    out.iloc[row, out.columns.get_loc("close")] *= factor
    close = out["close"].iloc[row]
    out.iloc[row, out.columns.get_loc("high")] = max(out["high"].iloc[row], close)
    out.iloc[row, out.columns.get_loc("low")] = min(out["low"].iloc[row], close)
    return out
