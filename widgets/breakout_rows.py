"""One breakout event as a row of the breakout table: its cells, texts and sort keys.

Pure functions over the event and its forward returns, kept apart from the Qt model so
the table module stays about the view. A return whose horizon runs past the last bar is
INCOMPLETE; a return missing for another reason is NOT_AVAILABLE; neither is a number.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import pandas as pd
from PySide6.QtCore import QCoreApplication, Qt

from widgets.formatting import format_percent, format_price, format_ratio

HORIZONS = (30, 60, 90)
COLUMNS = ("Date", "Rule", "Level", "Volume", "Outcome", "+30 d", "+60 d", "+90 d", "At lag")
LAG_COLUMN = len(COLUMNS) - 1
FIRST_RETURN_COLUMN = 5
INCOMPLETE = "incomplete"
NOT_AVAILABLE = "n/a"
NOT_NUMBERS = (INCOMPLETE, NOT_AVAILABLE)
SORT_ROLE = Qt.ItemDataRole.UserRole
_HORIZON_LABEL = re.compile(r"^(?:fwd_)?\+?(\d+)\s*d?$")
_RULE_NAMES = {
    "ath": "ATH after drought",
    "ath_drought": "ATH after drought",
    "all_time_high": "ATH after drought",
    "n_day_high": "N-day high",
    "level": "Level",
    "user_level": "Level",
}


def tr_table(text: str) -> str:
    """``text`` translated in the breakout table's context."""
    return QCoreApplication.translate("BreakoutTable", text)


def rule_name(rule) -> str:
    """A readable rule name: 'n_day_high' -> 'N-day high'."""
    key = str(getattr(rule, "value", rule))
    return _RULE_NAMES.get(key.lower(), key.replace("_", " ").capitalize())


def _horizon_of(label) -> int | None:
    match = _HORIZON_LABEL.match(str(label).strip())
    return int(match.group(1)) if match else None


def _number(value) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


def _frame_row(frame: pd.DataFrame, event, position: int) -> pd.Series | None:
    """The row of ``frame`` for one event: by its ``date`` column or index, else by position."""
    stamp = pd.Timestamp(event.date)
    if "date" in frame.columns:
        matches = frame.index[pd.to_datetime(frame["date"]) == stamp]
        return frame.loc[matches[0]] if len(matches) else None
    if isinstance(frame.index, pd.DatetimeIndex):
        return frame.loc[stamp] if stamp in frame.index else None
    return frame.iloc[position] if position < len(frame) else None


def returns_row(frame: pd.DataFrame | None, event, position: int) -> dict[int, object]:
    """Per horizon: the forward return, or INCOMPLETE when its horizon runs past the data.

    Columns named ``fwd_30d`` (the event-study table), ``30`` or ``+30 d`` are read; an
    ``incomplete_30d`` column, when present, tells an incomplete horizon from a gap.
    """
    if frame is None or frame.empty:
        return {}
    row = _frame_row(frame, event, position)
    if row is None:
        return {}
    horizons = {_horizon_of(col): col for col in frame.columns}
    cells = {}
    for h in HORIZONS:
        if h in horizons:
            flag = row.get(f"incomplete_{h}d")
            cells[h] = _cell(_number(row[horizons[h]]), True if flag is None else bool(flag))
    return cells


def _cell(value: float, incomplete_if_missing: bool) -> object:
    if not math.isnan(value):
        return value
    return INCOMPLETE if incomplete_if_missing else NOT_AVAILABLE


def lag_cell(returns: pd.Series | None, event, position: int) -> object:
    """The return at the current lag for one event (by date index, else by position)."""
    if returns is None or returns.empty:
        return NOT_AVAILABLE
    stamp = pd.Timestamp(event.date)
    if isinstance(returns.index, pd.DatetimeIndex):
        value = returns.get(stamp, math.nan)
    else:
        value = returns.iloc[position] if position < len(returns) else math.nan
    return _cell(_number(value), False)


@dataclass
class EventRow:
    """One event with its forward-return cells; ``position`` is its place in the input."""

    event: object
    position: int
    returns: dict[int, object] = field(default_factory=dict)
    lag_return: object = NOT_AVAILABLE


