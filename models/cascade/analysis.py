"""Everything the cascade view states about one chain, from the loaded series.

``prepare_cascade`` is a plain function with explicit arguments: the command line calls
it, the export draws what it returns, and the window will run it as a worker task (its
``FetchControl`` takes the progress and the cancel). ``as_of`` cuts every series at the
close of that day first, so the whole analysis uses only what was published by then
(``models.cascade.publication`` dates the FRED series).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd

from models.analysis.breakout_params import BreakoutParams
from models.analysis.breakouts import detect_breakouts
from models.analysis.lag_window import LagWindow
from models.cascade.chain import DEFAULT_DRAWS, ChainResult, chain_statistics
from models.cascade.cycles import (
    DEFAULT_HORIZON_DAYS,
    DEFAULT_LOOKBACK_DAYS,
    Cycle,
    cycles_table,
)
from models.cascade.hops import HOP_WINDOW
from models.cascade.levels import StageLevel, stage_level, strip_row
from models.cascade.stages import Stage
from models.cascade.turns import Turn, stage_turns
from models.errors import InvalidParameter, NoDataInRange
from models.market.fetch_control import FetchControl
from models.market.series import MarketSeries


@dataclass(frozen=True)
class CascadeOptions:
    """How the chain is judged: the hop window, draws and seed, the turn rule, the cycles'
    window, the anchor (the equity whose breakouts start the cycles) and the cut-off."""

    window: LagWindow = HOP_WINDOW
    draws: int = DEFAULT_DRAWS
    seed: int = 0
    params: BreakoutParams = field(default_factory=BreakoutParams)
    lookback_days: int = DEFAULT_LOOKBACK_DAYS
    horizon_days: int = DEFAULT_HORIZON_DAYS
    anchor: str = "^RUT"
    as_of: pd.Timestamp | None = None


@dataclass
class CascadeAnalysis:
    """One chain judged: each stage's level and strip row, the hops and the total, each
    stage's turns, the anchor's breakouts and the cycles table."""

    levels: list[StageLevel]
    rows: list[pd.Series]
    chain: ChainResult
    turns: list[list[Turn]]
    cycles: list[Cycle]
    options: CascadeOptions
    anchor_index: int | None

    @property
    def stages(self) -> list[Stage]:
        """The stages, in chain order."""
        return [level.stage for level in self.levels]

    @property
    def series(self) -> list[MarketSeries]:
        """The loaded series, in chain order (for provenance and sidecars)."""
        return [level.series for level in self.levels if level.series is not None]

    @property
    def is_demo(self) -> bool:
        """True when any stage is synthetic demo data."""
        return any(s.is_demo for s in self.series)


def prepare_cascade(
    loaded: Sequence[tuple[Stage, MarketSeries]],
    options: CascadeOptions | None = None,
    control: FetchControl | None = None,
) -> CascadeAnalysis:
    """Judge the chain of ``loaded`` (stage, series) pairs, in chain order."""
    options = options or CascadeOptions()
    levels = [_cut(stage_level(stage, series), options.as_of) for stage, series in loaded]
    chain = chain_statistics(levels, options.window, options.draws, options.seed, control)
    turns = [stage_turns(level, options.params) for level in levels]
    anchor = anchor_index(levels, options.anchor)
    now = max(level.level.index[-1] for level in levels)
    cycles = cycles_table(
        levels, turns, _anchors(levels, anchor, options), now,
        options.lookback_days, options.horizon_days,
    )  # fmt: skip
    rows = [strip_row(level.level) for level in levels]
    return CascadeAnalysis(levels, rows, chain, turns, cycles, options, anchor)


def anchor_index(levels: Sequence[StageLevel], anchor: str) -> int | None:
    """Which stage's breakouts start the cycles: the one whose symbol is ``anchor``, or None
    (then the table has the row for now alone)."""
    for n, level in enumerate(levels):
        if level.stage.symbol.upper() == anchor.strip().upper():
            return n
    return None


def _anchors(levels, anchor: int | None, options: CascadeOptions):
    """The anchor's breakouts by the user's rule on its own bars (volume as the rule asks)."""
    if anchor is None:
        return []
    series = levels[anchor].series
    frame = series.frame if series is not None else pd.DataFrame({"close": levels[anchor].level})
    if options.as_of is not None:
        frame = frame[: options.as_of]
    if "volume" not in frame:
        frame = frame.assign(volume=float("nan"))
    events = detect_breakouts(frame, options.params).events
    return [(e.date, bool(e.confirmed)) for e in events]


def _cut(level: StageLevel, as_of: pd.Timestamp | None) -> StageLevel:
    if as_of is None:
        return level
    cut = level.until(as_of)
    if len(cut.level) < 3:
        raise NoDataInRange(f"{level.stage.spec} has no values up to {as_of:%Y-%m-%d}.")
    return cut


def check_options(options: CascadeOptions) -> None:
    """Raise ``InvalidParameter`` for options the analysis cannot use."""
    if options.draws < 1:
        raise InvalidParameter(f"The draws must be 1 or more, not {options.draws}.")
    for name in ("lookback_days", "horizon_days"):
        if not 1 <= getattr(options, name) <= 3650:
            raise InvalidParameter(f"{name} must be 1 to 3,650 days.")
