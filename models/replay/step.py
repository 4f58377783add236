"""One replay step: the light statistics of a session as of a day.

``prepared_as_of`` is what the window recomputes at once when the date cursor moves a
session: the session cut at the day (``models.replay.as_of``), then ``prepare`` (each
crypto aligned with the equity, the per-lag statistics the slider reads, the breakouts
with their verdicts as of the day). The heavy statistics (the CCF and its bootstrap, the
event study) are then run on the returned ``Prepared`` by the same debounced jobs as
today (``models.session.prepared.cross_correlation_for``, ``event_study_for``), so
nothing shown at the cursor used a later bar. ``bench/bench_replay.py`` times it
(``replay_step_core_ms``).
"""

from __future__ import annotations

import pandas as pd

from models.analysis.breakout_params import BreakoutParams
from models.replay.as_of import session_as_of
from models.session.prepared import Prepared, prepare
from models.session.session import Session


def prepared_as_of(
    session: Session, params: BreakoutParams, day: pd.Timestamp, target: str | None = None
) -> Prepared:
    """``prepare`` of ``session`` cut at ``day`` (``target``: the crypto the statistics
    describe, as for ``prepare``). Raises ``NoDataInRange`` when the equity has no bar
    by then."""
    return prepare(session_as_of(session, day), params, target)
