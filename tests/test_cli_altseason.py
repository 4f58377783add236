"""``main.py altseason`` and ``leadlag``'s time to target on small synthetic files."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from app.cli import main
from app.commands.export_snapshot import choices_from
from tests.analytics_synth import frame_from_closes

COINS = ("BTC-USD", "ETH-USD", "SOL-USD", "ADA-USD")


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _coin_files(tmp_path: Path) -> dict[str, Path]:
    """BTC flat then falling, ETH rising, SOL from a later start, ADA falling."""
    dates = pd.date_range("2020-01-01", periods=500, freq="D", name="date")
    closes = {
        "BTC-USD": np.r_[np.full(250, 100.0), np.linspace(100, 60, 250)],
        "ETH-USD": np.linspace(10, 30, 500),
        "SOL-USD": np.r_[np.full(200, np.nan), np.linspace(1, 3, 300)],
        "ADA-USD": np.linspace(2, 1, 500),
    }
    paths = {}
    for symbol, values in closes.items():
        keep = np.isfinite(values)
        frame = frame_from_closes(dates[keep], values[keep])
        paths[symbol] = tmp_path / f"{symbol}.csv"
        frame.to_csv(paths[symbol], index_label="date", float_format="%.6f")
    return paths


def _imports(paths: dict[str, Path]) -> list[str]:
    return [arg for symbol, path in paths.items() for arg in ("--import", f"{symbol}={path}")]


def test_altseason_json_is_one_object_per_day_with_the_universe_size(capsys, tmp_path):
    paths = _coin_files(tmp_path)
    code, out, err = _run(
        capsys, "altseason", "--universe", "ETH-USD,SOL-USD,ADA-USD", "--window", "30",
        "--json", *_imports(paths),
    )  # fmt: skip
    assert code == 0, err
    rows = json.loads(out)
    assert {"date", "index", "coins", "season"} <= set(rows[0])
    assert rows[0]["date"] == "2020-01-31"  # the first day with a 30-day return
    by_date = {row["date"]: row for row in rows}
    # before SOL: ETH beats flat BTC, ADA does not -> 1 of 2; after BTC falls, all 3 beat
    assert by_date["2020-03-01"] == {
        "date": "2020-03-01", "index": 50.0, "coins": 2, "season": "neither",
    }  # fmt: skip
    assert by_date["2021-03-01"]["coins"] == 3 and by_date["2021-03-01"]["index"] == 100.0
    assert by_date["2021-03-01"]["season"] == "altcoin season"
    assert "survivorship" in err and "note:" in err


def test_altseason_text_states_the_universe_the_caveat_and_the_coverage(capsys, tmp_path):
    paths = _coin_files(tmp_path)
    assert _run(capsys, "altseason", "--universe", "ETH-USD", "--json", *_imports(paths))[0] == 0
    code, out, _ = _run(
        capsys, "altseason", "--universe", "ETH-USD,SOL-USD,ADA-USD", "--window", "30",
        "--as-of", "2021-01-15",
    )  # fmt: skip
    assert code == 0
    assert "universe: 3 alts: ETH-USD, SOL-USD, ADA-USD" in out
    assert "caveat:" in out and "survivorship" in out and "picked today" in out
    assert "latest 2021-01-15:" in out and "3 alts counted" in out
    assert "  2020-02     50     2* neither" in out  # month-end rows, thin ones marked
    assert "2021-02" not in out  # --as-of stops there
    assert "altcoin season (75+" in out


def test_a_stablecoin_in_the_universe_is_refused_in_one_line(capsys, tmp_path):
    code, out, err = _run(capsys, "altseason", "--universe", "SOL-USD,USDC-USD")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "USDC-USD is a stablecoin" in err


def test_missing_bars_name_the_command_that_fetches_them(capsys, tmp_path):
    code, _, err = _run(capsys, "altseason", "--universe", "SOL-USD", "--offline")
    assert code == 1 and "BTC-USD" in err and "data refresh" in err


def _breakout_equity(tmp_path: Path) -> Path:
    """A record, a drought of 300 sessions, a held breakout on 3x volume (2021-05-05)."""
    closes = np.concatenate(
        [np.linspace(100, 120, 50), np.full(300, 95.0), np.linspace(121, 130, 100)]
    )
    volume = np.full(len(closes), 1e6)
    volume[350] = 3e6
    dates = pd.bdate_range("2020-01-01", periods=len(closes), name="date")
    path = tmp_path / "rut.csv"
    frame_from_closes(dates, closes, volume).to_csv(path, index_label="date")
    return path


def test_leadlag_json_gives_the_time_to_target_of_a_ratio(capsys, tmp_path):
    paths = _coin_files(tmp_path)
    code, out, err = _run(
        capsys, "leadlag", "--crypto", "ETH-USD / BTC-USD", "--draws", "20", "--json",
        "--import", f"^RUT={_breakout_equity(tmp_path)}", *_imports(paths),
    )  # fmt: skip
    assert code == 0, err
    report = json.loads(out)
    ttt = report["time_to_target"]
    assert ttt["target"] == "ETH-USD / BTC-USD at a 90-day high"
    assert ttt["n_cycles"] == 1 and ttt["n_reached"] == 1 and ttt["horizon_days"] == 365
    cycle = ttt["cycles"][0]
    # ETH/BTC rises every day: at a 90-day high on the breakout day itself
    assert (cycle["date"], cycle["days"], cycle["reached_on"]) == ("2021-05-05", 0, "2021-05-05")
    assert ttt["median_days"] == 0 and ttt["anecdote"] is True
    assert "Brookmeyer-Crowley" in ttt["median_interval"]


def test_leadlag_text_follows_a_basket_to_its_target(capsys, tmp_path):
    paths = _coin_files(tmp_path)
    code, out, err = _run(
        capsys, "leadlag", "--crypto", "basket(ETH-USD, ADA-USD)", "--draws", "20",
        "--import", f"^RUT={_breakout_equity(tmp_path)}", *_imports(paths),
    )  # fmt: skip
    assert code == 0, err
    assert "time to target: basket(ETH-USD, ADA-USD) beating BTC-USD over 90 days" in out
    assert "2021-05-05  confirmed  reached 2021-05-05 after 0 days (2 counted)" in out
    assert "N = 1 cycles" in out and "an anecdote" in out


def test_export_takes_derived_series_among_its_crypto():
    args = argparse.Namespace(
        crypto="BTC/USDT, basket(SOL/USDT, ADA/USDT),altseason(window=60)",
        equity=None, lag=0, start=None, end=None, scale="index", theme="light",
    )  # fmt: skip
    assert choices_from(args).crypto == (
        "BTC/USDT", "basket(SOL/USDT, ADA/USDT)", "altseason(window=60)",
    )  # fmt: skip


@pytest.mark.parametrize("flag", [["--window", "3"], ["--as-of", "soon"]])
def test_usage_mistakes_exit_2_in_one_line(capsys, flag):
    with pytest.raises(SystemExit) as stopped:
        main(["altseason", *flag])
    assert stopped.value.code == 2 and capsys.readouterr().err.count("\n") == 1


def test_an_empty_universe_is_refused(capsys):
    code, _, err = _run(capsys, "altseason", "--universe", " , ")
    assert code == 1 and "--universe is empty" in err


def test_data_refresh_of_a_derived_symbol_refreshes_its_inputs(capsys, tmp_path, monkeypatch):
    import app.commands.data_maintenance as maintenance

    paths = _coin_files(tmp_path)
    assert _run(capsys, "data", "import", *(f"{s}={p}" for s, p in paths.items()))[0] == 0
    refreshed = []
    monkeypatch.setattr(
        maintenance, "_refresh_one", lambda repo, inst, tf, before: refreshed.append(inst.label)
    )
    code, _, err = _run(capsys, "data", "refresh", "ETH-USD / BTC-USD")
    assert code == 0, err
    assert refreshed == ["ETH-USD", "BTC-USD"]


def test_a_derived_symbol_cannot_be_imported(capsys, tmp_path):
    path = _coin_files(tmp_path)["ETH-USD"]
    code, _, err = _run(capsys, "data", "import", f"ETH-USD / BTC-USD={path}")
    assert code == 1 and "is computed from ETH-USD, BTC-USD: import those" in err
