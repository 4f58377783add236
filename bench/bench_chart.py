"""Chart speed: lag steps and pan repaints of the linked panes, and finplot on the same bars.

Figures (medians, ms; 1920x1080 ChartView, offscreen raster):
* ``lag_step_daily_ms``: one lag-slider step with daily Russell 2000 + BTC + ETH: the live
  statistics (``models.analysis.leadlag.LagStatsCache.at`` when that module provides it),
  ``set_lag``, the rolling-correlation update and one repaint of every pane.
* ``lag_step_1m_bars_ms``: the same with a 1M-bar one-minute BTC series in the crypto pane.
* ``pan_repaint_1m_candles_ms`` / ``..._zoomed_ms``: a 1% pan plus repaint with 1M candles,
  1M volume bars and a 1M-point line in three linked panes, 96% / 10% of the bars in view.
* ``*_cpu_ms``: the same steps in process CPU time (this machine is shared; wall time
  includes waiting for a core, CPU time does not).
* ``finplot_pan_repaint_1m_candles_ms`` / ``..._zoomed_ms``: finplot, same bars, same frame
  method, in its own PyQt6 venv (skipped with a printed reason when it cannot be set up).

A frame is ``viewport().update(); processEvents()`` on the chart's one graphics view:
exactly one paint (perf-baseline.md §0.6; counted in tests/widgets/test_chart_view.py).
Real data from ../shared/data when present, else synthetic.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared" / "data"
WIDTH, HEIGHT = 1920, 1080
N_BARS = 1_000_000


def _read_csv(relative: str) -> pd.DataFrame | None:
    path = SHARED / relative
    if not path.exists():
        return None
    frame = pd.read_csv(path, index_col="date", parse_dates=["date"])
    return frame.astype("float64")


def _daily_inputs():
    """(equity frame, {key: crypto frame}) from the real files, else synthetic."""
    from synthetic import equity_frame

    rut = _read_csv("index/rut_daily.csv")
    btc = _read_csv("crypto/yahoo/btc_usd_daily.csv")
    eth = _read_csv("crypto/yahoo/eth_usd_daily.csv")
    if rut is None or btc is None or eth is None:
        rut = equity_frame("1987-09-10", "2026-08-21", seed=11, base=120.0)
        btc = equity_frame("2013-04-29", "2026-08-21", seed=12, base=100.0)
        eth = equity_frame("2015-08-08", "2026-06-23", seed=13, base=1.0)
    rut.index.name = btc.index.name = eth.index.name = "date"
    return rut, {"btc": btc, "eth": eth}


def _minute_bars() -> pd.DataFrame:
    """1M one-minute bars: the real BTCUSDT year when present, else synthetic."""
    from synthetic import minute_bars

    path = SHARED / "intraday" / "btcusdt_1m_2024-01-01_2025-11-30.csv.gz"
    if not path.exists():
        return minute_bars(N_BARS)
    frame = pd.read_csv(path, nrows=N_BARS)
    frame.index = pd.DatetimeIndex(pd.to_datetime(frame.pop("date"), utc=True), name="time")
    return frame.astype("float64")


def _stats_stand_in(equity: pd.DataFrame, crypto: pd.DataFrame):
    """models.analysis.leadlag's per-step statistics, or None when that API has not landed."""
    try:
        from models.analysis.align import align
        from models.analysis.leadlag import LagStatsCache
    except ImportError:
        return None
    return LagStatsCache(align(equity, crypto), window=90)


def _make_view():
    from PySide6 import QtWidgets

    from widgets.chart.chart_view import ChartView

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    view = ChartView()
    view.resize(WIDTH, HEIGHT)
    view.show()
    app.processEvents()
    return view


def _frame(view) -> None:
    from PySide6 import QtWidgets

    view.canvas.viewport().update()
    QtWidgets.QApplication.processEvents()


def _settle(view, frames: int = 5) -> None:
    for _ in range(frames):
        _frame(view)


def _overlays(crypto: dict[str, pd.DataFrame]):
    from widgets.chart.crypto_pane import OverlaySeries

    out = []
    for key, frame in crypto.items():
        close = frame["close"].to_numpy()
        dates = frame.index.values
        out.append(OverlaySeries(key, key.upper(), dates, close / close[0] * 100.0))
    return out


