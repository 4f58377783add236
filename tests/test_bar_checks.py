"""The bar rules' shortcut (``_plainly_good``) never passes what the rules refuse."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.market.bar_checks import (
    PRICE_CEILING,
    TOLERANCE,
    VOLUME_CEILING,
    first_bad_row,
    first_breach,
)

ROWS = 40
#: values that sit on or just past a rule's edge
ODD = [np.nan, np.inf, -np.inf, 0.0, -1.0, PRICE_CEILING, PRICE_CEILING * 1.0000001, 1e308]
VOLUMES = [np.nan, np.inf, -np.inf, -1.0, 0.0, VOLUME_CEILING, VOLUME_CEILING * 1.01]
EDGES = ["edge_high", "edge_low", "past_high", "past_low"]


def _plant(values: np.ndarray, row: int, column: int, value) -> None:
    high, low = values[1, row], values[2, row]
    edges = {
        "edge_high": high * (1 + TOLERANCE * 0.999),
        "edge_low": low - high * TOLERANCE * 0.999,
        "past_high": high * (1 + TOLERANCE * 1.001),
        "past_low": low - high * TOLERANCE * 1.001,
    }
    values[column, row] = edges.get(value, value) if isinstance(value, str) else value


def _bars(seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    close = 100 * np.exp(np.cumsum(rng.normal(0, 0.02, ROWS)))
    opens = np.r_[close[0], close[:-1]]
    high = np.maximum(opens, close) * (1 + rng.uniform(0, 0.01, ROWS))
    low = np.minimum(opens, close) * (1 - rng.uniform(0, 0.01, ROWS))
    volume = rng.uniform(0, 1e6, ROWS)
    times = (np.arange(ROWS, dtype=np.int64) + 18_000) * 86_400 * 10**9
    return times, np.vstack([opens, high, low, close, volume])


plants = st.lists(
    st.tuples(
        st.integers(0, ROWS - 1),
        st.integers(0, 4),
        st.one_of(
            st.sampled_from(ODD + VOLUMES),
            st.floats(-1e3, 1e3, allow_nan=False),
            st.sampled_from(EDGES),
        ),
    ),
    max_size=4,
)


@settings(max_examples=400, deadline=None)
@given(seed=st.integers(0, 10_000), planted=plants, positive=st.booleans(), limit=st.booleans())
def test_the_shortcut_agrees_with_every_rule(seed, planted, positive, limit):
    times, values = _bars(seed)
    for row, column, value in planted:
        _plant(values, row, column, value)
    limit_ns = int(times[-3]) if limit else None
    with np.errstate(invalid="ignore", over="ignore"):
        assert first_bad_row(times, values, limit_ns, positive) == first_breach(
            times, values, limit_ns, positive
        )


def test_clean_bars_take_the_shortcut_and_pass():
    times, values = _bars(1)
    assert first_bad_row(times, values) is None
    values[4, :] = np.nan  # no volume at all is allowed
    assert first_bad_row(times, values) is None


@pytest.mark.parametrize("column", range(5))
@pytest.mark.parametrize("value", ODD + VOLUMES + [-1e-9, -0.5] + EDGES)
def test_each_odd_value_in_each_column_is_judged_as_the_rules_judge_it(column, value):
    times, values = _bars(3)
    _plant(values, 7, column, value)
    for positive in (True, False):
        with np.errstate(invalid="ignore", over="ignore"):
            assert first_bad_row(times, values, None, positive) == first_breach(
                times, values, None, positive
            )
