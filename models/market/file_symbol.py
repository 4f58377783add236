"""A first guess of the symbol a price file holds, from its name (the user confirms it)."""

from __future__ import annotations

import re
from pathlib import Path

_SUFFIXES = re.compile(r"([_-](daily|1d|adjusted)|[_-]1m.*|\.csv|\.gz|\.txt)+$", re.IGNORECASE)


def guess_symbol(path: str | Path) -> str:
    """A first guess of the symbol a price file holds, from its name (the user confirms it).

    ``rut_daily.csv`` -> ``^RUT``, ``btcusdt_daily.csv`` -> ``BTC/USDT``,
    ``eth_usd_daily.csv`` -> ``ETH-USD``, ``IWM.csv`` -> ``IWM``.
    """
    stem = _SUFFIXES.sub("", Path(path).name).lower()
    if stem in ("rut", "^rut", "russell2000", "russell_2000"):
        return "^RUT"
    pair = re.fullmatch(r"([a-z0-9]{2,10}?)[_-]?(usdt|busd|usdc)", stem)
    if pair:
        return f"{pair.group(1).upper()}/{pair.group(2).upper()}"
    yahoo = re.fullmatch(r"([a-z0-9]{2,10})[_-](usd|eur|btc)", stem)
    if yahoo:
        return f"{yahoo.group(1).upper()}-{yahoo.group(2).upper()}"
    return stem.upper()
