"""Build the chart of an ``ExportSnapshot`` offscreen, without the main window.

The chart is a real ``ChartView`` drawn by the window's own presenter
(``app.presenter.ChartPresenter``) from the snapshot's view state, laid out at the
logical size of the image to export and never shown on a screen, so the command line
needs no display and a fixed-size export is the picture on screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.presenter import ChartPresenter
from models.records.snapshot import ExportSnapshot


def ensure_application() -> QApplication:
    """The running QApplication, or a new one (headless runs have none)."""
    return QApplication.instance() or QApplication(["liquidity-cascade-export"])


def build_chart(snapshot: ExportSnapshot, width: int, height: int):
    """A laid-out, never-shown ``ChartView`` of ``width`` x ``height`` logical pixels."""
    from widgets.chart.chart_view import ChartView

    ensure_application()
    chart = ChartView()
    chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    chart.resize(int(width), int(height))
    presenter = ChartPresenter(chart)
    presenter.show(
        snapshot.prepared,
        snapshot.breakouts,
        snapshot.view_state(),
        anchor_date=snapshot.effective_anchor(),
    )
    return chart
