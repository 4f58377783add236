"""The evidence sidecar: next to every image, every field, strict JSON, a hash of the data."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from app.export.exporter import export_image
from models.analysis.lag_window import LEAD_30_90
from models.records.image_spec import ImageSpec
from models.version import __version__
from tests.app.fakes import synthetic_frame
from tests.export.snapshots import PARAMS, bumped, snapshot

WHEN = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
TOP_LEVEL = {
    "format",
    "format_version",
    "app",
    "exported_at",
    "image",
    "is_demo",
    "parameters",
    "statistics",
    "instruments",
    "data_hash",
    "warnings",
    "disclaimer",
}
PARAMETERS = {
    "equity",
    "crypto",
    "statistics_crypto",
    "lag_days",
    "scale",
    "log_axis",
    "log_axis_choice",
    "anchor_date",
    "alignment_policy",
    "visible_start",
    "visible_end",
    "equity_style",
    "equity_log",
    "theme",
    "panes",
    "breakout",
    "rolling_window",
    "ccf_max_lag_days",
    "lag_window",
    "sampling",
    "headline_horizon_days",
}
INSTRUMENT = {
    "role",
    "symbol",
    "label",
    "name",
    "source",
    "exchange",
    "calendar",
    "timeframe",
    "first_bar",
    "last_bar",
    "rows",
    "provenance",
    "imported_from",
    "origin",
    "is_demo",
    "fetched_at",
    "library_version",
    "from_cache",
    "data_hash",
}


def _export(tmp_path, name="chart.png", **kw) -> dict:
    result = export_image(snapshot(**kw), tmp_path / name, ImageSpec(800, 500), WHEN)
    assert result.sidecar_path == tmp_path / name.replace(".png", ".json").replace(".svg", ".json")
    # strict JSON: a NaN would make json.loads(parse_constant=...) see 'NaN'
    return json.loads(result.sidecar_path.read_text(), parse_constant=_reject)


def _reject(token):
    raise AssertionError(f"non-standard JSON constant {token}")


def test_sidecar_has_every_field(qapp, tmp_path):
    data = _export(tmp_path, lag=20)
    assert set(data) == TOP_LEVEL
    assert data["app"] == {"name": "Liquidity Cascade", "version": __version__}
    assert data["exported_at"] == "2026-01-02T03:04:05Z"
    assert data["image"]["width_px"] == 800 and data["image"]["height_px"] == 500
    assert set(data["parameters"]) == PARAMETERS
    params = data["parameters"]
    assert params["lag_days"] == 20 and params["scale"] == "index"
    assert params["crypto"] == ["BTC/USDT", "ETH/USDT"]
    assert params["breakout"]["rule"] == PARAMS.rule == "n_day_high"
    assert [i["label"] for i in data["instruments"]] == ["^RUT", "BTC/USDT", "ETH/USDT"]
    for instrument in data["instruments"]:
        assert set(instrument) == INSTRUMENT
        assert len(instrument["data_hash"]) == 64
    assert data["instruments"][0]["first_bar"] == "2019-01-01"
    assert data["instruments"][1]["exchange"] == "binance"
    assert data["disclaimer"] == "Not financial advice."


def test_sidecar_states_the_statistics_the_caption_shows(qapp, tmp_path):
    snap = snapshot(lag=20)
    result = export_image(snap, tmp_path / "s.png", ImageSpec(800, 500), WHEN)
    stats = json.loads(result.sidecar_path.read_text())["statistics"]
    assert stats["correlation_at_lag"] == {
        "lag_days": 20,
        "correlation": snap.correlation.correlation,
        "n": snap.correlation.n,
    }
    best = stats["best_lag"]
    assert best["lag_days"] == snap.ccf.best_lag and best["n"] == snap.ccf.n_total
    assert best["p_value"] == snap.ccf.p_value
    assert len(stats["breakouts"]) == len(snap.breakouts.events) > 0
    assert stats["event_study"]["n_events"] == snap.study.n_events
    assert stats["event_study"]["current_lag_days"] == 20


def test_hash_is_stable_for_the_same_data_and_changes_when_the_data_does(qapp, tmp_path):
    first = _export(tmp_path, "a.png")
    again = _export(tmp_path, "b.svg")
    equity = synthetic_frame("2019-01-01", 900, True, seed=3)
    changed = _export(tmp_path, "c.png", equity_frame=bumped(equity, 400))
    assert first["data_hash"] == again["data_hash"]
    assert first["data_hash"]["algorithm"] == "sha256"
    assert changed["data_hash"]["value"] != first["data_hash"]["value"]
    assert changed["instruments"][0]["data_hash"] != first["instruments"][0]["data_hash"]
    assert changed["instruments"][1]["data_hash"] == first["instruments"][1]["data_hash"]


def test_demo_sidecar_says_demo(qapp, tmp_path):
    data = _export(tmp_path, demo=True)
    assert data["is_demo"] is True
    assert {i["provenance"] for i in data["instruments"]} == {"demo"}


def test_sidecar_states_the_window_searched_both_bands_and_the_headline(qapp, tmp_path):
    snap = snapshot(lag=20, lag_window=LEAD_30_90, headline_horizon=60)
    data = _export(tmp_path, "w.png", lag=20, lag_window=LEAD_30_90, headline_horizon=60)
    assert data["parameters"]["lag_window"] == {
        "name": "lead 30-90 d",
        "min_lag_days": 30,
        "max_lag_days": 90,
    }
    assert data["parameters"]["headline_horizon_days"] == 60
    best = data["statistics"]["best_lag"]
    assert (best["min_lag_days"], best["max_lag_days"]) == (30, 90)
    assert 30 <= best["lag_days"] == snap.ccf.best_lag <= 90
    assert best["p_value_kind"] == "family-wise over lead 30-90 d (+30..+90 d)"
    assert "all lags" not in best["p_value_kind"]
    bands = data["statistics"]["ccf_bands"]
    assert bands["pointwise"]["label"] == "pointwise 95% (each lag alone)"
    assert bands["simultaneous"]["label"] == "family-wise 95% over lead 30-90 d (+30..+90 d)"
    assert bands["simultaneous"]["critical_t"] == snap.ccf.critical_t > 1.96
    assert "each lag" in bands["pointwise"]["definition"]
    assert "largest |t|" in bands["simultaneous"]["definition"]
    assert data["statistics"]["rolling_null_band"]["half_width"] == pytest.approx(
        1.96 / 90**0.5, 1e-3
    )
    study = data["statistics"]["event_study"]
    if study is not None:
        assert study["primary_horizon_days"] == 60


def test_the_windows_cross_correlation_is_judged_again_for_the_export(qapp):
    """An export of a window whose CCF was judged over all lags states the view's window,
    judged from the same draws (no new bootstrap)."""
    from dataclasses import replace

    from models.records.snapshot import snapshot_from_view
    from models.session.shown import ShownAnalysis
    from models.session.view_state import ViewState

    all_lags = snapshot(lag=20)
    shown = replace(ShownAnalysis.of(all_lags.prepared), ccf=all_lags.ccf)
    view = ViewState(lag_days=20, lag_window=LEAD_30_90)
    exported = snapshot_from_view(view, shown)
    assert exported.ccf.window == LEAD_30_90
    assert exported.ccf.null_t is all_lags.ccf.null_t  # the same draws, judged again
    assert exported.ccf.p_value == all_lags.ccf.searched(LEAD_30_90).p_value
