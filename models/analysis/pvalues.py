"""p-values from draws, their floor, corrections for many tests, and how to print them.

A p-value from ``draws`` random draws is ``(hits + 1) / (draws + 1)``: it never reaches
zero, and its floor ``1 / (draws + 1)`` says "no draw reached the observed value",
which is stated as ``p ≤ 0.001 (1,000 draws)``, never as ``p < 0.001``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

#: the tolerance under which a draw counts as reaching the observed value (float32 draws)
TIE_TOLERANCE = 1e-6


def add_one_p(null: np.ndarray, observed: float) -> float:
    """Share of ``null`` draws reaching ``observed`` (add-one); NaN without draws."""
    null = np.asarray(null)
    if null.size == 0 or not math.isfinite(observed):
        return float("nan")
    tolerance = TIE_TOLERANCE * max(1.0, abs(observed))
    hits = int((null >= observed - tolerance).sum())
    return (hits + 1) / (null.size + 1)


def p_floor(draws: int) -> float:
    """The smallest p-value ``draws`` draws can give: ``1 / (draws + 1)``."""
    return 1.0 / (int(draws) + 1)


def at_floor(p: float, draws: int) -> bool:
    """True when ``p`` is the floor of ``draws`` draws (no draw reached the observed value)."""
    return draws > 0 and math.isfinite(p) and p <= p_floor(draws) * (1 + 1e-9)


@dataclass(frozen=True)
class PStatement:
    """How a p-value is stated: ``p {relation} {value}`` written with ``decimals``
    decimals, and the draws behind it (None when they need no mention). ``relation`` is
    "≤" at the floor of the draws, else "="."""

    relation: str
    value: float
    decimals: int
    draws: int | None = None

    def render(self, number=None, draws_phrase: str = "({n} draws)") -> str:
        """The clause, with numbers written by ``number(value, decimals)`` (default:
        English, ``1,000``) and the draws by ``draws_phrase`` (a ``{n}`` field)."""
        number = number or _english_number
        text = f"p {self.relation} {number(self.value, self.decimals)}"
        if self.draws:
            text += " " + draws_phrase.format(n=number(float(self.draws), 0))
        return text


def p_statement(p: float | None, draws: int | None = None) -> PStatement | None:
    """How ``p`` from ``draws`` draws is stated (None when it is missing).

    At the floor: ``≤`` the floor to two significant digits, rounded up, with the
    draws; below 0.001 off the floor: two significant digits with the draws; else three
    decimals below 0.01 and two above.
    """
    if p is None or not math.isfinite(p):
        return None
    if draws and at_floor(p, draws):
        return PStatement("≤", *_decimals_of(_digits(p)), int(draws))
    if p < 0.001:
        return PStatement("=", *_decimals_of(f"{p:.2g}"), int(draws) if draws else None)
    return PStatement("=", float(p), 3 if p < 0.01 else 2)


def format_p(p: float | None, draws: int | None = None) -> str:
    """A p-value as a clause, stating the floor when it is there.

    ``p = 0.004``, ``p = 0.12``, ``p ≤ 0.001 (1,000 draws)`` at the floor of 1,000
    draws, ``p = 0.00049 (2,040 draws)`` below 0.001 off the floor, and ``p = —``
    when missing.
    """
    statement = p_statement(p, draws)
    return "p = —" if statement is None else statement.render()


def _english_number(value: float, decimals: int) -> str:
    return f"{value:,.{decimals}f}"


def _decimals_of(text: str) -> tuple[float, int]:
    """A short decimal text as (value, decimals), without exponent: '4.9e-05' -> 6."""
    value = float(text)
    plain = np.format_float_positional(value, trim="-")
    return value, len(plain.partition(".")[2])


def _digits(p: float) -> str:
    """The floor to two significant digits, rounded up so ``≤`` stays true."""
    exponent = math.floor(math.log10(p))
    step = 10.0 ** (exponent - 1)
    value = math.ceil(p / step - 1e-9) * step
    return f"{value:.{max(0, 1 - exponent)}f}".rstrip("0").rstrip(".")


def holm(p_values: np.ndarray) -> np.ndarray:
    """Holm's step-down adjustment: controls the family-wise error under any dependence."""
    p = np.asarray(p_values, dtype=float)
    order = np.argsort(p)
    m = len(p)
    adjusted = np.maximum.accumulate((m - np.arange(m)) * p[order])
    out = np.empty(m)
    out[order] = np.minimum(adjusted, 1.0)
    return out


def benjamini_hochberg(p_values: np.ndarray) -> np.ndarray:
    """Benjamini-Hochberg adjusted p (false discovery rate; positive dependence)."""
    p = np.asarray(p_values, dtype=float)
    m = len(p)
    order = np.argsort(p)
    ranked = p[order] * m / np.arange(1, m + 1)
    adjusted = np.minimum.accumulate(ranked[::-1])[::-1]
    out = np.empty(m)
    out[order] = np.minimum(adjusted, 1.0)
    return out
