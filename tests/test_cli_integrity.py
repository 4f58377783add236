"""Issue 10 from the command line: corruption is said by every command, one exchange's
failure stops no other source, unfinished writes are shown and cleared, the disk's and the
user's mistakes are one clear sentence."""

from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import models.market.repository as repository_module
from app.cli import main
from models.market.cache.store import SeriesCache, SeriesKey
from tests.cache_fixtures import BTC, RUT, walk_bars
from tests.wire.exchange_routes import make_exchange_source, register_pair, running_exchange_servers
from tests.wire.yahoo_routes import make_yahoo_source, register_yahoo_series, yahoo_wire

RUT_KEY = SeriesKey("yahoo", "", "^RUT", "1d")
BTC_KEY = SeriesKey("ccxt", "binance", "BTC/USDT", "1d")


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _equity() -> pd.DataFrame:
    today = pd.Timestamp.now(tz="America/New_York").normalize().tz_localize(None)
    return walk_bars(pd.bdate_range(end=today - pd.Timedelta(days=1), periods=400), seed=1)


def _crypto() -> pd.DataFrame:
    today = pd.Timestamp.now(tz="UTC").normalize().tz_localize(None)
    return walk_bars(pd.date_range(end=today - pd.Timedelta(days=1), periods=560), seed=2)


def _seed_cache(root: Path) -> SeriesCache:
    cache = SeriesCache(root)
    cache.append(RUT_KEY, _equity(), 0, RUT)
    cache.append(BTC_KEY, _crypto(), 0, BTC)
    return cache


def _flip_a_close(cache: SeriesCache, key: SeriesKey) -> None:
    """Issue 10, defect 3's damage: 8 bytes of a close changed, the file's size kept."""
    chunk = next((cache.root / "series" / key.dirname).glob("c*.bin"))
    raw = bytearray(chunk.read_bytes())
    rows = int.from_bytes(raw[8:16], "little")
    at = 16 + 8 * rows + 3 * 8 * rows + 8 * 10
    raw[at : at + 8] = np.float64(-0.0053).tobytes()
    chunk.write_bytes(bytes(raw))


def _said_once(err: str, symbol: str, root: Path) -> None:
    lines = [line for line in err.splitlines() if "could not be read" in line]
    assert len(lines) == 1, err
    assert symbol in lines[0] and str(root / "corrupt") in lines[0], lines[0]
    assert "Traceback" not in err and "unexpected" not in err


@pytest.mark.parametrize(
    "argv",
    [
        ("events", "--equity", "^RUT"),
        ("leadlag", "--equity", "^RUT", "--crypto", "BTC/USDT", "--draws", "20"),
        ("data", "gaps", "^RUT"),
    ],
    ids=["events", "leadlag", "gaps"],
)
def test_a_corrupt_series_is_said_by_every_reading_command(tmp_path, capsys, argv):
    """Issue 10, defect 4: leadlag, events and export only said "not cached"."""
    root = tmp_path / "cache"
    cache = _seed_cache(root)
    _flip_a_close(cache, RUT_KEY)
    code, _out, err = _run(capsys, *argv, "--cache-dir", str(root))
    assert code == 1
    _said_once(err, "^RUT", root)
    assert "is not cached" not in err.replace("could not be read", "")


def test_export_says_a_corrupt_series_and_its_new_place(tmp_path, capsys):
    root = tmp_path / "cache"
    cache = _seed_cache(root)
    _flip_a_close(cache, BTC_KEY)
    out = tmp_path / "chart.png"
    argv = ("export", "--out", str(out), "--crypto", "BTC/USDT", "--offline")
    code, _out, err = _run(capsys, *argv, "--cache-dir", str(root))
    assert code == 1 and not out.exists()
    _said_once(err, "BTC/USDT", root)


def test_data_list_says_a_series_whose_manifest_is_damaged(tmp_path, capsys):
    """Issue 10, defect 4: data list silently dropped a series whose manifest was unreadable."""
    root = tmp_path / "cache"
    _seed_cache(root)
    manifest = root / "series" / RUT_KEY.dirname / "manifest.json"
    data = json.loads(manifest.read_text())
    data["rows"] += 3  # plausible, and wrong
    manifest.write_text(json.dumps(data, indent=1, sort_keys=True))
    code, out, err = _run(capsys, "data", "list", "--cache-dir", str(root))
    assert code == 0 and "BTC/USDT" in out and "^RUT" not in out
    _said_once(err, "^RUT", root)


