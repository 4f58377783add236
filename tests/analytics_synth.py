"""Synthetic series with planted properties for the analytics tests (truth by construction)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from models.market.frames import COLUMNS


def clustered_returns(rng: np.random.Generator, days: int, scale: float = 0.01) -> np.ndarray:
    """Daily returns with volatility clustering (a GARCH(1,1)-like recursion)."""
    shocks = rng.standard_normal(days)
    out = np.empty(days)
    variance = 1.0
    for day in range(days):
        out[day] = np.sqrt(variance) * shocks[day]
        variance = 0.05 + 0.10 * out[day] ** 2 + 0.85 * variance
    return scale * out / out.std()


def frame_from_closes(dates: pd.DatetimeIndex, closes: np.ndarray, volume=None) -> pd.DataFrame:
    """A contract frame whose OHLC are all the close (enough for close-based analytics)."""
    closes = np.asarray(closes, dtype="float64")
    data = {c: closes for c in COLUMNS[:4]}
    data["volume"] = np.full(len(closes), 1e6) if volume is None else np.asarray(volume, float)
    frame = pd.DataFrame(data, index=pd.DatetimeIndex(dates, name="date"))
    return frame[list(COLUMNS)]


def planted_pair(
    lead_days: int, seed: int, days: int = 2400, beta: float = 0.8, noise: float = 0.012
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """An equity (weekdays minus a few holidays) and a 24/7 crypto that follows it by
    ``lead_days`` calendar days: crypto return on day d = beta x equity factor on day
    d - lead + noise. ``lead_days=None`` makes the two independent."""
    rng = np.random.default_rng(seed)
    calendar = pd.date_range("2015-01-01", periods=days, freq="D", name="date")
    factor = clustered_returns(rng, days + 400)
    noise_part = clustered_returns(rng, days, scale=noise)
    if lead_days is None:
        crypto_returns = beta * clustered_returns(rng, days) + noise_part
    else:
        crypto_returns = beta * factor[400 - lead_days : 400 - lead_days + days] + noise_part
    equity_level = 1000 * np.exp(np.cumsum(factor[400:]))
    crypto_level = 200 * np.exp(np.cumsum(crypto_returns))
    sessions = (calendar.day_of_week < 5) & (rng.random(days) > 0.03)  # weekends + holidays
    equity = frame_from_closes(calendar[sessions], equity_level[sessions])
    return equity, frame_from_closes(calendar, crypto_level)


# --- harder nulls and session-driven leads (issue 9) -----------------------------------

#: the no-relation worlds the lead-lag test must keep its size in
NULL_KINDS: tuple[str, ...] = ("common_regime", "session_driven", "garch", "student_t3", "ar1")


def _calendar(rng: np.random.Generator, days: int):
    """Calendar days from 2015-01-01 and the New York-like sessions among them."""
    calendar = pd.date_range("2015-01-01", periods=days, freq="D", name="date")
    sessions = (calendar.day_of_week < 5) & (rng.random(days) > 0.03)  # weekends + holidays
    return calendar, sessions


def _garch(rng: np.random.Generator, shocks: np.ndarray) -> np.ndarray:
    """A GARCH(1,1) series driven by ``shocks`` (persistence 0.95), unit variance."""
    out = np.empty(len(shocks))
    variance = 1.0
    for i, shock in enumerate(shocks):
        out[i] = np.sqrt(variance) * shock
        variance = 0.05 + 0.10 * out[i] ** 2 + 0.85 * variance
    return out / out.std()


def _ar1(shocks: np.ndarray, phi: float) -> np.ndarray:
    out = np.empty(len(shocks))
    out[0] = shocks[0]
    for i in range(1, len(shocks)):
        out[i] = phi * out[i - 1] + shocks[i]
    return out


def _regime(rng: np.random.Generator, days: int) -> np.ndarray:
    """A slow volatility multiplier both markets share: calm for months, then panic."""
    log_vol = _ar1(rng.standard_normal(days) * 0.06, 0.995)
    return np.exp(log_vol - log_vol.mean())


def null_pair(kind: str, seed: int, days: int = 1200) -> tuple[pd.DataFrame, pd.DataFrame]:
    """An equity that moves on sessions only (variance independent of the gap before
    a session) and a 24/7 crypto, unrelated in the mean at every lag, in world ``kind``:

    * ``common_regime``: both volatilities follow one slow shared regime;
    * ``session_driven``: independent Gaussian returns;
    * ``garch``: independent GARCH(1,1) volatility clustering on each side;
    * ``student_t3``: independent Student-t(3) returns (heavy tails);
    * ``ar1``: each series an AR(1) with coefficient 0.4.
    """
    rng = np.random.default_rng(seed)
    calendar, sessions = _calendar(rng, days)
    equity_shocks, crypto_shocks = rng.standard_normal(days), rng.standard_normal(days)
    if kind == "common_regime":
        regime = _regime(rng, days)
        equity_shocks, crypto_shocks = regime * equity_shocks, regime * crypto_shocks
    elif kind == "garch":
        equity_shocks, crypto_shocks = _garch(rng, equity_shocks), _garch(rng, crypto_shocks)
    elif kind == "student_t3":
        equity_shocks, crypto_shocks = rng.standard_t(3, days), rng.standard_t(3, days)
    elif kind == "ar1":
        equity_shocks = np.zeros(days)
        equity_shocks[sessions] = _ar1(rng.standard_normal(int(sessions.sum())), 0.4)
        crypto_shocks = _ar1(crypto_shocks, 0.4)
    elif kind != "session_driven":
        raise ValueError(f"unknown null kind {kind!r}")
    equity_returns = np.where(sessions, 0.01 * equity_shocks, 0.0)
    equity = frame_from_closes(
        calendar[sessions], 1000 * np.exp(np.cumsum(equity_returns))[sessions]
    )
    crypto = frame_from_closes(calendar, 200 * np.exp(np.cumsum(0.03 * crypto_shocks)))
    return equity, crypto


def session_lead_pair(
    lead_days: int, rho: float, seed: int, days: int = 3650
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A session-driven equity (GARCH returns on sessions only) and a 24/7 crypto whose
    return on day ``d`` is ``beta`` x the equity's session return on day ``d - lead``
    (none on weekends and holidays) plus noise, so the correlation of a session's
    return with the crypto's day ``lead`` days later is ``rho``."""
    rng = np.random.default_rng(seed)
    calendar, sessions = _calendar(rng, days + lead_days)
    session_returns = np.where(sessions, _garch(rng, rng.standard_normal(len(sessions))), 0.0)
    beta = rho / np.sqrt(1 - rho**2)
    crypto_returns = beta * session_returns[:days] + rng.standard_normal(days)
    equity_part = slice(lead_days, None)
    equity_closes = 1000 * np.exp(np.cumsum(0.01 * session_returns[equity_part]))
    equity_calendar = calendar[equity_part]
    keep = sessions[equity_part]
    equity = frame_from_closes(equity_calendar[keep], equity_closes[keep])
    crypto = frame_from_closes(calendar[lead_days:], 200 * np.exp(np.cumsum(0.03 * crypto_returns)))
    return equity, crypto


