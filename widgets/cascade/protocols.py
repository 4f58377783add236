"""The typed seams of the cascade view: what a presenter or a controller may call on it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from widgets.cascade.rows import ChainRow, CycleColumn, StripRow


class CascadeStripView(Protocol):
    """``widgets.cascade.strip.CascadeStrip``."""

    def set_rows(self, rows: Sequence[StripRow]) -> None: ...

    def set_theme(self, theme: str) -> None: ...

    def set_demo(self, on: bool) -> None: ...

    def set_visible_range(self, start_days: float, end_days: float) -> None: ...

    def visible_range(self) -> tuple[float, float]: ...

    def fit_all(self) -> None: ...


class CascadePanelView(Protocol):
    """``widgets.cascade.panel.CascadePanel``: the strip, the chain and the cycles."""

    strip: CascadeStripView

    def set_chain(
        self, rows: Sequence[ChainRow], min_lag: int, max_lag: int, draws: int
    ) -> None: ...

    def set_cycles(
        self,
        stages: Sequence[str],
        columns: Sequence[CycleColumn],
        anchor: str,
        anchored: bool,
        lookback_days: int,
        horizon_days: int,
    ) -> None: ...

    def set_demo(self, on: bool) -> None: ...

    def set_theme(self, theme: str) -> None: ...

    def show_progress(self, done: int, expected: int, text: str) -> None: ...

    def show_idle(self) -> None: ...

    def show_message(self, text: str) -> None: ...
