"""EventStudyView: paths in percent, the summary with N beside the hit rate and its
baseline, the family-wise p and the placebo pool, the per-horizon table with the headline
in bold, an anecdote drawn event by event with no band, a key above the plot and an
"N=1" tag that covers no curve, and the headline horizon chosen in the panel."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

from models.analysis.event_study import PATH_DAYS, EventStudyResult
from widgets.event_study_text import anecdote_text, summary_lines
from widgets.event_study_view import EventStudyView
from widgets.plot_labels import covers

HORIZONS = (30, 60, 90, 180)


def make_result(n_events: int = 9) -> EventStudyResult:
    """A study counting ``n_events`` events (9: evidence, not an anecdote); four are listed
    in its table, the last of them incomplete."""
    table = pd.DataFrame({"date": pd.date_range("2010-01-01", periods=4, freq="365D")})
    table["before_data"] = False
    returns = {30: [0.1, -0.05, 0.2, np.nan], 60: [0.3, -0.1, 0.5, np.nan]}
    returns |= {90: [0.4, -0.2, 0.6, np.nan], 180: [1.0, 0.1, 2.0, np.nan]}
    for horizon, values in returns.items():
        table[f"fwd_{horizon}d"] = values
        table[f"incomplete_{horizon}d"] = [False, False, False, True]
    days = PATH_DAYS.astype(float)
    mean = 0.004 * days
    baseline = pd.DataFrame(
        {
            "mean": [0.02, 0.04, 0.06, 0.12],
            "median": [0.01, 0.02, 0.03, 0.06],
            "share_positive": [0.52, 0.55, 0.57, 0.61],
        },
        index=list(HORIZONS),
    )
    return EventStudyResult(
        horizons=HORIZONS,
        table=table,
        path_days=PATH_DAYS,
        mean_path=mean,
        median_path=0.5 * mean,
        band_low=mean - 0.1,
        band_high=mean + 0.1,
        baseline_mean_path=0.001 * days,
        baseline=baseline,
        hit_rate=2 / 3,
        placebo_p_value=0.031,
        n_events=n_events,
        n_incomplete=1,
        placebo_draws=1000,
        placebo_p_values={30: 0.2, 60: 0.08, 90: 0.031, 180: 1 / 1001},
        hit_rates={30: 2 / 3, 60: 2 / 3, 90: 2 / 3, 180: 1.0},
        n_complete={30: 3, 60: 3, 90: 3, 180: 3},
        family_p_value=0.058,
        placebo_era=(pd.Timestamp("2014-09-17"), pd.Timestamp("2026-05-24")),
        event_paths=np.array([0.003 * days, -0.002 * days, 0.006 * days, 0.001 * days]),
    )


def anecdote(n_events: int = 3) -> EventStudyResult:
    """Three events: their paths, no band (as ``event_study`` makes it below 8)."""
    result = make_result(n_events)
    nan = np.full(PATH_DAYS.size, np.nan)
    result.table = result.table.iloc[:n_events]
    result.event_paths = result.event_paths[:n_events]
    return replace(result, band_low=nan, band_high=nan.copy())


@pytest.fixture
def view(qtbot):
    widget = EventStudyView()
    qtbot.addWidget(widget)
    widget.resize(560, 560)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_summary_states_n_the_headline_beside_its_baseline_and_the_family_wise_p():
    assert summary_lines(make_result()) == [
        "9 events with crypto data (1 incomplete)",
        "headline +90 d: rose after 67% (N = 3), baseline 57% · placebo p = 0.03",
        "family-wise p = 0.06 over +30, +60, +90, +180 d (N = 9) · "
        "placebo pool 2014-09-17 – 2026-05-24",
    ]


def with_path_n(result: EventStudyResult, last_two_events_day: int) -> EventStudyResult:
    """Two events up to ``last_two_events_day``, one after it (the second path ends)."""
    result.path_n = np.array([2 if day <= last_two_events_day else 1 for day in PATH_DAYS])
    return result


def test_summary_states_the_path_n_and_where_it_falls():
    result = with_path_n(make_result(), 107)
    assert summary_lines(result)[0] == (
        "9 events with crypto data (1 incomplete) · path N=2, N=1 from +108 d"
    )


def test_mean_path_is_faded_where_one_event_is_behind_it(view):
    view.set_result(with_path_n(make_result(), 107))
    days = PATH_DAYS.astype(float)
    assert view.paths.mean.getData()[0] is not None
    assert view.paths.thin_days.tolist() == days[days > 107].tolist()
    x, y = view.paths.mean.getData()
    assert x[np.isfinite(y)].tolist() == days[days <= 107].tolist()
    assert view.paths.thin_label.textItem.toPlainText() == "N=1"


@pytest.mark.parametrize("size", [(560, 560), (330, 420), (800, 700)])
def test_the_n1_tag_covers_no_curve(qtbot, size):
    widget = EventStudyView()
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_result(with_path_n(make_result(), 107))
    label, view = widget.paths.thin_label, widget.plot_item().getViewBox()
    assert label.isVisible()
    for curve in (widget.paths.mean_thin, widget.paths.median_thin, widget.paths.baseline):
        x, y = curve.getData()
        drawn = np.isfinite(y)
        hits = [covers(label, view, a, b) for a, b in zip(x[drawn], y[drawn], strict=True)]
        assert not any(hits), curve


def test_paths_are_drawn_in_percent(view):
    result = make_result()
    view.set_result(result)
    x, y = view.paths.mean.getData()
    np.testing.assert_array_equal(x, PATH_DAYS)
    np.testing.assert_allclose(y, result.mean_path * 100)
    assert view.paths.baseline.getData()[1][-1] == pytest.approx(18.0)  # 0.001 x 180 days
    assert view.band_shown()
    assert view.anecdote() == "" and view.paths.path_curves() == []


def test_an_anecdote_is_drawn_event_by_event_with_no_band(view):
    result = anecdote(3)
    view.set_result(result)
    assert view.anecdote() == "N = 3: an anecdote, not evidence" == anecdote_text(result)
    curves = view.paths.path_curves()
    assert len(curves) == 3
    for curve, path in zip(curves, result.event_paths, strict=True):
        np.testing.assert_allclose(curve.getData()[1], path * 100)
    assert not view.band_shown()
    assert len(view.paths.mean.getData()[0]) == 0  # no mean of three paths
    key = view.key_html()
    assert all(f"{d:%Y-%m-%d}" in key for d in result.table["date"])
    assert "no band" in key
    assert "path N" not in view.summary()
    view.set_result(make_result())  # back to evidence: the paths go
    assert view.paths.path_curves() == [] and view.anecdote() == ""


def test_the_key_sits_above_the_plot_not_over_the_curves(view):
    view.set_result(make_result())
    assert view.legend_visible()
    assert view.plot_item().legend is None  # no legend item inside the view box
    assert view._key.geometry().bottom() <= view._plot.geometry().top()
    assert "mean" in view.key_html() and "any day" in view.key_html()


def test_horizon_table_states_n_and_the_baseline_beside_each_hit_rate(view):
    view.set_result(make_result())
    rows = view.table_text()
    assert [r[0] for r in rows] == ["+30 d", "+60 d", "+90 d", "+180 d"]
    # +90 d: returns 0.4, -0.2, 0.6 (the fourth is incomplete)
    assert rows[2] == ["+90 d", "3", "67%", "57%", "+27%", "+6%", "0.03"]
    assert rows[3][-1] == "≤0.001"  # p at the floor of its 1,000 draws
    assert view.headline_row() == 2


def test_the_headline_horizon_is_chosen_in_the_panel(qtbot, view):
    chosen = []
    view.headline_horizon_chosen.connect(chosen.append)
    combo = view._horizon
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "+30 d",
        "+60 d",
        "+90 d",
        "+180 d",
    ]
    assert view.headline_horizon() == 90
    combo.activated.emit(1)
    assert chosen == [60]
    view.set_headline_horizon(180)
    assert view.headline_horizon() == 180 and chosen == [60]
    result = replace(make_result(), primary_horizon=60, hit_rate=2 / 3)
    view.set_result(result)
    assert view.headline_row() == 1 and view.headline_horizon() == 60


def test_no_events_clears_the_view(view):
    view.set_result(make_result())
    view.set_result(None)
    assert view.table_text() == []
    assert "no breakouts" in view.summary().lower()
    assert len(view.paths.mean.getData()[0]) == 0


def test_theme_switch(view):
    view.set_theme("dark")
    dark = view._plot.backgroundBrush().color().name()
    view.set_theme("light")
    assert dark != view._plot.backgroundBrush().color().name()


def test_empty_study_shows_its_own_window_without_a_key_or_si_scale(view):
    item = view.plot_item()
    (x0, x1), (y0, y1) = item.getViewBox().viewRange()
    assert x0 <= -30 and x1 >= 180 and x1 < 200 and (y0, y1) == (-50, 50)
    assert not view.legend_visible()
    for name in ("left", "bottom"):
        assert "x0" not in item.getAxis(name).labelString()
    view.set_result(make_result())
    assert view.legend_visible()
    view.set_result(None)
    assert not view.legend_visible()
