"""Start-up from a warm cache paints the chart without importing yfinance or ccxt."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from models.market.instruments import load_catalogue
from models.market.repository import Repository
from tests.app.fakes import synthetic_frame

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {root!r})
    from app.cli import main
    code = main(["--cache-dir", {cache!r}])
    heavy = sorted(m for m in ("yfinance", "ccxt", "curl_cffi") if m in sys.modules)
    print("exit", code, "heavy", heavy)
    """
)


def test_warm_start_paints_without_source_libraries(tmp_path):
    catalogue = load_catalogue()
    repository = Repository(tmp_path / "cache", catalogue=catalogue, offline=True)
    for symbol, weekdays in (("^RUT", True), ("BTC/USDT", False), ("ETH/USDT", False)):
        frame = synthetic_frame("2021-01-01", 500, weekdays)
        repository.save_imported(catalogue.resolve(symbol), frame, "1d")
    script = tmp_path / "start.py"
    script.write_text(SCRIPT.format(root=str(ROOT), cache=str(tmp_path / "cache")))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "LIQUIDITY_CASCADE_EXIT_AFTER_FIRST_PAINT": "1",
    }
    proc = subprocess.run(
        [sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=90
    )
    assert "first_paint_epoch=" in proc.stdout, proc.stderr[-800:]
    assert "exit 0 heavy []" in proc.stdout, proc.stdout + proc.stderr[-800:]
