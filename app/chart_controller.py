"""Drives the chart and the side panels from a loaded session and the user's choices.

A lag step must cost a few milliseconds: it translates the chart items
(``ChartView.set_lag``), reads the fast per-lag statistics and moves the CCF marker.
Everything heavier (the event study at the current lag, the rolling correlation pane)
waits for the slider to rest (``DEBOUNCE_MS``) and, where it can take long, runs on the
worker pool; a newer request supersedes an older one, so stale results never show.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd
from PySide6.QtCore import QObject, QTimer, Signal, Slot

import models.session.prepared as analysis
from app.overlays import as_days, overlay_series
from app.settings import AppSettings
from app.workers import WorkerPool
from models.analysis.breakouts import BreakoutParams, BreakoutResult
from models.errors import DataError
from models.session.prepared import Prepared
from models.session.session import Session

PREPARE, CCF, STUDY, DETECT = "chart.prepare", "chart.ccf", "chart.study", "chart.detect"
DEBOUNCE_MS = 200
#: the CCF bootstrap and the event study of a new session start this long after it is
#: drawn, so they do not compete with its first paint for the interpreter
HEAVY_DELAY_MS = 250
#: after a pan or zoom rests, indexed and percent lines are re-anchored at the first
#: visible date (as trading platforms' compare scales do)
REANCHOR_MS = 250
ZOOM_MARGIN = pd.Timedelta(days=120)
OVERLAP_MARGIN = pd.Timedelta(days=30)


@dataclass
class Panels:
    """The side-panel widgets the controller feeds (see widgets/)."""

    lag_control: object
    stats_strip: object
    ccf_plot: object
    breakout_table: object
    detector_panel: object
    event_study_view: object


@dataclass
class ChartState:
    """What is on screen now: for exports, sidecars and tests."""

    session: Session | None = None
    prepared: Prepared | None = None
    lag_days: int = 0
    scale: str = "index"
    equity_style: str = "candles"
    equity_log: bool = False
    params: BreakoutParams = field(default_factory=BreakoutParams)
    breakouts: BreakoutResult | None = None
    ccf: object | None = None
    study: object | None = None
    correlation: object | None = None


class ChartController(QObject):
    """Applies sessions, lag, scale and detector changes to the ChartView and panels."""

    prepared_ready = Signal(object)  # Prepared, once the chart shows a new session
    error_reported = Signal(str)

    def __init__(self, chart, panels: Panels, workers: WorkerPool, settings: AppSettings):
        super().__init__(chart)
        self.chart = chart
        self.panels = panels
        self._workers = workers
        self.state = ChartState(
            lag_days=settings.lag_days,
            scale=settings.scale,
            equity_style=settings.equity_style,
            equity_log=settings.equity_log,
            params=_params_from(settings.detector),
        )
        self._anchor_lag = 0
        self._ghost_lag = 0
        self._anchor_date: pd.Timestamp | None = None
        self._visible_start: pd.Timestamp | None = None
        self._base_tips: dict[str, str] = {}
        self._reanchor = QTimer(self)
        self._reanchor.setSingleShot(True)
        self._reanchor.setInterval(REANCHOR_MS)
        self._reanchor.timeout.connect(self._anchor_at_visible_start)
        chart.range_changed.connect(self._on_range_changed)
        self._heavy = QTimer(self)
        self._heavy.setSingleShot(True)
        self._heavy.setInterval(HEAVY_DELAY_MS)
        self._heavy.timeout.connect(self._start_heavy_jobs)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._after_lag_settled)
        workers.result_ready.connect(self._on_result)
        workers.task_failed.connect(self._on_failure)

    # ----- inputs from the data controller and the widgets -----

    def show_session(self, session: Session) -> None:
        """Prepare ``session`` on a worker, then show it (the previous one stays until then)."""
        params = self.state.params
        self._workers.submit(PREPARE, lambda control: analysis.prepare(session, params))

    @Slot(int)
    def set_lag(self, lag_days: int) -> None:
        """One slider step: translate the items, update live stats, debounce the rest."""
        self.state.lag_days = int(lag_days)
        prepared = self.state.prepared
        if prepared is None:
            return
        self.chart.crypto.set_lag(self.state.lag_days, self._lag_factors(prepared))
        self.panels.ccf_plot.set_marker(self.state.lag_days)
        self._show_live_stats()
        self._show_lag_returns()
        self._debounce.start()

    @Slot()
    def snap_to_best_lag(self) -> None:
        """Move the slider to the cross-correlation's best lag."""
        ccf = self.state.ccf
        if ccf is not None:
            self.panels.lag_control.set_lag(int(ccf.best_lag))
            self.set_lag(int(ccf.best_lag))

    def set_scale(self, scale: str) -> None:
        """Change the crypto pane's scale (price, log, percent, index)."""
        self.state.scale = scale
        if self.state.prepared is not None:
            self._apply_overlays(self.state.prepared)

    def set_equity_style(self, style: str) -> None:
        """Candles or line for the equity pane."""
        self.state.equity_style = style
        self.chart.equity.set_style(style)

    def set_equity_log(self, on: bool) -> None:
        """Log scale for the equity pane."""
        self.state.equity_log = bool(on)
        self.chart.equity.set_log(bool(on))

    @Slot(object)
    def set_params(self, params: BreakoutParams) -> None:
        """New detector parameters: re-detect on a worker, then redraw bands and tables."""
        self.state.params = params
        prepared = self.state.prepared
        if prepared is not None:
            self._workers.submit(DETECT, lambda control: analysis.redetect(prepared, params))

    @Slot(object)
    def zoom_to_event(self, event) -> None:
        """Zoom the chart around a breakout's band (a click in the breakout table)."""
        start = pd.Timestamp(event.band_start) - ZOOM_MARGIN
        end = pd.Timestamp(event.band_end) + ZOOM_MARGIN
        self.chart.zoom_to(start.to_datetime64(), end.to_datetime64())

    # ----- applying results -----

    @Slot(str, int, object)
    def _on_result(self, channel: str, _request_id: int, result: object) -> None:
        if channel == PREPARE:
            self._apply_prepared(result)
        elif channel == DETECT:
            self._apply_breakouts(result)
        elif channel == CCF:
            self._apply_ccf(result)
        elif channel == STUDY:
            self._apply_study(result)

    @Slot(str, int, object)
    def _on_failure(self, channel: str, _request_id: int, error: object) -> None:
        if channel.startswith("chart."):
            self.panels.stats_strip.set_busy(False)
            message = str(error) if isinstance(error, DataError) else repr(error)
            self.error_reported.emit(message)

    def _on_range_changed(self, start, _end) -> None:
        self._visible_start = pd.Timestamp(start)
        if self.state.scale in ("index", "percent"):
            self._reanchor.start()

    def _anchor_at_visible_start(self) -> None:
        prepared = self.state.prepared
        if prepared is None:
            return
        anchor = self._wanted_anchor(prepared)
        if anchor != self._anchor_date:
            self._anchor_date = anchor
            self._apply_overlays(prepared)

    def _wanted_anchor(self, prepared: Prepared) -> pd.Timestamp:
        """The first visible date where every line has a bar at the current lag."""
        return analysis.common_anchor(prepared, self.state.lag_days, self._visible_start)

    def _lag_factors(self, prepared: Prepared) -> dict[str, float]:
        """Index-scale factors for a slider step, based on one date valid at this lag."""
        lag_anchor = max(self._anchor_date, analysis.common_anchor(prepared, self.state.lag_days))
        return analysis.lag_factors(
            prepared,
            self.state.scale,
            self.state.lag_days,
            self._anchor_date,
            self._anchor_lag,
            lag_anchor,
        )

    def _apply_prepared(self, prepared: Prepared) -> None:
        self.state.session = prepared.session
        self.state.prepared = prepared
        self._visible_start = None  # the new session opens on its own span
        self._anchor_date = self._wanted_anchor(prepared)
        self.state.ccf = None
        self.state.study = None
        self._show_subject(prepared)
        equity = prepared.session.equity
        self._mark_demo(prepared.session.is_demo)
        self.chart.equity.set_bars(equity.frame, equity.instrument.label, is_demo=equity.is_demo)
        self.chart.equity.set_style(self.state.equity_style)
        self.chart.equity.set_log(self.state.equity_log)
        self._apply_overlays(prepared)
        self._apply_breakouts(prepared.breakouts, request_study=False)
        self._zoom_to_overlap(prepared)
        self.panels.lag_control.set_lag(self.state.lag_days)
        self.panels.lag_control.set_best_lag(None)
        self.panels.stats_strip.set_busy(True)
        self._show_live_stats()
        self._show_rolling()
        self._heavy.start()  # after the first paint of this session, not before it
        for warning in prepared.warnings:
            self.error_reported.emit(warning)
        self.prepared_ready.emit(prepared)

    def _zoom_to_overlap(self, prepared: Prepared) -> None:
        """Open on the span where equity and crypto overlap (Fit all shows everything)."""
        end = max(s.frame.index[-1] for s in prepared.session.series if s.rows)
        start = prepared.anchor_date - OVERLAP_MARGIN
        self.chart.zoom_to(start.to_datetime64(), (end + OVERLAP_MARGIN).to_datetime64())

    def _mark_demo(self, on: bool) -> None:
        """Demo data is watermarked in the chart and tagged in every statistics panel."""
        self.chart.set_demo_watermark(on)
        panels = self.panels
        for panel in (
            panels.stats_strip,
            panels.ccf_plot,
            panels.breakout_table,
            panels.event_study_view,
        ):
            panel.set_demo(on)

    def _apply_overlays(self, prepared: Prepared) -> None:
        scale = self.state.scale
        # percent cannot follow the lag by a rescale: anchor it at the current lag instead
        self._anchor_lag = self.state.lag_days if scale == "percent" else 0
        self._ghost_lag = self.state.lag_days
        overlays, ghost = overlay_series(
            prepared, scale, self._anchor_date, self._anchor_lag, self.state.lag_days
        )
        self.chart.crypto.set_overlays(overlays, scale, ghost)
        self.chart.crypto.set_lag(self.state.lag_days, self._lag_factors(prepared))

    def _apply_breakouts(self, result: BreakoutResult, request_study: bool = True) -> None:
        self.state.breakouts = result
        self.chart.equity.set_reference_line(_reference_line(result))
        self.chart.equity.set_breakouts(result.events)
        volume = result.volume if len(result.volume) else self._equity_volume()
        threshold = result.volume_threshold
        # no usable volume: an all-NaN threshold would still be named in the pane title
        usable = np.isfinite(threshold.to_numpy(dtype="float64")).any()
        self.chart.volume.set_volume(volume, threshold if usable else None, result.volume_source)
        self.panels.breakout_table.set_events(result.events, None)
        self._show_lag_returns()
        self.panels.detector_panel.set_params(result.params)
        if request_study:
            self._request_study()

    def _apply_ccf(self, ccf) -> None:
        self.state.ccf = ccf
        self.panels.stats_strip.set_busy(False)
        if ccf is None:
            return
        self.panels.ccf_plot.set_ccf(ccf)
        self.panels.ccf_plot.set_marker(self.state.lag_days)
        self.panels.lag_control.set_best_lag(int(ccf.best_lag))
        self._show_live_stats()

    def _apply_study(self, study) -> None:
        self.state.study = study
        self._title_study()
        self.panels.event_study_view.set_result(study)
        if study is None:
            return
        self.panels.breakout_table.set_events(self.state.breakouts.events, study.table)
        self._show_lag_returns()  # set_events cleared the "At lag" column

    def _start_heavy_jobs(self) -> None:
        prepared = self.state.prepared
        if prepared is not None:
            self._workers.submit(CCF, lambda control: analysis.cross_correlation_for(prepared))
            self._request_study()

    def _after_lag_settled(self) -> None:
        prepared = self.state.prepared
        if prepared is None:
            return
        anchor = self._wanted_anchor(prepared)
        lag = self.state.lag_days
        percent_moved = self.state.scale == "percent" and self._anchor_lag != lag
        # on the log scale the ghost meets the primary crypto where it is drawn at this lag
        ghost_moved = self.state.scale == "log" and self._ghost_lag != lag
        if percent_moved or ghost_moved or anchor != self._anchor_date:
            # a lag that shifts a late series past the anchor moves the anchor (and the
            # ghost line with it), so every line is still based on one date
            self._anchor_date = anchor
            self._apply_overlays(prepared)
        self._show_rolling()
        self._request_study()

    def _request_study(self) -> None:
        prepared, breakouts = self.state.prepared, self.state.breakouts
        if prepared is None or breakouts is None:
            return
        events, lag = list(breakouts.events), self.state.lag_days
        self._workers.submit(STUDY, lambda control: analysis.event_study_for(prepared, events, lag))

    def _show_live_stats(self) -> None:
        prepared = self.state.prepared
        if prepared is None or prepared.stats is None:
            return
        stats = prepared.stats.at(self.state.lag_days)
        self.state.correlation = stats.correlation
        ccf = self.state.ccf
        self.panels.stats_strip.set_stats(
            stats.correlation.correlation,
            stats.correlation.n,
            None if ccf is None else int(ccf.best_lag),
            None if ccf is None or math.isnan(ccf.p_value) else float(ccf.p_value),
            self.state.lag_days,
        )

    def _show_lag_returns(self) -> None:
        """The breakout table's "At lag" column: a grid lookup per event, cheap per step."""
        prepared, breakouts = self.state.prepared, self.state.breakouts
        if prepared is None or breakouts is None:
            return
        lag = self.state.lag_days
        returns = analysis.lag_returns(prepared, breakouts.events, lag)
        self.panels.breakout_table.set_current_lag_returns(lag, returns)

    def _show_subject(self, prepared: Prepared) -> None:
        """Say which crypto the statistics describe (StatsStrip.set_stats takes no label)."""
        subject = self.tr("Statistics of {subject}").format(subject=prepared.subject)
        for name in ("stats_strip", "ccf_plot", "lag_control"):
            widget = getattr(self.panels, name)
            base = self._base_tips.setdefault(name, _text(widget.toolTip()))
            widget.setToolTip(f"{subject}\n{base}" if base else subject)
        _set_plot_title(self.panels.ccf_plot, prepared.subject)

    def _title_study(self) -> None:
        """The event study's subject and how many events it could not study."""
        prepared, breakouts = self.state.prepared, self.state.breakouts
        if prepared is None or breakouts is None or prepared.primary_key is None:
            return
        crypto = prepared.primary_key
        title = self.tr("{crypto} after {equity} breakouts").format(
            crypto=crypto, equity=prepared.session.equity.instrument.label
        )
        studied = analysis.events_with_crypto(prepared, breakouts.events)
        missing = len(breakouts.events) - len(studied)
        lines = [title]
        if missing:
            lines.append(
                self.tr("{n} before {crypto} data, not counted").format(n=missing, crypto=crypto)
            )
        # two short lines: one long line was cut off in the dock's width
        _set_plot_title(self.panels.event_study_view, "<br>".join(html.escape(t) for t in lines))
        self.panels.event_study_view.setToolTip(" · ".join(lines))

    def _show_rolling(self) -> None:
        prepared = self.state.prepared
        if prepared is None or prepared.stats is None:
            return
        rolling = prepared.stats.at(self.state.lag_days).rolling
        self.chart.correlation.set_rolling_correlation(
            as_days(rolling.index), rolling.to_numpy(), prepared.stats.window
        )

    def _equity_volume(self) -> pd.Series:
        return self.state.session.equity.frame["volume"]


def _reference_line(result: BreakoutResult) -> pd.Series:
    """The line the rule breaks: the chosen level for the level rule, else the ATH."""
    level = result.params.level
    if result.params.rule == "level" and level:
        return pd.Series(float(level), index=result.ath.index, name="level")
    return result.ath


def _text(value) -> str:
    return value if isinstance(value, str) else ""


def _set_plot_title(widget, title: str) -> None:
    """Title a panel's pyqtgraph plot (the widgets expose ``plot_item()``)."""
    item = widget.plot_item()
    if item is not None and hasattr(item, "setTitle"):
        item.setTitle(title, size="9pt")


def _params_from(stored: dict) -> BreakoutParams:
    """Detector parameters from settings; unknown or bad keys fall back to the defaults."""
    known = {k: v for k, v in stored.items() if k in BreakoutParams.__dataclass_fields__}
    try:
        return replace(BreakoutParams(), **known)
    except (TypeError, ValueError):
        return BreakoutParams()
