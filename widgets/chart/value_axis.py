"""A right-hand value axis with readable price labels, in linear or log10 coordinates.

Every label of one axis is written in one format: the same number of decimals, or the
compact form (250k, 1.5M) when the largest label would not fit the axis otherwise. On a
log axis the ticks are decades (1, 10, 100) or 1-2-5 steps when the height allows, and
every second or third decade when even the decades would crowd it.
"""

from __future__ import annotations

import math

import pyqtgraph as pg

from widgets.formatting import format_compact, format_number

TICK_SPACING_PX = 30
#: labels of at least this size are written compact (250k): "2,500,000" does not fit
COMPACT_FROM = 100_000
MANTISSA_SETS: tuple[tuple[float, ...], ...] = (
    (1.0,),
    (1.0, 3.0),
    (1.0, 2.0, 5.0),
    (1.0, 1.5, 2.0, 3.0, 5.0, 7.0),
    (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0),
)


def decimals_for(values, spacing: float | None = None) -> int:
    """The fewest decimals (at most 8) that write every value of ``values`` to about three
    significant digits, or, with ``spacing``, that tell ticks ``spacing`` apart."""
    if spacing is not None and spacing > 0 and math.isfinite(spacing):
        return max(0, min(8, -math.floor(math.log10(spacing) + 1e-9)))
    needed = 0
    for value in values:
        if not math.isfinite(value) or value == 0:
            continue
        digits = -math.floor(math.log10(abs(value)) + 1e-9) + 2
        rounded = round(abs(value), max(digits, 0))
        text = f"{rounded:.{max(digits, 0)}f}".rstrip("0").rstrip(".")
        needed = max(needed, len(text.partition(".")[2]))
    return min(needed, 8)


def format_ticks(values, spacing: float | None = None) -> list[str]:
    """Labels of one axis in one format: compact when the largest is ``COMPACT_FROM`` or
    more, else the same number of decimals for all."""
    finite = [v for v in values if math.isfinite(v)]
    if finite and max(abs(v) for v in finite) >= COMPACT_FROM:
        return [format_compact(v) if math.isfinite(v) else "" for v in values]
    decimals = decimals_for(finite, spacing)
    return [format_number(v, decimals) if math.isfinite(v) else "" for v in values]


def format_value(value: float, spacing: float) -> str:
    """One value as its axis writes it at tick ``spacing`` (the cursor's price label)."""
    if not math.isfinite(value):
        return ""
    if abs(value) >= COMPACT_FROM:
        return format_compact(value)
    if spacing <= 0 or not math.isfinite(spacing):
        spacing = abs(value) / 100 or 1.0
    return format_number(value, decimals_for([], spacing))


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
    """Prices of the form m * 10**e inside [lo, hi] (lo > 0), the densest set that fits;
    when even the decades do not fit, every second (third...) decade."""
    exponents = range(math.floor(math.log10(lo)), math.ceil(math.log10(hi)) + 1)
    best: list[float] = []
    for mantissas in MANTISSA_SETS:
        ticks = [m * 10.0**e for e in exponents for m in mantissas if lo <= m * 10.0**e <= hi]
        if len(ticks) > max_ticks:
            break
        best = ticks
    if best:
        return best
    decades = [10.0**e for e in exponents if lo <= 10.0**e <= hi]
    every = math.ceil(len(decades) / max(max_ticks, 1))
    return [d for d in decades if round(math.log10(d)) % every == 0]


class ValueAxis(pg.AxisItem):
    """Right axis; in log mode the view holds log10(value) and labels show the value
    (plus ``offset``: a percent scale on a log axis holds log10(100 + percent))."""

    def __init__(self, *, compact: bool = False, **kwargs) -> None:
        super().__init__(orientation="right", **kwargs)
        self._log = False
        self._offset = 0.0
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

    def set_log(self, on: bool, offset: float = 0.0) -> None:
        """Switch between linear values and log10 coordinates (labels show 10**y + offset)."""
        self._log = bool(on)
        self._offset = float(offset) if on else 0.0
        self.picture = None
        self.update()

    @property
    def is_log(self) -> bool:
        """True when the view holds log10 values."""
        return self._log

    def value_of(self, y: float) -> float:
        """The value a view coordinate ``y`` stands for (undoes the log)."""
        return 10.0**y + self._offset if self._log else y

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
        if len(ticks) < 3 and hi / lo < 100:
            # A narrow log range: linear price ticks read better.
            ticks = [v for v in linear_ticks(lo, hi, max_ticks)[1] if v > 0]
        return [(1.0, [math.log10(v) for v in ticks])]

    def tickStrings(self, values, scale, spacing):
        """Values in one format for the whole axis (log mode shows the value, not the
        exponent), with the suffix."""
        return [text + self._suffix for text in self._plain_strings(values, scale, spacing)]

    def label_at(self, y: float) -> str:
        """The cursor's label for view coordinate ``y``, as the axis would write it."""
        (lo, hi) = self.range
        value = self.value_of(y)
        if self._compact:
            return format_compact(value) + self._suffix
        spacing = abs(value) / 1000 if self._log else abs(hi - lo) / 100
        return format_value(value, spacing) + self._suffix

    def _plain_strings(self, values, scale, spacing):
        if self._log:
            return format_ticks([10.0**v + self._offset for v in values])
        if self._compact:
            return [format_compact(v * scale) for v in values]
        return format_ticks([v * scale for v in values], spacing * scale)
