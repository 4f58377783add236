"""The base of the items that span the visible part of a pane (breakout bands, the grid,
the replay's grey): they never take part in auto-ranging and lay themselves out again
when the view's range or size changes, before the paint (so painting schedules nothing)."""

from __future__ import annotations

import pyqtgraph as pg
from pyqtgraph.Qt import QtCore


class ViewSpanItem(pg.GraphicsObject):
    """An item whose geometry is the view's visible rectangle; subclasses lay out their
    shapes in ``view_changed`` (called when that rectangle changes, or on ``relayout``)."""

    def __init__(self) -> None:
        super().__init__()
        self._view_rect = QtCore.QRectF()
        self._key = None  # the range and pixel size laid out for

    def dataBounds(self, ax, frac=1.0, orthoRange=None):  # noqa: N803 (Qt-side name)
        """Never part of auto-ranging."""
        return (None, None)

    def viewRangeChanged(self):
        """The item spans the visible range: follow it."""
        self._follow_view()

    def viewTransformChanged(self):
        """After a resize (a no-op when the range is unchanged)."""
        self._follow_view()

    def relayout(self) -> None:
        """Lay the shapes out again (after their data changed)."""
        self._key = None
        self._follow_view()
        self.update()

    def _follow_view(self) -> None:
        view = self.getViewBox()
        if view is None or not hasattr(view, "viewRange") or min(view.width(), view.height()) <= 0:
            return  # not laid out yet (a dock moved into a tab group is 0 px high a moment)
        (x0, x1), (y0, y1) = view.viewRange()
        key = (x0, x1, y0, y1, int(view.width()), int(view.height()))
        if key == self._key:
            return
        self._key = key
        self.prepareGeometryChange()
        self._view_rect = QtCore.QRectF(x0, y0, x1 - x0, y1 - y0)
        self.view_changed(self._view_rect)
        self.update()

    def view_changed(self, rect: QtCore.QRectF) -> None:
        """The visible rectangle is now ``rect`` (view coordinates): lay the shapes out."""

    def boundingRect(self) -> QtCore.QRectF:
        """The visible part of the view."""
        return self._view_rect
