"""The typed seam of the cascade strip: what a presenter may call on it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from widgets.cascade.rows import StripRow


class CascadeStripView(Protocol):
    """``widgets.cascade.strip.CascadeStrip``."""

    def set_rows(self, rows: Sequence[StripRow]) -> None: ...

    def set_theme(self, theme: str) -> None: ...

    def set_demo(self, on: bool) -> None: ...

    def set_visible_range(self, start_days: float, end_days: float) -> None: ...

    def visible_range(self) -> tuple[float, float]: ...

    def fit_all(self) -> None: ...
