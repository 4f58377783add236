"""Replay and watch on the real files (../shared/data): the Russell 2000's first close
above 2,600 (8 January 2026) as the watch saw it the day before and that day, and what
the app would have said on the days of the 2016, 2020 and 2025 breakouts. Skipped when
the data is absent."""

from __future__ import annotations

import json

import pytest

from app.cli import main

pytestmark = pytest.mark.realdata


@pytest.fixture(scope="module")
def real_cache(tmp_path_factory):
    """^RUT and BTC-USD (Yahoo files) imported into a temporary cache."""
    from tests.conftest import SHARED_DATA

    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present")
    specs = [
        f"^RUT={SHARED_DATA / 'index' / 'rut_daily.csv'}",
        f"BTC-USD={SHARED_DATA / 'crypto' / 'yahoo' / 'btc_usd_daily.csv'}",
    ]
    cache = tmp_path_factory.mktemp("real") / "cache"
    assert main(["data", "import", "--cache-dir", str(cache), *specs]) == 0
    return cache


def _run(capsys, cache, *argv):
    code = main(["--cache-dir", str(cache), *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_watch_of_2600_the_day_before_and_the_day_it_broke(capsys, real_cache):
    argv = ["watch", "--rule", "level", "--level", "2600", "--json", "--draws", "199"]
    code, out, err = _run(capsys, real_cache, *argv, "--as-of", "2026-01-07")
    assert code == 0, err
    before = json.loads(out)
    assert before["triggered"] is False and before["armed"] is True
    assert before["close"] == pytest.approx(2575.42)
    assert before["distance_pct"] == pytest.approx(100 * (2600 - 2575.42) / 2575.42)
    assert before["last_breakout"] is None  # never closed above 2,600 before
    code, out, err = _run(capsys, real_cache, *argv, "--as-of", "2026-01-08")
    assert code == 10, err
    broke = json.loads(out)
    assert broke["triggered"] is True and broke["distance_pct"] == 0
    assert broke["last_breakout"]["date"] == "2026-01-08"
    assert broke["last_breakout"]["verdict"] == "pending"
    assert broke["base_rate"]["n"] == 1


@pytest.mark.parametrize("day", ["2016-11-14", "2020-11-13", "2025-09-18"])
def test_on_the_day_of_a_breakout_it_was_pending_and_btc_had_no_answer_yet(capsys, real_cache, day):
    code, out, err = _run(capsys, real_cache, "events", "--as-of", day, "--json")
    assert code == 0, err
    last = json.loads(out)[-1]
    assert last["date"] == day and last["pending"] is True and last["confirmed"] is False
    argv = ["leadlag", "--crypto", "BTC-USD", "--as-of", day, "--json", "--draws", "199"]
    code, out, err = _run(capsys, real_cache, *argv)
    assert code == 0, err
    report = json.loads(out)
    assert report["as_of"] == day and report["last_date"] <= day
    assert report["lead_30_90"]["best_lag_p_value"] > 0.05  # no 30-90 d lead stood out then
    row = next(e for e in report["event_study"]["events"] if e["date"] == day)
    assert row["pending"] is True and row["incomplete_30d"] is True
