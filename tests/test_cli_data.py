"""``main.py data``: import, list, refresh, gaps and clear, run the way a user runs them."""

from __future__ import annotations

import io
import json
import re
import socket
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from app.cli import main
from app.commands.common import TerminalProgress
from models.market.instruments import load_catalogue
from models.market.nyse_calendar import nyse_sessions
from models.market.repository import Repository
from models.market.sources.base import FetchResult
from models.session.imports import split_import_spec

ROOT = Path(__file__).resolve().parents[1]


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _rut_file(tmp_path: Path, drop: tuple[str, ...] = ()) -> Path:
    """A Yahoo download for ^RUT on the NYSE sessions of early 2024."""
    sessions = [d for d in nyse_sessions("2024-01-02", "2024-03-28") if str(d.date()) not in drop]
    lines = ["Date,Open,High,Low,Close,Adj Close,Volume"]
    for i, day in enumerate(sessions):
        close = 2000 + i
        lines.append(f"{day:%Y-%m-%d},{close - 5},{close + 10},{close - 10},{close},{close},4e9")
    path = tmp_path / "rut.csv"
    path.write_text("\n".join(lines) + "\n")
    return path


def _kline_file(tmp_path: Path, days: int = 10) -> Path:
    start = int(pd.Timestamp("2024-01-01", tz="UTC").timestamp() * 1000)
    lines = []
    for i in range(days):
        t = start + i * 86_400_000
        lines.append(
            f"{t},{40000 + i},{40500 + i},{39500 + i},{40100 + i},12.5,{t + 86_399_999},"
            "5e5,100,6,2e5,0"
        )
    path = tmp_path / "BTCUSDT-1d.csv"
    path.write_text("\n".join(lines) + "\n")
    return path


def _listing(capsys, cache: Path) -> list[dict]:
    code, out, _ = _run(capsys, "data", "list", "--json", "--cache-dir", str(cache))
    assert code == 0
    return json.loads(out)


# --- import and list ---------------------------------------------------------------------


def test_import_then_list_as_table_and_json(tmp_path, capsys):
    cache = tmp_path / "cache"
    specs = [f"^RUT={_rut_file(tmp_path)}", f"BTC/USDT={_kline_file(tmp_path)}"]
    code, out, err = _run(capsys, "data", "import", *specs, "--cache-dir", str(cache))
    assert (code, err) == (0, "")
    assert "^RUT: imported 61 1d bars (2024-01-02 .. 2024-03-28) from rut.csv [yahoo]" in out
    assert "BTC/USDT: imported 10 1d bars" in out and "[binance]" in out

    code, table, _ = _run(capsys, "data", "list", "--cache-dir", str(cache))
    assert code == 0
    assert table.splitlines()[0].split() == [
        "SYMBOL",
        "SOURCE",
        "EXCHANGE",
        "TF",
        "FIRST",
        "LAST",
        "ROWS",
        "ORIGIN",
        "SIZE",
    ]
    assert "^RUT" in table and "imported" in table and "2 series" in table

    entries = {e["symbol"]: e for e in _listing(capsys, cache)}
    assert entries["^RUT"]["source"] == "yahoo"
    assert (entries["^RUT"]["first"], entries["^RUT"]["last"]) == ("2024-01-02", "2024-03-28")
    assert entries["^RUT"]["rows"] == 61 and entries["^RUT"]["provenance"] == "imported"
    assert entries["BTC/USDT"]["source"] == "ccxt"
    assert entries["BTC/USDT"]["exchange"] == load_catalogue().exchange_chain[0]
    assert entries["BTC/USDT"]["size_bytes"] > 0


