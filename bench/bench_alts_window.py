"""A lag-slider step with the altcoins on the chart (issue 12).

* ``lag_step_daily_alts_ms``: one step of the lag slider on the daily chart of ^RUT with
  four coins (BTC, ETH, SOL, XRP), a basket of three alts (SOL, XRP, ADA) and the
  altseason index of the catalogue's 30 alts in the breadth pane, as the window does it:
  ``ChartPresenter.step_lag`` (the crypto curves' offsets and index factors, the breadth
  curves' offsets), the live statistics of the step (``LagStatsCache.at``) with the
  rolling-correlation update that ``lag_step_daily_ms`` also counts, and one repaint of
  every pane (target <= 8 ms); ``..._cpu_ms`` the same in process CPU time.

The series are read as the window reads them: cached bars (the real Yahoo files of
../shared/data imported into a temporary cache when present, else synthetic random
walks), the basket and the index derived by the loading core, then ``prepare``.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

WIDTH, HEIGHT = 1920, 1080
COINS = ("BTC-USD", "ETH-USD", "SOL-USD", "XRP-USD")
BASKET = "basket(SOL-USD, XRP-USD, ADA-USD)"


def _files(catalogue) -> dict[str, Path] | None:
    """Symbol -> real daily file for ^RUT, BTC and every alt needed; None when absent."""
    yahoo = SHARED / "crypto" / "yahoo"
    symbols = {*COINS, "ADA-USD", catalogue.altseason.benchmark, *catalogue.altseason.universe}
    files = {s: yahoo / f"{s.removesuffix('-USD').lower()}_usd_daily.csv" for s in symbols}
    files["^RUT"] = SHARED / "index" / "rut_daily.csv"
    return files if all(path.exists() for path in files.values()) else None


def _fill(repo, catalogue) -> str:
    """Save every input into ``repo``; says whether the bars are real or synthetic."""
    from synthetic import equity_frame

    from models.session.imports import read_import, save_import

    files = _files(catalogue)
    symbols = ["^RUT", *COINS, "ADA-USD", catalogue.altseason.benchmark]
    symbols += [s for s in catalogue.altseason.universe if s not in symbols]
    for seed, symbol in enumerate(dict.fromkeys(symbols)):
        if files is not None:
            save_import(repo, read_import(catalogue, symbol, files[symbol]))
            continue
        instrument = catalogue.resolve(symbol)
        start = "1990-01-01" if symbol == "^RUT" else "2016-01-01"
        frame = equity_frame(start, "2026-06-30", seed=seed, base=100.0)
        if instrument.is_crypto:  # 24/7: every calendar day
            frame = frame.resample("1D").ffill()
        repo.save_imported(instrument, frame, "1d")
    return "real" if files is not None else "synthetic"


def _prepared(folder: Path):
    from models.analysis.breakouts import BreakoutParams
    from models.market.fetch_control import FetchControl
    from models.market.instruments import load_catalogue
    from models.market.repository import Repository
    from models.session.loading.cached import load_cached
    from models.session.prepared import prepare
    from models.session.session import resolve_selection

    catalogue = load_catalogue()
    repo = Repository(folder, sources={}, offline=True)
    kind = _fill(repo, catalogue)
    selection = resolve_selection(catalogue, "^RUT", [*COINS, BASKET, "altseason"])
    outcome = load_cached(repo, catalogue, selection, True, FetchControl())
    session = outcome.session("cache")
    assert len(session.crypto) == 6, outcome.errors
    return prepare(session, BreakoutParams()), kind


def _frame(view) -> None:
    from PySide6 import QtWidgets

    view.canvas.viewport().update()
    QtWidgets.QApplication.processEvents()


def run(quick: bool) -> dict[str, float]:
    """The figures above (medians, milliseconds)."""
    from PySide6 import QtWidgets

    from app.presenter import ChartPresenter
    from models.session.view_state import ViewState
    from models.vocabulary import PANES
    from widgets.chart.chart_view import ChartView

    repeats = 10 if quick else 40
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        prepared, kind = _prepared(Path(folder) / "cache")
    view = ChartView()
    view.resize(WIDTH, HEIGHT)
    view.show()
    app.processEvents()
    presenter = ChartPresenter(view)
    state = ViewState(equity="^RUT", crypto=(), scale="index", panes=PANES)
    presenter.show(prepared, prepared.breakouts, state)
    presenter.show_range("5y")
    for _ in range(5):
        _frame(view)
    stats = prepared.stats
    wall, cpu = [], []
    for n in range(repeats + 3):
        lag = (n % 60) + 1
        started, started_cpu = time.perf_counter(), time.process_time()
        presenter.step_lag(replace(state, lag_days=lag))
        rolling = stats.at(lag).rolling
        view.correlation.set_rolling_correlation(rolling.index.values, rolling.to_numpy(), 90)
        _frame(view)
        if n >= 3:
            wall.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
    view.close()
    if kind != "real":
        print("lag_step_daily_alts: ../shared/data absent: synthetic bars", file=sys.stderr)
    return {
        "lag_step_daily_alts_ms": statistics.median(wall),
        "lag_step_daily_alts_cpu_ms": statistics.median(cpu),
    }


if __name__ == "__main__":
    for name, value in run(quick="--quick" in sys.argv).items():
        print(f"{name:40s} {value:10.2f}")
