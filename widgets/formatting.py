"""Number formatting for traders: signed percents, thousands separators, lags in days.

Pure functions shared by the side panels, so a correlation, a return or an N reads the
same everywhere it is shown. Missing values (None or NaN) render as an em dash.
"""

from __future__ import annotations

import math

MISSING = "—"


def is_missing(value: float | None) -> bool:
    """True for None and NaN (the two ways a statistic can be absent)."""
    return value is None or (isinstance(value, float) and math.isnan(value))


def format_lag(days: int) -> str:
    """A lag in calendar days with its sign: ``+42 d``, ``0 d``, ``-7 d``."""
    return f"{int(days):+d} d" if days else "0 d"


def format_count(n: int | None) -> str:
    """An observation count with thousands separators: ``2,310``."""
    return MISSING if is_missing(n) else f"{int(n):,}"


def format_percent(fraction: float | None, digits: int = 1) -> str:
    """A return given as a fraction, as a signed percent: 0.1234 -> ``+12.3%``."""
    if is_missing(fraction):
        return MISSING
    text = f"{fraction * 100:+,.{digits}f}%"
    # a return that rounds to zero has no direction: "0.0%", not "-0.0%"
    return text[1:] if float(text[1:-1].replace(",", "")) == 0 else text


def format_share(fraction: float | None) -> str:
    """A share without sign (hit rates): 0.714 -> ``71%``."""
    return MISSING if is_missing(fraction) else f"{fraction * 100:.0f}%"


def format_correlation(value: float | None) -> str:
    """A correlation coefficient to two decimals: ``0.31``, ``-0.08``."""
    return MISSING if is_missing(value) else f"{value:.2f}"


def format_p_value(p: float | None) -> str:
    """A p-value as traders read it: ``0.004``, ``<0.001``, ``0.12``."""
    if is_missing(p):
        return MISSING
    if p < 0.001:
        return "<0.001"
    return f"{p:.3f}" if p < 0.01 else f"{p:.2f}"


def format_p_clause(p: float | None) -> str:
    """A p-value as a clause: ``p=0.004`` or ``p<0.001``."""
    text = format_p_value(p)
    return f"p{text}" if text.startswith("<") else f"p={text}"


def format_price(value: float | None) -> str:
    """A price or index level with separators: 2600 -> ``2,600.00``; small coins keep digits."""
    if is_missing(value):
        return MISSING
    if abs(value) >= 1:
        return f"{value:,.2f}"
    return f"{value:.6g}"


def format_ratio(value: float | None) -> str:
    """A multiple such as a volume ratio: 2.37 -> ``2.4×``."""
    return MISSING if is_missing(value) else f"{value:.1f}×"
