"""Date and value axes: calendar ticks, date labels without time-zone shifts, price labels."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from widgets.chart.date_axis import calendar_ticks, choose_step, tick_label
from widgets.chart.timecoords import days_to_datetime64, index_to_days, value_to_days
from widgets.chart.value_axis import format_compact, format_value, linear_ticks, log_ticks


def test_daily_dates_map_to_whole_days_without_weekend_compression():
    index = pd.DatetimeIndex(["2024-01-05", "2024-01-08"], name="date")  # Friday, Monday
    x = index_to_days(index)
    assert x.tolist() == [19727.0, 19730.0]  # three calendar days apart, not one bar
    assert days_to_datetime64(x[1], intraday=False) == np.datetime64("2024-01-08")


def test_intraday_utc_instants_keep_their_fraction_of_day():
    index = pd.DatetimeIndex(["2024-01-01 12:00"], tz="UTC", name="time")
    assert index_to_days(index)[0] == 19723.5
    other_zone = pd.Timestamp("2024-01-01 07:00", tz="America/New_York")
    assert value_to_days(other_zone) == 19723.5


def test_steps_grow_with_span_and_shrink_with_pixels():
    assert choose_step(3650, 1000)[0] == "year"
    assert choose_step(90, 1000)[0] in ("week", "day")
    assert choose_step(0.2, 1000)[0] in ("minute", "hour")
    assert choose_step(3650, 200)[2] > choose_step(3650, 2000)[2]


def test_month_ticks_fall_on_the_first_of_the_month():
    lo, hi = value_to_days("2023-11-15"), value_to_days("2024-04-20")
    ticks = calendar_ticks(lo, hi, "month", 1)
    labels = [str(days_to_datetime64(t, intraday=False)) for t in ticks]
    assert labels == ["2023-12-01", "2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01"]
    assert [tick_label(t, "month") for t in ticks] == ["Dec", "2024", "Feb", "Mar", "Apr"]


def test_week_ticks_fall_on_mondays():
    ticks = calendar_ticks(value_to_days("2024-03-01"), value_to_days("2024-03-31"), "week", 1)
    weekdays = {pd.Timestamp(days_to_datetime64(t, intraday=False)).weekday() for t in ticks}
    assert weekdays == {0}


def test_value_labels_read_like_prices():
    assert format_value(2600.0, 100.0) == "2,600"
    assert format_value(0.0523, 0.001) == "0.052"
    assert format_value(-0.05, 0.05) == "-0.05"
    assert format_compact(3_200_000_000) == "3.2B"
    assert log_ticks(900, 120_000, 4) == [1000.0, 10_000.0, 100_000.0]
    assert log_ticks(900, 120_000, 8) == [1e3, 2e3, 5e3, 1e4, 2e4, 5e4, 1e5]


def test_linear_ticks_are_a_few_round_numbers():
    assert linear_ticks(-0.13, 0.07, 3) == (0.1, [-0.1, 0.0])
    step, ticks = linear_ticks(1083.0, 1231.0, 4)
    assert step == 50.0 and ticks == [1100.0, 1150.0, 1200.0]


def test_the_first_date_label_names_the_year():
    ticks = calendar_ticks(value_to_days("2020-01-15"), value_to_days("2020-04-15"), "month", 1)
    assert tick_label(ticks[0], "month", first=True) == "Feb 2020"
    assert tick_label(ticks[0], "day", first=True) == "1 Feb 2020"


def test_value_axis_suffix_marks_percent_scales(qtbot):
    from widgets.chart.value_axis import ValueAxis

    axis = ValueAxis()
    axis.set_suffix("%")
    assert axis.tickStrings([0.0, 50.0], 1.0, 50.0) == ["0%", "50%"]


def test_log_axis_labels_share_one_format():
    from widgets.chart.value_axis import ValueAxis

    axis = ValueAxis()
    axis.set_log(True)
    decades = [float(np.log10(v)) for v in (1.0, 10.0, 100.0, 1000.0)]
    # was "1.00", "10.0", "100", "1,000": one number of decimals for the whole axis
    assert axis.tickStrings(decades, 1.0, 1.0) == ["1", "10", "100", "1,000"]
    halves = [float(np.log10(v)) for v in (0.5, 1.0, 2.0, 5.0)]
    assert axis.tickStrings(halves, 1.0, 1.0) == ["0.5", "1.0", "2.0", "5.0"]
    large = [float(np.log10(v)) for v in (100_000.0, 1_000_000.0, 2_500_000.0)]
    assert axis.tickStrings(large, 1.0, 1.0) == ["100k", "1M", "2.5M"]


def test_a_huge_log_range_on_a_short_axis_keeps_every_other_decade():
    # 1..1,000,000 on a pane with room for five labels: was three linear ticks at the top
    ticks = log_ticks(1.0, 1e6, 5)
    assert ticks == [1.0, 100.0, 10_000.0, 1_000_000.0]
    from widgets.chart.value_axis import ValueAxis

    axis = ValueAxis()
    axis.set_log(True)
    levels = axis.tickValues(0.0, 6.0, 150)
    assert [round(10**v) for v in levels[0][1]] == [1, 100, 10_000, 1_000_000]


def test_a_percent_scale_on_a_log_axis_is_labelled_in_percent():
    from widgets.chart.value_axis import ValueAxis

    axis = ValueAxis()
    axis.set_log(True, -100.0)  # the view holds log10(100 + percent)
    axis.set_suffix("%")
    values = [float(np.log10(v)) for v in (50.0, 100.0, 200.0, 1000.0)]
    assert axis.tickStrings(values, 1.0, 1.0) == ["-50%", "0%", "100%", "900%"]
    assert axis.value_of(float(np.log10(300.0))) == pytest.approx(200.0)


def test_month_names_follow_the_ui_language():
    from widgets.formatting import set_ui_locale

    tick = value_to_days("2024-02-01")
    try:
        set_ui_locale("ru")
        assert tick_label(tick, "month") == "февр."
    finally:
        set_ui_locale("en")
    assert tick_label(tick, "month") == "Feb"
