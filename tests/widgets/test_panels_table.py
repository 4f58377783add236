"""BreakoutTable: columns and formatting, incomplete horizons, click and Enter, sorting."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import Qt

from models.analysis.breakouts import BreakoutEvent
from widgets.breakout_table import COLUMNS, LAG_COLUMN, BreakoutTable

DATES = ["2016-11-10", "2004-12-01", "2026-01-05", "2020-12-01"]


def make_event(date: str, confirmed: bool, rule="ath_drought", source="own", ratio=2.1, **kw):
    day = pd.Timestamp(date)
    return BreakoutEvent(
        date=day,
        rule=rule,
        level=1400.0,
        close=1412.5,
        volume_ratio=ratio,
        volume_source=source,
        volume_confirmed=ratio >= 1.5,
        confirmed=confirmed,
        band_start=day,
        band_end=day + pd.Timedelta(days=90),
        **kw,
    )


def make_events() -> list[BreakoutEvent]:
    return [
        make_event(DATES[0], True),
        make_event(DATES[1], False, ratio=1.1),
        make_event(DATES[2], False, "level", "none", math.nan, pending=True),
        make_event(DATES[3], True, "n_day_high", "IWM", 1.9),
    ]


def make_forward_returns() -> pd.DataFrame:
    """In the event-study table's layout: a date column, fwd_<h>d and incomplete_<h>d."""
    frame = pd.DataFrame({"date": pd.to_datetime(DATES)})
    values = {30: [0.31, 0.05, np.nan, 0.62], 60: [0.8, -0.08, np.nan, np.nan]}
    values[90] = [1.25, -0.15, np.nan, 1.9]
    for horizon, column in values.items():
        frame[f"fwd_{horizon}d"] = column
        frame[f"incomplete_{horizon}d"] = [False, False, True, False]
    return frame.iloc[::-1].reset_index(drop=True)  # matched by date, not by position


@pytest.fixture
def table(qtbot):
    widget = BreakoutTable()
    qtbot.addWidget(widget)
    widget.resize(900, 220)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_events(make_events(), make_forward_returns())
    return widget


def _row_texts(table, row: int) -> list[str]:
    model = table.model()
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def _column(table, column: int) -> list[str]:
    model = table.model()
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_rows_are_sorted_newest_first_by_default(table):
    # recent events are the ones with crypto data: they must not sit below the fold
    assert _column(table, 0) == sorted(DATES, reverse=True)
    assert table.view().horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_rows_show_every_column_formatted(table):
    oldest = _row_texts(table, 3)
    assert oldest[:8] == [
        "2004-12-01", "ATH after drought", "1,400.00", "1.1× ✗",
        "Failed", "+5.0%", "-8.0%", "-15.0%",
    ]  # fmt: skip
    assert _row_texts(table, 2)[3:5] == ["2.1× ✓", "Held"]  # the equity's own volume
    assert _row_texts(table, 1)[1:5] == ["N-day high", "1,400.00", "1.9× IWM ✓", "Held"]


def test_outcome_says_held_and_volume_confirmation_is_shown_apart(table):
    held_on_thin_volume = make_event("2013-01-02", True, ratio=1.3)
    table.set_events([held_on_thin_volume], None)
    assert _row_texts(table, 0)[3:5] == ["1.3× ✗", "Held"]
    model = table.model()
    outcome_tip = model.headerData(4, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert outcome_tip.startswith("Held:") and "Volume column" in outcome_tip
    assert "Confirmed" not in model.data(model.index(0, 4), Qt.ItemDataRole.ToolTipRole)


def test_incomplete_horizons_and_gaps_are_shown_as_such(table):
    pending = _row_texts(table, 0)
    assert pending[3:8] == ["no volume", "Pending", "incomplete", "incomplete", "incomplete"]
    assert _row_texts(table, 1)[6] == "n/a"  # a gap, not an incomplete horizon


def test_current_lag_column_follows_the_lag(table):
    returns = pd.Series([0.4, -0.1, np.nan, 0.7], index=pd.to_datetime(DATES))
    table.set_current_lag_returns(42, returns)
    model = table.model()
    assert model.headerData(LAG_COLUMN, Qt.Orientation.Horizontal) == "At +42 d"
    assert _column(table, LAG_COLUMN) == ["n/a", "+70.0%", "+40.0%", "-10.0%"]


def _click_row(qtbot, table, row: int) -> None:
    view = table.view()
    rect = view.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_click_emits_the_event_on_that_row(table, qtbot):
    with qtbot.waitSignal(table.event_selected, timeout=1000) as blocker:
        _click_row(qtbot, table, 1)
    assert blocker.args[0].date == pd.Timestamp("2020-12-01")
    assert blocker.args[0].rule == "n_day_high"


def test_enter_on_the_current_row_emits_it(table, qtbot):
    view = table.view()
    view.setFocus()
    view.setCurrentIndex(table.model().index(2, 0))
    with qtbot.waitSignal(table.event_selected, timeout=1000) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args[0].date == pd.Timestamp("2016-11-10")


def test_header_sort_orders_by_return_with_gaps_last(table, qtbot):
    view = table.view()
    view.sortByColumn(COLUMNS.index("+90 d"), Qt.SortOrder.DescendingOrder)
    assert _column(table, COLUMNS.index("+90 d")) == ["+190.0%", "+125.0%", "-15.0%", "incomplete"]
    view.sortByColumn(COLUMNS.index("+90 d"), Qt.SortOrder.AscendingOrder)
    assert _column(table, COLUMNS.index("+90 d")) == ["-15.0%", "+125.0%", "+190.0%", "incomplete"]


def test_click_after_sorting_emits_the_sorted_row(table, qtbot):
    table.view().sortByColumn(COLUMNS.index("Volume"), Qt.SortOrder.DescendingOrder)
    with qtbot.waitSignal(table.event_selected, timeout=1000) as blocker:
        _click_row(qtbot, table, 0)
    assert blocker.args[0].volume_ratio == pytest.approx(2.1)


def test_selection_stays_on_its_event_across_a_sort(table):
    view = table.view()
    view.selectRow(3)  # 2004-12-01
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert _row_texts(table, view.currentIndex().row())[0] == "2004-12-01"


def test_no_forward_returns_shows_gaps(table):
    table.set_events(make_events()[:1], None)
    assert _row_texts(table, 0)[5:8] == ["n/a", "n/a", "n/a"]


def test_headers_and_cells_have_tooltips(table):
    model = table.model()
    for column in range(model.columnCount()):
        assert model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert model.data(model.index(0, column), Qt.ItemDataRole.ToolTipRole)
    assert table.view().toolTip()


def test_arrow_keys_move_the_chart_to_each_breakout(table, qtbot):
    seen = []
    table.event_selected.connect(seen.append)
    view = table.view()
    view.setFocus()
    view.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    dates = [f"{e.date:%Y-%m-%d}" for e in seen]
    assert dates[-3:] == [_column(table, 0)[1], _column(table, 0)[2], _column(table, 0)[1]]
    # a click emits once, not once for the press and again for the release
    seen.clear()
    rect = view.visualRect(table.model().index(3, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [f"{e.date:%Y-%m-%d}" for e in seen] == [_column(table, 0)[3]]


def test_the_returns_name_the_coin_they_are_of(table):
    table.set_subject("ETH/USDT")
    assert table.subject_text() == "Returns of ETH/USDT"
    tip = table.model().headerData(5, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith("(ETH/USDT)")
    table.set_subject(None)
    assert table.subject_text() == ""
