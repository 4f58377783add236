"""A pane's legend, which is also the crosshair readout (TradingView's way).

The first line is the pane's title (what is drawn, on which scale and axis); below it one
row per series with its value under the cursor. Title and rows are one text block on a
translucent ground in the pane's top-left corner, so a value can never be printed over
the key. When the pane is too short for one row per series, the rows flow side by side
and wrap at the pane's width instead. A click on a row that carries a link (``<a
href="key">``) calls ``on_clicked(key)``: the crypto pane's rows choose the statistics
target that way.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

import pyqtgraph as pg
from pyqtgraph.Qt import QtCore, QtGui

#: one text line of the legend at the title font, in pixels (a row's height)
LINE_PX = 16
#: rows stack one per line while they take at most this share of the pane's height
MAX_STACKED_SHARE = 0.45
#: between rows laid side by side on one line
ROW_GAP = "&nbsp;&nbsp;&nbsp;"
_TAG = re.compile(r"<[^>]+>")


class PaneLegend(pg.TextItem):
    """Title and rows of a pane, fixed in pixels in the pane's top-left corner."""

    def __init__(self, on_clicked: Callable[[str], None] | None = None) -> None:
        super().__init__(anchor=(0, 0))
        self._title = ""
        self._rows: list[str] = []
        self._shown: str | None = None
        self._stacked = True
        self._width = 0.0
        self._pane_height = 0.0
        self._on_clicked = on_clicked
        self.setZValue(60)

    def on_link_clicked(self, callback: Callable[[str], None] | None) -> None:
        """Call ``callback(key)`` when a row's link is clicked."""
        self._on_clicked = callback

    def set_title(self, html: str) -> None:
        """The first line (rich text)."""
        self._title = html
        self._render()

    def set_rows(self, rows: list[str]) -> None:
        """One rich-text row per series (empty: the title alone)."""
        self._rows = list(rows)
        self._render()

    def fit_to(self, width: float, height: float) -> None:
        """Lay out for a pane of ``width`` x ``height`` pixels: rows stack while they fit."""
        self._width = max(float(width) - 12.0, 80.0)
        self._pane_height = float(height)
        self._render()

    @property
    def title(self) -> str:
        """The title line as set (rich text)."""
        return self._title

    @property
    def rows(self) -> list[str]:
        """The rows as set (rich text)."""
        return list(self._rows)

    @property
    def stacked(self) -> bool:
        """True when the rows are one per line (False: side by side, wrapped)."""
        return self._stacked

    def text(self) -> str:
        """Everything the legend shows, as plain text (for tests and accessibility)."""
        return self.textItem.toPlainText()

    def height_px(self) -> float:
        """The legend's height in pixels (0 when it shows nothing)."""
        return self.textItem.boundingRect().height() if self._shown else 0.0

    def set_ground(self, colour: str | None) -> None:
        """The translucent ground behind the text (None: none)."""
        self.fill = pg.mkBrush(colour) if colour else pg.mkBrush(None)
        self.update()

    def _render(self) -> None:
        rows = [r for r in self._rows if r]
        budget = self._pane_height * MAX_STACKED_SHARE
        self._stacked = (len(rows) + 1) * LINE_PX <= budget or len(rows) <= 1
        body = "<br>".join(rows if self._stacked else self._lines(rows))
        text = self._title + ("<br>" + body if body else "")
        if text == self._shown:
            return
        self._shown = text
        self.setHtml(text)

    def _lines(self, rows: list[str]) -> list[str]:
        """Rows side by side, as many per line as the pane's width holds: a line breaks
        between two rows, never inside one."""
        metrics = QtGui.QFontMetrics(QtGui.QFont("DejaVu Sans", 9))
        gap = metrics.horizontalAdvance("   ")
        lines, line, used = [], [], 0.0
        for row in rows:
            width = metrics.horizontalAdvance(html.unescape(_TAG.sub("", row)))
            if line and used + gap + width > self._width:
                lines.append(ROW_GAP.join(line))
                line, used = [], 0.0
            used += width + (gap if line else 0)
            line.append(row)
        return [*lines, ROW_GAP.join(line)] if line else lines

    def mouseClickEvent(self, ev) -> None:
        """A click on a linked row names its key to ``on_clicked``."""
        if self._on_clicked is None or ev.button() != QtCore.Qt.MouseButton.LeftButton:
            return
        point = self.textItem.mapFromScene(ev.scenePos())
        anchor = self.textItem.document().documentLayout().anchorAt(point)
        if anchor:
            ev.accept()
            self._on_clicked(anchor)
