"""The typed seams between the widgets and what drives them: one Protocol per panel and
per chart pane, and one for the chart.

The controllers and presenters in ``app/`` are typed against these, not against the
widget classes, and the test doubles are built from them (a double refuses a method
its Protocol lacks). ``tests/widgets/test_protocols.py`` checks that every widget has
what its Protocol promises, with the same parameters, so renaming a method on one side
only fails a test.
"""

from __future__ import annotations

from typing import Protocol

import numpy as np
import pandas as pd

from models.analysis.breakout_params import BreakoutParams
from models.analysis.lag_window import LagWindow
from widgets.chart.breadth_pane import BreadthSeries
from widgets.chart.crypto_pane import OverlaySeries


class HasToolTip(Protocol):
    """A widget whose tooltip the presenter extends (Qt's own methods)."""

    def toolTip(self) -> str: ...

    def setToolTip(self, text: str) -> None: ...


class LagControlView(HasToolTip, Protocol):
    """``widgets.lag_control.LagControl``."""

    def set_lag(self, days: int) -> None: ...

    def set_best_lag(self, days: int | None) -> None: ...


class StatsStripView(HasToolTip, Protocol):
    """``widgets.stats_strip.StatsStrip``."""

    def set_stats(self, correlation: float, n: int, lag_days: int, ccf=None) -> None: ...

    def set_busy(self, busy: bool) -> None: ...

    def set_demo(self, on: bool) -> None: ...


class CcfPlotView(HasToolTip, Protocol):
    """``widgets.ccf_plot.CcfPlot``."""

    def set_ccf(self, ccf) -> None: ...

    def set_marker(self, lag_days: int) -> None: ...

    def set_demo(self, on: bool) -> None: ...

    def set_title(self, html: str) -> None: ...


class LagWindowChoiceView(Protocol):
    """``widgets.lag_window_choice.LagWindowChoice``."""

    def set_window(self, window: LagWindow) -> None: ...

    def set_sampling(self, sampling: str) -> None: ...


class SpecCurvePanelView(Protocol):
    """``widgets.spec_curve_view.SpecCurveView``."""

    def set_ready(self, coins: str) -> None: ...

    def set_running(self, running: bool) -> None: ...

    def set_progress(self, done: int, expected: int) -> None: ...

    def set_cancelled(self) -> None: ...

    def set_result(self, result) -> None: ...

    def set_demo(self, on: bool) -> None: ...

    def set_title(self, html: str) -> None: ...


class BreakoutTableView(Protocol):
    """``widgets.breakout_table.BreakoutTable``."""

    def set_events(self, events: list, forward_returns: pd.DataFrame | None) -> None: ...

    def set_subject(self, crypto: str | None) -> None: ...

    def set_current_lag_returns(self, lag_days: int, returns: pd.Series) -> None: ...

    def set_demo(self, on: bool) -> None: ...


class DetectorPanelView(Protocol):
    """``widgets.detector_panel.DetectorPanel``."""

    def set_params(self, params: BreakoutParams) -> None: ...


class EventStudyPanelView(HasToolTip, Protocol):
    """``widgets.event_study_view.EventStudyView``."""

    def set_result(self, result) -> None: ...

    def set_headline_horizon(self, days: int) -> None: ...

    def set_demo(self, on: bool) -> None: ...

    def set_title(self, html: str) -> None: ...


class TimeToTargetPanelView(Protocol):
    """``widgets.time_to_target_view.TimeToTargetView``."""

    def set_result(self, result, target: str) -> None: ...

    def set_demo(self, on: bool) -> None: ...


class EquityPaneView(Protocol):
    """``widgets.chart.equity_pane.EquityPane``."""

    def set_bars(self, frame: pd.DataFrame, label: str, *, is_demo: bool = False) -> None: ...

    def set_style(self, style: str) -> None: ...

    def set_log(self, on: bool) -> None: ...

    def set_reference_line(self, line: pd.Series | None) -> None: ...

    def set_breakouts(self, events: list) -> None: ...


