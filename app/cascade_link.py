"""The cascade strip's date axis linked to the main chart's: a pan or a zoom of either
moves the other, so both always show the same dates.

Both x axes are days since 1970 (``widgets.chart.timecoords``), so the link copies the
range as it is. It copies the whole range rather than lining the two up pixel by pixel
(pyqtgraph's ``setXLink`` does that when two views overlap on screen): the strip sits in
a dock that may float, sit beside the chart or be narrower than it, and the same dates in
both is what "linked" means to the reader. A guard stops the echo (the chart's change
sets the strip, whose change would set the chart again); while the strip is hidden it
does not follow, and it catches up when shown (``follow_chart``). ``paused`` lets a
presenter lay a new analysis out without moving the chart.
"""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import QObject

#: ranges closer than this (days) are the same range
SAME_RANGE_DAYS = 1e-6


class TimeAxisLink(QObject):
    """Keeps ``strip`` (a ``CascadeStrip``) and ``chart`` (a ``ChartView``) on one range."""

    def __init__(self, chart, strip, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.strip = strip
        self._busy = False
        self._paused = False
        self._following = False
        chart.panes["equity"].view.sigXRangeChanged.connect(self._on_chart_changed)
        strip.visible_range_changed.connect(self._on_strip_changed)

    def chart_range(self) -> tuple[float, float] | None:
        """The chart's dates (days since 1970), or None while it shows nothing."""
        if self.chart.is_blank():
            return None
        low, high = self.chart.visible_range()
        return float(low), float(high)

    def follow_chart(self) -> None:
        """Show on the strip the dates the chart shows (when it shows any)."""
        dates = self.chart_range()
        if dates is not None:
            self._copy(dates, self.strip.visible_range(), self.strip.set_visible_range)

    def set_following(self, on: bool) -> None:
        """Follow the chart (the cascade is shown) or not; on: catch up at once."""
        self._following = bool(on)
        if self._following:
            self.follow_chart()

    @contextmanager
    def paused(self):
        """Neither follows the other inside this block."""
        self._paused, was = True, self._paused
        try:
            yield
        finally:
            self._paused = was

    def _on_chart_changed(self, *_args) -> None:
        if self._paused or not self._following or self.chart.is_blank():
            return
        dates = self.chart.visible_range()
        self._copy(dates, self.strip.visible_range(), self.strip.set_visible_range)

    def _on_strip_changed(self, low: float, high: float) -> None:
        if self._paused or not self._following or self.chart.is_blank():
            return
        self._copy((low, high), self.chart.visible_range(), self.chart.zoom_to)

    def _copy(self, wanted, shown, apply) -> None:
        if self._busy or _same(wanted, shown):
            return
        self._busy = True
        try:
            apply(float(wanted[0]), float(wanted[1]))
        finally:
            self._busy = False


def _same(a, b) -> bool:
    return abs(a[0] - b[0]) < SAME_RANGE_DAYS and abs(a[1] - b[1]) < SAME_RANGE_DAYS
