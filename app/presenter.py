"""One mapping from (prepared analysis, view state) to the chart's ``set_*`` calls.

The window's chart (through ``ChartController``) and every exported chart
(``app.export.headless``) are drawn by a ``ChartPresenter``, so an export shows what
the screen shows: the same reference line, volume threshold, anchor, lag factors and
log axis.

A presenter remembers where it drew the crypto lines from (the anchor date and the
lag they were anchored at), because a lag-slider step only rescales the drawn lines
(``step_lag``) and the lines are re-based once the slider rests (``settle_lag``) or a
pan rests (``reanchor``). It also decides the crypto pane's log axis: "auto" follows
the values in view (``models.session.scales.log_axis_shown``), again when a pan or the
slider rests.

In replay (``show_as_of``) the series stay drawn in full from the live analysis and the
chart greys what lies after the day (``ChartSurface.set_as_of``, lag-aware in the lagged
panes); the breakouts and their verdicts are the ones of the session cut at the day. The
other lines (the rule's all-time high, the volume threshold, the rolling correlation,
the altseason index) are trailing computations: left of the grey they are exactly what
the cut session gives, so a step does not redraw them (only a change of rule in replay
draws the cut's). ``show_live`` goes back.
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QCoreApplication

from app.breadth import breadth_series
from app.overlays import as_days, overlay_series
from models.analysis.breakouts import NO_VOLUME, OWN_VOLUME, BreakoutResult
from models.session import scales
from models.session.prepared import (
    NO_VOLUME_TEXT,
    Prepared,
    overlap_span,
    reference_line,
    shown_volume,
    usable_threshold,
)
from models.session.view_ranges import preset_span
from models.session.view_state import ViewState
from models.vocabulary import PANES
from widgets.protocols import ChartSurface

#: a click on a breakout shows it with this much of the chart either side
EVENT_MARGIN = pd.Timedelta(days=120)


class ChartPresenter:
    """Draws a prepared session on a chart as a view state asks."""

    def __init__(self, chart: ChartSurface) -> None:
        self.chart = chart
        self._prepared: Prepared | None = None
        self._anchor_date: pd.Timestamp | None = None
        self._anchor_lag = 0  # the lag the drawn lines were anchored at (percent only)
        self._ghost_lag = 0  # the lag the ghost line was rebased for (price scale only)
        self._log = False  # the crypto pane's axis as drawn
        # replay: the analysis cut at the day (None: live) and the day itself
        self._cut: Prepared | None = None
        self._day: pd.Timestamp | None = None
        self._lines_of = None  # the rule whose reference line and threshold are drawn

    @property
    def anchor_date(self) -> pd.Timestamp | None:
        """The date the drawn indexed and percent lines are based on (None before any)."""
        return self._anchor_date

    @property
    def log_axis_drawn(self) -> bool:
        """True while the crypto pane's axis is logarithmic."""
        return self._log

    def show(
        self,
        prepared: Prepared,
        breakouts: BreakoutResult,
        view: ViewState,
        *,
        anchor_date=None,
        zoom: bool = True,
    ) -> None:
        """Draw everything: theme, DEMO mark, equity, crypto lines at the view's lag,
        breakouts and volume, the rolling correlation, the panes shown, and (``zoom``) the
        view's dates or, without any, where the series overlap (also what Fit shows).

        The lines are based on ``anchor_date`` when given (the date an exported window
        drew them from), else on the first date in view where every line has a bar.
        """
        self.show_equity(prepared, view, anchor_date=anchor_date)
        self.show_the_rest(prepared, breakouts, view, zoom=zoom)

    def show_equity(self, prepared: Prepared, view: ViewState, *, anchor_date=None) -> None:
        """The first stage of ``show``: theme, DEMO mark and the equity's bars. The window
        paints it before the rest, so no one turn of its event loop draws a whole session
        and paints it (issue 10); an export calls ``show``."""
        chart = self.chart
        session = prepared.session
        self._prepared = prepared
        if anchor_date is None:
            anchor_date = scales.common_anchor(prepared, view.lag_days, view.visible_start)
        self._anchor_date = pd.Timestamp(anchor_date)
        chart.set_theme(view.theme)
        chart.set_demo_watermark(session.is_demo)
        equity = session.equity
        chart.equity.set_bars(equity.frame, equity.instrument.label, is_demo=equity.is_demo)
        chart.equity.set_style(view.equity_style)
        chart.equity.set_log(view.equity_log)

    def show_the_rest(
        self, prepared: Prepared, breakouts: BreakoutResult, view: ViewState, *, zoom: bool
    ) -> None:
        """The second stage of ``show`` (after ``show_equity`` of the same ``prepared``):
        the coins, breadth, breakouts, rolling correlation, panes and dates."""
        chart = self.chart
        self.show_overlays(view)
        self._show_breadth(prepared, view.lag_days)
        chart.crypto.set_target(prepared.primary_key)
        self.show_breakouts(breakouts)
        if self._cut is not None:  # replay: the verdicts as of the day
            chart.equity.set_breakouts(self._cut.breakouts.events)
        self.show_rolling(view.lag_days)
        for pane in PANES:
            chart.set_pane_visible(pane, view.pane_shown(pane))
        fit = overlap_span(prepared)
        chart.set_fit_span(fit[0].to_datetime64(), fit[1].to_datetime64())
        if zoom:
            start, end = view.visible if view.visible is not None else fit
            chart.zoom_to(start.to_datetime64(), end.to_datetime64())

    def show_as_of(self, cut: Prepared, view: ViewState, day: pd.Timestamp) -> None:
        """Replay: over the series drawn in full, the breakouts of ``cut`` (the session
        cut at ``day``) with their verdicts then; the chart greys what lies after ``day``."""
        self._cut, self._day = cut, pd.Timestamp(day)
        if cut.breakouts.params != self._lines_of:  # the rule changed in replay
            self.show_breakouts(cut.breakouts)
        else:
            self.chart.equity.set_breakouts(cut.breakouts.events)
        self.chart.set_as_of(self._day.to_datetime64(), view.lag_days)

    def show_live(self, breakouts: BreakoutResult, view: ViewState) -> None:
        """Leave replay: the live analysis' ``breakouts`` (and their rule's lines), the
        rolling correlation at the lag, and no grey."""
        self._cut = self._day = None
        if self._prepared is None:
            return
        self.show_breakouts(breakouts)
        self.show_rolling(view.lag_days)
        self.chart.set_as_of(None)

    def _show_breadth(self, prepared: Prepared, lag_days: int) -> None:
        breadth = self.chart.breadth
        breadth.set_breadth(breadth_series(prepared))
        breadth.set_lag(lag_days)
        breadth.set_target(prepared.primary_key)

    def show_equity_style(self, style: str) -> None:
        """Candles or line."""
        self.chart.equity.set_style(style)

    def show_equity_log(self, on: bool) -> None:
        """Log scale for the equity pane."""
        self.chart.equity.set_log(on)

    def show_overlays(self, view: ViewState) -> None:
        """Redraw the crypto lines and the ghost on the view's scale at its lag, on the
        axis the view's log choice gives for the dates in view."""
        prepared, lag = self._prepared, view.lag_days
        if prepared is None:
            return
        # percent cannot follow the lag by a rescale: anchor it at the current lag instead
        self._anchor_lag = lag if view.scale == "percent" else 0
        self._ghost_lag = lag
        self._log = self._wants_log(view)
        overlays, ghost = overlay_series(
            prepared, view.scale, self._anchor_date, self._anchor_lag, lag
        )
        self.chart.crypto.set_overlays(overlays, view.scale, ghost, log=self._log)
        self.chart.crypto.set_lag(lag, self._lag_factors(view))

    def step_lag(self, view: ViewState) -> None:
        """One slider step: move the drawn lines to the view's lag and rescale them."""
        if self._prepared is not None:
            self.chart.crypto.set_lag(view.lag_days, self._lag_factors(view))
            self.chart.breadth.set_lag(view.lag_days)
            if self._day is not None:  # the lagged panes' unknown bars moved with the lag
                self.chart.set_as_of(self._day.to_datetime64(), view.lag_days)

    def settle_lag(self, view: ViewState) -> None:
        """The slider rests: re-base the lines where the lag moved their anchor, redraw
        them when the log axis should change, and draw the rolling correlation at the lag."""
        prepared, lag = self._prepared, view.lag_days
        if prepared is None:
            return
        anchor = scales.common_anchor(prepared, lag, view.visible_start)
        percent_moved = view.scale == "percent" and self._anchor_lag != lag
        # on the price scale the ghost meets the primary crypto where it is drawn at this lag
        ghost_moved = view.scale == "price" and self._ghost_lag != lag
        axis_moved = self._wants_log(view, anchor) != self._log
        if percent_moved or ghost_moved or axis_moved or anchor != self._anchor_date:
            # a lag that shifts a late series past the anchor moves the anchor (and the
            # ghost line with it), so every line is still based on one date
            self._anchor_date = anchor
            self.show_overlays(view)
        self.show_rolling(lag)

    def reanchor(self, view: ViewState) -> None:
        """A pan or zoom rests: indexed and percent lines start at the first date in view
        (as trading platforms' compare scales do), and an "auto" log axis follows the
        values now in view."""
        prepared = self._prepared
        if prepared is None:
            return
        anchor = self._anchor_date
        if view.scale in ("index", "percent"):
            anchor = scales.common_anchor(prepared, view.lag_days, view.visible_start)
        if anchor != self._anchor_date or self._wants_log(view, anchor) != self._log:
            self._anchor_date = anchor
            self.show_overlays(view)

    def show_breakouts(self, breakouts: BreakoutResult) -> None:
        """The rule's reference line, bands and markers, and the volume it confirmed with."""
        prepared = self._prepared
        if prepared is None:
            return
        self.chart.equity.set_reference_line(reference_line(breakouts))
        self.chart.equity.set_breakouts(breakouts.events)
        self._lines_of = breakouts.params
        volume = shown_volume(prepared, breakouts)
        threshold = usable_threshold(breakouts)
        self.chart.volume.set_volume(volume, threshold, volume_title(prepared, breakouts))

    def show_rolling(self, lag_days: int) -> None:
        """The rolling correlation of returns at ``lag_days`` with its null band (nothing
        without a coin)."""
        prepared = self._prepared
        stats = None if prepared is None else prepared.stats
        correlation = self.chart.correlation
        if stats is None:
            empty = as_days(pd.DatetimeIndex([]))
            correlation.set_rolling_correlation(empty, empty.astype(float), 0)
            correlation.set_null_band(None)
            return
        rolling = stats.at(lag_days).rolling
        subject = QCoreApplication.translate("ChartView", "{equity} vs {crypto}").format(
            equity=prepared.session.equity.instrument.label, crypto=prepared.primary_key
        )
        correlation.set_rolling_correlation(
            as_days(rolling.index), rolling.to_numpy(), stats.window, subject
        )
        band = stats.null_band
        correlation.set_null_band(None if band is None else band.half_width)

    def zoom_to_event(self, event) -> None:
        """Show a breakout's band with ``EVENT_MARGIN`` either side."""
        start = pd.Timestamp(event.band_start) - EVENT_MARGIN
        end = pd.Timestamp(event.band_end) + EVENT_MARGIN
        self.chart.zoom_to(start.to_datetime64(), end.to_datetime64())

    def show_range(self, preset: str, event=None) -> None:
        """Show a range preset (``models.session.view_ranges.PRESETS``); "cycle" is around
        ``event``."""
        if self._prepared is None:
            return
        start, end = preset_span(self._prepared, preset, event)
        self.chart.zoom_to(start.to_datetime64(), end.to_datetime64())

    def _wants_log(self, view: ViewState, anchor=None) -> bool:
        prepared = self._prepared
        anchor = self._anchor_date if anchor is None else anchor
        span = view.visible if view.visible is not None else overlap_span(prepared)
        values = scales.drawn_range(prepared, view.scale, anchor, view.lag_days, *span)
        return scales.log_axis_shown(view.log_axis, values)

    def _lag_factors(self, view: ViewState) -> dict[str, float]:
        """Index-scale factors for a slider step, based on one date valid at this lag."""
        prepared, lag = self._prepared, view.lag_days
        lag_anchor = max(self._anchor_date, scales.common_anchor(prepared, lag))
        return scales.lag_factors(
            prepared, view.scale, lag, self._anchor_date, self._anchor_lag, lag_anchor
        )


def volume_title(prepared: Prepared, breakouts: BreakoutResult) -> str:
    """Whose volume the volume pane shows, in the UI language."""
    equity = prepared.session.equity.instrument
    proxy = prepared.session.volume_proxy
    source = breakouts.volume_source
    if source == OWN_VOLUME:
        return QCoreApplication.translate("ChartView", "{equity} volume").format(
            equity=equity.label
        )
    if source == NO_VOLUME or source.startswith(NO_VOLUME_TEXT):
        if equity.volume_proxy and proxy is None:
            text = QCoreApplication.translate(
                "ChartView", "No usable volume: import {proxy} to use its volume instead"
            )
            return text.format(proxy=equity.volume_proxy)
        return QCoreApplication.translate("ChartView", "No usable volume")
    if source == "mixed":  # the equity's own volume where it has some, the proxy's else
        text = QCoreApplication.translate(
            "ChartView", "{equity} volume, {proxy} volume where it has none"
        )
        proxy_label = proxy.instrument.label if proxy is not None else equity.volume_proxy
        return text.format(equity=equity.label, proxy=proxy_label)
    text = QCoreApplication.translate("ChartView", "{proxy} volume (standing in for {equity})")
    return text.format(proxy=source, equity=equity.label)