class _Samples:
    """Wall and CPU time of repeated steps; CPU time shows the cost on a loaded machine."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []

    def measure(self, fn, keep: bool) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        fn()
        if keep:
            self.wall.append((time.perf_counter() - wall) * 1000)
            self.cpu.append((time.process_time() - cpu) * 1000)

    def medians(self) -> tuple[float, float]:
        return statistics.median(self.wall), statistics.median(self.cpu)


def _lag_step_ms(view, stats, repeats: int) -> tuple[float, float]:
    samples = _Samples()

    def step(lag: int) -> None:
        if stats is not None:
            rolling = stats.at(lag).rolling
            view.correlation.set_rolling_correlation(rolling.index.values, rolling.to_numpy(), 90)
        view.crypto.set_lag(lag)
        _frame(view)

    for n in range(repeats + 3):
        samples.measure(lambda n=n: step((n % 60) + 1), keep=n >= 3)
    return samples.medians()


def bench_lag_daily(repeats: int) -> tuple[tuple[float, float], bool]:
    """Lag steps on the daily chart; also says whether live statistics were included."""
    equity, crypto = _daily_inputs()
    view = _make_view()
    view.equity.set_bars(equity, "Russell 2000")
    view.volume.set_volume(equity["volume"], equity["volume"].rolling(50).mean(), "^RUT volume")
    view.crypto.set_overlays(_overlays(crypto), "index", None)
    stats = _stats_stand_in(equity, crypto["eth"])
    view.fit_all()
    _settle(view)
    figure = _lag_step_ms(view, stats, repeats)
    view.close()
    return figure, stats is not None


def bench_lag_minutes(repeats: int, bars: pd.DataFrame) -> tuple[float, float]:
    """Lag steps with a 1M-bar one-minute crypto series in the crypto pane."""
    from synthetic import equity_frame

    start, end = bars.index[0].tz_localize(None), bars.index[-1].tz_localize(None)
    equity = equity_frame(start.normalize(), end.normalize(), seed=21, base=2000.0)
    view = _make_view()
    view.equity.set_bars(equity, "Russell 2000")
    view.volume.set_volume(equity["volume"], None, "volume")
    view.crypto.set_overlays(_overlays({"btc_1m": bars}), "index", None)
    daily = bars.resample("1D").last().dropna()
    daily.index = daily.index.tz_localize(None).rename("date")
    stats = _stats_stand_in(equity, daily)
    view.fit_all()
    _settle(view)
    figure = _lag_step_ms(view, stats, repeats)
    view.close()
    return figure


def _pan_ms(view, repeats: int) -> tuple[float, float]:
    box = view.panes["equity"].view
    samples = _Samples()

    def step(direction: int) -> None:
        x0, x1 = view.visible_range()
        box.translateBy(x=(x1 - x0) * 0.01 * direction)
        _frame(view)

    for n in range(repeats + 3):
        samples.measure(lambda n=n: step(1 if n % 2 else -1), keep=n >= 3)
    return samples.medians()


def bench_pan(repeats: int, bars: pd.DataFrame) -> list[tuple[float, float]]:
    """Pan repaint with three linked 1M panes: 96% and 10% of the bars in view."""
    view = _make_view()
    view.set_pane_visible("correlation", False)
    view.equity.set_bars(bars, "BTCUSDT 1m candles")
    view.volume.set_volume(bars["volume"], None, "BTCUSDT volume")
    view.crypto.set_overlays(_overlays({"close": bars}), "price", None)
    figures = []
    for fraction in (0.96, 0.10):
        x = view.equity.candles.pyramid.x
        middle, span = (x[0] + x[-1]) / 2, (x[-1] - x[0]) * fraction
        view.zoom_to(middle - span / 2, middle + span / 2)
        _settle(view)
        figures.append(_pan_ms(view, repeats))
    view.close()
    return figures


def bench_finplot(repeats: int, bars: pd.DataFrame) -> dict[str, float]:
    """finplot's pan figures on the same bars, in its own venv; {} with a reason printed."""
    from finplot_env import finplot_python

    python, why = finplot_python()
    if python is None:
        print(f"finplot skipped: {why}", file=sys.stderr)
        return {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bars.npz"
        columns = {c: bars[c].to_numpy() for c in ("open", "high", "low", "close", "volume")}
        np.savez(path, time_ns=bars.index.asi8, **columns)
        env = {**os.environ, "PYQTGRAPH_QT_LIB": "PyQt6", "QT_QPA_PLATFORM": "offscreen"}
        cmd = [str(python), str(HERE / "finplot_pan.py"), str(path), str(repeats)]
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        print(f"finplot skipped: {proc.stderr.strip()[-300:]}", file=sys.stderr)
        return {}
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    return {
        "finplot_pan_repaint_1m_candles_ms": result["full"],
        "finplot_pan_repaint_1m_candles_zoomed_ms": result["zoomed"],
    }


def run(quick: bool) -> dict[str, float]:
    """All chart figures (see the module docstring)."""
    sys.path.insert(0, str(ROOT))
    repeats = 10 if quick else 40
    bars = _minute_bars()
    lag_daily, with_stats = bench_lag_daily(repeats)
    if not with_stats:
        print(
            "lag_step_*: models.analysis.leadlag.LagStatsCache absent: chart-only figure",
            file=sys.stderr,
        )
    pan_full, pan_zoomed = bench_pan(repeats, bars)
    lag_minutes = bench_lag_minutes(repeats, bars)
    figures = {}
    for name, (wall, cpu) in (
        ("lag_step_daily", lag_daily),
        ("lag_step_1m_bars", lag_minutes),
        ("pan_repaint_1m_candles", pan_full),
        ("pan_repaint_1m_candles_zoomed", pan_zoomed),
    ):
        figures[f"{name}_ms"] = wall
        figures[f"{name}_cpu_ms"] = cpu
    figures.update(bench_finplot(repeats, bars))
    return figures


if __name__ == "__main__":
    print(json.dumps(run("--quick" in sys.argv), indent=2))
