"""The side panels' half of the presenter: the analysis shown, at the view's lag, onto the
lag control, statistics strip, cross-correlation plot, breakout table, detector panel
and event study.

A slider step must stay cheap here too: ``show_lag`` moves the CCF marker, reads the
per-lag statistics and looks up the breakout table's "At lag" column, nothing more.

Every panel that describes one coin names it (the statistics target): the CCF plot's and
the event study's titles, the breakout table's returns, the tooltips of the lag control
and the statistics strip. With no coin charted (the equity alone) they say there is
nothing to compare instead of keeping the last session's figures.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass

from PySide6.QtCore import QObject

import models.session.prepared as analysis
from models.session.shown import ShownAnalysis
from widgets.protocols import (
    BreakoutTableView,
    CcfPlotView,
    DetectorPanelView,
    EventStudyPanelView,
    LagControlView,
    StatsStripView,
)


@dataclass
class Panels:
    """The side-panel widgets the presenter feeds (see widgets/)."""

    lag_control: LagControlView
    stats_strip: StatsStripView
    ccf_plot: CcfPlotView
    breakout_table: BreakoutTableView
    detector_panel: DetectorPanelView
    event_study_view: EventStudyPanelView


class PanelsPresenter(QObject):
    """Maps a ``ShownAnalysis`` and the lag onto the panels' ``set_*`` calls."""

    def __init__(self, panels: Panels, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.panels = panels
        self._base_tips: dict[str, str] = {}

    def show_session(self, shown: ShownAnalysis, lag_days: int) -> None:
        """A newly prepared session: its subject, DEMO marks, breakouts, the lag, and the
        statistics strip waiting for the heavy statistics."""
        p, prepared = self.panels, shown.prepared
        self._show_subject(shown)
        for panel in (p.stats_strip, p.ccf_plot, p.breakout_table, p.event_study_view):
            panel.set_demo(prepared.session.is_demo)
        self.show_breakouts(shown, lag_days)
        p.lag_control.set_lag(lag_days)
        p.lag_control.set_best_lag(None)
        if prepared.primary_key is None:  # the equity alone: no figures to wait for
            p.stats_strip.set_stats(math.nan, 0, lag_days)
            p.stats_strip.set_busy(False)
            p.ccf_plot.set_ccf(None)
            p.event_study_view.set_result(None)
            self._title_study(shown)
            return
        p.stats_strip.set_busy(True)
        self.show_live_stats(shown, lag_days)

    def show_lag(self, shown: ShownAnalysis, lag_days: int) -> None:
        """One slider step: the CCF marker, the live statistics, the "At lag" column."""
        self.panels.ccf_plot.set_marker(lag_days)
        self.show_live_stats(shown, lag_days)
        self.show_lag_returns(shown, lag_days)

    def show_breakouts(self, shown: ShownAnalysis, lag_days: int) -> None:
        """The breakouts of the current rule in the table, and the rule in the panel."""
        breakouts = shown.breakouts
        self.panels.breakout_table.set_events(breakouts.events, None)
        self.show_lag_returns(shown, lag_days)
        self.panels.detector_panel.set_params(breakouts.params)

    def show_ccf(self, shown: ShownAnalysis, lag_days: int) -> None:
        """The cross-correlation arrived, or was judged over another lag window: the plot
        with both bands, the best lag of the window searched on the "Best" button (and
        Ctrl+B) and in the strip. None: nothing to show (no pairs in the window)."""
        p, ccf = self.panels, shown.ccf
        p.stats_strip.set_busy(False)
        p.ccf_plot.set_ccf(ccf)
        p.ccf_plot.set_marker(lag_days)
        p.lag_control.set_best_lag(None if ccf is None else int(ccf.best_lag))
        self.show_live_stats(shown, lag_days)

    def show_recomputing(self) -> None:
        """The cross-correlation is computed again (another sampling): the strip says so."""
        self.panels.stats_strip.set_busy(True)

    def show_study(self, shown: ShownAnalysis, lag_days: int) -> None:
        """The event study arrived: its view, and its forward returns in the table."""
        study = shown.study
        self._title_study(shown)
        self.panels.event_study_view.set_result(study)
        if study is None:
            return
        self.panels.breakout_table.set_events(shown.breakouts.events, study.table)
        self.show_lag_returns(shown, lag_days)  # set_events cleared the "At lag" column

    def show_failure(self) -> None:
        """A statistics job failed: the strip stops saying it is recomputing."""
        self.panels.stats_strip.set_busy(False)

    def show_live_stats(self, shown: ShownAnalysis, lag_days: int) -> None:
        """The correlation at the lag with its N, and the best lag with its p once known."""
        correlation = shown.correlation_at(lag_days)
        if correlation is None:
            return
        self.panels.stats_strip.set_stats(
            correlation.correlation, correlation.n, lag_days, shown.ccf
        )

    def show_lag_returns(self, shown: ShownAnalysis, lag_days: int) -> None:
        """The breakout table's "At lag" column: a grid lookup per event, cheap per step."""
        prepared, breakouts = shown.prepared, shown.breakouts
        if prepared is None or breakouts is None:
            return
        returns = analysis.lag_returns(prepared, breakouts.events, lag_days)
        self.panels.breakout_table.set_current_lag_returns(lag_days, returns)

    def _show_subject(self, shown: ShownAnalysis) -> None:
        """Say which crypto the statistics describe (StatsStrip.set_stats takes no label)."""
        prepared = shown.prepared
        equity = prepared.session.equity.instrument.label
        crypto = prepared.primary_key
        if crypto is None:
            subject = self.tr("{equity} alone: add a coin to compare").format(equity=equity)
            tip = subject
        else:
            subject = self.tr("{crypto} vs {equity}").format(crypto=crypto, equity=equity)
            tip = self.tr("Statistics of {subject}").format(subject=subject)
        for name in ("stats_strip", "ccf_plot", "lag_control"):
            widget = getattr(self.panels, name)
            base = self._base_tips.setdefault(name, _text(widget.toolTip()))
            widget.setToolTip(f"{tip}\n{base}" if base else tip)
        self.panels.ccf_plot.set_title(html.escape(subject))
        self.panels.breakout_table.set_subject(crypto)

    def _title_study(self, shown: ShownAnalysis) -> None:
        """The event study's subject and how many events it could not study."""
        prepared, breakouts = shown.prepared, shown.breakouts
        if prepared is None or breakouts is None:
            return
        view = self.panels.event_study_view
        crypto = prepared.primary_key
        if crypto is None:
            text = self.tr("Event study: add a coin to study its path after breakouts")
            view.set_title(html.escape(text))
            view.setToolTip(text)
            return
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
        view.set_title("<br>".join(html.escape(t) for t in lines))
        view.setToolTip(" · ".join(lines))


def _text(value) -> str:
    return value if isinstance(value, str) else ""
