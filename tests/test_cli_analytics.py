"""``main.py events`` and ``main.py leadlag`` on small synthetic CSV files, as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from app.cli import main
from tests.analytics_synth import frame_from_closes, planted_pair
from tests.cli_run import run_cli, write_csv


def _breakout_equity(tmp_path: Path) -> tuple[Path, pd.Timestamp]:
    """A record at 120, a drought of 300 sessions, a held breakout on 3x volume."""
    closes = np.concatenate(
        [np.linspace(100, 120, 50), np.full(300, 95.0), np.linspace(121, 130, 30)]
    )
    volume = np.full(len(closes), 1e6)
    volume[350] = 3e6
    dates = pd.bdate_range("2001-01-02", periods=len(closes))
    return write_csv(frame_from_closes(dates, closes, volume), tmp_path / "eq.csv"), dates[350]


def _pair_files(tmp_path: Path, lead: int = 30) -> tuple[Path, Path]:
    equity, crypto = planted_pair(lead, seed=21, days=1500)
    return write_csv(equity, tmp_path / "rut.csv"), write_csv(crypto, tmp_path / "coin.csv")


def test_events_json_lists_the_planted_breakout(capsys, tmp_path):
    path, date = _breakout_equity(tmp_path)
    code, out, err = run_cli(
        capsys, "events", "--equity", "^RUT", "--import", f"^RUT={path}", "--json"
    )
    assert code == 0, err
    events = json.loads(out)
    assert len(events) == 1
    event = events[0]
    assert {"date", "rule", "level", "volume_ratio", "volume_source", "confirmed"} <= set(event)
    assert event["date"] == f"{date:%Y-%m-%d}" and event["rule"] == "ath_drought"
    assert event["level"] == pytest.approx(120.0) and event["confirmed"] is True
    assert event["volume_ratio"] == pytest.approx(3.0) and event["volume_source"] == "own"


def test_events_table_says_held_as_the_window_does(capsys, tmp_path):
    path, date = _breakout_equity(tmp_path)
    code, out, err = run_cli(capsys, "events", "--equity", "^RUT", "--import", f"^RUT={path}")
    assert code == 0, err
    row = next(line for line in out.splitlines() if line.startswith(f"{date:%Y-%m-%d}"))
    assert " held " in f"{row} " and "confirmed" not in row
    assert "held = the close stayed above the level" in out


def test_events_reads_the_cache_after_an_import_and_takes_rule_options(capsys, tmp_path):
    path, _ = _breakout_equity(tmp_path)
    assert run_cli(capsys, "events", "--import", f"^RUT={path}")[0] == 0
    code, out, _ = run_cli(capsys, "events", "--rule", "level", "--level", "125")
    assert code == 0
    assert "rule level" in out and "1 events" in out and "125.00" in out
    code, out, _ = run_cli(capsys, "events", "--drought", "400", "--json")
    assert code == 0 and json.loads(out) == []


def test_leadlag_json_reports_the_planted_lead(capsys, tmp_path):
    equity, coin = _pair_files(tmp_path)
    code, out, err = run_cli(
        capsys,
        "leadlag",
        "--equity",
        "^RUT",
        "--crypto",
        "ZZCOIN",
        "--import",
        f"^RUT={equity}",
        "--import",
        f"ZZCOIN={coin}",
        "--max-lag",
        "60",
        "--lag",
        "30",
        "--draws",
        "100",
        "--json",
    )
    assert code == 0, err
    report = json.loads(out)
    for key in (
        "best_lag_days",
        "best_lag_p_value",
        "n",
        "correlation_at_lag",
        "lags",
        "event_study",
    ):
        assert key in report
    assert report["best_lag_days"] == 30 and report["best_lag_p_value"] < 0.05
    assert report["correlation_at_lag"]["lag_days"] == 30
    assert report["correlation_at_lag"]["n"] > 900
    assert len(report["lags"]) == 121
    bands = {"pointwise_low", "pointwise_high", "simultaneous_low", "simultaneous_high"}
    assert {"lag_days", "correlation", "n", "t", *bands} <= set(report["lags"][0])
    assert (report["min_lag_days"], report["max_lag_days"]) == (-60, 60)
    assert report["calendars"] == {"equity": "nyse", "crypto": "24/7"}  # inferred: weekend bars
    assert {"events", "hit_rate", "placebo_p_value"} <= set(report["event_study"])


def test_leadlag_text_and_weekly_sampling(capsys, tmp_path):
    equity, coin = _pair_files(tmp_path, lead=45)
    code, out, err = run_cli(
        capsys,
        "leadlag",
        "--crypto",
        "ZZCOIN",
        "--import",
        f"^RUT={equity}",
        "--import",
        f"ZZCOIN={coin}",
        "--max-lag",
        "90",
        "--sampling",
        "weekly",
        "--draws",
        "50",
    )
    assert code == 0, err
    assert "best lag +45 days" in out and "weekly log returns" in out and "event study" in out


def test_leadlag_on_demo_data_finds_the_demo_lag_and_says_demo(capsys):
    from models.market.demo import DEMO_LAG_DAYS

    code, out, err = run_cli(
        capsys, "leadlag", "--demo", "--max-lag", "90", "--draws", "100", "--json"
    )
    assert code == 0, err
    report = json.loads(out)
    assert report["is_demo"] is True and abs(report["best_lag_days"] - DEMO_LAG_DAYS) <= 2


@pytest.mark.parametrize(
    "argv",
    [
        ("events", "--equity", "^RUT"),  # nothing cached
        ("events", "--rule", "level", "--import", "^RUT={eq}"),  # level rule without a level
        ("leadlag", "--crypto", "BTC/USDT", "--import", "^RUT={eq}"),  # crypto not cached
        ("events", "--import", "^RUT={missing}"),
    ],
)
def test_failures_are_one_line_on_stderr_and_a_non_zero_exit(capsys, tmp_path, argv):
    eq, _ = _breakout_equity(tmp_path)
    argv = [a.format(eq=eq, missing=tmp_path / "nope.csv") for a in argv]
    code, out, err = run_cli(capsys, *argv)
    assert code != 0 and out == ""
    assert len(err.strip().splitlines()) == 1 and err.startswith("error:")


def test_series_that_do_not_overlap_are_reported_as_such(capsys, tmp_path):
    eq, _ = _breakout_equity(tmp_path)  # 2001-2002
    _, coin = _pair_files(tmp_path)  # from 2015
    code, _, err = run_cli(
        capsys,
        "leadlag",
        "--crypto",
        "ZZCOIN",
        "--import",
        f"^RUT={eq}",
        "--import",
        f"ZZCOIN={coin}",
        "--draws",
        "10",
    )
    assert code == 1 and "do not overlap" in err


@pytest.mark.realdata
def test_events_and_leadlag_on_the_real_files(capsys, shared_data):
    rut = shared_data / "index" / "rut_daily.csv"
    iwm = shared_data / "index" / "iwm_daily_adjusted.csv"
    btc = shared_data / "crypto" / "yahoo" / "btc_usd_daily.csv"
    code, out, err = run_cli(
        capsys, "events", "--import", f"^RUT={rut}", "--import", f"IWM={iwm}", "--json"
    )
    assert code == 0, err
    assert "2025-09-18" in [e["date"] for e in json.loads(out)]
    code, out, err = run_cli(
        capsys,
        "leadlag",
        "--crypto",
        "BTC-USD",
        "--import",
        f"BTC-USD={btc}",
        "--max-lag",
        "120",
        "--draws",
        "200",
        "--json",
    )
    assert code == 0, err
    report = json.loads(out)
    assert report["n"] > 3000 and -120 <= report["best_lag_days"] <= 120
    assert report["calendars"]["crypto"] == "24/7"
    thesis = report["lead_30_90"]
    assert 30 <= thesis["best_lag_days"] <= 90 and thesis["best_lag_n"] > 3000
    assert report["all_lags"]["best_lag_days"] == 0  # the same-day co-movement
    study = report["event_study"]
    assert study["n_events"] == 3 < study["n_listed"] and study["is_anecdote"]


# --- fixes from the new-trader QA round ------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("leadlag", "--lag", "400"), "argument --lag: 400 is outside -365..365"),
        (("leadlag", "--draws", "0"), "argument --draws: 0 is outside 1..100000"),
        (("leadlag", "--max-lag", "0"), "argument --max-lag: 0 is outside 1..1000"),
        (("leadlag", "--max-lag", "ten"), "argument --max-lag: 'ten' is not a whole number"),
        (("leadlag", "--crypto", " "), "argument --crypto: a symbol cannot be empty"),
        (("events", "--equity", ""), "argument --equity: a symbol cannot be empty"),
    ],
)
def test_out_of_range_options_are_one_line_usage_errors(capsys, argv, message):
    with pytest.raises(SystemExit) as stop:
        main([*argv, "--demo"])
    err = capsys.readouterr().err
    assert stop.value.code == 2 and err.count("\n") == 1 and message in err, err


def test_demo_events_say_demo_in_json_and_text(capsys):
    code, out, err = run_cli(capsys, "events", "--demo", "--json")
    assert code == 0, err
    events = json.loads(out)
    assert events and all(event["demo"] is True for event in events)
    code, out, _ = run_cli(capsys, "events", "--demo")
    assert code == 0 and out.splitlines()[0].startswith("DEMO: synthetic data")


def test_real_events_are_marked_not_demo(capsys, tmp_path):
    path, _ = _breakout_equity(tmp_path)
    code, out, _ = run_cli(capsys, "events", "--import", f"^RUT={path}", "--json")
    assert code == 0 and [event["demo"] for event in json.loads(out)] == [False]


def test_demo_leadlag_says_demo_at_the_top_of_json_and_text(capsys):
    argv = ("leadlag", "--demo", "--max-lag", "30", "--draws", "20")
    code, out, err = run_cli(capsys, *argv, "--json")
    assert code == 0, err
    assert json.loads(out)["demo"] is True
    code, out, _ = run_cli(capsys, *argv)
    assert code == 0 and out.splitlines()[0].startswith("DEMO: synthetic data")


def test_analytics_help_is_plain_text(capsys):
    for command in ("events", "leadlag", "export"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        assert "``" not in capsys.readouterr().out, command


def test_a_reader_that_stops_early_ends_the_command_quietly(tmp_path):
    """``main.py leadlag --json | head -1``: exit 141 (SIGPIPE), nothing on stderr."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    argv = [sys.executable, "main.py", "leadlag", "--demo", "--json", "--draws", "20"]
    env = {**__import__("os").environ, "LIQUIDITY_CASCADE_SETTINGS": str(tmp_path / "s.ini")}
    with subprocess.Popen(
        argv, cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as child:
        assert child.stdout.readline().strip() == b"{"
        child.stdout.close()  # the reader goes away long before the ~100 KB of lags
        err = child.stderr.read().decode()
        code = child.wait(timeout=60)
    assert code == 141 and err == "", err
