"""The chart's crosshair: one vertical line through every pane, a horizontal line and the
value on the axis in the pane under the mouse, and each pane's legend reading the values
at that date.

The line snaps to the bars of the pane under the mouse: to the nearest session over the
equity and its volume (a weekend there reads the Friday or the Monday, never a made-up
bar), to whole days over the crypto and correlation panes (crypto trades every day).
"""

from __future__ import annotations

import numpy as np

from widgets.chart.breadth_pane import BreadthPane
from widgets.chart.correlation_pane import CorrelationPane
from widgets.chart.crosshair import CrosshairReadout
from widgets.chart.crypto_pane import CryptoPane
from widgets.chart.equity_pane import EquityPane
from widgets.chart.pane import ChartPane
from widgets.chart.style import Palette
from widgets.chart.timecoords import days_to_datetime64, value_to_days
from widgets.chart.volume_pane import VolumePane

#: panes whose bars are the equity's sessions
SESSION_PANES = ("equity", "volume")


class ChartCursor:
    """Follows the mouse over the panes (``follow``) and reads every series at a date."""

    def __init__(
        self,
        panes: dict[str, ChartPane],
        equity: EquityPane,
        volume: VolumePane,
        crypto: CryptoPane,
        correlation: CorrelationPane,
        palette: Palette,
        breadth: BreadthPane | None = None,
    ) -> None:
        self._panes = panes
        self._equity, self._volume = equity, volume
        self._crypto, self._correlation = crypto, correlation
        self._breadth = breadth
        self.palette = palette
        self._shown_at: float | None = None

    @property
    def shown_at(self) -> float | None:
        """The day (x) the crosshair is on, or None while it is hidden."""
        return self._shown_at

    def follow(self, pos) -> CrosshairReadout | None:
        """Move the lines and legends to scene position ``pos``; None (all hidden) when it
        is outside every pane."""
        pane = next((p for p in self._panes.values() if p.contains_scene_point(pos)), None)
        if pane is None:
            self.hide()
            return None
        point = pane.view.mapSceneToView(pos)
        x = self.snap(point.x(), pane.name)
        for other in self._panes.values():
            other.vline.setPos(x)
            other.vline.setVisible(True)
            other.hline.setVisible(other is pane)
            if other is not pane:
                other.hide_value_label()
        pane.hline.setPos(point.y())
        pane.show_value_label(point.y())
        self.show_at(x)
        return self.readout_at(x)

    def snap(self, x: float, pane_name: str) -> float:
        """The x the crosshair takes for the mouse at ``x`` over ``pane_name``."""
        if self._equity.is_intraday:
            return x
        if pane_name in SESSION_PANES:
            session = self._equity.nearest_session(x)
            if session is not None and abs(session - x) <= 4:
                return session
        return float(np.floor(x + 0.5))

    def show_at(self, x: float | None) -> None:
        """Every legend's values at day ``x`` (None: the keys alone)."""
        self._shown_at = x
        intraday = self._equity.is_intraday
        self._equity.show_values(x)
        session = x is not None and (intraday or self._equity.bar_at(x) is not None)
        self._volume.show_values(x, has_session=session)
        self._crypto.show_values(x, intraday)
        if self._breadth is not None:
            self._breadth.show_values(x, intraday)
        self._correlation.show_values(x)

    def hide(self) -> None:
        """Remove the lines, the axis values and the legends' values from every pane."""
        for pane in self._panes.values():
            pane.vline.setVisible(False)
            pane.hline.setVisible(False)
            pane.hide_value_label()
        if self._shown_at is not None:
            self.show_at(None)

    def readout_at(self, when) -> CrosshairReadout:
        """What the crosshair shows at ``when`` (a date-like, or x in days)."""
        x = value_to_days(when)
        intraday = self._equity.is_intraday
        bar = None if intraday else self._equity.bar_at(x)
        has_session = intraday or bar is not None
        return CrosshairReadout(
            date=days_to_datetime64(x, intraday),
            lag_days=self._crypto.lag_days,
            equity=self._equity.close_at(x),
            volume=self._volume.value_at(x) if has_session else None,
            correlation=self._correlation.value_at(x),
            ghost=self._crypto.ghost_at(x),
            crypto=self._crypto.values_at(x, intraday),
            bar=bar,
            breadth={} if self._breadth is None or intraday else self._breadth.values_at(x),
        )
