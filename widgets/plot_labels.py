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
    (a spot reaching out of the view costs more than any point); returns that spot."""
    best = min(spots, key=lambda spot: (_cost(label, view, spot, keep), spots.index(spot)))
    label.setAnchor(best.anchor)
    label.setPos(best.x, best.y)
    return best


def label_rect_px(label: pg.TextItem, view: pg.ViewBox, spot: Spot) -> tuple[float, ...]:
    """The label's rectangle at ``spot`` in the view's pixels: (left, top, right, bottom)."""
    width, height = _text_size(label)
    px, py = _to_pixels(view, np.array([spot.x]), np.array([spot.y]))
    left = float(px[0]) - spot.anchor[0] * width
    top = float(py[0]) - spot.anchor[1] * height
    return left, top, left + width, top + height


def covers(label: pg.TextItem, view: pg.ViewBox, x: float, y: float, margin: float = 0) -> bool:
    """True when ``label`` where it stands covers the point (``x``, ``y``) in data coordinates
    (within ``margin`` pixels)."""
    anchor = (float(label.anchor[0]), float(label.anchor[1]))
    spot = Spot(float(label.pos().x()), float(label.pos().y()), anchor)
    hits = _inside(label_rect_px(label, view, spot), view, np.array([x]), np.array([y]), margin)
    return bool(hits.any())


def _cost(label: pg.TextItem, view: pg.ViewBox, spot: Spot, keep: list[Keep]) -> float:
    rect = label_rect_px(label, view, spot)
    width, height = view.width(), view.height()
    outside = rect[0] < 0 or rect[1] < 0 or rect[2] > width or rect[3] > height
    cost = 1e6 if outside else 0.0
    for points in keep:
        margin = MARGIN_PX if points.weight > 1 else 0.0
        cost += points.weight * float(_inside(rect, view, points.x, points.y, margin).sum())
    return cost


def _inside(rect, view: pg.ViewBox, x: np.ndarray, y: np.ndarray, margin: float) -> np.ndarray:
    px, py = _to_pixels(view, np.asarray(x, dtype=float), np.asarray(y, dtype=float))
    left, top, right, bottom = rect
    return (
        np.isfinite(px)
        & np.isfinite(py)
        & (px >= left - margin)
        & (px <= right + margin)
        & (py >= top - margin)
        & (py <= bottom + margin)
    )


def _to_pixels(view: pg.ViewBox, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    (x0, x1), (y0, y1) = view.viewRange()
    width, height = max(view.width(), 1.0), max(view.height(), 1.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        px = (x - x0) / (x1 - x0) * width
        py = (y1 - y) / (y1 - y0) * height
    return px, py


def _text_size(label: pg.TextItem) -> tuple[float, float]:
    rect = label.textItem.boundingRect()
    return float(rect.width()), float(rect.height())