def breakout_market(
    seed: int, cycles: int = 10, jump: float = 0.0
) -> tuple[pd.DataFrame, pd.DataFrame, list[pd.Timestamp]]:
    """An equity of ``cycles`` cycles (a drought of 300-420 sessions below its record,
    then a breakout on three times the usual volume that holds for 12 sessions and
    rallies) and a 24/7 crypto random walk that rises by ``jump`` (log) over the 20
    days after each breakout. Returns (equity, crypto, breakout dates)."""
    rng = np.random.default_rng(seed)
    closes = list(100 + np.linspace(0, 20, 80) + rng.uniform(-0.5, 0.5, 80))
    positions = []
    for _ in range(cycles):
        record = max(closes)
        drought = 300 + int(rng.integers(0, 120))
        walk = record * np.clip(0.9 + np.cumsum(rng.normal(0, 0.01, drought)), 0.7, 0.985)
        closes.extend(walk)
        positions.append(len(closes))
        closes.extend(record * (1.01 + np.linspace(0, 0.08, 40) + rng.uniform(0, 0.005, 40)))
    volume = 1e6 * (1 + rng.uniform(-0.1, 0.1, len(closes)))
    volume[positions] = 3e6
    dates = pd.bdate_range("2010-01-04", periods=len(closes))
    equity = frame_from_closes(dates, np.asarray(closes), volume)
    calendar = pd.date_range(dates[0], dates[-1] + pd.Timedelta(days=200), freq="D")
    log_returns = rng.normal(0.0, 0.03, len(calendar))
    for position in positions:
        day = calendar.get_loc(dates[position])
        log_returns[day + 1 : day + 21] += jump / 20
    crypto = frame_from_closes(calendar, 100 * np.exp(np.cumsum(log_returns)))
    return equity, crypto, [dates[p] for p in positions]
