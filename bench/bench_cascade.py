"""Cascade speed: the chain's statistics and a pan of the cascade strip.

Figures (medians, ms):
* ``cascade_stats_8_stages_ms``: ``models.cascade.chain.chain_statistics`` over the
  default chain's 8 stages (7 hops and the direct first-to-last hop, 1,000 draws each)
  on the demo's ~13.7 years (weekly, session and 24/7 stages), with a progress callback
  (budget: 3,000 ms);
* ``cascade_cancel_ms``: from ``cancel()`` during the third hop to ``Cancelled``;
* ``pan_repaint_cascade_8_ms``: a 1% pan plus one repaint of the ``CascadeStrip`` at
  1920x1080 with 8 rows (budget: 16 ms), and ``..._cpu_ms`` in process CPU time.
* ``pan_repaint_cascade_8_docked_ms``: the same pan in the main window at 1920x1080 on the
  demo session with the cascade dock shown: the strip's pan moves the linked chart, and
  one frame repaints both (the strip's and the chart's canvases); for reference
  ``pan_repaint_window_no_cascade_ms`` is the same 1% pan of the chart with the dock
  hidden (the chart alone).

A frame is ``canvas.viewport().update(); processEvents()``: exactly one paint
(perf-baseline.md §0.6), as in bench/bench_chart.py.
"""

from __future__ import annotations

import os
import statistics
import sys
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from models.cascade.analysis import CascadeOptions, prepare_cascade  # noqa: E402
from models.cascade.chain import chain_statistics  # noqa: E402
from models.cascade.demo import demo_chain  # noqa: E402
from models.cascade.levels import stage_level  # noqa: E402
from models.errors import Cancelled  # noqa: E402
from models.market.fetch_control import FetchControl  # noqa: E402

WIDTH, HEIGHT = 1920, 1080


def bench_stats(repeats: int) -> float:
    """The chain's statistics, 8 stages, 1,000 draws, with progress."""
    levels = [stage_level(stage, series) for stage, series in demo_chain()]
    samples = []
    for n in range(repeats + 1):
        control = FetchControl(on_progress=lambda done, total, text: None)
        started = time.perf_counter()
        chain_statistics(levels, draws=1000, seed=n, control=control)
        if n:
            samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def bench_cancel(repeats: int) -> float:
    """From a cancel during the third hop to ``Cancelled`` raised."""
    levels = [stage_level(stage, series) for stage, series in demo_chain()]
    samples = []
    for _ in range(repeats):
        asked = []
        control = FetchControl()

        def progress(done, total, text, control=control, asked=asked):
            if done == 2 and not asked:
                timer = threading.Timer(0.01, lambda: asked.append(time.perf_counter()))
                timer.start()
                timer.join()
                control.cancel()

        control.on_progress = progress
        try:
            chain_statistics(levels, draws=1000, control=control)
        except Cancelled:
            samples.append((time.perf_counter() - asked[0]) * 1000)
    return statistics.median(samples)


def bench_pan(repeats: int) -> tuple[float, float]:
    """A 1% pan and one repaint of the 8-row strip at 1920x1080."""
    from PySide6 import QtWidgets

    from app.cascade_presenter import CascadePresenter
    from widgets.cascade.strip import CascadeStrip

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    analysis = prepare_cascade(demo_chain(), CascadeOptions(draws=100))
    strip = CascadeStrip()
    strip.resize(WIDTH, HEIGHT)
    strip.show()
    app.processEvents()
    CascadePresenter(strip).show(analysis, "light")

    def frame() -> None:
        strip.canvas.viewport().update()
        QtWidgets.QApplication.processEvents()

    for _ in range(5):
        frame()
    wall, cpu = [], []
    for n in range(repeats + 3):
        x0, x1 = strip.visible_range()
        started, cpu_started = time.perf_counter(), time.process_time()
        strip.view.translateBy(x=(x1 - x0) * 0.01 * (1 if n % 2 else -1))
        frame()
        if n >= 3:
            wall.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - cpu_started) * 1000)
    strip.close()
    return statistics.median(wall), statistics.median(cpu)


def bench_docked_pan(repeats: int) -> tuple[float, float]:
    """A 1% pan of the strip in the window with the cascade dock shown (chart linked),
    then of the chart with the dock hidden."""
    import argparse
    import tempfile

    from PySide6 import QtWidgets

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    folder = tempfile.mkdtemp(prefix="bench-cascade-")
    os.environ["LIQUIDITY_CASCADE_SETTINGS"] = os.path.join(folder, "settings.ini")
    from app.bootstrap import build_window

    args = argparse.Namespace(offline=True, cache_dir=folder, demo=True, imports=[])
    window, workers = build_window(args)
    window.resize(WIDTH, HEIGHT)
    window.show()
    _wait(app, lambda: window.charts.state.prepared is not None)
    window.docks["cascade"].toggleViewAction().trigger()
    _wait(app, lambda: window.cascade.controller.analysis is not None)
    strip, chart = window.cascade.panel.strip, window.chart

    def frame() -> None:
        strip.canvas.viewport().update()
        chart.canvas.viewport().update()
        QtWidgets.QApplication.processEvents()

    docked = _pans(strip.view, strip.visible_range, frame, repeats)
    window.docks["cascade"].toggleViewAction().trigger()
    alone = _pans(chart.panes["equity"].view, chart.visible_range, frame, repeats)
    window.close()
    workers.shutdown(3000)
    return docked, alone


def _pans(view, visible_range, frame, repeats: int) -> float:
    for _ in range(5):
        frame()
    wall = []
    for n in range(repeats + 3):
        x0, x1 = visible_range()
        started = time.perf_counter()
        view.translateBy(x=(x1 - x0) * 0.01 * (1 if n % 2 else -1))
        frame()
        if n >= 3:
            wall.append((time.perf_counter() - started) * 1000)
    return statistics.median(wall)


def _wait(app, done, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there")
        app.processEvents()
        time.sleep(0.005)


def run(quick: bool) -> dict[str, float]:
    """All cascade figures (see the module docstring)."""
    pan_wall, pan_cpu = bench_pan(20 if quick else 60)
    docked, alone = bench_docked_pan(20 if quick else 60)
    return {
        "cascade_stats_8_stages_ms": bench_stats(2 if quick else 5),
        "cascade_cancel_ms": bench_cancel(2 if quick else 5),
        "pan_repaint_cascade_8_ms": pan_wall,
        "pan_repaint_cascade_8_cpu_ms": pan_cpu,
        "pan_repaint_cascade_8_docked_ms": docked,
        "pan_repaint_window_no_cascade_ms": alone,
    }


if __name__ == "__main__":
    import json

    print(json.dumps(run("--quick" in sys.argv), indent=2))
