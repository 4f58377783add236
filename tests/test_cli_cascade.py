"""``main.py cascade`` through the command line: JSON fields, text with N beside every p,
imported FRED downloads and price files, as-of, and one-line errors."""

from __future__ import annotations

import itertools
import json
import re

import pandas as pd
import pytest

from models.cascade.demo import DEMO_LEADS, planted_chain
from models.market.frames import line_frame
from tests.cli_run import run_cli, write_csv
from tests.wire.fred_routes import csv_body

LEADS = (10, 20, 30)


def test_cascade_json_states_stages_hops_total_and_cycles(capsys, tmp_path):
    code, out, err = run_cli(
        capsys, "--cache-dir", str(tmp_path), "cascade", "--demo", "--json", "--draws", "200"
    )
    assert code == 0, err
    data = json.loads(out)
    assert data["stages"][:3] == ["NETLIQ", "FRED:BAMLH0A0HYM2", "TLT"]
    assert len(data["stages"]) == 8 and len(data["hops"]) == 7
    links = list(itertools.pairwise(data["stages"]))
    for hop, lead, (first, second) in zip(data["hops"], DEMO_LEADS, links, strict=True):
        assert (hop["from"], hop["to"]) == (first, second)
        assert hop["lag_days"] == lead
        low, high = hop["lag_interval_days"]
        assert low <= lead <= high
        assert 0 < hop["p_value"] <= 1 / 201 + 1e-12 and hop["n"] > 600
    assert data["stage_details"][1]["inverted"] is True
    assert data["total"]["sum_of_hops_days"] == sum(DEMO_LEADS)
    assert data["total"]["direct"]["from"] == "NETLIQ"
    assert data["cycles"][-1]["kind"] == "now"
    assert all(len(c["stages"]) == 8 for c in data["cycles"])
    assert data["is_demo"] is True and "z-score" in data["method"]["normalisation"]


def test_cascade_text_puts_n_beside_every_p(capsys, tmp_path):
    code, out, err = run_cli(
        capsys, "--cache-dir", str(tmp_path), "cascade", "--demo", "--draws", "200"
    )
    assert code == 0, err
    hop_lines = [line for line in out.splitlines() if ": lead " in line]
    assert len(hop_lines) == 8  # seven hops and the direct one
    for line in hop_lines:
        assert re.search(r"p [=≤] [0-9.]+.*, N = [0-9,]+ \(of [0-9,]+ returns\)", line), line
    assert "DEMO" in out and "cycles (each breakout of ^RUT" in out
    assert "rows: each row is the z-score of the log level" in out


def _files(tmp_path) -> list[str]:
    weekly, yields, spy, btc = planted_chain(
        LEADS, ("weekly", "sessions", "sessions", "daily"), 1800, 0.5, 11
    )
    wednesdays = weekly.copy()
    wednesdays.index = wednesdays.index - pd.Timedelta(days=2)  # released on Thursday
    (tmp_path / "walcl.csv").write_text(csv_body("WALCL", wednesdays * 1e4))
    # a yield that falls when the chain rises: the stage is inverted (-FRED:DGS10)
    observed = (400.0 / yields).shift(-1).dropna()  # published the next session
    (tmp_path / "dgs10.csv").write_text(csv_body("DGS10", observed))
    write_csv(line_frame(spy).assign(volume=1e6), tmp_path / "spy.csv")
    write_csv(line_frame(btc).assign(volume=1e6), tmp_path / "btc.csv")
    return [
        "--import", f"FRED:WALCL={tmp_path / 'walcl.csv'}",
        "--import", f"FRED:DGS10={tmp_path / 'dgs10.csv'}",
        "--import", f"SPY={tmp_path / 'spy.csv'}",
        "--import", f"BTC-USD={tmp_path / 'btc.csv'}",
    ]  # fmt: skip


def test_a_chain_of_imported_fred_downloads_and_price_files(capsys, tmp_path):
    stages = "FRED:WALCL,-FRED:DGS10,SPY,BTC-USD"
    argv = ["--cache-dir", str(tmp_path / "cache"), "cascade", "--stages", stages]
    code, out, err = run_cli(capsys, *argv, *_files(tmp_path), "--json", "--draws", "300")
    assert code == 0, err
    data = json.loads(out)
    assert data["stages"] == ["FRED:WALCL", "FRED:DGS10", "SPY", "BTC-USD"]
    assert [h["lag_days"] for h in data["hops"]] == list(LEADS)
    assert all(h["p_value"] < 0.01 for h in data["hops"])
    assert [d["calendar"] for d in data["stage_details"]] == [
        "weekly",
        "sessions",
        "sessions",
        "daily",
    ]
    assert "H.4.1" in data["method"]["publication"]["FRED:WALCL"]
    assert data["anchor"] is None and len(data["cycles"]) == 1  # ^RUT is not a stage


def test_as_of_cuts_every_stage_at_that_close(capsys, tmp_path):
    stages = "FRED:WALCL,-FRED:DGS10,SPY,BTC-USD"
    argv = ["--cache-dir", str(tmp_path / "cache"), "cascade", "--stages", stages]
    code, out, err = run_cli(
        capsys, *argv, *_files(tmp_path), "--json", "--draws", "100", "--as-of", "2017-06-07"
    )
    assert code == 0, err
    data = json.loads(out)
    assert all(d["last"] <= "2017-06-07" for d in data["stage_details"])
    assert data["stage_details"][0]["last"] == "2017-06-02"  # that Wednesday's: out on Friday
    assert data["as_of"] == "2017-06-07"


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--stages", "NETLIQ"], "2 to 12 stages"),
        (["--stages", "^RUT,TLT,^RUT"], "twice"),
        (["--demo", "--stages", "NETLIQ,SPY"], "The demo chain has no SPY"),
        (["--stages", "FRED:WALCL,TLT"], "No daily prices for FRED:WALCL in the cache"),
    ],
)
def test_errors_are_one_line(capsys, tmp_path, argv, words):
    code, _out, err = run_cli(capsys, "--cache-dir", str(tmp_path), "--offline", "cascade", *argv)
    assert code != 0 and words in err and len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err


def test_a_lag_out_of_reach_is_a_usage_error(capsys, tmp_path):
    with pytest.raises(SystemExit) as stop:
        run_cli(capsys, "cascade", "--min-lag", "5000")
    assert stop.value.code == 2
    assert "5000 is outside -1000..1000" in capsys.readouterr().err
