"""The chart's crosshair: one vertical line through every pane, a horizontal line in the
pane under the mouse, and each pane's readout of the values at that date."""

from __future__ import annotations

import numpy as np

from widgets.chart.correlation_pane import CorrelationPane
from widgets.chart.crosshair import CrosshairReadout, readout_html
from widgets.chart.crypto_pane import CryptoPane
from widgets.chart.equity_pane import EquityPane
from widgets.chart.pane import ChartPane
from widgets.chart.pane_text import title_html
from widgets.chart.style import Palette
from widgets.chart.timecoords import days_to_datetime64, value_to_days
from widgets.chart.volume_pane import VolumePane


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
    ) -> None:
        self._panes = panes
        self._equity, self._volume = equity, volume
        self._crypto, self._correlation = crypto, correlation
        self.palette = palette

    def follow(self, pos) -> CrosshairReadout | None:
        """Move the lines and readouts to scene position ``pos``; None (all hidden) when
        it is outside every pane."""
        pane = next((p for p in self._panes.values() if p.contains_scene_point(pos)), None)
        if pane is None:
            self.hide()
            return None
        point = pane.view.mapSceneToView(pos)
        x = point.x() if self._equity.is_intraday else float(np.floor(point.x() + 0.5))
        for other in self._panes.values():
            other.vline.setPos(x)
            other.vline.setVisible(True)
            other.hline.setVisible(other is pane)
        pane.hline.setPos(point.y())
        readout = self.readout_at(x)
        self._show(readout)
        return readout

    def hide(self) -> None:
        """Remove the lines and readouts from every pane."""
        for pane in self._panes.values():
            pane.vline.setVisible(False)
            pane.hline.setVisible(False)
            pane.readout.setVisible(False)

    def readout_at(self, when) -> CrosshairReadout:
        """What the crosshair shows at ``when`` (a date-like, or x in days)."""
        x = value_to_days(when)
        intraday = self._equity.is_intraday
        return CrosshairReadout(
            date=days_to_datetime64(x, intraday),
            lag_days=self._crypto.lag_days,
            equity=self._equity.close_at(x),
            volume=self._volume.value_at(x),
            correlation=self._correlation.value_at(x),
            ghost=self._crypto.ghost_at(x),
            crypto=self._crypto.values_at(x, intraday),
        )

    def _show(self, readout: CrosshairReadout) -> None:
        for name, html in readout_html(readout, self._crypto.colours()).items():
            self._panes[name].readout.setHtml(title_html(self.palette, "", html))
            self._panes[name].readout.setVisible(bool(html))
