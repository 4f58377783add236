"""Trader-facing number formats shared by the panels."""

from __future__ import annotations

import math

import pytest

from models.analysis.lag_window import ALL_LAGS, LEAD_30_90, LagWindow
from widgets.formatting import (
    MISSING,
    format_correlation,
    format_count,
    format_lag,
    format_lag_window,
    format_p_stated,
    format_p_value,
    format_percent,
    format_price,
    format_ratio,
    format_sampling,
    format_share,
    weekly_caveat,
)
from widgets.panel_theme import theme_named


@pytest.mark.parametrize(
    ("value", "text"),
    [(0.1234, "+12.3%"), (-0.05, "-5.0%"), (12.5, "+1,250.0%"), (-0.00001, "0.0%"), (0.0, "0.0%")],
)
def test_percent_is_signed_with_separators(value, text):
    assert format_percent(value) == text


def test_missing_values_render_as_a_dash():
    for formatter in (format_percent, format_correlation, format_p_value, format_price):
        assert formatter(math.nan) == MISSING
        assert formatter(None) == MISSING
    assert format_ratio(math.nan) == MISSING


def test_lags_counts_and_p_values():
    assert [format_lag(d) for d in (42, -7, 0)] == ["+42 d", "-7 d", "0 d"]
    assert format_count(2310) == "2,310"
    assert [format_p_value(p) for p in (0.0004, 0.004, 0.031, 0.5)] == [
        "0.0004", "0.004", "0.03", "0.50",
    ]  # fmt: skip
    # p at the floor of its draws says so, never "<0.001"
    assert format_p_value(1 / 1001, 1000) == "≤0.001"
    assert format_p_stated(1 / 1001, 1000) == "p ≤ 0.001 (1,000 draws)"
    assert format_p_stated(0.031, 1000) == "p = 0.03"
    assert format_p_stated(None) == "p = —"


def test_lag_windows_and_sampling_in_words():
    assert format_lag_window(ALL_LAGS) == "all lags (-365..+365 d)"
    assert format_lag_window(LEAD_30_90) == "lead 30-90 d (+30..+90 d)"
    assert format_lag_window(LagWindow(-20, 45)) == "-20..+45 d"
    assert format_sampling("weekly") == "weekly"
    assert "2 days late" in weekly_caveat() and "little power" in weekly_caveat()


def test_prices_ratios_shares():
    assert format_price(2600) == "2,600.00"
    assert format_price(0.000123456) == "0.000123456"
    assert format_ratio(2.37) == "2.4×"
    assert format_share(0.714) == "71%"


def test_themes_differ_and_unknown_names_fail():
    assert theme_named("light").background != theme_named("dark").background
    with pytest.raises(ValueError):
        theme_named("blue")
