"""Cache benchmarks: the chunked store against single-file parquet and pickle.

Figures (medians, milliseconds) for 1M one-minute bars and 10k daily bars:

* ``cache_*``: ``models.market.cache.store.SeriesCache`` (immutable chunk files + JSON manifest).
  ``cache_refresh_one_day_1m_rows_ms`` appends one day (1,440 bars plus the refetched
  last bar) to a 1M-row series; ``cache_load_1m_rows_after_refresh_ms`` reads the
  resulting multi-chunk series; ``cache_load_1m_rows_first_read_ms`` is the very first
  read in a fresh process (one sample: page faults of newly allocated memory).
* ``parquet_*`` / ``pickle_*``: the same operations on one file per series, where a
  refresh must read, concatenate and atomically rewrite the whole file.

Every write in every candidate is atomic and fsync'ed (``models.market.cache.chunks.atomic_write``)
so the comparison prices in the same crash safety. Uses the real 1-minute BTCUSDT file
from ../shared/data when present (read once), otherwise synthetic bars of the same size.
"""

from __future__ import annotations

import importlib.util
import pickle
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.timing import median_ms  # noqa: E402
from models.market.cache.chunks import atomic_write  # noqa: E402
from models.market.cache.store import SeriesCache, SeriesKey  # noqa: E402
from models.market.frames import COLUMNS, conform  # noqa: E402
from models.market.instruments import Instrument  # noqa: E402

REAL_1M = ROOT.parent / "shared/data/intraday/btcusdt_1m_2024-01-01_2025-11-30.csv.gz"
ROWS = 1_000_000
DAY = 1_440
# pyarrow is not a dependency: pandas imports it at start-up when present (~40 ms), so
# the parquet comparison runs only where it is installed (`pip install pyarrow`).
HAVE_PYARROW = importlib.util.find_spec("pyarrow") is not None
BTC = Instrument("BTC/USDT", "Bitcoin (BTC/USDT)", "ccxt", "24/7", "crypto")
RUT = Instrument("^RUT", "Russell 2000", "yahoo", "nyse", "equity")
KEY_1M = SeriesKey("ccxt", "binance", "BTC/USDT", "1m")
KEY_1D = SeriesKey("yahoo", "", "^RUT", "1d")


def minute_bars(rows: int) -> tuple[pd.DataFrame, str]:
    """``rows`` one-minute bars: the real BTCUSDT file, extended synthetically if short."""
    if REAL_1M.exists():
        raw = pd.read_csv(REAL_1M, engine="pyarrow" if HAVE_PYARROW else "c")
        raw.index = pd.to_datetime(raw.pop("date"), utc=True)
        frame = conform(raw, "1m")
        origin = "real BTCUSDT 1m"
    else:
        frame, origin = synthetic(0, "1m"), "synthetic"
    if len(frame) < rows:
        more = synthetic(rows - len(frame), "1m", after=frame.index[-1] if len(frame) else None)
        frame = pd.concat([frame, more])
    return frame.iloc[:rows], origin


def synthetic(rows: int, timeframe: str, after: pd.Timestamp | None = None) -> pd.DataFrame:
    """Random-walk bars (prices rounded to cents like an exchange's)."""
    daily = timeframe == "1d"
    step = pd.Timedelta(days=1) if daily else pd.Timedelta(minutes=1)
    first = after + step if after is not None else pd.Timestamp("1987-01-01" if daily else "2024")
    index = pd.date_range(first, periods=rows, freq=step, tz=None if daily else "UTC")
    rng = np.random.default_rng(7)
    close = np.round(40_000 * np.exp(np.cumsum(rng.normal(0, 1e-3, rows))), 2)
    data = {c: close for c in ("open", "high", "low", "close")}
    data["volume"] = np.round(rng.uniform(0, 50, rows), 5)
    return conform(pd.DataFrame(data, index=index)[list(COLUMNS)], timeframe)


