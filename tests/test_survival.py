"""Kaplan-Meier and the median's Brookmeyer-Crowley interval against hand-computed examples."""

from __future__ import annotations

import math

import numpy as np
import pytest

from models.analysis.survival import kaplan_meier

# Seven cycles: days to the target, or followed that long without it (censored).
#   2 reached at 1, 2 and 2; censored at 3; reached at 4; censored at 5; reached at 6.
DURATIONS = [1, 2, 2, 3, 4, 5, 6]
REACHED = [True, True, True, False, True, False, True]


def test_the_curve_steps_at_each_time_a_target_was_reached():
    """By hand: S(1) = 6/7; S(2) = 6/7 * 4/6 = 4/7; at 3 one leaves uncounted; S(4) =
    4/7 * 2/3 = 8/21; at 5 another leaves; S(6) = 8/21 * 0/1 = 0."""
    curve = kaplan_meier(DURATIONS, REACHED)
    assert curve.times.tolist() == [1, 2, 4, 6]
    assert curve.at_risk.tolist() == [7, 6, 3, 1]
    assert curve.reached.tolist() == [1, 2, 1, 1]
    assert curve.survival == pytest.approx([6 / 7, 4 / 7, 8 / 21, 0.0])
    assert (curve.n, curve.n_censored, curve.n_delayed) == (7, 2, 0)


def test_greenwoods_standard_error_by_hand():
    """Var S(t) = S(t)^2 * sum over t_i <= t of d_i / (n_i (n_i - d_i)):
    at 1: (6/7)^2 * 1/42; at 2: (4/7)^2 * (1/42 + 2/24); at 4: (8/21)^2 * (1/42 + 2/24
    + 1/6); at 6 the curve is 0 and so is its error."""
    curve = kaplan_meier(DURATIONS, REACHED)
    sums = [1 / 42, 1 / 42 + 2 / 24, 1 / 42 + 2 / 24 + 1 / 6]
    expected = [s * math.sqrt(v) for s, v in zip([6 / 7, 4 / 7, 8 / 21], sums, strict=True)]
    assert curve.std_error[:3] == pytest.approx(expected)
    assert curve.std_error[3] == 0.0
    assert expected == pytest.approx([0.132260, 0.187044, 0.199340], abs=1e-6)


def test_the_median_and_its_brookmeyer_crowley_interval_by_hand():
    """Median: the first time S <= 0.5 is 4 (S = 0.381). Lower limit: the first time
    S - 1.96 se <= 0.5: at 1, 0.857 - 0.259 = 0.598 (no); at 2, 0.571 - 0.367 = 0.205
    (yes): 2. Upper limit: the first time S + 1.96 se <= 0.5: at 1 it is 1 (clipped), at 2
    0.938, at 4 0.772, at 6 0 + 0: 6."""
    curve = kaplan_meier(DURATIONS, REACHED)
    assert (curve.median, curve.median_low, curve.median_high) == (4.0, 2.0, 6.0)
    assert curve.confidence == 0.95 and curve.is_anecdote


def test_a_median_never_reached_stays_open():
    """Four of five censored: S never falls to 0.5, so neither median nor upper limit."""
    curve = kaplan_meier([10, 20, 30, 40, 50], [True, False, False, False, False])
    assert curve.survival.tolist() == [0.8]
    assert curve.median is None and curve.median_high is None
    # 0.8 - 1.96 * 0.8 * sqrt(1 / 20) = 0.449 <= 0.5: the lower limit is 10
    assert curve.median_low == 10.0


def test_a_late_entry_joins_the_risk_set_only_from_its_entry():
    """Cycles (entry, duration, reached): (0, 2, yes), (0, 5, yes), (3, 6, yes),
    (0, 8, no). At 2 three wait (the late one is not yet watched): S = 2/3. At 5 three
    wait (entered at 3): S = 2/3 * 2/3 = 4/9. At 6 two wait: S = 4/9 * 1/2 = 2/9."""
    curve = kaplan_meier([2, 5, 6, 8], [True, True, True, False], entry=[0, 0, 3, 0])
    assert curve.times.tolist() == [2, 5, 6]
    assert curve.at_risk.tolist() == [3, 3, 2]
    assert curve.survival == pytest.approx([2 / 3, 4 / 9, 2 / 9])
    assert curve.n_delayed == 1 and curve.median == 5.0


def test_a_case_reached_on_day_zero_counts():
    curve = kaplan_meier([0, 3, 7], [True, True, False])
    assert curve.times.tolist() == [0, 3]
    assert curve.survival == pytest.approx([2 / 3, 1 / 3])
    assert curve.median == 3.0


def test_impossible_input_is_refused():
    with pytest.raises(ValueError):
        kaplan_meier([1, 2], [True])
    with pytest.raises(ValueError):
        kaplan_meier([1, -2], [True, True])
    with pytest.raises(ValueError):
        kaplan_meier([1, 2], [True, True], entry=[0, 3])
    empty = kaplan_meier(np.array([]), np.array([], dtype=bool))
    assert empty.median is None and empty.n == 0
