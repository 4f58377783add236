"""A small synthetic market in two caches: the whole of it, and only what was known by a day.

``full_cache`` imports an equity with breakouts on volume (^RUT), its volume proxy listed
later (IWM), BTC-USD and ETH-USD listed later still, three alts listed at different
times (one after some of the dates drawn, so the altseason universe changes) and two
FRED downloads (WALCL weekly, DGS10 daily: both re-dated by publication on import).
``cache_as_of`` copies into a fresh cache only the bars of the full cache dated on or
before a day, as a user who ran the app that day would have had: the tests run each
command with ``--as-of DAY`` on the first and without it on the second.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from app.cli import main
from models.market.frames import line_frame
from models.market.instruments import load_catalogue
from models.market.repository import Repository
from tests.analytics_synth import breakout_market, frame_from_closes
from tests.cli_run import write_csv
from tests.wire.fred_routes import csv_body

#: symbols of the full cache, and the first day of each (None: the generator's own)
LISTED = {
    "^RUT": None,
    "IWM": "2011-03-01",
    "BTC-USD": "2011-06-01",
    "ETH-USD": "2012-09-01",
    "SOL-USD": "2011-09-01",
    "XRP-USD": "2012-01-02",
    "ADA-USD": "2014-06-02",
}
FRED = ("FRED:WALCL", "FRED:DGS10")
SEED = 5
#: the equity's breakouts (planted): the tests draw days around them too
EQUITY, CRYPTO, BREAKOUTS = breakout_market(SEED, cycles=5, jump=0.3)
FIRST_DAY = pd.Timestamp("2010-06-01")
LAST_DAY = EQUITY.index[-1]


def _walk(start, end, seed: int, scale: float = 0.03) -> pd.Series:
    rng = np.random.default_rng(seed)
    dates = pd.date_range(start, end, freq="D", name="date")
    return pd.Series(50 * np.exp(np.cumsum(rng.normal(0, scale, len(dates)))), index=dates)


def _frames() -> dict[str, pd.DataFrame]:
    end = CRYPTO.index[-1]
    equity = EQUITY.copy()
    proxy = frame_from_closes(equity.index, equity["close"] / 10, equity["volume"] * 3)
    frames = {
        "^RUT": equity.assign(volume=np.nan),  # the index's own volume missing: IWM's used
        "IWM": proxy,
        "BTC-USD": CRYPTO,
        "ETH-USD": line_frame(_walk("2010-01-04", end, SEED + 1)).assign(volume=1e6),
    }
    for n, symbol in enumerate(("SOL-USD", "XRP-USD", "ADA-USD")):
        frames[symbol] = line_frame(_walk("2010-01-04", end, SEED + 2 + n)).assign(volume=1e6)
    for symbol, first in LISTED.items():
        if first is not None:
            frames[symbol] = frames[symbol][first:]
    return frames


def _fred_files(folder: Path) -> list[str]:
    wednesdays = pd.date_range("2010-01-06", LAST_DAY, freq="W-WED")
    walcl = _walk(wednesdays[0], wednesdays[-1], SEED + 9, 0.01).reindex(wednesdays) * 1e6
    sessions = pd.bdate_range("2010-01-04", LAST_DAY)
    dgs10 = 2 + _walk(sessions[0], sessions[-1], SEED + 10, 0.01).reindex(sessions) / 50
    (folder / "walcl.csv").write_text(csv_body("WALCL", walcl))
    (folder / "dgs10.csv").write_text(csv_body("DGS10", dgs10))
    return [f"FRED:WALCL={folder / 'walcl.csv'}", f"FRED:DGS10={folder / 'dgs10.csv'}"]


def full_cache(folder: Path) -> Path:
    """Import the whole synthetic market into ``folder / 'cache'``; its path."""
    folder.mkdir(parents=True, exist_ok=True)
    specs = _fred_files(folder)
    for symbol, frame in _frames().items():
        name = symbol.lower().replace("^", "").replace("-", "_")
        specs.append(f"{symbol}={write_csv(frame, folder / f'{name}.csv')}")
    cache = folder / "cache"
    code = main(["--cache-dir", str(cache), "data", "import", *specs])
    assert code == 0
    return cache


def cache_as_of(full: Path, target: Path, day: pd.Timestamp) -> Path:
    """A cache at ``target`` holding only the bars of ``full`` dated on or before ``day``
    (the rows, their provenance and the files they were imported from, as they were)."""
    catalogue = load_catalogue()
    source, copy = Repository(full, offline=True), Repository(target, offline=True)
    for symbol in (*LISTED, *FRED):
        series = source.load(catalogue.resolve(symbol))
        known = series.frame[series.frame.index <= day]
        if known.empty:
            continue
        names = series.imported_from or ("",)
        copy.save_imported(series.instrument, known, "1d", file_name=names[0])
    return target