def chunked_figures(root: Path, bars: pd.DataFrame, repeats: int) -> dict[str, float]:
    """The chosen design: write, load, one-day refreshes, load after them, compaction."""
    history, days = bars.iloc[:ROWS], bars
    cache = SeriesCache(root / "chunked")
    out = {"cache_write_1m_rows_ms": median_ms(lambda: cache.write(KEY_1M, history, 0, BTC), 3)}
    started = time.perf_counter()
    cache.read(KEY_1M)
    out["cache_load_1m_rows_first_read_ms"] = (time.perf_counter() - started) * 1000
    out["cache_load_1m_rows_ms"] = median_ms(lambda: cache.read(KEY_1M), repeats)
    appended = iter(range(repeats + 1))

    def refresh_one_day() -> None:
        lo = ROWS - 1 + next(appended) * DAY  # the refetched last bar plus a new day
        cache.append(KEY_1M, days.iloc[lo : lo + DAY + 1], 0, BTC)

    out["cache_refresh_one_day_1m_rows_ms"] = median_ms(refresh_one_day, repeats)
    out["cache_load_1m_rows_after_refresh_ms"] = median_ms(lambda: cache.read(KEY_1M), repeats)
    out["cache_compact_1m_rows_ms"] = median_ms(lambda: cache.compact(KEY_1M), 1, warmup=0)
    return out


def daily_figures(root: Path, repeats: int) -> dict[str, float]:
    """10k daily bars: the chunked cache and the parquet alternative."""
    daily = synthetic(10_000, "1d")
    cache = SeriesCache(root / "daily")
    cache.write(KEY_1D, daily, 0, RUT)
    out = {"cache_load_10k_daily_ms": median_ms(lambda: cache.read(KEY_1D), repeats)}
    if HAVE_PYARROW:
        path = root / "daily.parquet"
        atomic_write(path, lambda handle: daily.to_parquet(handle))
        out["parquet_load_10k_daily_ms"] = median_ms(lambda: pd.read_parquet(path), repeats)
    return out


def single_file_figures(root: Path, bars: pd.DataFrame, name: str, repeats: int):
    """A one-file-per-series alternative: a refresh reads, concatenates and rewrites it."""
    save, load = FORMATS[name]
    path, history = root / f"series.{name}", bars.iloc[:ROWS]
    out = {f"{name}_write_1m_rows_ms": median_ms(lambda: save(path, history), 3)}
    out[f"{name}_load_1m_rows_ms"] = median_ms(lambda: load(path), repeats)
    appended = iter(range(repeats + 1))

    def refresh_one_day() -> None:
        lo = ROWS - 1 + next(appended) * DAY
        old = load(path)
        fresh = bars.iloc[lo : lo + DAY + 1]
        save(path, pd.concat([old[old.index < fresh.index[0]], fresh]))

    out[f"{name}_refresh_one_day_1m_rows_ms"] = median_ms(refresh_one_day, repeats, warmup=0)
    return out


def _save_pickle(path: Path, frame: pd.DataFrame) -> None:
    atomic_write(path, lambda handle: pickle.dump(frame, handle, protocol=5))


def _load_pickle(path: Path) -> pd.DataFrame:
    with open(path, "rb") as handle:
        return pickle.load(handle)


FORMATS = {
    "parquet": (
        lambda path, frame: atomic_write(path, lambda handle: frame.to_parquet(handle)),
        pd.read_parquet,
    ),
    "pickle": (_save_pickle, _load_pickle),
}


def run(quick: bool) -> dict[str, float]:
    """All cache figures; ``quick`` takes fewer repeats."""
    repeats = 3 if quick else 7
    bars, origin = minute_bars(ROWS + (repeats + 2) * DAY)
    print(f"[bench_cache] 1m data: {origin}, {len(bars)} rows", file=sys.stderr)
    if not HAVE_PYARROW:
        print("[bench_cache] pyarrow not installed: parquet figures skipped", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        out = chunked_figures(root, bars, repeats)
        out.update(daily_figures(root, repeats))
        for name in FORMATS if HAVE_PYARROW else ("pickle",):
            out.update(single_file_figures(root, bars, name, repeats))
    return out


if __name__ == "__main__":
    for key, value in run("--quick" in sys.argv).items():
        print(f"{key:44s} {value:10.1f}")
