"""A right-hand value axis with readable price labels, in linear or log10 coordinates."""

from __future__ import annotations

import math

import pyqtgraph as pg

TICK_SPACING_PX = 30
MANTISSA_SETS: tuple[tuple[float, ...], ...] = (
    (1.0,),
    (1.0, 3.0),
    (1.0, 2.0, 5.0),
    (1.0, 1.5, 2.0, 3.0, 5.0, 7.0),
    (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0),
)


def format_value(value: float, spacing: float) -> str:
    """``value`` with thousands separators and as many decimals as ``spacing`` needs."""
    if not math.isfinite(value):
        return ""
    if spacing <= 0 or not math.isfinite(spacing):
        spacing = abs(value) or 1.0
    decimals = max(0, min(8, -math.floor(math.log10(spacing) + 1e-9)))
    if abs(value) >= 100_000 and spacing >= 1:
        decimals = 0
    return f"{value:,.{decimals}f}"


def format_compact(value: float) -> str:
    """Large quantities the short way: 3.2B, 450M, 12k."""
    size = abs(value)
    for limit, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")):
        if size >= limit:
            return f"{value / limit:.3g}{suffix}"
    return f"{value:.3g}"


def linear_ticks(lo: float, hi: float, max_ticks: int) -> tuple[float, list[float]]:
    """(step, ticks): multiples of a 1-2-5 step inside [lo, hi], at most ``max_ticks``
    (but at least two when a smaller step allows it: one label does not show a scale)."""
    span = hi - lo
    if not (math.isfinite(span) and span > 0):
        return 1.0, []
    power = 10.0 ** math.floor(math.log10(span / max(max_ticks, 1)))
    steps = [m * power * scale for scale in (0.1, 1.0, 10.0) for m in (1.0, 2.0, 5.0)]
    counts = [_count(lo, hi, step) for step in steps]
    index = next((i for i, n in enumerate(counts) if n <= max_ticks), len(steps) - 1)
    if counts[index] < 2:
        index = next((i for i in range(index - 1, -1, -1) if counts[i] >= 2), index)
    return steps[index], _multiples(lo, hi, steps[index])


def _count(lo: float, hi: float, step: float) -> int:
    return math.floor(hi / step + 1e-9) - math.ceil(lo / step - 1e-9) + 1


def _multiples(lo: float, hi: float, step: float) -> list[float]:
    first, last = math.ceil(lo / step - 1e-9), math.floor(hi / step + 1e-9)
    return [round(k * step, 12) for k in range(first, last + 1)]


def log_ticks(lo: float, hi: float, max_ticks: int) -> list[float]:
    """Prices of the form m * 10**e inside [lo, hi] (lo > 0), the densest set that fits."""
    best: list[float] = []
    for mantissas in MANTISSA_SETS:
        ticks = [
            m * 10.0**e
            for e in range(math.floor(math.log10(lo)), math.ceil(math.log10(hi)) + 1)
            for m in mantissas
            if lo <= m * 10.0**e <= hi
        ]
        if len(ticks) > max_ticks:
            break
        best = ticks
    return best


class ValueAxis(pg.AxisItem):
    """Right axis; in log mode the view holds log10(value) and labels show the value."""

    def __init__(self, *, compact: bool = False, **kwargs) -> None:
        super().__init__(orientation="right", **kwargs)
        self._log = False
        self._compact = compact
        self._suffix = ""
        self._blank = False

    def set_blank(self, blank: bool) -> None:
        """No ticks, labels or grid lines: an empty chart's default range means nothing."""
        self._blank = bool(blank)
        self.picture = None
        self.update()

    def set_suffix(self, suffix: str) -> None:
        """Text after every label (e.g. "%")."""
        self._suffix = suffix
        self.picture = None
        self.update()

    def set_log(self, on: bool) -> None:
        """Switch between linear values and log10 coordinates."""
        self._log = bool(on)
        self.picture = None
        self.update()

    @property
    def is_log(self) -> bool:
        """True when the view holds log10 values."""
        return self._log

    def tickValues(self, min_value, max_value, size):
        """One level of 1-2-5 ticks, at least TICK_SPACING_PX apart (log mode: in price)."""
        if self._blank:
            return []
        max_ticks = max(int(size / TICK_SPACING_PX), 3)
        if not self._log:
            step, ticks = linear_ticks(min_value, max_value, max_ticks)
            return [(step, ticks)]
        lo, hi = 10.0 ** max(min_value, -300), 10.0 ** min(max_value, 300)
        ticks = log_ticks(lo, hi, max_ticks)
        if len(ticks) < 3:
            # A narrow log range: linear price ticks read better.
            ticks = [v for v in linear_ticks(lo, hi, max_ticks)[1] if v > 0]
        return [(1.0, [math.log10(v) for v in ticks])]

    def tickStrings(self, values, scale, spacing):
        """Values with thousands separators (log mode shows the value, not the exponent)."""
        return [text + self._suffix for text in self._plain_strings(values, scale, spacing)]

    def _plain_strings(self, values, scale, spacing):
        if self._log:
            # Each label carries about three significant digits of its own value.
            return [format_value(10.0**v, 10.0**v / 20) for v in values]
        if self._compact:
            return [format_compact(v * scale) for v in values]
        return [format_value(v * scale, spacing * scale) for v in values]
