"""The evidence snapshot: a JSON file next to every exported image (same name, ``.json``).

It records the app version, every parameter, every statistic the caption states, each
instrument with its data range, provenance and a SHA-256 of its bars, and one digest of
all the data, so the same picture can be produced again and checked against its inputs.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import asdict
from datetime import datetime
from pathlib import Path

import numpy as np
import pandas as pd

from models.records.caption import DISCLAIMER
from models.records.ccf_record import band_records, window_record
from models.records.event_study_record import event_study_record
from models.records.evidence import DIGEST_NAME, combined_digest, frame_digest
from models.records.snapshot import CCF_MAX_LAG, ExportSnapshot
from models.version import __version__

FORMAT = "liquidity-cascade/evidence"
FORMAT_VERSION = 1


def sidecar_path(image_path: Path) -> Path:
    """Where the evidence of ``image_path`` goes: same name, ``.json``."""
    return Path(image_path).with_suffix(".json")


def evidence(snapshot: ExportSnapshot, image: dict, exported_at: datetime) -> dict:
    """The evidence of one export as plain JSON-ready data."""
    instruments = [
        instrument_record(series, "equity" if n == 0 else "crypto")
        for n, series in enumerate(snapshot.session.series)
    ]
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app": {"name": "Liquidity Cascade", "version": __version__},
        "exported_at": exported_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "image": image,
        "is_demo": snapshot.is_demo,
        "parameters": _parameters(snapshot),
        "statistics": _statistics(snapshot),
        "instruments": instruments,
        "data_hash": {
            "algorithm": DIGEST_NAME,
            "value": combined_digest([(i["label"], i["data_hash"]) for i in instruments]),
        },
        "warnings": _warnings(snapshot),
        "disclaimer": DISCLAIMER,
    }


def _warnings(snapshot: ExportSnapshot) -> list[str]:
    """What the user was told about the data: per series (stale, gaps) and alignment."""
    per_series = [w for s in snapshot.session.series for w in s.warnings]
    return [*per_series, *snapshot.prepared.warnings]


def _parameters(snapshot: ExportSnapshot) -> dict:
    start, end = snapshot.shown_span()
    return {
        "equity": snapshot.session.equity.instrument.label,
        "crypto": [s.instrument.label for s in snapshot.session.crypto],
        "statistics_crypto": snapshot.primary_key,
        "lag_days": snapshot.lag_days,
        "scale": snapshot.scale,
        "log_axis": snapshot.log_axis_drawn(),
        "log_axis_choice": snapshot.log_axis,
        "anchor_date": snapshot.effective_anchor(),
        "alignment_policy": snapshot.policy,
        "visible_start": start,
        "visible_end": end,
        "equity_style": snapshot.equity_style,
        "equity_log": snapshot.equity_log,
        "theme": snapshot.theme,
        "panes": dict(snapshot.panes),
        "breakout": asdict(snapshot.params),
        "rolling_window": snapshot.prepared.stats.window if snapshot.prepared.stats else None,
        "ccf_max_lag_days": CCF_MAX_LAG,
        "lag_window": {
            "name": snapshot.lag_window.name,
            "min_lag_days": snapshot.lag_window.min_lag,
            "max_lag_days": snapshot.lag_window.max_lag,
        },
        "sampling": snapshot.sampling,
        "headline_horizon_days": snapshot.headline_horizon,
    }


def _statistics(snapshot: ExportSnapshot) -> dict:
    corr, ccf = snapshot.correlation, snapshot.ccf
    stats = snapshot.prepared.stats
    band = None if stats is None else stats.null_band
    return {
        "returns": "daily log returns",
        "correlation_at_lag": None
        if corr is None
        else {"lag_days": corr.lag_days, "correlation": corr.correlation, "n": corr.n},
        "best_lag": None if ccf is None else _best_lag(ccf),
        "ccf_bands": None if ccf is None else band_records(ccf),
        "rolling_null_band": None
        if band is None
        else {"half_width": band.half_width, "window": band.window, "label": band.label},
        "breakouts": [_event(e) for e in snapshot.breakouts.events],
        "volume_source": snapshot.breakouts.volume_source,
        "event_study": event_study_record(snapshot.study),
    }


def _best_lag(ccf) -> dict:
    """The best lag of the window searched (``ccf_record.window_record``) and the test's
    settings; ``n`` counts the returns, ``best_lag_n`` the pairs at the best lag."""
    return {
        "lag_days": ccf.best_lag,
        "correlation": ccf.best_correlation,
        "p_value": ccf.p_value,
        "n": ccf.n_total,
        "draws": ccf.draws,
        "sampling": ccf.sampling,
        "prewhitened": ccf.prewhitened,
        **window_record(ccf),
    }


def _event(event) -> dict:
    fields = asdict(event)
    return {
        k: (v.strftime("%Y-%m-%d") if isinstance(v, pd.Timestamp) else v) for k, v in fields.items()
    }


def instrument_record(series, role: str) -> dict:
    """One series in a sidecar: what it is, where from, its span, provenance and digest."""
    inst = series.instrument
    return {
        "role": role,
        "symbol": inst.symbol,
        "label": inst.label,
        "name": inst.name,
        "source": series.source,
        "exchange": series.exchange,
        "calendar": inst.calendar,
        "timeframe": series.timeframe,
        "first_bar": series.first,
        "last_bar": series.last,
        "rows": series.rows,
        "provenance": series.provenance_summary,
        "imported_from": list(series.imported_from),
        "origin": series.origin_text,
        "is_demo": series.is_demo,
        "fetched_at": series.fetched_at.isoformat() if series.fetched_at else None,
        "library_version": series.library_version,
        "from_cache": series.from_cache,
        "data_hash": frame_digest(series.frame, series.provenance),
    }


def plain(value):
    """``value`` made fit for strict JSON: NaN/inf to null, numpy and pandas to Python."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, pd.Timestamp):
        daily = value.tzinfo is None and value == value.normalize()
        return value.strftime("%Y-%m-%d") if daily else value.isoformat()
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def sidecar_json(data: dict) -> str:
    """The evidence as the sidecar file holds it: strict JSON, indented, one final newline."""
    return json.dumps(plain(data), indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def write_sidecar(image_path: Path, data: dict) -> Path:
    """Write ``data`` next to ``image_path`` (atomically: a reader never sees half a file)."""
    target = sidecar_path(image_path)
    temporary = target.with_name(target.name + ".tmp")
    temporary.write_text(sidecar_json(data), encoding="utf-8")
    os.replace(temporary, target)
    return target
