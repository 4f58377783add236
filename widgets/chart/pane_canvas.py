"""One graphics view holding every pane in a column: one scene, one viewport, one paint.

Separate PlotWidgets in a QSplitter paint each linked pane twice per frame (the explicit
update and the scene's own queued update arrive separately); one scene paints once.
Panes are resized by dragging the gap between two of them, like a splitter handle.
Each pane has a minimum height: a short window shrinks the tall panes first, and the
canvas asks for at least the sum of the minimums (``minimum_height``), so the window's
docks give way before a pane is squeezed to nothing.
"""

from __future__ import annotations

import itertools

import pyqtgraph as pg
from pyqtgraph.Qt import QtCore, QtWidgets

GAP_PX = 5
MIN_PANE_PX = 40
#: the date axis under the lowest pane
AXIS_PX = 24


class PaneCanvas(pg.GraphicsView):
    """A column of PlotItems with adjustable heights; hidden panes give up their space."""

    mouse_left = QtCore.Signal()
    double_clicked = QtCore.Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.column = pg.GraphicsWidget()
        self.grid = QtWidgets.QGraphicsGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setVerticalSpacing(GAP_PX)
        self.column.setLayout(self.grid)
        self.setCentralItem(self.column)
        self._plots: list[pg.PlotItem] = []
        self._weights: list[float] = []
        self._minimums: list[float] = []
        self._shown: list[bool] = []
        self._drag: tuple[int, int, float] | None = None
        self.setMouseTracking(True)

    def add_pane(self, plot: pg.PlotItem, weight: float, minimum_px: float = MIN_PANE_PX) -> None:
        """Append a pane with a relative height and the least height it may be given."""
        plot.setParentItem(self.column)
        self._plots.append(plot)
        self._weights.append(float(weight))
        self._minimums.append(max(float(minimum_px), MIN_PANE_PX))
        self._shown.append(True)
        self._relayout()

    def minimum_height(self) -> int:
        """The height the shown panes need at least (their minimums, gaps and date axis)."""
        visible = [i for i, shown in enumerate(self._shown) if shown]
        if not visible:
            return 0
        return int(sum(self._minimums[i] for i in visible) + GAP_PX * (len(visible) - 1) + AXIS_PX)

    def heights(self) -> list[float]:
        """The height each pane is given now (0 for a hidden one)."""
        pairs = zip(self._plots, self._shown, strict=True)
        return [plot.geometry().height() if shown else 0.0 for plot, shown in pairs]

    def set_shown(self, index: int, shown: bool) -> None:
        """Show or hide the pane at ``index``; the others share its space."""
        if self._shown[index] == bool(shown):
            return  # a relayout rebuilds the whole column
        self._shown[index] = bool(shown)
        self._relayout()

    def weights(self) -> list[float]:
        """Relative heights of all panes (hidden ones keep theirs for when they return)."""
        return list(self._weights)

    def _relayout(self) -> None:
        while self.grid.count():
            self.grid.removeAt(self.grid.count() - 1)
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretchFactor(row, 0)
        row = 0
        for plot, shown in zip(self._plots, self._shown, strict=True):
            plot.setVisible(shown)
            if shown:
                self.grid.addItem(plot, row, 0)
                row += 1
        self._apply_heights()

    def _apply_heights(self) -> None:
        # Fixed heights from the weights: grid stretch factors lose to PlotItem size hints.
        visible = [i for i, shown in enumerate(self._shown) if shown]
        if not visible:
            return
        self.setMinimumHeight(self.minimum_height())
        available = self.viewport().height() - GAP_PX * (len(visible) - 1)
        for i, height in zip(visible, self._share(visible, available), strict=True):
            self._plots[i].setMinimumHeight(height)
            self._plots[i].setMaximumHeight(height)
        self.grid.activate()

    def _share(self, visible: list[int], available: float) -> list[float]:
        """Heights by weight, none below its pane's minimum (the lowest one also carries
        the date axis): a pane held at its minimum leaves the rest to the others."""
        least = {i: self._minimums[i] for i in visible}
        least[visible[-1]] += AXIS_PX
        held: dict[int, float] = {}
        while True:
            free = [i for i in visible if i not in held]
            room = available - sum(held.values())
            total = sum(self._weights[i] for i in free) or 1.0
            short = [i for i in free if room * self._weights[i] / total < least[i]]
            if not short:
                return [held.get(i, room * self._weights[i] / total) for i in visible]
            for i in short:
                held[i] = least[i]

    def mouseDoubleClickEvent(self, event) -> None:
        """Double-click on any pane asks to fit everything."""
        if event.button() == QtCore.Qt.MouseButton.LeftButton:
            event.accept()
            self.double_clicked.emit()
            return
        super().mouseDoubleClickEvent(event)

    def leaveEvent(self, event) -> None:
        """The pointer left the chart (the crosshair should go)."""
        super().leaveEvent(event)
        self.mouse_left.emit()

    def resizeEvent(self, event) -> None:
        """Keep the panes' proportions when the view is resized."""
        super().resizeEvent(event)
        if hasattr(self, "_shown"):  # Qt resizes once inside __init__, before our state
            self._apply_heights()

    # --- dragging the gap between two panes ---------------------------------------------
    def _gap_at(self, y: float) -> tuple[int, int] | None:
        visible = [i for i, shown in enumerate(self._shown) if shown]
        for upper, lower in itertools.pairwise(visible):
            bottom = self._plots[upper].geometry().bottom()
            top = self._plots[lower].geometry().top()
            if bottom - 2 <= y <= top + 2:
                return upper, lower
        return None

    def mousePressEvent(self, event) -> None:
        """Start resizing when the press lands in a gap between panes."""
        gap = self._gap_at(self.mapToScene(event.position().toPoint()).y())
        if gap is None or event.button() != QtCore.Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self._drag = (*gap, event.position().y())
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        """Resize the two panes around the dragged gap, or show the resize cursor."""
        y = event.position().y()
        if self._drag is None:
            hovering = self._gap_at(self.mapToScene(event.position().toPoint()).y())
            shape = (
                QtCore.Qt.CursorShape.SplitVCursor
                if hovering
                else QtCore.Qt.CursorShape.ArrowCursor
            )
            self.viewport().setCursor(shape)
            super().mouseMoveEvent(event)
            return
        upper, lower, last_y = self._drag
        self._move_gap(upper, lower, y - last_y)
        self._drag = (upper, lower, y)
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        """Finish a resize."""
        if self._drag is None:
            super().mouseReleaseEvent(event)
            return
        self._drag = None
        event.accept()

    def _move_gap(self, upper: int, lower: int, delta_px: float) -> None:
        heights = [self._plots[i].geometry().height() for i in (upper, lower)]
        low, high = self._minimums[upper], self._minimums[lower]
        delta = max(-heights[0] + low, min(delta_px, heights[1] - high))
        if delta == 0:
            return
        pair = self._weights[upper] + self._weights[lower]
        self._weights[upper] = pair * (heights[0] + delta) / sum(heights)
        self._weights[lower] = pair - self._weights[upper]
        self._apply_heights()
