"""The walk-forward and the lag x time heatmap as plain data (for a script, a sidecar or
a view that reads JSON).

Each point of the walk carries ``as_of``, ``n_returns``, ``all_lags`` and ``lead_30_90``
in the schema of ``leadlag --json``'s fields of the same names
(``models.records.ccf_record.window_record``: best lag, correlation, t, N, family-wise
p), ``event_study`` (``n_events``, ``n`` at the headline horizon, ``hit_rate``,
``mean_return``, ``baseline_share_up``, ``p_value``, ``is_anecdote``) and a ``note``
where the test could not run (too few returns by then).
"""

from __future__ import annotations

from dataclasses import asdict

from models.records.caption import describe_rule
from models.records.ccf_record import window_record
from models.replay.as_of import as_of_day
from models.replay.walk_forward import EvidencePoint, LagHeatmap, WalkForward


def walk_forward_record(walk: WalkForward) -> dict:
    """``walk`` as JSON-ready data (through ``models.records.sidecar.plain``)."""
    return {
        "equity": walk.equity,
        "crypto": walk.crypto,
        "demo": walk.is_demo,
        "draws": walk.draws,
        "seed": walk.seed,
        "primary_horizon_days": walk.horizon,
        "breakout_rule": describe_rule(walk.params),
        "method": "each point is leadlag --as-of that day: the CCF over -365..+365 days, "
        "p family-wise over each window (block sign-flip null), the event study's rank "
        "placebo p at the headline horizon",
        "points": [point_record(point) for point in walk.points],
    }


def walk_until(record: dict, day) -> dict:
    """``record`` (plain) with only its points as of ``day`` or before (None: all): each
    point is what ``leadlag --as-of`` said on its day, so these are what the walk showed
    on ``day``."""
    if day is None:
        return record
    last = f"{as_of_day(day):%Y-%m-%d}"
    return {**record, "points": [p for p in record["points"] if str(p["as_of"])[:10] <= last]}


def point_record(point: EvidencePoint) -> dict:
    """One day of the walk."""
    return {
        "as_of": point.as_of,
        "n_returns": point.n_returns,
        "all_lags": None if point.all_lags is None else window_record(point.all_lags),
        "lead_30_90": None if point.lead is None else window_record(point.lead),
        "event_study": None if point.study is None else asdict(point.study),
        "note": point.note,
    }


def heatmap_record(heatmap: LagHeatmap) -> dict:
    """The heatmap: ``dates`` (rows), ``lags_days`` (columns), ``values`` (rows of
    correlations, null where a window holds too few pairs), the window and step."""
    return {
        "as_of": heatmap.as_of,
        "window_returns": heatmap.window,
        "step_returns": heatmap.step,
        "dates": list(heatmap.dates),
        "lags_days": [int(lag) for lag in heatmap.lags],
        "values": [[float(v) for v in row] for row in heatmap.values],
    }
