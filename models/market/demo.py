"""Synthetic demo data with known answers: an index with planted breakouts, crypto that lags it.

``demo_bundle(seed=7, years=12)`` returns ``DemoBundle(equity, crypto)``: a "DEMO ^RUT"
index on New York sessions (``models.market.nyse_calendar``) and four 24/7 daily crypto series
("DEMO BTC/USDT", "DEMO ETH/USDT" and two alts, listed three years later). Every row's
provenance is ``Provenance.DEMO``, so ``MarketSeries.is_demo`` is True for each of them.
The history ends on ``DEMO_END`` whatever today is, so the same seed always gives the same
bars.

What is planted (``demo_truth(seed, years)`` returns it for any seed):

* **The lag.** Each crypto daily log return is ``beta x`` the index's log return of the
  day ``DEMO_LAG_DAYS`` (45) calendar days earlier (zero on days without a session),
  plus its own noise with volatility clustering. The cross-correlation of returns
  therefore peaks at +45 days (crypto following).
* **The breakouts.** After a rise of 250 sessions the index repeats a cycle: a fall
  and a recovery lasting 340 sessions, so at least 252 sessions pass without a record;
  then one session closes 1.5% above the old all-time high on 2.6 x its 50-session
  average volume. The breakouts alternate held and failed, starting with held. A held
  breakout closes above the old high for the next 15 sessions and rallies 18% over 130
  sessions. A failed one closes back below the old high two sessions later and makes
  no new record before the next breakout. The last cycle's tail never makes a record.

With the defaults (seed 7, 12 years: 2014-01-02 .. 2025-12-31) the planted breakouts
are (session date, held):

    2016-05-06 held, 2018-03-21 failed, 2020-02-04 held,
    2021-12-15 failed, 2023-10-31 held

and their crypto echoes fall 45 calendar days later. ``tests/test_demo.py`` checks this
list against the generator, so it cannot go stale.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import numpy as np
import pandas as pd

from models.market.instruments import ALWAYS_OPEN, NYSE, Instrument
from models.market.nyse_calendar import nyse_sessions
from models.market.series import MarketSeries, Provenance
from models.notices import DEMO, Notice

DEMO_LAG_DAYS = 45
DEMO_END = pd.Timestamp("2025-12-31")
DEMO_SOURCE = "demo"
DEMO_WARNING = "Synthetic demo data (DEMO): not real prices."

_WARMUP, _FALL, _RECOVERY, _AFTER = 250, 150, 190, 130
_CYCLE = _FALL + _RECOVERY + 1 + _AFTER
_BREAK_JUMP, _BREAK_VOLUME, _HOLD_GUARD = 0.015, 2.6, 15


@dataclass(frozen=True)
class _CryptoSpec:
    symbol: str
    name: str
    start_price: float
    beta: float
    noise: float
    drift: float
    listed_after_years: int


_CRYPTO = (
    _CryptoSpec("DEMO BTC/USDT", "Bitcoin-like (DEMO)", 800.0, 1.6, 0.022, 0.0009, 0),
    _CryptoSpec("DEMO ETH/USDT", "Ether-like (DEMO)", 40.0, 2.0, 0.028, 0.0004, 0),
    _CryptoSpec("DEMO SOL/USDT", "Alt coin A (DEMO)", 2.0, 2.4, 0.036, 0.0009, 3),
    _CryptoSpec("DEMO DOGE/USDT", "Alt coin B (DEMO)", 0.01, 2.6, 0.042, 0.0008, 3),
)


@dataclass(frozen=True)
class PlantedBreakout:
    """One planted breakout: its session, the old high it cleared, and whether it held."""

    date: pd.Timestamp
    prior_high: float
    close: float
    volume_ratio: float
    held: bool

    @property
    def crypto_echo(self) -> pd.Timestamp:
        """The UTC day on which the crypto series replay the breakout session."""
        return self.date + pd.Timedelta(days=DEMO_LAG_DAYS)


@dataclass(frozen=True)
class DemoTruth:
    """What the generator planted, for tests and for the analytics to be checked against."""

    lag_days: int
    breakouts: tuple[PlantedBreakout, ...]


class DemoBundle(NamedTuple):
    """The equity series and the crypto series of one demo run (unpacks as a pair)."""

    equity: MarketSeries
    crypto: tuple[MarketSeries, ...]


def demo_bundle(seed: int = 7, years: int = 12) -> DemoBundle:
    """The demo index and crypto series for ``seed`` over ``years`` years ending DEMO_END."""
    equity, crypto, _ = _generate(seed, years)
    return DemoBundle(equity, crypto)


def demo_truth(seed: int = 7, years: int = 12) -> DemoTruth:
    """The planted lag and breakouts of ``demo_bundle(seed, years)``."""
    return _generate(seed, years)[2]


@lru_cache(maxsize=4)
def _generate(seed: int, years: int) -> tuple[MarketSeries, tuple[MarketSeries, ...], DemoTruth]:
    if years < 2:
        raise ValueError("the demo needs at least 2 years")
    rng = np.random.default_rng(seed)
    sessions = nyse_sessions(DEMO_END - pd.DateOffset(years=years) + pd.Timedelta(days=1), DEMO_END)
    closes, breaks = _index_path(rng, len(sessions))
    volume = _index_volume(rng, closes, breaks)
    equity = _series(_equity_instrument(), _ohlc(rng, closes, volume, 0.004, sessions))
    truth = DemoTruth(DEMO_LAG_DAYS, tuple(_planted(sessions, closes, volume, breaks)))
    returns = _calendar_returns(sessions, closes)
    crypto = tuple(_crypto_series(rng, spec, returns) for spec in _CRYPTO)
    return equity, crypto, truth


# --- the index --------------------------------------------------------------------------


def _clustered_sigma(rng: np.random.Generator, n: int, mean: float) -> np.ndarray:
    """Daily volatility with clustering: a persistent log-volatility (AR(1)) around ``mean``."""
    shocks = rng.standard_normal(n) * 0.12
    log_vol = np.zeros(n)
    for i in range(1, n):
        log_vol[i] = 0.97 * log_vol[i - 1] + shocks[i]
    return mean * np.exp(log_vol - log_vol.mean())


class _PathBuilder:
    """Appends log-price segments one after another, each pinned to its end level."""

    def __init__(self, rng: np.random.Generator, sigma: np.ndarray, start: float) -> None:
        self.rng, self.sigma, self.path = rng, sigma, [start]

    @property
    def high(self) -> float:
        return max(self.path)

    def segment(self, target: float, length: int, cap=None, floor=None) -> None:
        """A Brownian bridge from the last level to ``target`` in ``length`` sessions."""
        steps = self.sigma[len(self.path) - 1 :][:length] * self.rng.standard_t(5, length) * 0.77
        walk = np.cumsum(steps)
        share = np.arange(1, length + 1) / length
        values = self.path[-1] + (target - self.path[-1]) * share + walk - share * walk[-1]
        values = np.minimum(values, cap) if cap is not None else values
        values = np.maximum(values, floor) if floor is not None else values
        self.path.extend(values.tolist())

    def point(self, level: float) -> None:
        self.path.append(level)


def _index_path(rng: np.random.Generator, n: int) -> tuple[np.ndarray, list[tuple[int, bool]]]:
    """Log closes of ``n`` sessions and the planted breakouts as (session, held)."""
    builder = _PathBuilder(rng, _clustered_sigma(rng, n + 1, 0.009), np.log(1100.0))
    builder.segment(builder.path[-1] + 0.25, _WARMUP - 1)
    breaks, held = [], True
    while len(builder.path) + _CYCLE <= n:
        _cycle(builder, held)
        breaks.append((len(builder.path) - _AFTER - 1, held))
        held = not held
    high = builder.high
    remaining = n - len(builder.path)
    if remaining > 0:
        builder.segment(high - 0.08, remaining, cap=high - 0.004)
    return np.exp(np.asarray(builder.path[:n])), breaks


def _cycle(builder: _PathBuilder, held: bool) -> None:
    """A fall, a recovery just short of the record, the breakout session and its after-math."""
    high = builder.high
    builder.segment(high - 0.20, _FALL, cap=high - 0.004)
    builder.segment(high - 0.015, _RECOVERY, cap=high - 0.004)
    builder.point(high + _BREAK_JUMP)
    if held:
        builder.segment(high + 0.06, _HOLD_GUARD, floor=high + 0.004)
        builder.segment(high + 0.18, _AFTER - _HOLD_GUARD, floor=high + 0.004)
        return
    top = high + _BREAK_JUMP
    builder.point(top - 0.008)
    builder.point(high - 0.012)
    builder.segment(high - 0.10, _AFTER - 2, cap=top - 0.003)


def _index_volume(rng, closes: np.ndarray, breaks: list[tuple[int, bool]]) -> np.ndarray:
    """Share volume that grows over time, rises with big moves and spikes on breakouts."""
    n = len(closes)
    moves = np.abs(np.diff(np.log(closes), prepend=np.log(closes[0])))
    volume = 1.5e9 * np.exp(np.linspace(0, 0.8, n) + 0.18 * rng.standard_normal(n))
    volume *= 1.0 + 12.0 * moves
    for session, _ in breaks:
        average = volume[session - 50 : session].mean()
        volume[session] = _BREAK_VOLUME * average
        volume[session + 1 : session + 3] = [1.6 * average, 1.3 * average]
    return np.round(volume)


def _planted(sessions, closes, volume, breaks) -> list[PlantedBreakout]:
    out = []
    for session, held in breaks:
        prior_high = float(closes[:session].max())
        ratio = float(volume[session] / volume[session - 50 : session].mean())
        out.append(
            PlantedBreakout(sessions[session], prior_high, float(closes[session]), ratio, held)
        )
    return out


# --- bars and series ----------------------------------------------------------------------


def _ohlc(rng, closes: np.ndarray, volume: np.ndarray, spread: float, index) -> pd.DataFrame:
    """Open near the previous close; high and low a little beyond open and close."""
    n = len(closes)
    opens = np.concatenate(([closes[0]], closes[:-1])) * np.exp(rng.normal(0, spread / 2, n))
    reach = np.abs(rng.normal(0, spread, (2, n)))
    high = np.maximum(opens, closes) * np.exp(reach[0])
    low = np.minimum(opens, closes) * np.exp(-reach[1])
    frame = pd.DataFrame(
        {"open": opens, "high": high, "low": low, "close": closes, "volume": volume},
        index=pd.DatetimeIndex(index, name="date").as_unit("ns"),
    )
    return frame.astype("float64")


def _series(instrument: Instrument, frame: pd.DataFrame) -> MarketSeries:
    return MarketSeries(
        instrument=instrument,
        timeframe="1d",
        frame=frame,
        provenance=np.full(len(frame), Provenance.DEMO, dtype=np.int8),
        source=DEMO_SOURCE,
        library_version="demo",
        notices=[Notice(DEMO, instrument.label, DEMO_WARNING)],
    )


def _equity_instrument() -> Instrument:
    return Instrument("DEMO ^RUT", "Russell 2000 (DEMO)", DEMO_SOURCE, NYSE, "equity")


# --- crypto -----------------------------------------------------------------------------


def _calendar_returns(sessions: pd.DatetimeIndex, closes: np.ndarray) -> pd.Series:
    """Index log returns on every calendar day: the session's return, zero between sessions."""
    log_returns = pd.Series(np.diff(np.log(closes), prepend=np.log(closes[0])), index=sessions)
    days = pd.date_range(sessions[0], sessions[-1], freq="D", name="date")
    return log_returns.reindex(days, fill_value=0.0)


def _crypto_series(rng, spec: _CryptoSpec, index_returns: pd.Series) -> MarketSeries:
    lagged = index_returns.shift(DEMO_LAG_DAYS).iloc[DEMO_LAG_DAYS:]
    listed = index_returns.index[0] + pd.DateOffset(years=spec.listed_after_years)
    lagged = lagged[lagged.index >= listed + pd.Timedelta(days=DEMO_LAG_DAYS)]
    n = len(lagged)
    noise = _clustered_sigma(rng, n, spec.noise) * rng.standard_t(4, n) * 0.7
    log_returns = spec.beta * lagged.to_numpy() + noise + spec.drift
    closes = spec.start_price * np.exp(np.cumsum(log_returns))
    volume = np.round(1e4 * np.exp(0.4 * rng.standard_normal(n)) * (1 + 20 * np.abs(noise)), 3)
    frame = _ohlc(rng, closes, volume, 0.012, lagged.index)
    instrument = Instrument(spec.symbol, spec.name, DEMO_SOURCE, ALWAYS_OPEN, "crypto")
    return _series(instrument, frame)
