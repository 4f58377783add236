"""Put a text label in a small plot where it covers nothing that matters.

A label (the CCF marker's readout, the event study's "N=1") is tried at a few places
around its point; each place is judged in pixels: it must lie inside the view, and the
points to keep clear (a best-lag dot, the curves) must not fall under it. The first
place with the least weight under it wins, so a label that cannot avoid a curve still
never covers the one point that must stay visible.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg

#: pixels kept clear around a point that must stay visible (a dot's radius and a gap)
MARGIN_PX = 7.0


@dataclass(frozen=True)
class Spot:
    """A place for a label: its point (data coordinates) and which of its corners sits
    there (pyqtgraph's anchor: (0, 0) top-left, (1, 1) bottom-right)."""

    x: float
    y: float
    anchor: tuple[float, float]


@dataclass(frozen=True)
class Keep:
    """Points a label must not cover (data coordinates), and how much covering them costs."""

    x: np.ndarray
    y: np.ndarray
    weight: float = 1.0


def place_label(label: pg.TextItem, view: pg.ViewBox, spots: list[Spot], keep: list[Keep]) -> Spot:
    """Move ``label`` to the first of ``spots`` with the least ``keep`` weight under it
    (a spot reaching out of the view costs more than any point); returns that spot.

    Cheap enough for every slider step: the points are put in pixels once per call."""
    size, frame = _text_size(label), _frame(view)
    points = [(*_to_pixels(frame, k.x, k.y), k.weight) for k in keep]
    costs = [_cost(_rect(frame, spot, size), frame, points) for spot in spots]
    best = spots[int(np.argmin(costs))]  # the first of the cheapest
    label.setAnchor(best.anchor)
    label.setPos(best.x, best.y)
    return best


def label_rect_px(label: pg.TextItem, view: pg.ViewBox, spot: Spot) -> tuple[float, ...]:
    """The label's rectangle at ``spot`` in the view's pixels: (left, top, right, bottom)."""
    return _rect(_frame(view), spot, _text_size(label))


def covers(label: pg.TextItem, view: pg.ViewBox, x: float, y: float, margin: float = 0) -> bool:
    """True when ``label`` where it stands covers the point (``x``, ``y``) in data coordinates
    (within ``margin`` pixels)."""
    anchor = (float(label.anchor[0]), float(label.anchor[1]))
    spot = Spot(float(label.pos().x()), float(label.pos().y()), anchor)
    px, py = _to_pixels(_frame(view), [x], [y])
    return bool(_inside(label_rect_px(label, view, spot), px, py, margin).any())


def _rect(frame: tuple, spot: Spot, size: tuple[float, float]) -> tuple[float, ...]:
    width, height = size
    x0, x1, y0, y1, view_width, view_height = frame
    left = (spot.x - x0) / (x1 - x0) * view_width - spot.anchor[0] * width
    top = (y1 - spot.y) / (y1 - y0) * view_height - spot.anchor[1] * height
    return left, top, left + width, top + height


def _cost(rect, frame: tuple, points: list) -> float:
    outside = rect[0] < 0 or rect[1] < 0 or rect[2] > frame[4] or rect[3] > frame[5]
    cost = 1e6 if outside else 0.0
    for px, py, weight in points:
        margin = MARGIN_PX if weight > 1 else 0.0
        cost += weight * float(np.count_nonzero(_inside(rect, px, py, margin)))
    return cost


def _inside(rect, px: np.ndarray, py: np.ndarray, margin: float) -> np.ndarray:
    left, top, right, bottom = rect
    with np.errstate(invalid="ignore"):  # NaN points are never inside
        return (
            (px >= left - margin)
            & (px <= right + margin)
            & (py >= top - margin)
            & (py <= bottom + margin)
        )


def _frame(view: pg.ViewBox) -> tuple[float, ...]:
    """The view's data ranges and its size in pixels: (x0, x1, y0, y1, width, height)."""
    (x0, x1), (y0, y1) = view.viewRange()
    return x0, x1, y0, y1, max(view.width(), 1.0), max(view.height(), 1.0)


def _to_pixels(frame: tuple, x, y) -> tuple[np.ndarray, np.ndarray]:
    x0, x1, y0, y1, width, height = frame
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        return (x - x0) / (x1 - x0) * width, (y1 - y) / (y1 - y0) * height


def _text_size(label: pg.TextItem) -> tuple[float, float]:
    rect = label.textItem.boundingRect()
    return float(rect.width()), float(rect.height())
