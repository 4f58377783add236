"""The chain's statistics: every hop, and the total from the first stage to the last.

Each hop is ``models.cascade.hops.hop_statistics`` (the lead, its bootstrap interval, the
windowed p and N). The total is stated two ways, because neither alone is the whole
answer:

* the **sum of the hops**: the leads added up, with the sum of the intervals' ends as
  its interval (it holds the sum of the true leads whenever every hop's interval holds
  its own; by Bonferroni that is at least ``1 - hops x 5%`` of the time);
* the **direct hop** from the first stage to the last, tested like any hop over
  ``A .. min(hops x B, 1000)`` days: a chain whose links each hold can still lose its
  signal end to end, and this says whether it did.

The run reports progress after each hop and stops at the next hop when cancelled
(``FetchControl``): the window runs it in the background.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from models.analysis.lag_window import MAX_SEARCH_DAYS, LagWindow
from models.cascade.hops import HOP_WINDOW, HopResult, hop_statistics
from models.cascade.levels import StageLevel
from models.market.fetch_control import FetchControl

#: draws per hop for the null and for the interval
DEFAULT_DRAWS = 1000


@dataclass(frozen=True)
class ChainResult:
    """Every hop in order, the direct first-to-last hop, and what they were run with."""

    hops: tuple[HopResult, ...]
    direct: HopResult
    window: LagWindow
    draws: int
    seed: int

    @property
    def sum_of_leads(self) -> int | None:
        """The hops' leads added up (None when a hop has none)."""
        leads = [h.lag_days for h in self.hops]
        return None if any(lead is None for lead in leads) else sum(leads)

    @property
    def sum_interval(self) -> tuple[int, int] | None:
        """The hops' intervals added end to end (None when a hop has none)."""
        spans = [h.lag_interval_days for h in self.hops]
        if any(span is None for span in spans):
            return None
        return sum(s[0] for s in spans), sum(s[1] for s in spans)


def direct_window(window: LagWindow, hops: int) -> LagWindow:
    """The window of the direct first-to-last hop: ``A .. hops x B``, at most 1,000 days."""
    high = min(max(window.max_lag, 0) * hops, MAX_SEARCH_DAYS)
    return LagWindow(window.min_lag, max(high, window.min_lag), "first to last")


def chain_statistics(
    levels: Sequence[StageLevel],
    window: LagWindow = HOP_WINDOW,
    draws: int = DEFAULT_DRAWS,
    seed: int = 0,
    control: FetchControl | None = None,
) -> ChainResult:
    """The statistics of the chain ``levels`` (stages in order); raises ``Cancelled`` when
    ``control`` is cancelled between two hops."""
    control = control or FetchControl()
    steps = len(levels)
    hops = []
    for done, (leader, follower) in enumerate(pairwise(levels)):
        control.check_cancelled()
        control.report(done, steps, f"{leader.label} → {follower.label}")
        hops.append(hop_statistics(leader, follower, window, draws, seed + done))
    control.check_cancelled()
    control.report(steps - 1, steps, f"{levels[0].label} → {levels[-1].label} (direct)")
    total_window = direct_window(window, len(hops))
    direct = hop_statistics(levels[0], levels[-1], total_window, draws, seed + len(hops))
    control.report(steps, steps, "chain done")
    return ChainResult(tuple(hops), direct, window, int(draws), int(seed))
