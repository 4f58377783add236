"""The cascade view on the real files (../shared/data): the default chain imported into a
temporary cache (FRED's liquidity series with the reverse repo's real zero days, the
stages, ^RUT, BTC, ETH and the alts), shown in the window as the app states it. Skipped
when the data is absent."""

from __future__ import annotations

import argparse

import pytest

from app.cli import main
from models.cascade.stages import DEFAULT_CHAIN

pytestmark = pytest.mark.realdata

FILES = {
    "FRED:WALCL": "macro/walcl_weekly.csv",
    "FRED:WTREGEN": "macro/wtregen_weekly.csv",
    "FRED:RRPONTSYD": "macro/rrpontsyd_daily.csv",
    "FRED:BAMLH0A0HYM2": "macro/hy_oas_daily.csv",
    "TLT": "stages/tlt_daily.csv",
    "^GSPC": "stages/gspc_daily.csv",
    "^RUT": "index/rut_daily.csv",
    **{
        f"{coin}-USD": f"crypto/yahoo/{coin.lower()}_usd_daily.csv"
        for coin in ("BTC", "ETH", "XRP", "LTC", "ADA", "DOGE", "BNB", "SOL")
    },
    "BTC/USDT": "crypto/binance/btcusdt_daily.csv",
    "ETH/USDT": "crypto/binance/ethusdt_daily.csv",
}


@pytest.fixture(scope="module")
def real_cache(tmp_path_factory):
    from tests.conftest import SHARED_DATA

    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present")
    cache = tmp_path_factory.mktemp("real") / "cache"
    specs = [f"{symbol}={SHARED_DATA / path}" for symbol, path in FILES.items()]
    assert main(["data", "import", "--cache-dir", str(cache), *specs]) == 0
    return cache


def test_the_default_chain_on_the_real_files_in_the_window(qtbot, real_cache):
    from app.bootstrap import build_window

    args = argparse.Namespace(offline=True, cache_dir=str(real_cache), demo=False, imports=[])
    window, workers = build_window(args)
    qtbot.addWidget(window)
    try:
        window.resize(1920, 1080)
        window.show()
        qtbot.waitUntil(lambda: window.charts.state.prepared is not None, timeout=30_000)
        window.docks["cascade"].toggleViewAction().trigger()
        cascade = window.cascade
        qtbot.waitUntil(lambda: cascade.controller.analysis is not None, timeout=60_000)
        analysis = cascade.controller.analysis
        assert [s.symbol for s in analysis.stages] == [s.symbol for s in DEFAULT_CHAIN]
        assert not analysis.is_demo and cascade.panel.message() == ""
        table = cascade.panel.chain_table
        by_hop = {table.text_at(r, 0): r for r in range(table.rowCount())}
        # the index pair moves together on the day: no lead, p at the floor of its draws
        row = by_hop["large caps → small caps"]
        assert table.text_at(row, 1) == "0 d"
        assert table.text_at(row, 2) == "p ≤ 0.001 (1,000 draws)"
        assert int(table.text_at(row, 3).replace(",", "")) > 9000  # N: sessions since 1987
        assert "Sum of the hops" in by_hop and "Direct: net liquidity → alts" in by_hop
        columns = cascade.panel.cycles_table.columns()
        assert columns[0].kind == "now"
        anchors = {c.anchor.year for c in columns if c.kind == "breakout"}
        assert {2016, 2020, 2025} <= anchors  # the ^RUT breakouts the seeds cite
    finally:
        window.close()
        workers.wait_for_done(10_000)
