"""The rules every bar obeys, checked wherever bars come in: a file, a source, the cache.

A bar is sound when

* its four prices are finite, positive and below ``PRICE_CEILING`` (``1e308`` is finite
  but no price: it overflows every range, mean and axis computed from it); a FRED
  series' values are levels, rates and spreads, not prices, so for them (``positive``
  False, ``needs_positive``) zero and below are values too (the reverse repo's take-up
  was 0 on many days of 2019-2021), only their size is bounded;
* ``low <= open <= high`` and ``low <= close <= high`` (within ``TOLERANCE`` of the high,
  the rounding of sources that store prices as decimals);
* its volume is missing (NaN) or finite, not negative and below ``VOLUME_CEILING``;
* its time is not after the current day in the series' own calendar plus one day for
  time zones (``latest_allowed``): a bar from the future would pass for the last bar and
  stop every later refresh.

``first_bad_row`` works on plain arrays (the cache reader's rows), ``first_bad_bar`` on a
contract frame; both return the first offending row in time order and why, or None.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from models.market.frames import PRICE_COLUMNS, is_daily
from models.market.instruments import FRED, NYSE

PRICE_CEILING = 1e12
VOLUME_CEILING = 1e18
TOLERANCE = 1e-6
_NEW_YORK = "America/New_York"

#: why a bar was refused (``BadBar.code``), most basic first
NOT_A_PRICE = "not_a_price"
OUT_OF_RANGE = "out_of_range"
HIGH_BELOW_LOW = "high_below_low"
OPEN_OUTSIDE = "open_outside"
CLOSE_OUTSIDE = "close_outside"
BAD_VOLUME = "bad_volume"
FUTURE = "future"


@dataclass(frozen=True)
class BadBar:
    """The first bar that breaks a rule: its row, its time, a rule code and a reason."""

    row: int
    stamp: pd.Timestamp
    code: str
    reason: str

    def describe(self) -> str:
        """'2024-03-01: close inf is not a finite price' (the bar's date first)."""
        return f"{_show(self.stamp)}: {self.reason}"


def needs_positive(source: str) -> bool:
    """True when the bars of ``source`` are prices (every source but FRED)."""
    return source != FRED


def latest_allowed(calendar: str, timeframe: str, now: pd.Timestamp | None = None) -> pd.Timestamp:
    """The latest time a bar may carry: the current day in ``calendar`` (New York for
    NYSE sessions, UTC for 24/7) plus one day; a UTC instant for intraday bars."""
    now = pd.Timestamp.now(tz="UTC") if now is None else _utc(now)
    if not is_daily(timeframe):
        return now + pd.Timedelta(days=1)
    local = now.tz_convert(_NEW_YORK) if calendar == NYSE else now
    return local.normalize().tz_localize(None) + pd.Timedelta(days=1)


def first_bad_bar(
    frame: pd.DataFrame,
    calendar: str,
    timeframe: str,
    now: pd.Timestamp | None = None,
    positive: bool = True,
) -> BadBar | None:
    """The first bar of a contract frame that breaks a rule (see the module docstring;
    ``positive`` False: values may be zero or negative)."""
    if frame.empty:
        return None
    index = pd.DatetimeIndex(frame.index)
    times = index.as_unit("ns").asi8
    limit = latest_allowed(calendar, timeframe, now)
    limit_ns = int(limit.as_unit("ns").value)
    values = frame.loc[:, [*PRICE_COLUMNS, "volume"]].to_numpy(dtype="float64").T
    found = first_bad_row(times, values, limit_ns, positive)
    if found is None:
        return None
    row, code, reason = found
    return BadBar(row, index[row], code, reason)


def first_bad_row(
    times: np.ndarray, values: np.ndarray, limit_ns: int | None = None, positive: bool = True
) -> tuple[int, str, str] | None:
    """(row, code, reason) of the first row breaking a rule, or None.

    ``values`` is 5 x n (open, high, low, close, volume); ``times`` int64 nanoseconds;
    ``limit_ns`` the latest time allowed (None: no check of the time).
    """
    if not len(times):
        return None
    if _plainly_good(values, positive) and (limit_ns is None or int(times.max()) <= limit_ns):
        return None  # every read of the cache passes here: ~60% of the rules' cost
    return first_breach(times, values, limit_ns, positive)


def first_breach(
    times: np.ndarray, values: np.ndarray, limit_ns: int | None, positive: bool
) -> tuple[int, str, str] | None:
    """``first_bad_row`` by its rules alone, each over every row (no shortcut)."""
    opens, high, low, close, volume = values
    prices = values[:4]
    with np.errstate(invalid="ignore", over="ignore"):
        slack = TOLERANCE * np.abs(high)
        floor = (prices <= 0) if positive else (prices < -PRICE_CEILING)
        rules = [
            (~np.isfinite(prices).all(axis=0), NOT_A_PRICE),
            ((floor | (prices > PRICE_CEILING)).any(axis=0), OUT_OF_RANGE),
            (high < low - slack, HIGH_BELOW_LOW),
            ((opens < low - slack) | (opens > high + slack), OPEN_OUTSIDE),
            ((close < low - slack) | (close > high + slack), CLOSE_OUTSIDE),
            (~np.isnan(volume) & ~((volume >= 0) & (volume <= VOLUME_CEILING)), BAD_VOLUME),
        ]
    if limit_ns is not None:
        rules.append((times > limit_ns, FUTURE))
    hits = [(int(np.argmax(mask)), order) for order, (mask, _) in enumerate(rules) if mask.any()]
    if not hits:
        return None
    row, order = min(hits)
    code = rules[order][1]
    return row, code, _reason(code, values[:, row], int(times[row]), limit_ns, positive)


def _plainly_good(values: np.ndarray, positive: bool) -> bool:
    """True only when no price or volume rule of ``first_bad_row`` can fire, found with
    whole-array reductions and few temporaries; False sends the bars to the rules, which
    find the row and say why (a NaN fails every comparison here, so it goes there too)."""
    if not positive:
        return False
    opens, high, low, close, volume = values
    prices = values[:4]
    if not (prices.min() > 0 and prices.max() <= PRICE_CEILING):
        return False
    slack = TOLERANCE * high  # |high| = high: every price is positive here
    lower, upper = low - slack, high + slack
    for below, above in ((high, None), (opens, upper), (close, upper)):
        if np.less(below, lower).any() or (above is not None and np.greater(below, above).any()):
            return False
    least, most = np.fmin.reduce(volume), np.fmax.reduce(volume)  # NaN: a missing volume
    return bool(np.isnan(least) or (least >= 0 and most <= VOLUME_CEILING))


def _reason(code: str, bar: np.ndarray, time_ns: int, limit_ns: int | None, positive=True) -> str:
    names = ("open", "high", "low", "close")
    opens, high, low, close, volume = (float(v) for v in bar)
    if code == NOT_A_PRICE:
        name = next(n for n, v in zip(names, bar, strict=False) if not np.isfinite(v))
        return f"the {name} price {_num(bar[names.index(name)])} is not a number"
    if code == OUT_OF_RANGE:
        name = next(
            n
            for n, v in zip(names, bar, strict=False)
            if (positive and v <= 0) or abs(v) > PRICE_CEILING
        )
        value = bar[names.index(name)]
        if -PRICE_CEILING <= value <= 0:
            return f"the {name} price {_num(value)} is not positive"
        return f"the {name} price {_num(value)} is beyond any real price (over {PRICE_CEILING:g})"
    if code == HIGH_BELOW_LOW:
        return f"the high {_num(high)} is below the low {_num(low)}"
    if code == OPEN_OUTSIDE:
        return f"the open {_num(opens)} is outside the low-high range {_num(low)}..{_num(high)}"
    if code == CLOSE_OUTSIDE:
        return f"the close {_num(close)} is outside the low-high range {_num(low)}..{_num(high)}"
    if code == BAD_VOLUME:
        return f"the volume {_num(volume)} is not a count (negative, infinite or absurdly large)"
    when = _show(pd.Timestamp(time_ns, unit="ns"))
    latest = _show(pd.Timestamp(limit_ns or 0, unit="ns"))
    return f"the bar is dated {when}, in the future (the latest date allowed is {latest})"


def _num(value) -> str:
    return f"{float(value):g}"


def _show(stamp: pd.Timestamp) -> str:
    if stamp.tzinfo is None and stamp == stamp.normalize():
        return stamp.strftime("%Y-%m-%d")
    return stamp.strftime("%Y-%m-%d %H:%M UTC")


def _utc(stamp: pd.Timestamp) -> pd.Timestamp:
    stamp = pd.Timestamp(stamp)
    return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")
