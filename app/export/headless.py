"""Build the chart of an ``ExportSnapshot`` offscreen, without the main window.

The chart is a real ``ChartView`` fed synchronously the way the window's
``ChartController`` feeds it (same scale, anchor, lag factors, bands, volume and
rolling correlation), laid out at the logical size of the image to export and never
shown on a screen, so the command line needs no display.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

import models.session.prepared as analysis
from app.overlays import as_days
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
    chart.set_theme(snapshot.theme)
    _draw_equity(chart, snapshot)
    _draw_overlays(chart, snapshot)
    _draw_breakouts(chart, snapshot)
    _draw_rolling(chart, snapshot)
    for pane, shown in snapshot.panes.items():
        chart.set_pane_visible(pane, shown)
    start, end = snapshot.shown_span()
    chart.zoom_to(start.to_datetime64(), end.to_datetime64())
    return chart


def _draw_equity(chart, snapshot: ExportSnapshot) -> None:
    equity = snapshot.session.equity
    chart.set_demo_watermark(snapshot.is_demo)
    chart.equity.set_bars(equity.frame, equity.instrument.label, is_demo=equity.is_demo)
    chart.equity.set_style(snapshot.equity_style)
    chart.equity.set_log(snapshot.equity_log)


def _draw_overlays(chart, snapshot: ExportSnapshot) -> None:
    from app.overlays import overlay_series

    prepared, scale = snapshot.prepared, snapshot.scale
    anchor = snapshot.effective_anchor()
    # percent is anchored at the current lag (not a pure rescale), as in the window
    anchor_lag = snapshot.lag_days if scale == "percent" else 0
    overlays, ghost = overlay_series(prepared, scale, anchor, anchor_lag, snapshot.lag_days)
    chart.crypto.set_overlays(overlays, scale, ghost)
    factors = analysis.lag_factors(prepared, scale, snapshot.lag_days, anchor, anchor_lag)
    chart.crypto.set_lag(snapshot.lag_days, factors)


def _draw_breakouts(chart, snapshot: ExportSnapshot) -> None:
    result = snapshot.breakouts
    chart.equity.set_reference_line(result.ath)
    chart.equity.set_breakouts(result.events)
    volume = result.volume if len(result.volume) else snapshot.session.equity.frame["volume"]
    chart.volume.set_volume(volume, result.volume_threshold, result.volume_source)


def _draw_rolling(chart, snapshot: ExportSnapshot) -> None:
    stats = snapshot.prepared.stats
    if stats is None:
        return
    rolling = stats.at(snapshot.lag_days).rolling
    chart.correlation.set_rolling_correlation(
        as_days(rolling.index), rolling.to_numpy(), stats.window
    )