def test_a_bad_file_means_nothing_is_imported(tmp_path, capsys):
    cache = tmp_path / "cache"
    bad = tmp_path / "eth.csv"
    bad.write_text(
        "date,open,high,low,close,volume\n2024-01-01,1,2,1,1.5,3\n2024-01-02,1,x,1,1,3\n"
    )
    code, out, err = _run(
        capsys,
        "data",
        "import",
        f"^RUT={_rut_file(tmp_path)}",
        f"ETH/USDT={bad}",
        "--cache-dir",
        str(cache),
    )
    assert code == 1 and out == ""
    assert err == f"error: Cannot import {bad}, line 3: high is not a number: 'x'\n"
    assert _listing(capsys, cache) == []  # the good ^RUT file was not saved either


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("^RUT", "is not SYMBOL=FILE"),
        ("^RUT=/nonexistent/rut.csv", "/nonexistent/rut.csv: no such file"),
        ("not a ticker!=x.csv", "is not a Yahoo ticker"),
    ],
)
def test_import_mistakes_are_one_line_errors(tmp_path, capsys, spec, message):
    code, out, err = _run(capsys, "data", "import", spec, "--cache-dir", str(tmp_path))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and message in err and "Traceback" not in err


def test_import_seeds_the_catalogue_instrument_so_refresh_fetches_only_after_it(tmp_path, capsys):
    cache = tmp_path / "cache"
    assert (
        _run(capsys, "data", "import", f"^RUT={_rut_file(tmp_path)}", "--cache-dir", str(cache))[0]
        == 0
    )

    asked = []

    class Recorder:
        name = "yahoo"

        def fetch(self, instrument, start, end, timeframe, control):
            asked.append((instrument.symbol, start, end))
            day = pd.DatetimeIndex(["2024-04-01"], name="date")
            frame = pd.DataFrame(
                {"open": 2070.0, "high": 2080.0, "low": 2060.0, "close": 2075.0, "volume": 1.0},
                index=day,
            )
            return FetchResult(frame, "yahoo")

    rut = load_catalogue().resolve("^RUT")
    repository = Repository(cache, sources={"yahoo": Recorder()})
    series = repository.refresh(rut)
    assert asked == [("^RUT", pd.Timestamp("2024-03-29"), None)]
    assert series.rows == 62
    assert series.provenance_summary == "fetched+imported"


def test_the_global_import_option_works_before_any_data_action(tmp_path, capsys):
    cache = tmp_path / "cache"
    code, out, _ = _run(
        capsys,
        "data",
        "list",
        "--json",
        "--cache-dir",
        str(cache),
        "--import",
        f"^RUT={_rut_file(tmp_path)}",
    )
    assert code == 0
    assert [e["symbol"] for e in json.loads(out)] == ["^RUT"]


def test_symbols_with_an_equals_sign(tmp_path):
    gold = tmp_path / "gold=futures.csv"
    gold.write_text("x")
    assert split_import_spec(f"GC=F={gold}") == ("GC=F", gold)
    assert split_import_spec("^RUT=missing.csv") == ("^RUT", Path("missing.csv"))


def test_an_empty_cache_lists_as_empty(tmp_path, capsys):
    code, out, _ = _run(capsys, "data", "list", "--cache-dir", str(tmp_path / "none"))
    assert code == 0 and "is empty" in out
    assert _listing(capsys, tmp_path / "none") == []


# --- gaps ----------------------------------------------------------------------------------


def test_gaps_names_the_missing_sessions(tmp_path, capsys):
    cache = tmp_path / "cache"
    path = _rut_file(tmp_path, drop=("2024-02-06", "2024-02-07", "2024-03-01"))
    _run(capsys, "data", "import", f"^RUT={path}", "--cache-dir", str(cache))
    code, out, err = _run(capsys, "data", "gaps", "^RUT", "--cache-dir", str(cache))
    assert (code, err) == (0, "")
    assert "^RUT 1d (yahoo, nyse): 58 bars 2024-01-02 .. 2024-03-28, rows imported" in out
    assert "2 gaps, 3 bars missing" in out
    assert "2024-02-06 .. 2024-02-07 (2 bars missing)" in out
    assert "2024-03-01 (1 bar missing)" in out
    assert "2024-02-19" not in out  # Presidents' Day is a holiday, not a gap


