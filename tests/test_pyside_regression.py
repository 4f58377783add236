"""Guards against the PySide6 6.12.0 regressions found while measuring (perf-baseline.md §0).

On Python 3.11, PySide6 6.12.0 lowers the reference count of None on every void Qt call
(the interpreter dies with ``none_dealloc`` after ~2,000 repaints) and aborts at exit
(code 134) after a chart with a linked ViewBox and a QThreadPool runnable. These tests
make an accidental upgrade fail loudly instead of crashing users' sessions.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from importlib.metadata import version

import PySide6
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QPainter, QPen
from PySide6.QtWidgets import QWidget

PIN_LOW = (6, 11, 3)
PIN_HIGH = (6, 12)


def _version_tuple(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(".")[:3] if part.isdigit())


def test_installed_pyside6_is_within_the_pin():
    installed = _version_tuple(version("PySide6-Essentials"))
    assert _version_tuple(PySide6.__version__) == installed
    assert PIN_LOW <= installed < PIN_HIGH, (
        f"PySide6-Essentials {installed} is outside the pin >=6.11.3,<6.12: "
        "read tests/test_pyside_regression.py before unpinning"
    )


def test_void_qt_calls_do_not_leak_none(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(200, 100)
    image = QImage(200, 100, QImage.Format.Format_ARGB32)
    pen = QPen()
    before = sys.getrefcount(None)
    for i in range(1000):
        painter = QPainter(image)
        painter.setPen(pen)
        painter.drawLine(0, i % 100, 199, 99 - i % 100)
        painter.end()
        widget.resize(200 + i % 3, 100)
        widget.update(QRect(0, 0, 10, 10))
    widget.repaint()
    # 3,000+ void calls: a per-call leak would show as a drop of thousands
    assert sys.getrefcount(None) - before > -100


CHART_AND_WORKER = textwrap.dedent(
    """
    import os, sys
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"
    from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
    from PySide6.QtWidgets import QApplication
    import pyqtgraph as pg

    app = QApplication([])
    plots = []
    for _ in range(2):
        widget = pg.PlotWidget()
        item = widget.getPlotItem()
        extra = pg.ViewBox()
        item.showAxis("right")
        item.scene().addItem(extra)
        item.getAxis("right").linkToView(extra)
        extra.setXLink(item)
        extra.addItem(pg.PlotCurveItem([1, 3, 2, 4]))
        item.vb.sigResized.connect(
            lambda vb=item.vb, extra=extra: extra.setGeometry(vb.sceneBoundingRect())
        )
        widget.show()
        plots.append(widget)
    app.processEvents()

    class Carrier(QObject):
        done = Signal(object)

    class Job(QRunnable):
        def __init__(self, carrier):
            super().__init__()
            self.carrier = carrier
        def run(self):
            self.carrier.done.emit(sum(range(1000)))

    carrier = Carrier()
    got = []
    carrier.done.connect(got.append)
    QThreadPool.globalInstance().start(Job(carrier))
    QThreadPool.globalInstance().waitForDone(5000)
    for _ in range(50):
        app.processEvents()
        if got:
            break
    print("result", got)
    sys.exit(0 if got == [499500] else 3)
    """
)


def test_chart_with_linked_viewbox_and_worker_exits_cleanly(tmp_path):
    script = tmp_path / "chart_and_worker.py"
    script.write_text(CHART_AND_WORKER)
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, f"exit {proc.returncode}: {proc.stderr[-800:]}"
    assert "result [499500]" in proc.stdout
