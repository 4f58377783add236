"""What an export shows, frozen: the session, the chart choices and the statistics.

The window makes one from its view state and the analysis it shows
(``snapshot_from_view``); the command line makes one from its arguments. Every exporter
(image, caption, sidecar, CSV) reads only this, and the picture is drawn from its
``view_state`` by the same presenter as the window's chart, so the picture, its caption
and its evidence can never disagree with each other or with the screen.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

import models.session.prepared as analysis
from models.analysis.breakouts import BreakoutParams, BreakoutResult
from models.analysis.event_study import DEFAULT_PRIMARY_HORIZON
from models.analysis.lag_window import ALL_LAGS, LagWindow
from models.analysis.leadlag import LagCorrelation
from models.session.prepared import Prepared, overlap_span
from models.session.scales import common_anchor, drawn_range, log_axis_shown
from models.session.session import Session
from models.session.shown import ShownAnalysis
from models.session.view_state import ViewState
from models.vocabulary import LAG_LIMIT_DAYS, PANES

CCF_MAX_LAG = LAG_LIMIT_DAYS
CCF_DRAWS = 1000


@dataclass
class ExportSnapshot:
    """Everything one export states.

    ``visible`` is the date span shown (None: the span the window opens on, where the
    series overlap); ``anchor_date`` is where indexed and percent lines meet (None: the
    first date in view where every line has a bar at the lag, as the window draws it).
    ``log_axis`` is the choice ("auto", "on", "off"); ``log_axis_drawn()`` what it gave
    (the window passes what it drew as ``drawn_log_axis``, so a copy of the screen and
    its evidence agree). ``ccf`` is a ``models.analysis.leadlag.CcfResult`` judged over
    ``lag_window`` on ``sampling`` returns, ``study`` an ``EventStudyResult`` headlined
    at ``headline_horizon`` days (None without breakouts); ``correlation`` is at
    ``lag_days``.
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
    log_axis: str = "auto"
    drawn_log_axis: bool | None = None
    visible: tuple[pd.Timestamp, pd.Timestamp] | None = None
    anchor_date: pd.Timestamp | None = None
    panes: dict[str, bool] = field(default_factory=lambda: dict.fromkeys(PANES, True))
    ccf: object | None = None
    study: object | None = None
    correlation: LagCorrelation | None = None
    lag_window: LagWindow = ALL_LAGS
    sampling: str = "daily"
    headline_horizon: int = DEFAULT_PRIMARY_HORIZON

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
        return self.visible if self.visible is not None else overlap_span(self.prepared)

    def effective_anchor(self) -> pd.Timestamp:
        """Where indexed and percent lines meet: ``anchor_date``, else the first date shown
        on which every line has a bar at the lag."""
        if self.anchor_date is not None:
            return pd.Timestamp(self.anchor_date)
        return common_anchor(self.prepared, self.lag_days, self.shown_span()[0])

    def log_axis_drawn(self) -> bool:
        """True when the crypto pane's axis is logarithmic in this picture."""
        if self.drawn_log_axis is not None:
            return self.drawn_log_axis
        start, end = self.shown_span()
        values = drawn_range(
            self.prepared, self.scale, self.effective_anchor(), self.lag_days, start, end
        )
        return log_axis_shown(self.log_axis, values)

    def view_state(self) -> ViewState:
        """The view this snapshot shows, for the presenter that draws it (the log axis
        as drawn, so an offscreen chart draws it so whatever its span)."""
        return ViewState(
            equity=self.session.equity.instrument.label,
            crypto=tuple(s.instrument.label for s in self.session.crypto),
            statistics_target=self.primary_key,
            lag_days=self.lag_days,
            scale=self.scale,
            log_axis="on" if self.log_axis_drawn() else "off",
            equity_style=self.equity_style,
            equity_log=self.equity_log,
            panes=tuple(p for p in PANES if self.panes.get(p, True)),
            theme=self.theme,
            params=self.params,
            lag_window=self.lag_window,
            sampling=self.sampling,
            headline_horizon=self.headline_horizon,
            visible=self.shown_span(),
        )


def complete_statistics(snapshot: ExportSnapshot) -> ExportSnapshot:
    """Fill in the statistics still missing (the window may not have them yet).

    Runs on the calling thread: the cross-correlation of daily data takes a fraction
    of a second, and an export must state the figures it shows.
    """
    prepared = snapshot.prepared
    if prepared.stats is not None:
        snapshot.correlation = prepared.stats.at(snapshot.lag_days).correlation
    if snapshot.ccf is None:
        snapshot.ccf = analysis.cross_correlation_for(
            prepared, CCF_DRAWS, snapshot.lag_window, snapshot.sampling
        )
    if snapshot.study is None:
        events = list(snapshot.breakouts.events)
        snapshot.study = analysis.event_study_for(
            prepared, events, snapshot.lag_days, horizon=snapshot.headline_horizon
        )
    return snapshot


def snapshot_from_view(
    view: ViewState, shown: ShownAnalysis, anchor_date=None, drawn_log_axis: bool | None = None
):
    """An ``ExportSnapshot`` of what the window shows: ``view`` (its view state; the
    dates in view normalised to days), ``shown`` (the analysis on screen), the anchor
    date the chart's lines are based on and whether its crypto axis is logarithmic.
    None when nothing is charted yet."""
    if shown.prepared is None or shown.breakouts is None:
        return None
    visible = None
    if view.visible is not None:
        visible = tuple(pd.Timestamp(d).normalize() for d in view.visible)
    snapshot = ExportSnapshot(
        session=shown.prepared.session,
        prepared=shown.prepared,
        lag_days=int(view.lag_days),
        scale=view.scale,
        params=shown.breakouts.params,
        breakouts=shown.breakouts,
        theme=view.theme,
        equity_style=view.equity_style,
        equity_log=bool(view.equity_log),
        log_axis=view.log_axis,
        drawn_log_axis=drawn_log_axis,
        visible=visible,
        anchor_date=anchor_date,
        panes=view.panes_shown(),
        ccf=_ccf_of_view(shown.ccf, view),
        study=_study_of_view(shown.study, view),
        lag_window=view.lag_window,
        sampling=view.sampling,
        headline_horizon=view.headline_horizon,
    )
    return complete_statistics(snapshot)


def _ccf_of_view(ccf, view: ViewState):
    """The window's cross-correlation judged over the view's lag window (from the same
    draws), unless it was computed on other returns (then recompute)."""
    if ccf is None or ccf.sampling != view.sampling:
        return None
    return ccf if ccf.window == view.lag_window else ccf.searched(view.lag_window)


def _study_of_view(study, view: ViewState):
    """The window's event study, unless it was computed at another lag or headline
    horizon (then recompute)."""
    if study is None:
        return None
    wanted = int(view.lag_days) if int(view.lag_days) > 0 else None
    same = study.current_lag == wanted and study.primary_horizon == view.headline_horizon
    return study if same else None
