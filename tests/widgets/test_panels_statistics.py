"""The lead-lag statistics panels (issue 9, window part; issue 11's leftovers there): the
window searched chosen and stated, both CCF bands drawn and keyed, the marker's readout
never on the best-lag dot, the strip stating the best lag once with its window, N and p at
its floor, wrapping instead of clipping, and weekly sampling's caveat."""

from __future__ import annotations

import numpy as np
import pytest

from models.analysis.align import align
from models.analysis.lag_window import ALL_LAGS, LEAD_30_90, LagWindow
from models.analysis.leadlag import cross_correlation
from tests.analytics_synth import planted_pair
from widgets.ccf_plot import CcfPlot, ccf_caption
from widgets.lag_window_choice import LagWindowChoice
from widgets.plot_labels import covers
from widgets.stats_strip import StatsStrip, stats_text


@pytest.fixture(scope="module")
def ccf():
    """A CCF of a planted 45-day lead over every lag the slider reaches, 300 draws."""
    equity, crypto = planted_pair(45, seed=3, days=1500)
    return cross_correlation(align(equity, crypto, "sessions"), max_lag=365, draws=300)


def shown(qtbot, widget, size=None):
    """``widget`` shown (at ``size``) and exposed, closed after the test."""
    qtbot.addWidget(widget)
    if size is not None:
        widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def plot(qtbot):
    return shown(qtbot, CcfPlot(), (380, 240))


def test_the_plot_draws_both_bands_and_names_them(plot, ccf):
    lead = ccf.searched(LEAD_30_90)
    plot.set_ccf(lead)
    assert plot._band.isVisible()
    lags, upper = plot.family_band()
    inside = (lags >= 30) & (lags <= 90)
    assert np.isfinite(upper[inside]).all() and np.isnan(upper[~inside]).all()
    np.testing.assert_allclose(upper[inside], lead.simultaneous_band.high[inside])
    pointwise = plot._band_high.getData()[1]
    assert (upper[inside] > pointwise[inside]).all()  # family-wise is the wider of the two
    assert plot.caption() == (
        "■ pointwise 95% (each lag alone) · - - family-wise 95% over lead 30-90 d (+30..+90 d)"
    )
    assert ccf_caption(ccf).endswith("family-wise 95% over all lags (-365..+365 d)")


def test_the_best_lag_dot_is_the_windows(plot, ccf):
    plot.set_ccf(ccf.searched(LEAD_30_90))
    spots = plot._best.data
    assert 30 <= spots["x"][0] <= 90


@pytest.mark.parametrize("size", [(380, 240), (300, 170), (560, 320)])
def test_the_marker_readout_never_covers_the_best_lag_dot(qtbot, ccf, size):
    widget = shown(qtbot, CcfPlot(), size)
    widget.set_ccf(ccf)
    best_x, best_y = float(ccf.best_lag), float(ccf.best_correlation)
    view = widget.plot_item().getViewBox()
    text = widget.marker_text_item()
    for lag in range(ccf.best_lag - 40, ccf.best_lag + 41):
        widget.set_marker(lag)
        assert not covers(text, view, best_x, best_y, margin=4), lag
    widget.set_marker(ccf.best_lag)
    (x0, x1), (y0, y1) = view.viewRange()
    assert x0 <= text.pos().x() <= x1 and y0 <= text.pos().y() <= y1  # inside the plot


def test_marker_steps_stay_cheap_with_the_placement(plot, ccf):
    import time

    plot.set_ccf(ccf)
    start = time.perf_counter()
    for lag in range(-365, 366):
        plot.set_marker(lag)
    assert (time.perf_counter() - start) * 1000 / 731 < 2.0


def test_the_strip_states_the_best_lag_once_with_its_window_n_and_p(ccf):
    at_floor = ccf.searched(LEAD_30_90)
    at_floor.p_value = 1 / 301
    text = stats_text(0.3141, 2310, 42, at_floor)
    first, second = text.split("\n")
    assert first == "ρ at +42 d: 0.31 (N = 2,310)"
    n_at_best = int(at_floor.n[at_floor.best_lag + 365])
    assert second == (
        f"best in lead 30-90 d (+30..+90 d): +{at_floor.best_lag} d, "
        f"ρ {at_floor.best_correlation:.2f}, p ≤ 0.0034 (300 draws), N = {n_at_best:,}"
    )
    assert text.count(f"+{at_floor.best_lag} d") == 1
    assert "<" not in text
    assert stats_text(float("nan"), 0, -7) == "ρ at -7 d: — (N = 0)\nbest lag —"


def test_the_strip_wraps_instead_of_clipping(qtbot, ccf):
    strip = shown(qtbot, StatsStrip(), (300, 120))
    strip.set_stats(0.31, 2310, 42, ccf.searched(LagWindow(-120, 200)))
    qtbot.waitUntil(strip.text_fits, timeout=1000)
    assert strip.minimumSizeHint().width() <= 300


def test_weekly_sampling_tags_the_strip_with_its_caveat(qtbot, ccf):
    strip = StatsStrip()
    qtbot.addWidget(strip)
    strip.set_stats(0.31, 2310, 42, ccf)
    assert not strip.is_weekly()
    equity, crypto = planted_pair(45, seed=3, days=1500)
    weekly = cross_correlation(
        align(equity, crypto, "sessions"), max_lag=365, draws=50, sampling="weekly"
    )
    strip.set_stats(0.31, 2310, 42, weekly)
    assert strip.is_weekly()
    assert ccf_caption(weekly).startswith("weekly returns · ■ pointwise")
    assert not ccf_caption(ccf).startswith("daily")  # daily is what the choice above says
    assert "2 days late" in strip.weekly_tip() and "little power" in strip.weekly_tip()
    strip.set_busy(True)
    assert strip.is_busy()


@pytest.fixture
def choice(qtbot):
    return shown(qtbot, LagWindowChoice())


def test_the_window_choice_offers_the_presets_and_a_custom_span(qtbot, choice):
    chosen = []
    choice.window_chosen.connect(lambda low, high: chosen.append((low, high)))
    combo = choice._windows
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "all lags (-365..+365 d)",
        "lead 30-90 d (+30..+90 d)",
        "custom A..B",
    ]
    assert not choice.custom_shown()
    combo.activated.emit(1)
    assert chosen == [(30, 90)] and not choice.custom_shown()
    combo.setCurrentIndex(2)
    combo.activated.emit(2)
    assert choice.custom_shown() and chosen[-1] == (30, 90)  # the span shown so far
    choice._high.setValue(-10)  # typed below the other end: searched in order
    assert chosen[-1] == (-10, 30)
    assert choice.window() == LagWindow(-10, 30)


def test_the_window_choice_echoes_without_emitting(qtbot, choice):
    chosen = []
    choice.window_chosen.connect(lambda low, high: chosen.append((low, high)))
    choice.set_window(LagWindow(-20, 45))
    assert choice.custom_shown() and choice.window() == LagWindow(-20, 45)
    choice.set_window(LEAD_30_90)
    assert not choice.custom_shown() and choice.window() == LEAD_30_90
    choice.set_window(ALL_LAGS)
    choice.set_sampling("weekly")
    assert choice.sampling() == "weekly" and chosen == []


def test_the_sampling_choice_states_weekly_samplings_caveat(choice):
    sampled = []
    choice.sampling_chosen.connect(sampled.append)
    combo = choice._sampling
    combo.activated.emit(1)
    assert sampled == ["weekly"]
    from PySide6.QtCore import Qt

    tip = combo.itemData(1, Qt.ItemDataRole.ToolTipRole)
    assert "2 days late" in tip and "daily" in tip