class VolumePaneView(Protocol):
    """``widgets.chart.volume_pane.VolumePane``."""

    def set_volume(
        self, volume: pd.Series, threshold: pd.Series | None, source_label: str
    ) -> None: ...


class CryptoPaneView(Protocol):
    """``widgets.chart.crypto_pane.CryptoPane``."""

    def set_overlays(
        self,
        series: list[OverlaySeries],
        scale: str,
        ghost: OverlaySeries | None,
        *,
        log: bool = False,
    ) -> None: ...

    def set_lag(self, lag_days: int, y_factors: dict[str, float] | None = None) -> None: ...

    def set_target(self, key: str | None) -> None: ...


class BreadthPaneView(Protocol):
    """``widgets.chart.breadth_pane.BreadthPane``."""

    def set_breadth(self, series: list[BreadthSeries]) -> None: ...

    def set_lag(self, lag_days: int) -> None: ...

    def set_target(self, key: str | None) -> None: ...


class CorrelationPaneView(Protocol):
    """``widgets.chart.correlation_pane.CorrelationPane``."""

    def set_rolling_correlation(
        self, dates: np.ndarray, values: np.ndarray, window: int, subject: str = ""
    ) -> None: ...

    def set_null_band(self, half_width: float | None) -> None: ...


class ChartSurface(Protocol):
    """``widgets.chart.chart_view.ChartView``: its panes, and what applies to all of them."""

    equity: EquityPaneView
    volume: VolumePaneView
    crypto: CryptoPaneView
    breadth: BreadthPaneView
    correlation: CorrelationPaneView

    def set_theme(self, theme: str) -> None: ...

    def set_demo_watermark(self, on: bool) -> None: ...

    def set_pane_visible(self, pane: str, visible: bool) -> None: ...

    def zoom_to(self, start, end) -> None: ...

    def set_fit_span(self, start, end) -> None: ...

    def set_as_of(self, day, lag_days: int = 0) -> None: ...


class ReplayBarView(Protocol):
    """``widgets.replay_bar.ReplayBar``."""

    def set_day(self, day) -> None: ...

    def set_span(self, first, last) -> None: ...

    def set_playing(self, playing: bool) -> None: ...

    def set_speed(self, sessions_per_second: int) -> None: ...


class DesktopNotifier(Protocol):
    """``widgets.evidence.tray_notifier.TrayNotifier``: a desktop notification, where the
    desktop has a system tray to show one."""

    def is_available(self) -> bool: ...

    def show_message(self, title: str, text: str) -> None: ...


class EvidenceBusyView(Protocol):
    """What the evidence and watch views share: progress with Cancel, and a message."""

    def set_theme(self, theme: str) -> None: ...

    def show_progress(self, done: int, expected: int, text: str) -> None: ...

    def show_idle(self) -> None: ...

    def show_message(self, text: str) -> None: ...


class WalkForwardPanelView(EvidenceBusyView, Protocol):
    """``widgets.evidence.walk_view.WalkForwardView``: the walk as plots sharing dates."""

    def set_walk(self, record: dict) -> None: ...


class HeatmapPanelView(Protocol):
    """``widgets.evidence.heatmap_view.HeatmapView``: the lag x time heatmap."""

    def set_theme(self, theme: str) -> None: ...

    def set_heatmap(self, record: dict) -> None: ...

    def show_message(self, text: str) -> None: ...


class WatchPanelView(EvidenceBusyView, Protocol):
    """``widgets.evidence.watch_panel.WatchPanel``: each rule's standing, base rate, fan."""

    def set_watches(self, records: list[dict]) -> None: ...


class StatusNoticeView(Protocol):
    """``widgets.status_panel.StatusPanel``'s transient notice."""

    def show_notice(self, message: str | None, msecs: int = ...) -> None: ...