def test_refresh_says_it_rebuilt_a_corrupt_series(tmp_path, capsys, monkeypatch):
    """Issue 10, defect 4: refresh said "up to date" after silently rebuilding."""
    root = tmp_path / "cache"
    cache = _seed_cache(root)
    _flip_a_close(cache, RUT_KEY)
    with yahoo_wire(tmp_path) as server:
        register_yahoo_series(server, "^RUT", _equity(), "America/New_York")
        sources = {"yahoo": make_yahoo_source(server)}
        monkeypatch.setattr(repository_module, "default_sources", lambda: sources)
        code, out, err = _run(capsys, "data", "refresh", "^RUT", "--cache-dir", str(root))
    assert code == 0, err
    assert "^RUT 1d:" in out
    _said_once(err, "^RUT", root)


def test_one_exchange_resetting_connections_does_not_stop_yahoo(tmp_path, capsys, monkeypatch):
    """Issue 10, defect 5: a reset at Binance stopped the refresh with "1 not tried" and
    ^RUT was never refreshed, though Yahoo was fine."""
    root = tmp_path / "cache"
    full_equity = _equity()
    cache = SeriesCache(root)
    cache.append(BTC_KEY, _crypto().iloc[:-20], 0, BTC)
    cache.append(RUT_KEY, full_equity.iloc[:-15], 0, RUT)
    with (
        yahoo_wire(tmp_path) as yahoo,
        running_exchange_servers(("binance",)) as servers,
    ):
        register_yahoo_series(yahoo, "^RUT", full_equity, "America/New_York")
        register_pair(servers["binance"], "BTC/USDT", _crypto(), "1d")
        servers["binance"].inject(servers["binance"].kline_path, "reset", times=50)
        sources = {
            "yahoo": make_yahoo_source(yahoo),
            "ccxt": make_exchange_source(servers, chain=("binance",)),
        }
        monkeypatch.setattr(repository_module, "default_sources", lambda: sources)
        code, out, err = _run(capsys, "data", "refresh", "--cache-dir", str(root))
    assert code == 1
    assert "^RUT 1d: 15 new bars" in out, (out, err)
    assert "error: BTC/USDT@binance 1d:" in err
    assert err.splitlines()[-1] == "error: 1 of 2 series could not be refreshed"


def test_a_hang_over_the_whole_exchange_chain_surfaces_within_the_patience(tmp_path):
    """Issue 10, item 9: a hang over binance, bybit and okx took about 100 s to surface.
    Scaled down: 3 s of patience against servers that hang for 20 s."""
    from models.errors import NetworkDown
    from models.market.fetch_control import FetchControl

    with running_exchange_servers(("binance", "bybit"), hang_seconds=20.0) as servers:
        for server in servers.values():
            server.inject("/", "hang", times=100)
        source = make_exchange_source(servers, chain=("binance", "bybit"), timeout_ms=10_000)
        source.patience_s = 3.0
        started = time.monotonic()
        with pytest.raises(NetworkDown) as caught:
            source.fetch(BTC, None, None, "1d", FetchControl())
        elapsed = time.monotonic() - started
    assert elapsed < 5.0, f"surfaced after {elapsed:.1f} s"
    assert "binance" in str(caught.value) and "bybit" in str(caught.value)


def test_the_default_patience_is_within_30_seconds():
    from models.market.sources.exchange import PATIENCE_S, ExchangeSource

    assert PATIENCE_S <= 30 and ExchangeSource(chain=("binance",)).patience_s == PATIENCE_S


def test_unfinished_writes_are_listed_apart_and_cleared_with_their_symbol(tmp_path, capsys):
    """Issue 10, defect 6: a manifest-less folder was counted by data list but not shown,
    and data clear SYMBOL did not remove it."""
    root = tmp_path / "cache"
    _seed_cache(root)
    debris = root / "series" / SeriesKey("ccxt", "binance", "ETH/USDT", "1d").dirname
    debris.mkdir()
    (debris / "c000001-abcdef.bin").write_bytes(b"\0" * 300_000)
    code, out, _err = _run(capsys, "data", "list", "--cache-dir", str(root))
    assert code == 0
    assert "of which 293.0 KB in 1 unfinished write (ETH/USDT@binance 1d)" in out, out
    code, out, _err = _run(capsys, "data", "clear", "ETH/USDT", "--cache-dir", str(root))
    assert code == 0 and "removed an unfinished write of ETH/USDT" in out
    assert not debris.exists()
    assert "unfinished write" not in _run(capsys, "data", "list", "--cache-dir", str(root))[1]


