"""``main.py watch`` as a cron job runs it: exit 0 or 10, the JSON fields, the text."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from tests.analytics_synth import frame_from_closes
from tests.cli_run import run_cli, write_csv

#: sessions of a synthetic index that first closes above 2,600 on CROSSING
DATES = pd.bdate_range("2024-01-02", periods=600)
CROSSING = DATES[560]


def _index_file(tmp_path):
    rng = np.random.default_rng(4)
    closes = 2000 + np.cumsum(rng.normal(0.9, 12, len(DATES)))
    closes = np.minimum(closes, 2590)  # a lid under the level ...
    closes[560:] = 2610 + np.arange(40)  # ... broken on CROSSING and held
    volume = rng.lognormal(20, 0.2, len(DATES))
    volume[560] *= 3
    return write_csv(frame_from_closes(DATES, closes, volume), tmp_path / "rut.csv")


@pytest.fixture
def cache(capsys, tmp_path):
    folder = tmp_path / "cache"
    code, _, err = run_cli(
        capsys, "--cache-dir", str(folder), "data", "import", f"^RUT={_index_file(tmp_path)}"
    )
    assert code == 0, err
    return folder


def _watch(capsys, cache, day, *more):
    argv = ["--cache-dir", str(cache), "watch", "--rule", "level", "--level", "2600"]
    return run_cli(capsys, *argv, "--as-of", f"{day:%Y-%m-%d}", "--draws", "99", *more)


def test_the_day_before_it_is_not_triggered_and_says_how_far(capsys, cache):
    code, out, err = _watch(capsys, cache, CROSSING - pd.offsets.BDay(1), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["as_of"] == f"{CROSSING - pd.offsets.BDay(1):%Y-%m-%d}"
    assert data["triggered"] is False and data["armed"] is True
    assert data["trigger"] == 2600 and data["close"] <= 2590
    assert data["distance_pct"] == pytest.approx(100 * (2600 - data["close"]) / data["close"])
    assert data["distance_points"] == pytest.approx(2600 - data["close"])
    assert data["last_breakout"] is None
    assert data["base_rate"]["n"] == 0 and data["base_rate"]["anecdote"] is True
    assert data["volume"]["source"] == "own" and data["volume"]["needed"] > 0


def test_the_day_it_crosses_exits_10_with_distance_0(capsys, cache):
    code, out, err = _watch(capsys, cache, CROSSING, "--json")
    assert code == 10, err
    data = json.loads(out)
    assert data["triggered"] is True and data["distance_pct"] == 0
    assert data["last_breakout"]["date"] == f"{CROSSING:%Y-%m-%d}"
    assert data["last_breakout"]["verdict"] == "pending"  # its hold needs later sessions
    assert data["last_breakout"]["volume_confirmed"] is True
    assert data["fan"]["you_are_here"].startswith(f"you are here: day 0 of the {CROSSING:%Y-%m-%d}")
    code, out, _ = _watch(capsys, cache, CROSSING)
    assert code == 10 and "TRIGGERED: a breakout fired on this session (exit 10)" in out


def test_weeks_later_it_is_held_and_the_level_is_not_armed(capsys, cache):
    day = CROSSING + pd.Timedelta(days=21)
    code, out, err = _watch(capsys, cache, day)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith(f"as of {day:%Y-%m-%d}: only the bars known")
    assert f"last breakout: {CROSSING:%Y-%m-%d} above 2,600.00, held" in out
    assert "not armed: the close is above the level" in out
    assert f"you are here: day 21 of the {CROSSING:%Y-%m-%d} breakout (held)" in out
    assert "base rate: ^RUT after 1 breakout under this rule" in out and "an anecdote" in out
    assert "not triggered (exit 0" in lines[-1]


def test_watch_needs_data_and_a_level(capsys, cache):
    code, _, err = _watch(capsys, cache, pd.Timestamp("2020-01-01"))
    assert code == 1 and err.startswith("error: ^RUT has no bars on or before 2020-01-01")
    code, _, err = run_cli(capsys, "--cache-dir", str(cache), "watch", "--rule", "level")
    assert code == 1 and "needs a positive level" in err


def test_a_refresh_offline_serves_the_cache(capsys, cache):
    argv = ["--cache-dir", str(cache), "--offline", "watch", "--refresh", "--draws", "99"]
    code, out, err = run_cli(capsys, *argv, "--rule", "level", "--level", "2600", "--json")
    assert code == 0, err  # the last session is 40 sessions after the crossing: held, above
    data = json.loads(out)
    assert data["session"] == f"{DATES[-1]:%Y-%m-%d}" and data["armed"] is False
    assert data["distance_pct"] < 0  # the close is above the level it would need to cross
