"""The volume pane: volume bars, the confirmation threshold, and whose volume this is."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
from PySide6.QtCore import QCoreApplication

from widgets.chart.crosshair import curve_value_at, sample_at
from widgets.chart.pane import ChartPane
from widgets.chart.pane_text import title_html
from widgets.chart.pyramid_curve import PyramidCurve
from widgets.chart.style import Palette
from widgets.chart.timecoords import index_to_days
from widgets.chart.volume_item import VolumeItem
from widgets.formatting import format_compact


class VolumePane:
    """Draws a volume series and its threshold into its ``ChartPane``."""

    def __init__(self, pane: ChartPane, palette: Palette, on_data: Callable[[bool], None]):
        self.pane = pane
        self._palette = palette
        self._on_data = on_data
        self._label = ""
        self._value = ""  # the volume under the cursor, on the title's line
        self.bars = VolumeItem()
        self.threshold_line = PyramidCurve(width=1.4)
        pane.add(self.bars, fits=True)
        pane.add(self.threshold_line, fits=True)

    def set_volume(self, volume: pd.Series, threshold: pd.Series | None, source_label: str) -> None:
        """Volume bars, the confirmation threshold line (None hides it), and whose volume
        this is in words (the equity's own, a proxy's, or why there is none)."""
        self.bars.set_volume(index_to_days(volume.index), volume.to_numpy(float))
        has_threshold = threshold is not None and len(threshold) > 0
        self.threshold_line.setVisible(has_threshold)
        if has_threshold:
            self.threshold_line.set_series(
                index_to_days(threshold.index), threshold.to_numpy(float)
            )
        self._label = source_label if len(volume) else ""
        self.retitle()
        self._on_data(False)
        self.pane.fit_y()

    def has_data(self) -> bool:
        """True once some volume is shown."""
        pyramid = self.bars.pyramid
        return pyramid is not None and len(pyramid) > 0

    def value_at(self, x: float) -> float | None:
        """The volume of the bar at or before day ``x``, or None outside the data."""
        pyramid = self.bars.pyramid
        return sample_at(pyramid, x, pyramid.highs[0] if pyramid else None)

    def show_values(self, x: float | None, has_session: bool = True) -> None:
        """The volume of the session under the cursor and the threshold, on the title's
        line (nothing without a cursor or on a day without a session)."""
        volume = None if x is None or not has_session else self.value_at(x)
        self._value = "" if volume is None else self._value_text(x, volume)
        self.retitle()

    def _value_text(self, x: float, volume: float) -> str:
        text = format_compact(volume)
        threshold = (
            curve_value_at(self.threshold_line, x) if self.threshold_line.isVisible() else None
        )
        if threshold is not None:
            name = QCoreApplication.translate("ChartView", "threshold")
            shown = f"{name} {format_compact(threshold)}"
            text += f'&nbsp;&nbsp;<span style="color:{self._palette.threshold}">{shown}</span>'
        return text

    def apply_palette(self, palette: Palette) -> None:
        """Bar and threshold colours, and the title."""
        self._palette = palette
        self.bars.set_colour(palette.volume)
        self.threshold_line.set_style(palette.threshold, 1.4)
        self.retitle()

    def retitle(self) -> None:
        """Whose volume this is, and the threshold's key while it is shown."""
        p = self._palette
        if not self._label:  # nothing loaded yet: no source, no threshold to name
            self.pane.set_title(title_html(p, QCoreApplication.translate("ChartView", "Volume")))
            return
        threshold_name = QCoreApplication.translate("ChartView", "confirmation threshold")
        threshold = (
            f' · <span style="color:{p.threshold}">— {threshold_name}</span>'
            if self.threshold_line.isVisible()
            else ""
        )
        value = f"&nbsp;&nbsp;{self._value}" if self._value else ""
        self.pane.set_title(title_html(p, self._label, threshold + value))
