"""SpecCurveView: Run, progress and Cancel; every specification's effect sorted with the
significant ones coloured and the default rule ringed; the p-values' distribution against
5%; the shares raw, after Holm and after Benjamini-Hochberg, each with its count; how the
default rule was chosen."""

from __future__ import annotations

import numpy as np
import pytest

from models.analysis.spec_curve import SpecGrid, spec_curve
from tests.analytics_synth import breakout_market
from widgets.spec_curve_text import shares_text
from widgets.spec_curve_view import P_BINS, SpecCurveView

GRID = SpecGrid(
    drought_sessions=(189, 252), volume_mult=(1.5, 2.0), hold_sessions=(5, 7), horizon_days=(30, 90)
)


@pytest.fixture(scope="module")
def result():
    """A market whose breakouts lift crypto, over a small grid (16 rules x 2 coins)."""
    equity, crypto, _ = breakout_market(seed=1, jump=0.4)
    _, other, _ = breakout_market(seed=2, jump=0.0)
    return spec_curve(equity, {"UP": crypto, "FLAT": other}, GRID, draws=400)


@pytest.fixture
def view(qtbot):
    widget = SpecCurveView()
    qtbot.addWidget(widget)
    widget.resize(420, 640)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_run_progress_and_cancel(qtbot, view):
    view.set_ready("BTC/USDT, ETH/USDT")
    assert "500 rules per coin over BTC/USDT, ETH/USDT" in view.status()
    assert not view.is_running()
    with qtbot.waitSignal(view.run_requested, timeout=1000):
        view._run.click()
    view.set_running(True)
    assert view.is_running() and not view._run.isEnabled()
    view.set_progress(40, 100)
    assert view.progress() == (40, 100) and "40 of 100" in view.status()
    with qtbot.waitSignal(view.cancel_requested, timeout=1000):
        view._cancel.click()
    view.set_cancelled()
    assert not view.is_running() and view._run.isEnabled()
    assert view.status().startswith("Cancelled")
    view.set_ready("")
    assert not view._run.isEnabled() and "Add a coin" in view.status()


def test_the_curve_is_every_effect_sorted_with_the_default_rule_ringed(view, result):
    view.set_result(result)
    tested = result.specs[result.specs["p_value"].notna()]
    x, y = view.effects_drawn()
    assert len(x) == len(tested)
    np.testing.assert_allclose(y, np.sort(tested["effect"].to_numpy()) * 100)
    rx, ry = view.default_marked()
    defaults = tested[tested["is_default"]]
    assert len(rx) == len(defaults) == 2  # one per coin
    np.testing.assert_allclose(np.sort(ry), np.sort(defaults["effect"].to_numpy() * 100))
    heights = view._histogram.opts["height"]
    assert int(np.sum(heights)) == len(tested)
    expected, _ = np.histogram(tested["p_value"], bins=P_BINS)
    np.testing.assert_array_equal(heights, expected)


def test_the_shares_say_which_correction_and_rest_on_counts(view, result):
    view.set_result(result)
    lines = view.shares().split("\n")
    tested = result.specs["p_value"].notna().sum()
    assert lines[0].startswith(f"32 specifications over UP, FLAT: {tested} with events")
    holm = int((result.specs["p_holm"] < 0.05).sum())
    assert "after Holm (family-wise, any dependence)" in lines[2]
    assert f"({holm} of {tested}) after Holm" in lines[2]
    assert "after Benjamini-Hochberg (false discovery rate)" in lines[2]
    assert view.shares() == shares_text(result)
    assert view.default_rule().startswith("default rule (252 sessions, 1.5×, hold 5, +90 d): UP:")
    assert "November 2016" in view.note() and "126-504" in view.note()


def test_significant_specifications_are_coloured(view, result):
    view.set_result(result)
    brushes = view._curve.data["brush"]
    colours = {b.color().name() for b in brushes}
    assert len(colours) >= 2  # the planted lift is significant somewhere, the flat coin not
