"""``main.py leadlag`` on synthetic files with planted truths: the window searched, the
thesis window beside "any lag", N and the baseline in the event study, p at its floor,
``--sweep`` and its Ctrl+C, and one-line usage errors (issue 9)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pandas as pd
import pytest

from app.cli import main
from models.analysis.pvalues import format_p
from tests.analytics_synth import breakout_market, planted_pair
from tests.cli_run import run_cli, write_csv

LEAD = 63  # days: inside the thesis window 30..90, on no round number


@pytest.fixture
def lead_files(tmp_path) -> tuple[str, ...]:
    """Imports of an equity and a coin that follows it by ``LEAD`` calendar days."""
    equity, coin = planted_pair(LEAD, seed=5, days=1500)
    eq, cn = write_csv(equity, tmp_path / "rut.csv"), write_csv(coin, tmp_path / "coin.csv")
    return ("--crypto", "ZZCOIN", "--import", f"^RUT={eq}", "--import", f"ZZCOIN={cn}")


@pytest.fixture
def breakout_files(tmp_path) -> tuple[tuple[str, ...], list[pd.Timestamp], pd.Timestamp]:
    """Ten planted breakouts; the coin's history starts after the third one, so only
    seven have crypto data. Returns the import options, the dates and the coin's start."""
    equity, coin, dates = breakout_market(seed=5, cycles=10, jump=0.3)
    start = dates[2] + pd.Timedelta(days=1)
    coin = coin[coin.index >= start]
    eq, cn = write_csv(equity, tmp_path / "eq.csv"), write_csv(coin, tmp_path / "cn.csv")
    return (
        ("--crypto", "ZZCOIN", "--import", f"^RUT={eq}", "--import", f"ZZCOIN={cn}"),
        dates,
        start,
    )


# --- the window searched -------------------------------------------------------------------