def test_gaps_of_something_not_cached_is_a_clear_error(tmp_path, capsys):
    code, out, err = _run(capsys, "data", "gaps", "IWM", "--cache-dir", str(tmp_path))
    assert code == 1 and out == ""
    assert err.startswith("error: Nothing is cached for IWM") and err.count("\n") == 1


# --- clear ---------------------------------------------------------------------------------


def test_clear_one_symbol_then_everything(tmp_path, capsys):
    cache = tmp_path / "cache"
    _run(
        capsys,
        "data",
        "import",
        f"^RUT={_rut_file(tmp_path)}",
        f"BTC/USDT={_kline_file(tmp_path)}",
        "--cache-dir",
        str(cache),
    )
    code, out, err = _run(capsys, "data", "clear", "^RUT", "IWM", "--cache-dir", str(cache))
    assert code == 0
    assert "removed ^RUT 1d (61 bars" in out and "1 series removed" in out
    assert "IWM: nothing cached" in err
    assert [e["symbol"] for e in _listing(capsys, cache)] == ["BTC/USDT"]
    code, out, _ = _run(capsys, "data", "clear", "--cache-dir", str(cache))
    assert code == 0 and "removed BTC/USDT@" in out and "1 series removed" in out
    assert _listing(capsys, cache) == []


# --- refresh -------------------------------------------------------------------------------


def test_refresh_offline_refuses_clearly(tmp_path, capsys):
    code, out, err = _run(capsys, "data", "refresh", "--offline", "--cache-dir", str(tmp_path))
    assert code == 1 and out == ""
    assert err == "error: refresh fetches from the network, but --offline was given\n"


def test_refresh_of_an_empty_cache_has_nothing_to_do(tmp_path, capsys):
    code, out, _ = _run(capsys, "data", "refresh", "--cache-dir", str(tmp_path))
    assert code == 0 and "Nothing to refresh" in out


def _closed_loopback_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def no_network(monkeypatch):
    """A machine whose network is down: names do not resolve and proxies refuse.

    Python clients (requests, under ccxt) get the ``gaierror`` a machine without DNS
    gives. curl (under yfinance) resolves names itself, outside Python's socket module,
    so it is sent to a loopback proxy port that nobody listens on.
    """
    guarded = socket.getaddrinfo

    def no_dns(host, *args, **kwargs):
        if host not in (None, "localhost") and not str(host).startswith("127."):
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return guarded(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    proxy = f"http://127.0.0.1:{_closed_loopback_port()}"
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.setenv(name, proxy)
    monkeypatch.setenv("all_proxy", proxy)
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)


def test_refresh_without_network_says_so_and_keeps_the_cache(tmp_path, capsys, no_network):
    cache = tmp_path / "cache"
    _run(
        capsys,
        "data",
        "import",
        f"^RUT={_rut_file(tmp_path)}",
        f"BTC/USDT={_kline_file(tmp_path)}",
        "--cache-dir",
        str(cache),
    )
    before = _listing(capsys, cache)
    code, out, err = _run(capsys, "data", "refresh", "--cache-dir", str(cache))
    assert code == 1 and out == ""
    errors = [line for line in err.splitlines() if line.startswith("error: ")]
    # every source is asked (each fails at once without a network), each says why
    assert len(errors) == 3, err
    assert errors[0].startswith("error: BTC/USDT@binance 1d: ")
    assert errors[1].startswith("error: ^RUT 1d: ")
    for line in errors[:2]:
        assert "reach" in line.lower() or "connect" in line.lower(), line
    assert "unexpected" not in err and "Traceback" not in err
    assert errors[2].startswith("error: 2 of 2 series could not be refreshed: no network (")
    assert _listing(capsys, cache) == before


