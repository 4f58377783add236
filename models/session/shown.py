"""The statistics behind what the window shows: the prepared session and what was
computed from it since (breakouts under the current rule, the cross-correlation, the
event study), as each arrives from the workers."""

from __future__ import annotations

from dataclasses import dataclass

from models.analysis.breakouts import BreakoutResult
from models.analysis.leadlag import CcfResult, LagCorrelation
from models.session.prepared import Prepared
from models.session.session import Session


@dataclass(frozen=True)
class ShownAnalysis:
    """Frozen: each result that arrives makes a new record (``dataclasses.replace``).

    ``study`` is a ``models.analysis.event_study.EventStudyResult``; ``ccf`` and
    ``study`` are None until the heavy jobs have reported (or when there is nothing to
    compute them on).
    """

    prepared: Prepared | None = None
    breakouts: BreakoutResult | None = None
    ccf: CcfResult | None = None
    study: object | None = None

    @classmethod
    def of(cls, prepared: Prepared) -> ShownAnalysis:
        """A newly prepared session: its breakouts, nothing heavy yet."""
        return cls(prepared, prepared.breakouts)

    @property
    def session(self) -> Session | None:
        """The session shown, or None before the first."""
        return None if self.prepared is None else self.prepared.session

    def correlation_at(self, lag_days: int) -> LagCorrelation | None:
        """The correlation of returns at ``lag_days`` (None without statistics)."""
        stats = None if self.prepared is None else self.prepared.stats
        return None if stats is None else stats.at(int(lag_days)).correlation
