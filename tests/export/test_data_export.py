"""File > Export data: aligned and lagged series, breakouts, event study as CSV."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd

from models.records.data_export import data_paths, write_data_csvs
from tests.export.snapshots import snapshot


def test_three_files_named_after_the_base(tmp_path):
    assert [p.name for p in data_paths(tmp_path / "run.csv")] == [
        "run_aligned.csv",
        "run_breakouts.csv",
        "run_event_study.csv",
    ]


def test_aligned_csv_holds_each_crypto_at_t_and_at_t_plus_lag(tmp_path):
    snap = snapshot(lag=20)
    aligned_path, _, _ = write_data_csvs(snap, tmp_path / "out")
    table = pd.read_csv(aligned_path, index_col="date", parse_dates=["date"])
    btc = snap.session.crypto[0].frame["close"]
    row = table.index[100]
    assert table.loc[row, "lag_days"] == 20
    assert np.isclose(table.loc[row, "BTC/USDT close"], btc[row])
    shifted = btc[row + pd.Timedelta(days=20)]
    assert np.isclose(table.loc[row, "BTC/USDT close at t+20d"], shifted, rtol=1e-9)
    assert table.loc[row, "lag date"] == f"{row + pd.Timedelta(days=20):%Y-%m-%d}"
    equity = snap.session.equity.frame["close"]
    assert np.isclose(table.loc[row, "^RUT close"], equity[row])
    assert table.index.day_of_week.max() <= 4  # one row per equity session
    assert "demo" not in table.columns


def test_breakout_csv_has_every_event_with_forward_returns(tmp_path):
    snap = snapshot(lag=20)
    _, breakouts_path, study_path = write_data_csvs(snap, tmp_path / "out")
    breakouts = pd.read_csv(breakouts_path, parse_dates=["date"])
    assert list(breakouts["date"]) == [e.date for e in snap.breakouts.events]
    assert {"level", "confirmed", "fwd_30d", "fwd_lag", "incomplete_90d"} <= set(breakouts)
    expected = snap.study.table["fwd_30d"].to_numpy()
    assert np.allclose(breakouts["fwd_30d"], expected, equal_nan=True)
    study = pd.read_csv(study_path, index_col="days_after_event")
    assert list(study.columns) == ["mean", "median", "band_low", "band_high", "baseline_mean"]
    assert study.index[0] == -30 and study.index[-1] == 180
    assert np.allclose(study["mean"], snap.study.mean_path, equal_nan=True)


def test_demo_rows_are_marked(tmp_path):
    aligned_path, _, _ = write_data_csvs(snapshot(demo=True), tmp_path / "demo")
    assert pd.read_csv(aligned_path)["demo"].all()


def test_without_breakouts_the_tables_are_empty_with_headers(tmp_path):
    snap = snapshot()
    snap.breakouts = replace(snap.breakouts, events=[])
    snap.study = None
    _, breakouts_path, study_path = write_data_csvs(snap, tmp_path / "none")
    assert breakouts_path.read_text().splitlines() == [
        "date,rule,level,close,volume_ratio,confirmed"
    ]
    assert study_path.read_text().splitlines() == [
        "days_after_event,mean,median,band_low,band_high,baseline_mean"
    ]