def test_a_cache_dir_that_is_a_file_is_said_not_read_as_empty(tmp_path, capsys):
    """Issue 10, item 9: --cache-dir pointing at a file read as an empty cache."""
    path = tmp_path / "not-a-folder"
    path.write_text("x")
    for argv in (("data", "list"), ("events", "--equity", "^RUT")):
        code, out, err = _run(capsys, *argv, "--cache-dir", str(path))
        assert code == 1 and out == ""
        assert err.strip() == (
            f"error: The cache folder {path} is a file, not a folder; point --cache-dir "
            "(or LIQUIDITY_CASCADE_CACHE_DIR) at a folder."
        )


@pytest.fixture
def read_only(monkeypatch):
    """Makes the cache read-only when called: taking a series' lock (creating its lock
    file) or moving a folder then fails with EROFS, as it does on a read-only disk (root
    ignores permission bits, so a chmod cannot show it)."""
    import errno
    import os as os_module

    from models.market.cache import folders, store

    def refuse(path, *args, **kwargs):
        raise OSError(errno.EROFS, os_module.strerror(errno.EROFS), str(path))

    original = store.SeriesCache._locked_name

    def locked_name(self, dirname, label):
        refuse(self.root / "locks" / f"{dirname}.lock")
        return original(self, dirname, label)

    def activate() -> None:
        monkeypatch.setattr(store.SeriesCache, "_locked_name", locked_name)
        monkeypatch.setattr(folders, "move_aside", lambda root, folder, name: refuse(folder))

    return activate


def test_a_read_only_cache_is_one_sentence_naming_the_path(tmp_path, capsys, read_only):
    """Issue 10, item 9: a read-only cache gave "unexpected PermissionError/OSError"."""
    root = tmp_path / "cache"
    _seed_cache(root)
    read_only()
    code, _out, err = _run(capsys, "data", "clear", "--cache-dir", str(root))
    assert code == 1 and err.count("\n") == 1
    assert "is on a read-only disk, so the app could not clear the cache" in err
    assert str(root / "locks") in err and "unexpected" not in err


def test_a_corrupt_series_on_a_read_only_cache_breaks_only_itself(tmp_path, capsys, read_only):
    """Issue 10, item 9: a corrupt series on a read-only cache broke every reader."""
    root = tmp_path / "cache"
    cache = _seed_cache(root)
    _flip_a_close(cache, RUT_KEY)
    read_only()
    code, _out, err = _run(capsys, "events", "--equity", "^RUT", "--cache-dir", str(root))
    assert code == 1 and "could not be set aside" in err and "read-only" in err
    assert "unexpected" not in err
    code, out, err = _run(capsys, "data", "list", "--cache-dir", str(root))
    assert code == 0 and "BTC/USDT" in out and "^RUT" in out  # both manifests read
    from models.market.repository import Repository

    repository = Repository(root, offline=True)
    assert repository.load(BTC).rows == len(_crypto())  # the other series reads as ever
    assert repository.load(RUT) is None and "it is skipped" in repository.notices[-1].text


@pytest.mark.parametrize("name", ["x" * 300, "notanexchange", "../../etc"])
def test_an_exchange_name_must_be_one_ccxt_knows(tmp_path, capsys, name):
    """Issue 10, item 9: any string was accepted as an exchange name (300 characters gave
    "unexpected OSError")."""
    code, out, err = _run(
        capsys, "data", "refresh", f"BTC/USDT@{name}", "--cache-dir", str(tmp_path)
    )
    assert code == 1 and out == ""
    assert "is not an exchange the app knows" in err and err.count("\n") == 1
    assert len(err) < 300


