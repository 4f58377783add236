"""How a derived series is made from its inputs, as the catalogue resolves it.

A ``Recipe`` rides on the derived ``Instrument`` (``Instrument.recipe``), so the
instrument knows its inputs: the loaders load ``Recipe.inputs`` and compute the frame.

Calendars. A ratio of two series on the same calendar keeps it. When a New York series
meets a 24/7 one (``^RUT / BTC-USD``) the ratio exists on New York sessions only: each
session's close is divided by (or divides) the coin's close of that UTC day, and
weekends and holidays have no ratio. A basket or an index of coins is 24/7 when any
member is. Net liquidity (``NETLIQ``) lives on New York sessions, as its FRED inputs do.
"""

from __future__ import annotations

from dataclasses import dataclass

from models.cascade.netliq import NETLIQ_FORMULA
from models.derived.syntax import ALTSEASON, BASKET, NETLIQ, RATIO

#: the source name of a derived instrument (its bars come from its inputs, never a fetch)
DERIVED = "derived"
#: the altcoin season index's thresholds, as the public index states them
ALTCOIN_SEASON = 75.0
BITCOIN_SEASON = 25.0
#: the altseason index's default return window, in calendar days
DEFAULT_WINDOW_DAYS = 90
#: the windows the altseason index accepts, in calendar days
WINDOW_LIMITS = (7, 365)

_NYSE = "nyse"
_ALWAYS_OPEN = "24/7"


@dataclass(frozen=True)
class Recipe:
    """A derived series' kind and inputs (``models.market.instruments.Instrument``s).

    ``members`` are the ratio's numerator and denominator, the basket's coins or the
    altseason universe; ``benchmark`` is the BTC the altseason index compares with
    (required) or the one a basket's time-to-target compares with (optional, may be
    None); ``window_days`` is the altseason return window (0 otherwise).
    """

    kind: str
    members: tuple
    benchmark: object | None = None
    window_days: int = 0

    @property
    def inputs(self) -> tuple:
        """Every instrument to load: the members, then the benchmark."""
        extra = (self.benchmark,) if self.benchmark is not None else ()
        return (*self.members, *(i for i in extra if i not in self.members))

    @property
    def required(self) -> tuple:
        """The inputs without which nothing can be computed: both sides of a ratio, every
        coin of a basket, the altseason benchmark (its alts may be missing: the index
        counts those that are there and says which are not)."""
        if self.kind == ALTSEASON:
            return (self.benchmark,)
        return self.members

    def calendar(self) -> str:
        """The calendar the derived series lives on (see the module docstring)."""
        calendars = {member.calendar for member in self.members}
        if self.kind == RATIO:
            return calendars.pop() if len(calendars) == 1 else _NYSE
        return _ALWAYS_OPEN if _ALWAYS_OPEN in calendars else _NYSE

    def describe(self) -> str:
        """One line saying what the series is, for names and tooltips."""
        labels = [m.label for m in self.members]
        if self.kind == RATIO:
            return f"{labels[0]} divided by {labels[1]}"
        if self.kind == NETLIQ:
            return "net liquidity: " + NETLIQ_FORMULA
        if self.kind == BASKET:
            return f"equal-weight basket of {len(labels)} ({', '.join(labels)})"
        return (
            f"altcoin season index: share of {len(labels)} alts beating "
            f"{self.benchmark.label} over {self.window_days} days"
        )
