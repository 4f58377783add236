"""p-values from draws: add-one, the floor stated as such, Holm and Benjamini-Hochberg."""

from __future__ import annotations

import numpy as np
import pytest

from models.analysis.pvalues import (
    PStatement,
    add_one_p,
    at_floor,
    benjamini_hochberg,
    format_p,
    holm,
    p_floor,
    p_statement,
)


def test_add_one_p_counts_ties_and_never_reaches_zero():
    assert add_one_p(np.array([1.0, 2.0, 3.0]), 2.0) == 3 / 4
    assert add_one_p(np.array([1.0, 2.0, 3.0]), 9.0) == 1 / 4 == p_floor(3)
    assert np.isnan(add_one_p(np.empty(0), 1.0)) and np.isnan(add_one_p(np.ones(3), np.nan))


@pytest.mark.parametrize(
    ("p", "draws", "text"),
    [
        (1 / 1001, 1000, "p ≤ 0.001 (1,000 draws)"),
        (1 / 201, 200, "p ≤ 0.005 (200 draws)"),
        (1 / 101, 100, "p ≤ 0.01 (100 draws)"),
        (1 / 100_001, 100_000, "p ≤ 0.00001 (100,000 draws)"),
        (3 / 10_001, 10_000, "p = 0.0003 (10,000 draws)"),
        (0.004, 1000, "p = 0.004"),
        (0.1234, 1000, "p = 0.12"),
        (0.5, None, "p = 0.50"),
        (float("nan"), 1000, "p = —"),
        (None, 1000, "p = —"),
    ],
)
def test_format_p_states_the_floor_of_its_draws(p, draws, text):
    assert format_p(p, draws) == text


def test_a_p_statement_is_written_in_any_locale():
    floor = p_statement(1 / 1001, 1000)
    assert (floor.relation, floor.decimals, floor.draws) == ("≤", 3, 1000)
    russian = floor.render(lambda v, d: f"{v:,.{d}f}".replace(",", " ").replace(".", ","))
    assert russian == "p ≤ 0,001 (1 000 draws)"
    assert floor.render(draws_phrase="[{n} lần]") == "p ≤ 0.001 [1,000 lần]"
    assert p_statement(0.004, 1000) == PStatement("=", 0.004, 3, None)
    assert p_statement(4.9e-5, 30_000).render() == "p = 0.000049 (30,000 draws)"
    assert p_statement(float("nan"), 1000) is None


def test_at_floor():
    assert at_floor(1 / 1001, 1000) and not at_floor(2 / 1001, 1000)
    assert not at_floor(1 / 1001, 0) and not at_floor(float("nan"), 1000)


def test_holm_and_benjamini_hochberg_match_their_definitions():
    # R: p.adjust(c(0.01, 0.04, 0.03, 0.005), "holm") and "BH"
    p = np.array([0.01, 0.04, 0.03, 0.005])
    assert holm(p) == pytest.approx([0.03, 0.06, 0.06, 0.02])
    assert benjamini_hochberg(p) == pytest.approx([0.02, 0.04, 0.04, 0.02])
    assert holm(np.array([0.9, 0.8])).max() == 1.0  # capped at one