def test_a_cached_pair_refused_with_451_gets_a_hint(tmp_path, capsys, monkeypatch):
    """Issue 10, item 9: a pair cached from Binance and refused with 451 got no hint."""
    root = tmp_path / "cache"
    SeriesCache(root).append(BTC_KEY, _crypto().iloc[:-20], 0, BTC)
    with running_exchange_servers(("binance", "bybit")) as servers:
        register_pair(servers["bybit"], "BTC/USDT", _crypto(), "1d")
        servers["binance"].inject("/api/v3", "451", times=50)
        sources = {"ccxt": make_exchange_source(servers)}
        monkeypatch.setattr(repository_module, "default_sources", lambda: sources)
        code, _out, err = _run(capsys, "data", "refresh", "BTC/USDT", "--cache-dir", str(root))
    assert code == 1
    assert "BTC/USDT is cached from binance" in err and "data clear BTC/USDT" in err
    assert "BTC/USDT@bybit" in err


def test_export_checks_the_output_folder_before_loading(tmp_path, capsys, monkeypatch):
    """Issue 10, item 9: export checked its output folder only after loading the data."""
    import app.commands.export_snapshot as snapshot

    loaded = []
    monkeypatch.setattr(snapshot, "load_for", lambda *a, **k: loaded.append(a))
    missing = tmp_path / "no" / "such" / "folder" / "chart.png"
    code, _out, err = _run(capsys, "export", "--out", str(missing), "--demo")
    assert code == 1 and not loaded
    assert err.strip() == (
        f"error: The folder {missing.parent} does not exist; create it or choose another --out."
    )
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _out, err = _run(capsys, "export", "--out", str(blocker / "chart.png"), "--demo")
    assert code == 1 and not loaded and "is a file, not a folder" in err


def test_ctrl_c_stops_a_command_at_once_even_while_a_request_hangs():
    """Issue 10: a hang must be cancellable at once from the command line too. The fetch
    runs on a helper thread; Ctrl-C (here ``interrupt_main``) reaches the command at once
    and cancels the fetch's control, though the request itself still hangs."""
    import _thread
    import threading

    from app.commands.common import run_interruptible
    from models.market.fetch_control import FetchControl

    control = FetchControl()
    released = threading.Event()

    def hanging_fetch():
        released.wait(30)  # a request that does not see signals

    threading.Timer(0.3, _thread.interrupt_main).start()
    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        run_interruptible(control, hanging_fetch)
    assert time.monotonic() - started < 1.0 and control.cancelled
    released.set()


def test_refresh_says_which_pages_it_kept_and_which_exchange_stood_in(
    tmp_path, capsys, monkeypatch
):
    """Issue 10, item 9: refresh never said which pages it kept or which exchange it fell
    back to."""
    root = tmp_path / "cache"
    full = _crypto()
    with running_exchange_servers(("binance", "bybit")) as servers:
        register_pair(servers["bybit"], "ETH/USDT", full, "1d")
        servers["binance"].inject("/api/v3", "451", times=50)
        sources = {"ccxt": make_exchange_source(servers)}
        monkeypatch.setattr(repository_module, "default_sources", lambda: sources)
        code, out, err = _run(capsys, "data", "refresh", "ETH/USDT", "--cache-dir", str(root))
    assert code == 0, err
    assert "ETH/USDT 1d:" in out
    assert "warning: binance refused this region (HTTP 451); served by bybit" in err
    hourly = walk_bars(
        pd.date_range(end=pd.Timestamp.now(tz="UTC").floor("h"), periods=2500, freq="h", tz="UTC"),
        seed=5,
    )
    with running_exchange_servers(("binance",)) as servers:
        binance = servers["binance"]
        register_pair(binance, "BTC/USDT", hourly, "1h")
        pages = binance.routes[binance.kline_path]

        def first_page_then_500(request):
            if binance.count(binance.kline_path) > 3:  # after the first page of candles
                from tests.wire.server import Reply

                return Reply(500, {"code": -1000, "msg": "internal error"})
            return pages(request)

        binance.route(binance.kline_path, first_page_then_500)
        sources = {"ccxt": make_exchange_source(servers, chain=("binance",))}
        monkeypatch.setattr(repository_module, "default_sources", lambda: sources)
        argv = ("data", "refresh", "BTC/USDT", "--timeframe", "1h", "--cache-dir", str(root))
        code, _out, err = _run(capsys, *argv)
    assert code == 1
    kept = [line for line in err.splitlines() if line.startswith("warning: Kept ")]
    assert kept and "bars of BTC/USDT from binance fetched before the failure" in kept[0], err