def test_an_unexpected_failure_of_one_series_does_not_stop_the_others(tmp_path, capsys):
    """Here the test guard's own loud exception stands in for any unforeseen error."""
    cache = tmp_path / "cache"
    _run(capsys, "data", "import", f"BTC/USDT={_kline_file(tmp_path)}", "--cache-dir", str(cache))
    _run(capsys, "data", "import", f"ETH/USDT={_kline_file(tmp_path)}", "--cache-dir", str(cache))
    code, out, err = _run(capsys, "data", "refresh", "--cache-dir", str(cache))
    assert code == 1 and out == ""
    lines = err.splitlines()
    assert len(lines) == 3, err
    assert lines[0].startswith("error: BTC/USDT@") and lines[1].startswith("error: ETH/USDT@")
    assert lines[2] == "error: 2 of 2 series could not be refreshed"
    assert "Traceback" not in err
    assert [e["rows"] for e in _listing(capsys, cache)] == [10, 10]


# --- terminal and entry point --------------------------------------------------------------


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_draws_only_on_a_terminal():
    pipe = io.StringIO()
    quiet = TerminalProgress("^RUT", stream=pipe)
    quiet.update(1, 4, "page")
    quiet.finish()
    assert pipe.getvalue() == ""
    tty = _Tty()
    bar = TerminalProgress("^RUT", stream=tty, width=8)
    bar.update(2, 4, "page 2")
    assert "\r^RUT [####----] 2/4 page 2" in tty.getvalue()
    bar.update(3, 0)
    assert "^RUT 3 done" in tty.getvalue()
    bar.finish()
    assert tty.getvalue().endswith("\r")


