"""The time-to-target view: the Kaplan-Meier step curve against the curve computed by
hand, the censored marks, the median and its interval, N and the anecdote rule, and the
table of every breakout."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from models.analysis.survival import kaplan_meier
from models.derived.time_to_target import Cycle, TimeToTarget
from widgets.time_to_target_view import (
    TimeToTargetView,
    censored_points,
    cycle_rows,
    step_points,
    summary_text,
)

TARGET = "altseason at or above 75"


def _cycle(date, days, reached=True, coins=None, entry=0) -> Cycle:
    start = pd.Timestamp(date)
    on = start + pd.Timedelta(days=days) if reached else None
    return Cycle(start, True, True, on, days, coins, entry)


JUDGED = (pd.Timestamp("2016-12-09"), pd.Timestamp("2025-06-08"))


def _result(cycles, judged=JUDGED):
    studied = [c for c in cycles if c.studied]
    curve = None
    if studied:
        reached = [not c.censored for c in studied]
        curve = kaplan_meier([c.days for c in studied], reached, entry=[c.entry for c in studied])
    return TimeToTarget("altseason", TARGET, 365, cycles, curve, judged)


#: five reached (30, 60, 60, 120, 200 days), two censored (90 and 365 days followed)
CYCLES = [
    _cycle("2010-01-04", 30, coins=9),
    _cycle("2011-03-01", 60),
    _cycle("2012-05-01", 60),
    _cycle("2013-02-01", 90, reached=False),
    _cycle("2015-06-01", 120),
    _cycle("2016-11-14", 200, entry=25),
    _cycle("2018-09-03", 365, reached=False),
]


@pytest.fixture
def view(qtbot):
    widget = TimeToTargetView()
    qtbot.addWidget(widget)
    widget.resize(420, 520)
    widget.show()
    return widget


def _survival_by_hand(durations, reached, t):
    """S(t): the product over event times <= t of (1 - events / at risk)."""
    s = 1.0
    for u in sorted({d for d, r in zip(durations, reached, strict=True) if r}):
        if u > t:
            break
        at_risk = sum(d >= u for d in durations)
        events = sum(d == u and r for d, r in zip(durations, reached, strict=True))
        s *= 1 - events / at_risk
    return s


def test_the_curve_is_the_kaplan_meier_step_computed_by_hand(view):
    result = _result([replace_entry(c) for c in CYCLES])
    view.set_result(result, TARGET)
    xs, ys = view.curve_points()
    durations = [c.days for c in CYCLES]
    reached = [not c.censored for c in CYCLES]
    assert xs[0] == 0 and ys[0] == 100 and xs[-1] == 365
    for t in (0, 29, 30, 59, 60, 100, 119, 120, 199, 200, 364):
        drawn = ys[np.searchsorted(xs, t, side="right") - 1]
        assert drawn == pytest.approx(100 * _survival_by_hand(durations, reached, t)), t
    assert np.all(np.diff(ys) <= 1e-12)  # a survival curve never rises


def replace_entry(cycle: Cycle) -> Cycle:
    """The same cycle followed from its breakout (no delayed entry: the hand formula)."""
    return Cycle(cycle.date, cycle.confirmed, cycle.studied, cycle.reached_on, cycle.days,
                 cycle.coins)  # fmt: skip


def test_censored_cycles_are_marked_where_they_leave_the_curve(view):
    result = _result([replace_entry(c) for c in CYCLES])
    view.set_result(result, TARGET)
    days, percent = view.censored_marks()
    assert list(days) == [90, 365]
    durations = [c.days for c in CYCLES]
    reached = [not c.censored for c in CYCLES]
    expected = [100 * _survival_by_hand(durations, reached, d) for d in (90, 365)]
    assert percent == pytest.approx(expected)


def test_the_median_and_its_interval_are_drawn_and_said(view):
    result = _result(CYCLES)
    view.set_result(result, TARGET)
    curve = result.curve
    median, low, high = view.median_shown()
    assert median == curve.median == 120
    assert low == curve.median_low and high == (curve.median_high or 365)
    summary = view.summary()
    assert summary.startswith(f"Days to {TARGET}: median 120 d")
    assert "N = 7 cycles: 5 reached, 2 censored" in summary
    assert "N = 7: an anecdote, not evidence" in summary  # below 8 studied cycles


def test_eight_cycles_are_no_longer_an_anecdote():
    result = _result([*CYCLES, _cycle("2020-11-13", 130, coins=30)])
    assert "anecdote" not in summary_text(result, TARGET)
    assert "N = 8 cycles: 6 reached, 2 censored" in summary_text(result, TARGET)


def test_a_median_not_reached_is_said_and_not_drawn(view):
    cycles = [_cycle("2016-11-14", 129), _cycle("2020-11-13", 300, reached=False),
              _cycle("2025-09-18", 250, reached=False)]  # fmt: skip
    view.set_result(_result(cycles), TARGET)
    assert view.median_shown() is None
    assert "median not reached (fewer than half got there)" in view.summary()
    assert "N = 3: an anecdote" in view.summary()


def test_every_breakout_is_listed_latest_first_with_its_outcome(view):
    not_studied = Cycle(pd.Timestamp("1999-12-29"), False, False)
    result = _result([*CYCLES, not_studied])
    view.set_result(result, TARGET)
    rows = view.table_text()
    assert [r[0] for r in rows] == sorted((r[0] for r in rows), reverse=True)
    by_date = {r[0]: r for r in rows}
    assert by_date["2010-01-04"] == ["2010-01-04", "reached on 2010-02-03", "30 d", "9"]
    assert by_date["2018-09-03"][1] == "censored: not there after 365 d"
    assert by_date["2016-11-14"][1] == "reached on 2017-06-02 (followed from day 25)"
    assert by_date["1999-12-29"][1] == (
        "not studied: the target is judged from 2016-12-09 to 2025-06-08 only"
    )
    assert "1 not studied" in view.summary()
    assert rows == [list(r) for r in cycle_rows(result)]


def test_a_target_never_judged_says_so():
    result = _result([Cycle(pd.Timestamp("2020-11-13"), True, False)], judged=None)
    assert cycle_rows(result)[0][1] == "not studied: the target cannot be judged on any day"
    assert "no cycle could be followed" in summary_text(result)


def test_no_result_clears_the_view_and_says_why(view):
    view.set_result(_result(CYCLES), TARGET)
    view.set_result(None, "Time to target: add a coin to follow it after breakouts")
    assert view.summary() == "Time to target: add a coin to follow it after breakouts"
    assert view.table_text() == [] and view.median_shown() is None
    assert len(view.curve_points()[0]) == 0


def test_step_points_and_censored_points_without_events():
    cycles = [_cycle("2020-11-13", 109, reached=False)]
    result = _result(cycles)
    xs, ys = step_points(result.curve, 365)
    assert list(xs) == [0, 365] and list(ys) == [100, 100]
    assert [list(a) for a in censored_points(result)] == [[109.0], [100.0]]


def test_demo_marks(view):
    view.set_demo(True)
    assert view.findChild(object, "demo_badge").isVisible()
    view.set_demo(False)
    assert not view.findChild(object, "demo_badge").isVisible()
