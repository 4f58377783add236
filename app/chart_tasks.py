"""The chart controller's worker tasks and their channels: plain functions of their inputs
(the pool passes a ``FetchControl`` last), so a worker never holds a QObject."""

from __future__ import annotations

import pandas as pd

import models.session.prepared as analysis
from models.analysis.breakouts import BreakoutParams
from models.analysis.lag_window import LagWindow
from models.replay.step import prepared_as_of
from models.session.prepared import Prepared
from models.session.session import Session

PREPARE, CCF, STUDY, DETECT = "chart.prepare", "chart.ccf", "chart.study", "chart.detect"
#: the session cut at the replay's day and prepared again (one per cursor move)
REPLAY = "chart.replay"


def prepare_task(session: Session, params: BreakoutParams, target: str | None, _control):
    """Prepare ``session`` for the chart (``models.session.prepared.prepare``)."""
    return analysis.prepare(session, params, target)


def replay_task(
    session: Session, params: BreakoutParams, day: pd.Timestamp, target: str | None, _control
):
    """``session`` as known by ``day``'s close, prepared (``models.replay.step``)."""
    return prepared_as_of(session, params, day, target)


def detect_task(prepared: Prepared, params: BreakoutParams, _control):
    """Breakouts of ``prepared`` under ``params``."""
    return analysis.redetect(prepared, params)


def ccf_task(prepared: Prepared, window: LagWindow, sampling: str, _control):
    """The cross-correlation with its bootstrap bands, judged over ``window`` (the heavy job)."""
    return analysis.cross_correlation_for(prepared, window=window, sampling=sampling)


def study_task(prepared: Prepared, events: list, lag_days: int, horizon: int, _control):
    """The event study headlined at ``horizon`` days, its table's lag column at ``lag_days``."""
    return analysis.event_study_for(prepared, events, lag_days, horizon=horizon)
