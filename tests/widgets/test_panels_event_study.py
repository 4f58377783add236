"""EventStudyView: paths in percent, summary with N/hit rate/placebo p, per-horizon table."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from models.analysis.event_study import PATH_DAYS, EventStudyResult
from widgets.event_study_view import EventStudyView, summary_text

HORIZONS = (30, 60, 90, 180)


def make_result(n_events: int = 4) -> EventStudyResult:
    table = pd.DataFrame({"date": pd.date_range("2010-01-01", periods=n_events, freq="365D")})
    returns = {30: [0.1, -0.05, 0.2, np.nan], 60: [0.3, -0.1, 0.5, np.nan]}
    returns |= {90: [0.4, -0.2, 0.6, np.nan], 180: [1.0, 0.1, 2.0, np.nan]}
    for horizon, values in returns.items():
        table[f"fwd_{horizon}d"] = values[:n_events]
        table[f"incomplete_{horizon}d"] = [False, False, False, True][:n_events]
    days = PATH_DAYS.astype(float)
    mean = 0.004 * days
    baseline = pd.DataFrame(
        {"mean": [0.02, 0.04, 0.06, 0.12], "median": [0.01, 0.02, 0.03, 0.06]},
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
        placebo_p_values={30: 0.2, 60: 0.08, 90: 0.031, 180: 0.01},
    )


@pytest.fixture
def view(qtbot):
    widget = EventStudyView()
    qtbot.addWidget(widget)
    widget.resize(560, 480)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_summary_states_n_incomplete_hit_rate_and_placebo_p():
    assert summary_text(make_result()) == (
        "4 events (1 incomplete) · hit rate at +90 d: 67% (N=3) · placebo p=0.03 (1,000 draws)"
    )


def with_path_n(result: EventStudyResult, last_two_events_day: int) -> EventStudyResult:
    """Two events up to ``last_two_events_day``, one after it (the second path ends)."""
    result.path_n = np.array([2 if day <= last_two_events_day else 1 for day in PATH_DAYS])
    return result


def test_summary_states_the_path_n_and_where_it_falls():
    result = with_path_n(make_result(), 107)
    assert summary_text(result) == (
        "4 events (1 incomplete) · path N=2, N=1 from +108 d · "
        "hit rate at +90 d: 67% (N=3) · placebo p=0.03 (1,000 draws)"
    )


def test_mean_path_is_faded_where_one_event_is_behind_it(view):
    view.set_result(with_path_n(make_result(), 107))
    days = PATH_DAYS.astype(float)
    assert view.solid_path_days().tolist() == days[days <= 107].tolist()
    assert view.thin_path_days().tolist() == days[days > 107].tolist()
    assert view.thin_label() == "N=1"
    assert "path N=2, N=1 from +108 d" in view.summary()


def test_path_with_two_events_throughout_is_all_solid(view):
    view.set_result(with_path_n(make_result(), 180))
    assert view.solid_path_days().size == PATH_DAYS.size
    assert view.thin_path_days().size == 0
    assert view.thin_label() == ""


def test_paths_are_drawn_in_percent(view):
    result = make_result()
    view.set_result(result)
    x, y = view._mean.getData()
    np.testing.assert_array_equal(x, PATH_DAYS)
    np.testing.assert_allclose(y, result.mean_path * 100)
    assert view._baseline.getData()[1][-1] == pytest.approx(18.0)  # 0.001 x 180 days
    assert view._band_high.getData()[1][0] == pytest.approx((result.mean_path[0] + 0.1) * 100)


def test_horizon_table_uses_complete_events_only(view):
    view.set_result(make_result())
    rows = view.table_text()
    assert [r[0] for r in rows] == ["+30 d", "+60 d", "+90 d", "+180 d"]
    # +90 d: returns 0.4, -0.2, 0.6 (the fourth is incomplete)
    assert rows[2] == ["+90 d", "+26.7%", "+40.0%", "67%", "+6.0%", "0.03", "3"]


def test_no_events_clears_the_view(view):
    view.set_result(make_result())
    view.set_result(None)
    assert view.table_text() == []
    assert "no breakouts" in view.summary().lower()
    assert len(view._mean.getData()[0]) == 0


def test_theme_switch(view):
    view.set_theme("dark")
    dark = view._plot.backgroundBrush().color().name()
    view.set_theme("light")
    assert dark != view._plot.backgroundBrush().color().name()


def test_empty_study_shows_its_own_window_without_a_legend_or_si_scale(view):
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