def test_the_thesis_window_finds_the_planted_63_day_lead(capsys, lead_files):
    code, out, err = run_cli(capsys, "leadlag", *lead_files, "--window", "lead-30-90", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["best_lag_days"] == LEAD
    assert report["best_lag_p_value"] == pytest.approx(1 / 1001)  # no null draw reached it
    assert (report["min_lag_days"], report["max_lag_days"]) == (30, 90)
    assert report["window_name"] == "lead 30-90 d" and "+30..+90 d" in report["window_label"]
    assert report["method"].startswith("studentised correlation")
    assert [row["lag_days"] for row in report["lags"]] == list(range(30, 91))
    best = next(row for row in report["lags"] if row["lag_days"] == LEAD)
    assert best["correlation"] == pytest.approx(report["best_correlation"])
    assert best["n"] == report["best_lag_n"] > 900
    for row in report["lags"]:  # the family-wise band is wider than the pointwise one
        assert row["pointwise_low"] == pytest.approx(-row["pointwise_high"])
        assert row["simultaneous_high"] > row["pointwise_high"] > 0
    assert best["correlation"] > best["simultaneous_high"]  # significant: it leaves the band
    assert "family-wise" in report["bands"]["simultaneous"]
    assert "pointwise" in report["bands"]["pointwise"]
    assert report["lead_30_90"]["best_lag_days"] == LEAD
    assert report["all_lags"]["window_label"] == "all lags (-365..+365 d)"


def test_min_and_max_lag_search_exactly_that_window(capsys, lead_files):
    code, out, _ = run_cli(
        capsys, "leadlag", *lead_files, "--min-lag", "30", "--max-lag", "90", "--json"
    )
    assert code == 0
    custom = json.loads(out)
    _, out, _ = run_cli(capsys, "leadlag", *lead_files, "--window", "lead-30-90", "--json")
    preset = json.loads(out)
    assert (custom["min_lag_days"], custom["max_lag_days"], custom["window_name"]) == (30, 90, "")
    for key in ("best_lag_days", "best_correlation", "best_lag_p_value", "critical_t"):
        assert custom[key] == preset[key], key  # one CCF, one set of draws, the same window
    code, out, _ = run_cli(
        capsys, "leadlag", *lead_files, "--min-lag", "-90", "--max-lag", "-30", "--json"
    )
    assert code == 0
    before = json.loads(out)  # the coin follows: nothing in -90..-30
    assert -90 <= before["best_lag_days"] <= -30 and before["best_lag_p_value"] > 0.05
    assert [row["lag_days"] for row in before["lags"]] == list(range(-90, -29))
    assert before["lead_30_90"]["best_lag_days"] == LEAD  # the thesis stays beside it


def test_max_lag_alone_keeps_the_symmetric_window(capsys, lead_files):
    code, out, _ = run_cli(capsys, "leadlag", *lead_files, "--max-lag", "70", "--json")
    assert code == 0
    report = json.loads(out)
    assert (report["min_lag_days"], report["max_lag_days"]) == (-70, 70)
    assert len(report["lags"]) == 141 and report["best_lag_days"] == LEAD


def test_the_text_states_all_lags_and_the_thesis_window_with_n_and_p(capsys, lead_files):
    code, out, err = run_cli(capsys, "leadlag", *lead_files, "--json")
    report = json.loads(out)
    code, out, err = run_cli(capsys, "leadlag", *lead_files)
    assert code == 0, err
    lines = out.splitlines()
    any_lag = next(line for line in lines if line.strip().startswith("all lags (-365..+365 d):"))
    thesis = next(line for line in lines if line.strip().startswith("lead 30-90 d (+30..+90 d):"))
    for line, window in ((any_lag, report["all_lags"]), (thesis, report["lead_30_90"])):
        assert f"best lag +{LEAD} days" in line
        assert f"N = {window['best_lag_n']:,}" in line
        assert "p ≤ 0.001 (1,000 draws)" in line  # the floor, stated as such
    assert "searched first" in out and "p < 0.001" not in out
    assert f"N = {report['n']:,} returns" in lines[0]


def test_p_off_its_floor_is_printed_plainly(capsys, lead_files):
    code, out, _ = run_cli(capsys, "leadlag", *lead_files, "--min-lag", "-90", "--max-lag", "-30")
    assert code == 0
    line = next(line for line in out.splitlines() if line.strip().startswith("-90..-30 d:"))
    assert "p = 0." in line and "≤" not in line and "N = " in line


# --- the event study -----------------------------------------------------------------------


def test_the_event_study_counts_n_with_data_and_prints_the_baseline(capsys, breakout_files):
    files, dates, start = breakout_files
    code, out, err = run_cli(
        capsys, "leadlag", *files, "--max-lag", "30", "--draws", "200", "--json"
    )
    assert code == 0, err
    study = json.loads(out)["event_study"]
    with_data = sum(date >= start for date in dates)
    assert study["n_listed"] == len(dates) == 10 and study["n_events"] == with_data == 7
    assert study["is_anecdote"] and study["primary_horizon_days"] == 90
    assert study["placebo_era"]["first"] == f"{start:%Y-%m-%d}"
    assert 0 < study["family_p_value"] <= 1
    code, out, _ = run_cli(capsys, "leadlag", *files, "--max-lag", "30", "--draws", "200")
    assert code == 0
    assert "10 breakouts, 7 with ZZCOIN data (N = 7)" in out
    assert "N = 7: an anecdote, not evidence" in out
    headline = next(row for row in study["by_horizon"] if row["horizon_days"] == 90)
    line = next(line for line in out.splitlines() if line.startswith("*   +90 d"))
    assert f"  {headline['n']}  " in line and headline["n"] == 7
    assert f"{headline['n_rose']} ({100 * headline['hit_rate']:.0f}%)" in line
    baseline = f"{100 * headline['baseline_share_up']:.0f}% of {headline['baseline_n']:,}"
    assert baseline in line and headline["baseline_n"] > 1000
    assert f"{100 * headline['baseline_mean']:+.1f}%" in line
    family = format_p(study["family_p_value"], 200)
    assert f"family-wise over +30 d, +60 d, +90 d, +180 d (N = 7): {family};" in out
    assert f"pool {study['placebo_era']['first']} to {study['placebo_era']['last']}" in out


def test_the_headline_horizon_is_set_before_looking_and_never_follows_the_lag(
    capsys, breakout_files
):
    files, _, _ = breakout_files
    studies = []
    for lag in ("0", "45", "211"):
        argv = ("leadlag", *files, "--max-lag", "30", "--draws", "200", "--lag", lag, "--json")
        code, out, _ = run_cli(capsys, *argv, "--horizon", "60")
        assert code == 0
        studies.append(json.loads(out)["event_study"])
    first = studies[0]
    assert first["primary_horizon_days"] == 60 and first["hit_rate"] == first["hit_rates"]["60"]
    assert first["placebo_p_value"] == first["placebo_p_values"]["60"]
    for study in studies[1:]:
        for key in ("placebo_p_values", "family_p_value", "hit_rates", "primary_horizon_days"):
            assert study[key] == first[key], key
    assert [s["current_lag_days"] for s in studies] == [None, 45, 211]


def test_without_any_event_in_the_coins_history_the_text_says_there_is_nothing_to_test(
    capsys, tmp_path
):
    equity, coin, dates = breakout_market(seed=6, cycles=3)
    coin = coin[coin.index > dates[-1] + pd.Timedelta(days=1)]
    files = (
        "--crypto",
        "ZZCOIN",
        "--import",
        f"^RUT={write_csv(equity, tmp_path / 'e.csv')}",
        "--import",
        f"ZZCOIN={write_csv(coin, tmp_path / 'c.csv')}",
    )
    code, out, err = run_cli(capsys, "leadlag", *files, "--max-lag", "10", "--draws", "50")
    assert code == 0, err
    assert "3 breakouts, 0 with ZZCOIN data (N = 0)" in out
    assert "N = 0: no breakout falls where ZZCOIN has data" in out


# --- the specification curve ---------------------------------------------------------------


def test_sweep_json_carries_the_whole_table_and_the_shares(capsys, breakout_files):
    files, _, _ = breakout_files
    code, out, err = run_cli(capsys, "leadlag", *files, "--sweep", "--json")
    assert code == 0, err
    report = json.loads(out)
    curve = report["spec_curve"]
    assert report["coins"] == ["ZZCOIN"] and report["demo"] is False
    assert curve["n_specs"] == len(curve["specs"]) == curve["specs_per_coin"] >= 500
    assert curve["draws"] == math.ceil(2 * 500 / 0.05) and curve["holm_reachable"]
    columns = {"drought_sessions", "volume_mult", "hold_sessions", "horizon_days", "coin"}
    columns |= {"n_events", "effect", "mean_rank", "p_value", "p_holm", "p_bh", "anecdote"}
    assert columns <= set(curve["specs"][0])
    tested = [row for row in curve["specs"] if row["p_value"] is not None]
    assert curve["n_tested"] == len(tested) == curve["shares"]["tested"] > 0
    for name, column in (("raw", "p_value"), ("holm", "p_holm"), ("bh", "p_bh")):
        count = sum(row[column] < 0.05 for row in tested)
        assert curve["significant"][name] == count
        assert curve["shares"][f"significant_{name}"] == pytest.approx(count / len(tested))
    assert curve["significant"]["holm"] <= curve["significant"]["bh"] <= curve["significant"]["raw"]
    assert sum(group["specs"] for group in curve["by_n"]) == curve["n_specs"]
    assert set(curve["effect_quantiles"]) == {"q05", "q25", "q50", "q75", "q95"}
    effects = sorted(row["effect"] for row in tested)
    assert effects[0] <= curve["effect_quantiles"]["q05"] <= curve["effect_quantiles"]["q95"]
    assert [row["is_default"] for row in curve["default_rule"]] == [True]
    assert curve["grid"]["horizon_days"] == [30, 60, 90, 120, 180]


def test_sweep_text_is_a_compact_summary_with_n(capsys, breakout_files):
    files, _, _ = breakout_files
    code, out, err = run_cli(capsys, "leadlag", *files, "--sweep", "--draws", "2000")
    assert code == 0, err
    assert "specification curve of 500 specifications" in out
    assert "effect quantiles (N = " in out and "p quantiles (N = " in out
    assert "after Holm" in out and "after Benjamini-Hochberg" in out
    assert "cannot pass Holm's first step" in out  # 2,000 draws: 1/2,001 x N > 5%
    assert "default rule (drought 252, volume 1.5x, hold 5, +90 d), ZZCOIN: N = 7" in out
    assert len(out.splitlines()) < 20


def test_sweep_with_two_coins_runs_500_specifications_each(capsys, tmp_path):
    equity, coin, _ = breakout_market(seed=7, cycles=4, jump=0.2)
    other = coin.copy()
    other[["open", "high", "low", "close"]] *= 1.5
    imports = [f"^RUT={write_csv(equity, tmp_path / 'e.csv')}"]
    imports += [
        f"AAA={write_csv(coin, tmp_path / 'a.csv')}",
        f"BBB={write_csv(other, tmp_path / 'b.csv')}",
    ]
    argv = ["leadlag", "--sweep", "--crypto", "AAA,BBB", "--json", "--draws", "500"]
    for item in imports:
        argv += ["--import", item]
    code, out, err = run_cli(capsys, *argv)
    assert code == 0, err
    curve = json.loads(out)["spec_curve"]
    assert curve["n_specs"] == 1000 and curve["grid"]["coins"] == ["AAA", "BBB"]
    by_coin = pd.DataFrame(curve["specs"]).groupby("coin")
    assert by_coin.size().to_dict() == {"AAA": 500, "BBB": 500}
    # a constant multiple changes no return: both coins give the same curve
    assert by_coin.get_group("AAA")["effect"].tolist() == pytest.approx(
        by_coin.get_group("BBB")["effect"].tolist(), nan_ok=True
    )


class _Terminal:
    """A stderr that says it is a terminal, so the progress bar draws."""

    def __init__(self) -> None:
        self.text = ""

    def write(self, text: str) -> int:
        self.text += text
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return True


def test_ctrl_c_during_the_sweep_clears_the_bar_and_exits_130_with_one_line(
    capsys, monkeypatch, breakout_files
):
    from models.market.fetch_control import FetchControl

    files, _, _ = breakout_files
    report = FetchControl.report
    calls = []

    def interrupted_at_the_third_rule(self, done, expected, message=""):
        report(self, done, expected, message)
        calls.append(done)
        if len(calls) == 3:
            raise KeyboardInterrupt  # what Python raises when SIGINT arrives

    monkeypatch.setattr(FetchControl, "report", interrupted_at_the_third_rule)
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    code = main(["leadlag", *files, "--sweep"])
    out = capsys.readouterr().out
    assert code == 130 and out == "" and calls == [1, 2, 3]
    assert "specification curve [" in terminal.text  # the bar was drawn ...
    after_bar = terminal.text.rsplit("\r", 1)[1]
    assert after_bar == "interrupted\n"  # ... cleared, and one line stands
    assert terminal.text.count("\n") == 1


def test_a_real_sigint_stops_the_sweep_with_exit_130(tmp_path, breakout_files):
    """The whole path in a child process: SIGINT arrives mid-sweep (sent by the child to
    itself after the third rule, so the test does not race a fast sweep)."""
    import os
    import subprocess
    import sys

    files, _, _ = breakout_files
    child = (
        "import os, signal, sys\n"
        "from models.market.fetch_control import FetchControl\n"
        "report = FetchControl.report\n"
        "def report_then_ctrl_c(self, done, expected, message=''):\n"
        "    report(self, done, expected, message)\n"
        "    if done == 3:\n"
        "        os.kill(os.getpid(), signal.SIGINT)\n"
        "FetchControl.report = report_then_ctrl_c\n"
        "from app.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "LIQUIDITY_CASCADE_SETTINGS": str(tmp_path / "s.ini")}
    done = subprocess.run(
        [sys.executable, "-c", child, "leadlag", *files, "--sweep"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 130 and done.stdout == "" and done.stderr == "interrupted\n"


# --- usage errors --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("--min-lag", "90", "--max-lag", "30"), "argument --min-lag: 90 is above --max-lag 30"),
        (("--min-lag", "30"), "argument --min-lag: needs --max-lag"),
        (("--window", "all", "--max-lag", "30"), "argument --window: give a preset or"),
        (("--window", "thesis"), "argument --window: invalid choice: 'thesis'"),
        (("--max-lag", "-30"), "argument --max-lag: -30 is outside 1..1000"),
        (("--min-lag", "-1001", "--max-lag", "0"), "argument --min-lag: -1001 is outside"),
        (("--horizon", "0"), "argument --horizon: 0 is outside 1..365"),
        (("--crypto", "BTC/USDT,ETH/USDT"), "argument --crypto: leadlag compares one crypto"),
        (("--sweep", "--lag", "45"), "argument --sweep: it sweeps the rule"),
        (("--sweep", "--drought", "300", "--horizon", "60"), "drop --horizon, --drought"),
        (("--sweep", "--window", "lead-30-90"), "drop --window"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(capsys, argv, message):
    with pytest.raises(SystemExit) as stop:
        main(["leadlag", "--demo", *argv])
    captured = capsys.readouterr()
    assert stop.value.code == 2 and captured.out == ""
    assert captured.err.count("\n") == 1 and message in captured.err, captured.err
    assert captured.err.startswith("main.py leadlag: error: ")


def test_a_negative_window_is_no_usage_error(capsys):
    code, out, err = run_cli(
        capsys,
        "leadlag",
        "--demo",
        "--min-lag",
        "-20",
        "--max-lag",
        "-5",
        "--draws",
        "20",
        "--json",
    )
    assert code == 0, err
    assert (json.loads(out)["min_lag_days"], json.loads(out)["max_lag_days"]) == (-20, -5)


def test_a_sample_too_short_for_the_thesis_window_still_answers_the_window_searched(
    capsys, tmp_path
):
    equity, coin = planted_pair(None, seed=1, days=33)  # a month: no pair 30..90 days apart
    coin = coin[coin.index <= equity.index[-1]]
    imports = ("--import", f"^RUT={write_csv(equity, tmp_path / 'e.csv')}")
    imports += ("--import", f"ZZ={write_csv(coin, tmp_path / 'c.csv')}")
    argv = ("leadlag", *imports, "--crypto", "ZZ", "--max-lag", "5", "--policy", "calendar")
    code, out, err = run_cli(capsys, *argv, "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["lead_30_90"]["best_lag_days"] is None
    assert -5 <= report["best_lag_days"] <= 5
    code, out, _ = run_cli(capsys, *argv)
    assert code == 0
    assert "lead 30-90 d (+30..+90 d): no lag has equity and crypto returns to pair" in out
