"""What an export shows, frozen: the session, the chart choices and the statistics.

The window makes one from its ``ChartState`` (``snapshot_from_window_state``); the
command line makes one from its arguments (``headless.snapshot_from_args``). Every
exporter (image, caption, sidecar, CSV) reads only this, so the picture, its caption
and its evidence can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

import models.session.prepared as analysis
from models.analysis.breakouts import BreakoutParams, BreakoutResult
from models.analysis.leadlag import LagCorrelation
from models.session.prepared import Prepared
from models.session.session import Session
from models.vocabulary import LAG_LIMIT_DAYS, PANES

CCF_MAX_LAG = LAG_LIMIT_DAYS
CCF_DRAWS = 1000


@dataclass
class ExportSnapshot:
    """Everything one export states.

    ``visible`` is the date span shown (None: the span the window opens on, where the
    series overlap); ``anchor_date`` is where indexed and percent lines meet.
    ``ccf`` is a ``models.analysis.leadlag.CcfResult``, ``study`` an ``EventStudyResult``
    (None without breakouts); ``correlation`` is at ``lag_days``.
    """

    session: Session
    prepared: Prepared
    lag_days: int
    scale: str
    params: BreakoutParams
    breakouts: BreakoutResult
    theme: str = "light"
    equity_style: str = "candles"
    equity_log: bool = False
    visible: tuple[pd.Timestamp, pd.Timestamp] | None = None
    anchor_date: pd.Timestamp | None = None
    panes: dict[str, bool] = field(default_factory=lambda: dict.fromkeys(PANES, True))
    ccf: object | None = None
    study: object | None = None
    correlation: LagCorrelation | None = None

    @property
    def is_demo(self) -> bool:
        """True when any series is synthetic demo data."""
        return self.session.is_demo

    @property
    def policy(self) -> str:
        """The alignment policy of equity and crypto (the window's)."""
        return analysis.POLICY

    @property
    def primary_key(self) -> str | None:
        """The crypto series the statistics are about."""
        return self.prepared.primary_key

    def shown_span(self) -> tuple[pd.Timestamp, pd.Timestamp]:
        """The dates on the chart: ``visible`` or where equity and crypto overlap."""
        if self.visible is not None:
            return self.visible
        ends = [s.frame.index[-1] for s in self.session.series if s.rows]
        start = self.prepared.anchor_date - pd.Timedelta(days=30)
        return pd.Timestamp(start), pd.Timestamp(max(ends)) + pd.Timedelta(days=30)

    def effective_anchor(self) -> pd.Timestamp:
        """Where indexed lines meet: the first visible date, never before the overlap."""
        if self.anchor_date is not None:
            return pd.Timestamp(self.anchor_date)
        start = self.visible[0] if self.visible is not None else self.prepared.anchor_date
        return max(self.prepared.anchor_date, pd.Timestamp(start).normalize())


def complete_statistics(snapshot: ExportSnapshot) -> ExportSnapshot:
    """Fill in the statistics still missing (the window may not have them yet).

    Runs on the calling thread: the cross-correlation of daily data takes a fraction
    of a second, and an export must state the figures it shows.
    """
    prepared = snapshot.prepared
    if prepared.stats is not None:
        snapshot.correlation = prepared.stats.at(snapshot.lag_days).correlation
    if snapshot.ccf is None:
        snapshot.ccf = analysis.cross_correlation_for(prepared, CCF_DRAWS)
    if snapshot.study is None:
        events = list(snapshot.breakouts.events)
        snapshot.study = analysis.event_study_for(prepared, events, snapshot.lag_days)
    return snapshot


def snapshot_from_window_state(state, theme: str, visible, panes: dict[str, bool]):
    """An ``ExportSnapshot`` of what the window shows (``state`` is its ``ChartState``).

    Returns None when nothing is charted yet. ``visible`` is the x range of the chart
    as two date-likes.
    """
    if state.prepared is None or state.breakouts is None:
        return None
    span = (pd.Timestamp(visible[0]).normalize(), pd.Timestamp(visible[1]).normalize())
    snapshot = ExportSnapshot(
        session=state.prepared.session,
        prepared=state.prepared,
        lag_days=int(state.lag_days),
        scale=state.scale,
        params=state.params,
        breakouts=state.breakouts,
        theme=theme,
        equity_style=state.equity_style,
        equity_log=bool(state.equity_log),
        visible=span,
        panes=dict(panes),
        ccf=state.ccf,
        study=_study_at_lag(state.study, state.lag_days),
    )
    return complete_statistics(snapshot)


def _study_at_lag(study, lag_days: int):
    """The window's event study, unless it was computed at another lag (then recompute)."""
    if study is None:
        return None
    wanted = int(lag_days) if int(lag_days) > 0 else None
    return study if study.current_lag == wanted else None
