"""The replay's grey future: one item per pane covering what lies after the day.

In replay the series stay drawn in full; what was not known by the day's close is
covered by one translucent rectangle from the shade's edge to the right end of the view,
the pane's full height, with the replay cursor's vertical line (1 px) at the day and,
in one pane, the day written beside it. One item per pane whatever the range (perf notes
§2.3: no ``LinearRegionItem``, thin cosmetic pens), rebuilt only when the view's range
or the edge changes.

The edge is the day's close (x = day + 0.5: the day's own bar stays clear); in a pane
drawn shifted by the lag (crypto of t+lag at t) the crypto's unknown bars start at
``day - lag``, so the caller passes that edge there.
"""

from __future__ import annotations

import pyqtgraph as pg
from pyqtgraph.Qt import QtCore

from widgets.chart.view_span import ViewSpanItem

#: a daily bar is centred on its day: the day's close is half a day to its right
CLOSE_OFFSET = 0.5


class FutureShade(ViewSpanItem):
    """A translucent rectangle right of ``edge`` and a vertical line at ``line_at``."""

    def __init__(self, labelled: bool = False) -> None:
        super().__init__()
        self._edge: float | None = None
        self._line_at: float | None = None
        self._brush = pg.mkBrush("#8a8f9840")
        self._pen = pg.mkPen("#555555")
        self._pen.setCosmetic(True)
        self.label = pg.TextItem(anchor=(0, 1)) if labelled else None
        if self.label is not None:
            self.label.setParentItem(self)
            self.label.setVisible(False)
        self.setZValue(40)  # over the series and bands, under the crosshair (50)

    def set_colours(self, shade: str, line: str) -> None:
        """The shade's fill and the cursor line's (and label's) colour."""
        self._brush = pg.mkBrush(shade)
        self._pen = pg.mkPen(line, width=1)
        self._pen.setCosmetic(True)
        if self.label is not None:
            self.label.setColor(line)
        self.update()

    def set_edge(self, edge: float | None, line_at: float | None, text: str = "") -> None:
        """Shade right of ``edge`` (x in days), the line at ``line_at`` (None: no shade,
        no line), and ``text`` beside the line (the labelled pane only)."""
        self._edge, self._line_at = edge, line_at
        if self.label is not None:
            self.label.setText(text)
            self.label.setVisible(bool(text) and line_at is not None)
        self.relayout()

    @property
    def edge(self) -> float | None:
        """Where the grey starts (x in days), or None when nothing is shaded."""
        return self._edge

    @property
    def line_at(self) -> float | None:
        """The cursor line's x, or None."""
        return self._line_at

    def view_changed(self, rect: QtCore.QRectF) -> None:
        """Keep the label at the bottom of the view beside the line."""
        if self.label is not None and self._line_at is not None:
            # right of the line, over the grey; left of it near the right edge
            near_right = self._line_at > rect.left() + 0.8 * rect.width()
            self.label.setAnchor((1, 1) if near_right else (0, 1))
            self.label.setPos(self._line_at, rect.top())

    def paint(self, painter, option, widget=None) -> None:
        """One rectangle and one line."""
        rect = self._view_rect
        if self._edge is not None and self._edge < rect.right():
            left = max(self._edge, rect.left())
            painter.setPen(pg.mkPen(None))
            painter.setBrush(self._brush)
            painter.drawRect(QtCore.QRectF(left, rect.top(), rect.right() - left, rect.height()))
        if self._line_at is not None and rect.left() <= self._line_at <= rect.right():
            painter.setPen(self._pen)
            x = self._line_at
            painter.drawLine(QtCore.QPointF(x, rect.top()), QtCore.QPointF(x, rect.bottom()))