def test_main_py_entry_point_lists_the_cache(tmp_path, capsys):
    cache = tmp_path / "cache"
    _run(capsys, "data", "import", f"^RUT={_rut_file(tmp_path)}", "--cache-dir", str(cache))
    done = subprocess.run(
        [sys.executable, "main.py", "data", "list", "--cache-dir", str(cache)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "^RUT" in done.stdout and "61" in done.stdout and done.stderr == ""


def test_common_options_work_before_the_subcommand_too(tmp_path, capsys):
    cache = tmp_path / "cache"
    _run(capsys, "data", "import", f"^RUT={_rut_file(tmp_path)}", "--cache-dir", str(cache))
    code, out, _ = _run(capsys, "--cache-dir", str(cache), "data", "list", "--json")
    assert code == 0 and [e["symbol"] for e in json.loads(out)] == ["^RUT"]
    code, _, err = _run(capsys, "--offline", "data", "refresh", "--cache-dir", str(cache))
    assert code == 1 and "--offline was given" in err


# --- fixes from the new-trader QA round ------------------------------------------------------


def _usage_error(capsys, *argv: str) -> str:
    """Run a command that argparse must refuse; return its stderr (one line, exit 2)."""
    with pytest.raises(SystemExit) as stop:
        main(list(argv))
    err = capsys.readouterr().err
    assert stop.value.code == 2 and err.count("\n") == 1, err
    return err


@pytest.mark.parametrize("action", [("gaps", "^RUT"), ("refresh",), ("clear",)])
def test_an_unknown_timeframe_is_named_not_reported_as_nothing_cached(tmp_path, capsys, action):
    err = _usage_error(capsys, "data", *action, "--timeframe", "2h", "--cache-dir", str(tmp_path))
    assert "2h is not a timeframe (use one of 1m, 5m, 15m, 1h, 4h, 1d, 1w)" in err


def test_the_timeframes_offered_are_the_cache_s():
    from app.commands.common import TIMEFRAMES
    from models.market.frames import TIMEFRAMES as CACHE_TIMEFRAMES

    assert TIMEFRAMES == CACHE_TIMEFRAMES


def test_clearing_an_unpinned_pair_keeps_other_exchanges_copies(tmp_path, capsys):
    cache = tmp_path / "cache"
    kline = _kline_file(tmp_path)
    for spec in (f"BTC/USDT={kline}", f"BTC/USDT@kraken={kline}"):
        assert _run(capsys, "data", "import", spec, "--cache-dir", str(cache))[0] == 0
    exchanges = sorted(e["exchange"] for e in _listing(capsys, cache))
    assert len(exchanges) == 2 and "kraken" in exchanges
    default = next(e for e in exchanges if e != "kraken")
    code, out, err = _run(capsys, "data", "clear", "BTC/USDT", "--cache-dir", str(cache))
    assert code == 0 and f"removed BTC/USDT@{default} 1d" in out and "1 series removed" in out
    assert "kept BTC/USDT@kraken 1d; clear it with 'data clear BTC/USDT@kraken'" in err
    assert [e["exchange"] for e in _listing(capsys, cache)] == ["kraken"]
    code, out, _ = _run(capsys, "data", "clear", "BTC/USDT@kraken", "--cache-dir", str(cache))
    assert code == 0 and "removed BTC/USDT@kraken 1d" in out
    assert _listing(capsys, cache) == []


def test_a_pinned_pair_clears_only_that_exchange(tmp_path, capsys):
    cache = tmp_path / "cache"
    kline = _kline_file(tmp_path)
    for spec in (f"BTC/USDT={kline}", f"BTC/USDT@kraken={kline}"):
        _run(capsys, "data", "import", spec, "--cache-dir", str(cache))
    code, out, _ = _run(capsys, "data", "clear", "BTC/USDT@kraken", "--cache-dir", str(cache))
    assert code == 0 and "removed BTC/USDT@kraken 1d" in out and "1 series removed" in out
    assert [e["exchange"] for e in _listing(capsys, cache)] != ["kraken"]
    assert len(_listing(capsys, cache)) == 1


def test_24_7_bars_under_an_nyse_symbol_are_refused_unless_forced(tmp_path, capsys):
    cache = tmp_path / "cache"
    spec = f"SPY={_kline_file(tmp_path)}"  # ten days with a weekend, under a NYSE ticker
    code, out, err = _run(capsys, "data", "import", spec, "--cache-dir", str(cache))
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "has weekend bars but SPY trades on New York sessions (the nyse calendar)" in err
    assert "--force" in err
    assert _listing(capsys, cache) == []
    code, _, err = _run(capsys, "data", "list", "--import", spec, "--cache-dir", str(cache))
    assert code == 1 and "weekend bars" in err and _listing(capsys, cache) == []
    code, out, err = _run(capsys, "data", "import", "--force", spec, "--cache-dir", str(cache))
    assert code == 0 and "SPY: imported 10 1d bars" in out and "warning:" in err
    assert [e["symbol"] for e in _listing(capsys, cache)] == ["SPY"]


def test_one_gap_is_not_one_gaps(tmp_path, capsys):
    cache = tmp_path / "cache"
    _run(capsys, "data", "import", f"^RUT={_rut_file(tmp_path, drop=('2024-03-01',))}",
         "--cache-dir", str(cache))  # fmt: skip
    code, out, _ = _run(capsys, "data", "gaps", "^RUT", "--cache-dir", str(cache))
    assert code == 0 and "  1 gap, 1 bar missing:" in out


def test_data_help_is_plain_text_and_offers_only_what_each_action_uses(capsys):
    with pytest.raises(SystemExit):
        main(["data", "--help"])
    text = capsys.readouterr().out
    assert "``" not in text and not re.search(r"\bcheck\b", text)  # no such action
    assert all(a in text for a in ("import", "list", "refresh", "gaps", "clear"))
    used = {
        "import": {"--cache-dir", "--import", "--force"},
        "list": {"--cache-dir", "--import", "--json"},
        "refresh": {"--cache-dir", "--offline", "--import", "--timeframe"},
        "gaps": {"--cache-dir", "--import", "--timeframe"},
        "clear": {"--cache-dir", "--timeframe"},
    }
    for action, options in used.items():
        with pytest.raises(SystemExit):
            main(["data", action, "--help"])
        text = capsys.readouterr().out
        offered = {w.strip("[],") for w in text.split() if w.startswith(("--", "[--"))}
        offered = {w for w in offered if w.startswith("--") and w != "--help"}
        assert offered == options, action
