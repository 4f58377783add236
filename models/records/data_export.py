"""File > Export data: the aligned and lagged series, the breakouts and the event study as CSV.

Pure pandas (no Qt): each ``*_table`` function returns a DataFrame, ``write_data_csvs``
writes the three files beside each other (``<base>_aligned.csv``,
``<base>_breakouts.csv``, ``<base>_event_study.csv``). Dates are ISO, numbers in full
precision, missing values empty: what a spreadsheet or pandas reads back unchanged.
"""

from __future__ import annotations

import os
from dataclasses import asdict
from pathlib import Path

import numpy as np
import pandas as pd

from models.analysis.align import AlignedPair, day_numbers, lookup_days
from models.records.snapshot import ExportSnapshot

SUFFIXES: tuple[str, ...] = ("aligned", "breakouts", "event_study")
#: header of the breakout CSV when there is no event
BREAKOUT_COLUMNS = ("rule", "level", "close", "volume_ratio", "confirmed")


def aligned_table(snapshot: ExportSnapshot) -> pd.DataFrame:
    """One row per equity session: the equity close and each crypto at t and at t + lag.

    ``<crypto> close at t+lag`` is the value the chart draws at ``date`` when lagged;
    ``lag date`` the day it comes from. Rows span every session where the chart draws a
    crypto line or the pair overlaps: with a lag of k days a crypto's first bar is drawn
    k days before it, so those sessions are here too (a crypto outside its own span is
    empty).
    """
    lag = snapshot.lag_days
    equity = snapshot.session.equity
    pairs = snapshot.prepared.pairs
    sessions = pd.DatetimeIndex(equity.frame.index)
    rows = pd.DatetimeIndex([] if pairs else sessions, name="date")  # the equity alone
    for pair in pairs.values():
        rows = rows.union(pair.dates).union(_drawn_sessions(pair, sessions, lag))
    rows = pd.DatetimeIndex(rows, name="date")
    days = day_numbers(rows)
    columns = {}
    for key, pair in pairs.items():
        columns[f"{key} close"] = lookup_days(pair.crypto_day0, pair.crypto_daily, days)
        lagged = lookup_days(pair.crypto_day0, pair.crypto_daily, days + lag)
        columns[f"{key} close at t{lag:+d}d"] = lagged
    table = pd.DataFrame(columns, index=rows)
    close = equity.frame["close"].reindex(table.index)
    table.insert(0, f"{equity.instrument.label} close", close)
    table.insert(1, "lag date", (table.index + pd.Timedelta(days=lag)).strftime("%Y-%m-%d"))
    table.insert(2, "lag_days", lag)
    if snapshot.is_demo:
        table["demo"] = True  # synthetic data is marked wherever it goes
    return table


def _drawn_sessions(pair: AlignedPair, sessions: pd.DatetimeIndex, lag: int) -> pd.DatetimeIndex:
    """The equity sessions on which the chart draws this crypto at ``lag`` (its bars of
    day t + lag drawn at t)."""
    first = pair.crypto_day0 - lag
    last = pair.crypto_day0 + len(pair.crypto_daily) - 1 - lag
    days = day_numbers(sessions)
    return sessions[(days >= first) & (days <= last)]


def breakout_table(snapshot: ExportSnapshot) -> pd.DataFrame:
    """Every breakout with its rule fields and, when studied, the crypto forward returns."""
    events = snapshot.breakouts.events
    table = pd.DataFrame([asdict(e) for e in events])
    if table.empty:
        return pd.DataFrame(columns=list(BREAKOUT_COLUMNS), index=pd.Index([], name="date"))
    study = snapshot.study
    if study is not None and len(study.table):
        returns = study.table.drop(columns=["rule", "level", "confirmed"], errors="ignore")
        table = table.merge(returns, on="date", how="left")
    return table.set_index("date")


def event_study_table(snapshot: ExportSnapshot) -> pd.DataFrame:
    """The mean and median crypto path after breakouts with bands and the baseline path."""
    study = snapshot.study
    columns = ["mean", "median", "band_low", "band_high", "baseline_mean"]
    if study is None:
        return pd.DataFrame(columns=columns, index=pd.Index([], name="days_after_event"))
    data = np.column_stack(
        [
            study.mean_path,
            study.median_path,
            study.band_low,
            study.band_high,
            study.baseline_mean_path,
        ]
    )
    index = pd.Index(study.path_days, name="days_after_event")
    return pd.DataFrame(data, index=index, columns=columns)


def data_paths(base: Path) -> list[Path]:
    """The three CSV paths for a chosen ``base`` (its ``.csv`` suffix, if any, dropped)."""
    base = Path(base)
    stem = base.with_suffix("") if base.suffix.lower() == ".csv" else base
    return [stem.with_name(f"{stem.name}_{suffix}.csv") for suffix in SUFFIXES]


def write_data_csvs(snapshot: ExportSnapshot, base: Path) -> list[Path]:
    """Write the aligned series, breakouts and event study CSVs; returns their paths."""
    tables = (aligned_table(snapshot), breakout_table(snapshot), event_study_table(snapshot))
    paths = data_paths(base)
    for table, path in zip(tables, paths, strict=True):
        temporary = path.with_name(path.name + ".tmp")
        table.to_csv(temporary, date_format="%Y-%m-%d", float_format="%.10g")
        os.replace(temporary, path)
    return paths
