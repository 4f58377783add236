"""Names an export suggests for its files: the symbols, the lag and the last bar's date.

``rut-btc-eth_lag45_2026-12-06``: what is charted reads from the name, and two exports of
different views do not overwrite each other. Synthetic data says so: ``demo-rut-btc_...``.
"""

from __future__ import annotations

import re

from models.vocabulary import series_asset

_UNSAFE = re.compile(r"[^a-z0-9]+")


def symbol_part(label: str) -> str:
    """A symbol as a file name part: '^RUT' -> 'rut', 'BTC/USDT@kraken' -> 'btc',
    'ETH-USD' -> 'eth', a ratio 'ETH/BTC' -> 'eth-btc'."""
    return _UNSAFE.sub("-", series_asset(label).lower()).strip("-") or "series"


def export_stem(session, lag_days: int) -> str:
    """The file name (without suffix) an export of ``session`` (a ``Session``) at
    ``lag_days`` suggests."""
    parts = [symbol_part(s.instrument.label) for s in session.series]
    symbols = "-".join(dict.fromkeys(parts))
    lasts = [s.last for s in session.series if s.rows]
    day = f"_{max(lasts):%Y-%m-%d}" if lasts else ""
    demo = "demo-" if session.is_demo else ""
    return f"{demo}{symbols}_lag{int(lag_days)}{day}"
