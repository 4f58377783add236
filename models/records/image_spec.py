"""The size of an exported image: device pixels, pixel ratio, caption, and their limits."""

from __future__ import annotations

import math
from dataclasses import dataclass

from models.errors import InvalidParameter

MIN_SIDE_PX = 64
MAX_SIDE_PX = 16_384
MIN_CHART_HEIGHT = 120
RATIOS: tuple[float, ...] = (1.0, 1.25, 1.5, 2.0, 3.0)


@dataclass(frozen=True)
class ImageSpec:
    """The size of an exported image in device pixels, its pixel ratio, and the caption."""

    width_px: int
    height_px: int
    pixel_ratio: float = 1.0
    caption: bool = True

    def __post_init__(self) -> None:
        for name, side in (("width", self.width_px), ("height", self.height_px)):
            if not MIN_SIDE_PX <= side <= MAX_SIDE_PX:
                raise InvalidParameter(
                    f"Image {name} {side} px is outside {MIN_SIDE_PX}..{MAX_SIDE_PX} px."
                )
        if not 0.5 <= self.pixel_ratio <= 4.0:
            raise InvalidParameter(f"Pixel ratio {self.pixel_ratio:g} is outside 0.5..4.")

    @property
    def logical_width(self) -> int:
        """Width the chart is laid out at."""
        return math.ceil(self.width_px / self.pixel_ratio)

    @property
    def logical_height(self) -> int:
        """Height of chart plus caption in layout pixels."""
        return math.ceil(self.height_px / self.pixel_ratio)


def parse_size(text: str) -> tuple[int, int]:
    """'1920x1080' to (1920, 1080); raises ``InvalidParameter``."""
    width, sep, height = text.strip().lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit():
        raise InvalidParameter(f"Size '{text}' is not WIDTHxHEIGHT in pixels (e.g. 1920x1080).")
    return int(width), int(height)
