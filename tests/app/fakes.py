"""Small test doubles for the app tests: synthetic series and an in-memory repository."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

import numpy as np
import pandas as pd

from models.errors import UnknownSymbol
from models.market.cache.summary import SeriesInfo
from models.market.frames import conform
from models.market.instruments import Instrument
from models.market.repository import CacheRead
from models.market.series import MarketSeries, Provenance


def synthetic_frame(start: str, days: int, weekdays_only: bool, seed: int = 1) -> pd.DataFrame:
    """A random-walk OHLCV frame obeying the frame contract."""
    dates = (
        pd.bdate_range(start, periods=days)
        if weekdays_only
        else pd.date_range(start, periods=days, freq="D")
    )
    rng = np.random.default_rng(seed)
    close = 100.0 * np.exp(np.cumsum(rng.normal(0, 0.01, len(dates))))
    open_ = np.r_[close[0], close[:-1]]
    frame = pd.DataFrame(
        {
            "open": open_,
            "high": np.maximum(open_, close) * 1.005,
            "low": np.minimum(open_, close) * 0.995,
            "close": close,
            "volume": rng.uniform(1e6, 2e6, len(dates)),
        },
        index=dates,
    )
    return conform(frame)


def series_for(inst: Instrument, frame: pd.DataFrame, from_cache: bool, code=Provenance.FETCHED):
    """Wrap ``frame`` as a MarketSeries of ``inst``."""
    return MarketSeries(
        inst,
        "1d",
        frame,
        np.full(len(frame), int(code), dtype=np.uint8),
        inst.source,
        "binance" if inst.source == "ccxt" else "",
        datetime.now(UTC),
        "test",
        from_cache,
    )


class FakeRepository:
    """Repository double: a dict cache, a programmable fetch (delay, failures, cancel)."""

    def __init__(self, cached=None, fetch_delay: float = 0.0, unknown=()):
        self.cached: dict[str, pd.DataFrame] = dict(cached or {})
        self.fetch_delay = fetch_delay
        self.fetch_delays: dict[str, float] = {}  # per symbol, over fetch_delay
        self.unknown = set(unknown)
        self.fetch_started = threading.Event()
        self.fetched: list[str] = []
        self.cleared = 0

    def load(self, inst, timeframe="1d"):
        return self.read_cached(inst, timeframe).series

    def read_cached(self, inst, timeframe="1d"):
        frame = self.cached.get(inst.symbol)
        return CacheRead(None if frame is None else series_for(inst, frame, True))

    def get(self, inst, start=None, end=None, timeframe="1d", control=None):
        self.fetch_started.set()
        deadline = time.monotonic() + self.fetch_delays.get(inst.symbol, self.fetch_delay)
        while time.monotonic() < deadline:
            time.sleep(0.005)
            control.check_cancelled()
        if inst.symbol in self.unknown:
            raise UnknownSymbol(f"{inst.symbol} is not a ticker Yahoo knows.")
        base = self.cached.get(inst.symbol)
        frame = synthetic_frame("2020-01-01", 400, not inst.is_crypto, seed=len(inst.symbol))
        if base is not None:
            frame = conform(pd.concat([base, frame[frame.index > base.index[-1]]]))
        self.fetched.append(inst.symbol)
        return series_for(inst, frame, False)

    def save_imported(self, inst, frame, timeframe, provenance=Provenance.IMPORTED, file_name=""):
        self.cached[inst.symbol] = frame
        return series_for(inst, frame, True, provenance)

    def cache_size_bytes(self):
        return sum(int(f.memory_usage().sum()) for f in self.cached.values())

    def list_series(self):
        """One ``SeriesInfo`` per cached symbol, as the repository lists them."""
        return [_info(symbol, frame) for symbol, frame in sorted(self.cached.items())]

    def clear(self, instrument=None, timeframe=None):
        self.cleared += 1
        if instrument is not None:
            return int(self.cached.pop(instrument.symbol, None) is not None)
        count = len(self.cached)
        self.cached.clear()
        return count


def _info(symbol: str, frame: pd.DataFrame) -> SeriesInfo:
    crypto = "/" in symbol or symbol.endswith("-USD")
    return SeriesInfo(
        symbol=symbol,
        source="ccxt" if "/" in symbol else "yahoo",
        exchange="binance" if "/" in symbol else "",
        timeframe="1d",
        name=symbol,
        calendar="24/7" if crypto else "XNYS",
        asset_class="crypto" if crypto else "equity",
        first=frame.index[0] if len(frame) else None,
        last=frame.index[-1] if len(frame) else None,
        rows=len(frame),
        provenance="fetched",
        fetched_at=None,
        library_version="test",
        size_bytes=int(frame.memory_usage().sum()),
        chunks=1,
    )