def cell_value(row: EventRow, column: int) -> object:
    """A return cell's content: a float, INCOMPLETE or NOT_AVAILABLE; None for other columns."""
    if column == LAG_COLUMN:
        return row.lag_return
    if column >= FIRST_RETURN_COLUMN:
        return row.returns.get(HORIZONS[column - FIRST_RETURN_COLUMN], NOT_AVAILABLE)
    return None


def sort_key(row: EventRow, column: int) -> tuple:
    """(0, key) for a value to sort by, (1, 0) for a missing one (kept at the bottom)."""
    event = row.event
    if column == 0:
        return (0, pd.Timestamp(event.date).value)
    if column == 1:
        return (0, rule_name(event.rule))
    if column == 4:
        return (0, outcome_rank(event))
    value = cell_value(row, column)
    if column == 2:
        value = _number(event.level)
    elif column == 3:
        value = _number(event.volume_ratio)
    if not isinstance(value, float) or math.isnan(value):
        return (1, 0)
    return (0, value)


def outcome_rank(event) -> int:
    """0 failed, 1 pending (too recent to judge), 2 held: the outcome's sort order."""
    if getattr(event, "pending", False):
        return 1
    return 2 if event.confirmed else 0


# the outcome says whether the close held above the level, nothing about volume
OUTCOMES = ("Failed", "Pending", "Held")

HEADER_TIPS = (
    "Session date of the breakout close",
    "Which detector rule fired",
    "The level the close broke above",
    "Volume on the breakout day over its 50-session average, with the stand-in's name when "
    "another series' volume was used (✓ meets the volume confirmation multiple, ✗ falls "
    "short of it)",
    "Held: the close stayed above the level for the hold period; failed otherwise. "
    "Volume confirmation is shown separately in the Volume column",
    "Crypto return from the breakout date to 30 days later",
    "Crypto return from the breakout date to 60 days later",
    "Crypto return from the breakout date to 90 days later",
    "Crypto return from the breakout date to the slider's current lag",
)


_OUTCOME_TIPS = (
    "Failed: the close fell back below the level within the hold period",
    "Pending: too recent to judge whether the close holds above the level",
    "Held: the close stayed above the level for the hold period",
)


def _volume_text(event) -> str:
    source = getattr(event, "volume_source", "") or ""
    ratio = _number(event.volume_ratio)
    if source == "none" or math.isnan(ratio):
        return tr_table("no volume")
    # the equity's own volume goes unnamed; a proxy's is named (the header tip says so)
    named = source and source != "own"
    text = f"{format_ratio(ratio)} {source}" if named else format_ratio(ratio)
    # both marks, so a held breakout on thin volume cannot read as volume-confirmed
    return text + (" ✓" if getattr(event, "volume_confirmed", False) else " ✗")


def display_text(row: EventRow, column: int) -> str:
    """The text of one cell."""
    event = row.event
    if column == 0:
        return pd.Timestamp(event.date).strftime("%Y-%m-%d")
    if column == 1:
        return tr_table(rule_name(event.rule))
    if column == 2:
        return format_price(_number(event.level))
    if column == 3:
        return _volume_text(event)
    if column == 4:
        return tr_table(OUTCOMES[outcome_rank(event)])
    value = cell_value(row, column)
    return format_percent(value) if isinstance(value, float) else tr_table(value)


def tooltip_text(row: EventRow, column: int) -> str:
    """The tooltip of one cell: what a missing value means, the close, the run's end."""
    value = cell_value(row, column)
    if value is INCOMPLETE:
        return tr_table(
            "Incomplete: this horizon runs past the last bar, so its return is not known yet"
        )
    if value is NOT_AVAILABLE:
        return tr_table(
            "No crypto return here: the series has no data at the event or at the horizon"
        )
    event = row.event
    if column == 2:
        level, close = format_price(_number(event.level)), format_price(_number(event.close))
        return tr_table("Level {level}, close {close}").format(level=level, close=close)
    if column == 4:
        end = getattr(event, "band_end", None)
        tip = tr_table(_OUTCOME_TIPS[outcome_rank(event)])
        if end is None:
            return tip
        return tip + "; " + tr_table("run ends {date}").format(date=f"{pd.Timestamp(end):%Y-%m-%d}")
    return tr_table("Click or press Enter to zoom the chart to this breakout")


def alignment(column: int) -> int:
    """Numbers right-aligned, words left-aligned."""
    if column in (0, 1, 4):
        return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
