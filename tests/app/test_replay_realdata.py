"""Replay in the window on the real files (../shared/data imported into a temporary cache:
^RUT with its IWM proxy, BTC-USD and ETH-USD from Yahoo) at the three breakouts the issue
names: what the window says as of each day equals ``main.py events`` and ``leadlag`` with
``--as-of`` on the same cache. Skipped when the data is absent."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from app.cli import main
from tests.app.real_window import real_window
from tests.cli_run import run_cli

pytestmark = pytest.mark.realdata

CHANNELS = ("chart.prepare", "chart.replay", "chart.detect", "chart.ccf", "chart.study")


@pytest.fixture(scope="module")
def real_cache(tmp_path_factory):
    from tests.conftest import SHARED_DATA

    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present")
    index, yahoo = SHARED_DATA / "index", SHARED_DATA / "crypto" / "yahoo"
    specs = [
        f"^RUT={index / 'rut_daily.csv'}",
        f"IWM={index / 'iwm_daily_adjusted.csv'}",
        f"BTC-USD={yahoo / 'btc_usd_daily.csv'}",
        f"ETH-USD={yahoo / 'eth_usd_daily.csv'}",
    ]
    cache = tmp_path_factory.mktemp("real") / "cache"
    assert main(["data", "import", "--cache-dir", str(cache), *specs]) == 0
    return cache


@pytest.fixture
def window(qtbot, real_cache):
    with real_window(qtbot, real_cache, (1600, 960)) as made:
        made.view_state.set_statistics_target("BTC-USD")
        made.data.select("^RUT", ["BTC-USD", "ETH-USD"], "")
        qtbot.waitUntil(
            lambda: (
                made.charts.state.prepared is not None
                and [s.instrument.label for s in made.charts.state.session.crypto]
                == ["BTC-USD", "ETH-USD"]
                and made.charts.state.prepared.primary_key == "BTC-USD"
            ),
            timeout=30_000,
        )
        yield made


def _settled_at(qtbot, window, day: str) -> None:
    window.view_state.set_as_of(day)
    charts, workers = window.charts, window.workers
    qtbot.waitUntil(
        lambda: charts.state.session.equity.frame.index[-1] <= pd.Timestamp(day), timeout=30_000
    )
    qtbot.wait(400)
    qtbot.waitUntil(
        lambda: (
            charts.state.ccf is not None
            and charts.state.study is not None
            and not any(workers.is_busy(c) for c in CHANNELS)
        ),
        timeout=60_000,
    )


@pytest.mark.parametrize("day", ["2016-11-14", "2020-11-13", "2025-09-18"])
def test_replay_at_a_real_breakout_says_what_the_cli_says_as_of_it(
    qtbot, window, real_cache, capsys, day
):
    _settled_at(qtbot, window, day)
    shown = window.charts.state
    events = shown.breakouts.events
    assert events[-1].date == pd.Timestamp(day)  # the day's breakout, and none later
    assert events[-1].pending and not events[-1].confirmed
    assert window.view_state.as_of == pd.Timestamp(day)
    cache = ["--cache-dir", str(real_cache), "--offline"]
    code, out, _ = run_cli(capsys, "events", *cache, "--as-of", day, "--json")
    assert code == 0
    cli_events = json.loads(out)
    assert [pd.Timestamp(e["date"]) for e in cli_events] == [e.date for e in events]
    assert [bool(e["confirmed"]) for e in cli_events] == [e.confirmed for e in events]
    code, out, _ = run_cli(
        capsys, "leadlag", *cache, "--crypto", "BTC-USD", "--as-of", day, "--json"
    )
    assert code == 0
    cli = json.loads(out)
    at_zero = next(row for row in cli["lags"] if row["lag_days"] == 0)
    assert shown.correlation_at(0).n == at_zero["n"]
    assert f"N = {at_zero['n']:,}" in window.panels.stats_strip.text()
    assert shown.ccf.best_lag == cli["best_lag_days"]
    assert shown.ccf.p_value == pytest.approx(cli["best_lag_p_value"])
    assert shown.study.n_events == cli["event_study"]["n_events"]
    # the chart: the series drawn in full, the future greyed from the day's close
    last_drawn = window.chart.equity.x_extent()[1]
    assert last_drawn > pd.Timestamp(day).value / 86_400e9 + 100
    assert window.chart.shades["equity"].edge == pd.Timestamp(day).value / 86_400e9 + 0.5
