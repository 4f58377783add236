"""finplot pan-repaint timing, run inside bench/.finplot-venv (PyQt6) by bench_chart.py.

``python finplot_pan.py DATA.npz REPEATS`` prints one JSON object:
{"full": median ms, "zoomed": median ms}, "full" with 96% of the bars in view (finplot
clamps panning at the data's ends), "zoomed" with 10%. Same frame method as the app's bench:
``viewport().update(); processEvents()`` after each pan step, 1920x1080, three linked rows
(candles, volume, close line), the same bars as the app's figures.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PyQt6")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import finplot as fplt
import numpy as np
import pandas as pd
from pyqtgraph.Qt import QtWidgets


def _frame(window) -> None:
    window.viewport().update()
    QtWidgets.QApplication.processEvents()


def _view_fraction(window, box, lo: float, hi: float, fraction: float) -> None:
    middle, span = (lo + hi) / 2, (hi - lo) * fraction
    box.setXRange(middle - span / 2, middle + span / 2, padding=0)
    for _ in range(3):
        _frame(window)


def _pan_ms(window, box, repeats: int) -> float:
    before = box.viewRange()[0][0]
    box.translateBy(x=(box.viewRange()[0][1] - before) * 0.01)
    if box.viewRange()[0][0] == before:
        raise RuntimeError("finplot did not pan: the figure would not measure a pan")
    samples = []
    for i in range(repeats + 2):
        (x0, x1), _ = box.viewRange()
        step = (x1 - x0) * 0.01 * (1 if i % 2 else -1)
        started = time.perf_counter()
        box.translateBy(x=step)
        _frame(window)
        if i >= 2:
            samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def main(path: str, repeats: int) -> None:
    """Build the three panes from the npz bars, time full-view and 10x-zoomed pans."""
    bars = np.load(path)
    frame = pd.DataFrame({k: bars[k] for k in ("open", "high", "low", "close", "volume")})
    frame.insert(0, "time", pd.to_datetime(bars["time_ns"], utc=True))
    ax_price, ax_volume, ax_line = fplt.create_plot(
        "finplot bench", rows=3, init_zoom_periods=len(frame)
    )
    fplt.candlestick_ochl(frame[["time", "open", "close", "high", "low"]], ax=ax_price)
    fplt.volume_ocv(frame[["time", "open", "close", "volume"]], ax=ax_volume)
    fplt.plot(frame["time"], frame["close"], ax=ax_line)
    fplt.show(qt_exec=False)
    window = fplt.windows[0]
    window.resize(1920, 1080)
    for _ in range(5):
        _frame(window)
    box = ax_price.vb
    lo, hi = box.viewRange()[0]
    _view_fraction(window, box, lo, hi, 0.96)  # room to pan inside finplot's x limits
    full = _pan_ms(window, box, repeats)
    _view_fraction(window, box, lo, hi, 0.10)
    zoomed = _pan_ms(window, box, repeats)
    print(json.dumps({"full": full, "zoomed": zoomed}))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
