"""The instrument catalogue: what can be charted, where it comes from, which calendar.

The defaults live in ``resources/instruments.json`` (data, not code). Anything else a
user types resolves too: ``BASE/QUOTE`` (optionally ``@exchange``) is an exchange pair
through ccxt, anything else a Yahoo ticker.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from models.errors import InvalidParameter
from resources import path as resource_path

NYSE = "nyse"
ALWAYS_OPEN = "24/7"
YAHOO = "yahoo"
CCXT = "ccxt"

_PAIR = re.compile(r"^([A-Z0-9]{1,15})/([A-Z0-9]{1,15})$")
_TICKER = re.compile(r"^[\^A-Z0-9][A-Z0-9.\-=^]{0,19}$")
_YAHOO_CRYPTO = re.compile(r"^[A-Z0-9]{2,10}-(USD|USDT|EUR|BTC|ETH)$")


@dataclass(frozen=True)
class Instrument:
    """One chartable series source.

    ``exchange`` is empty for Yahoo and for a ccxt pair that follows the default
    exchange chain; it names one exchange when the user pinned it.
    """

    symbol: str
    name: str
    source: str
    calendar: str
    asset_class: str
    exchange: str = ""
    volume_proxy: str = ""
    in_catalogue: bool = False

    @property
    def is_crypto(self) -> bool:
        """True for 24/7 instruments."""
        return self.calendar == ALWAYS_OPEN

    @property
    def label(self) -> str:
        """Short label for legends and tables."""
        return self.symbol if not self.exchange else f"{self.symbol}@{self.exchange}"

    def on_exchange(self, exchange: str) -> Instrument:
        """The same pair pinned to one exchange."""
        return replace(self, exchange=exchange)


@dataclass(frozen=True)
class Catalogue:
    """The known instruments plus the default exchange chain and default selection."""

    instruments: tuple[Instrument, ...]
    exchange_chain: tuple[str, ...]
    default_equity: str
    default_crypto: tuple[str, ...]

    def get(self, symbol: str) -> Instrument | None:
        """The catalogue entry for ``symbol`` (case-insensitive), or None."""
        key = symbol.strip().upper()
        for inst in self.instruments:
            if inst.symbol.upper() == key:
                return inst
        return None

    def resolve(self, text: str) -> Instrument:
        """Turn what a user typed into an instrument, or raise ``InvalidParameter``."""
        raw = text.strip()
        symbol, _, exchange = raw.partition("@")
        pair = _PAIR.match(symbol.strip().upper())
        if pair:
            inst = self.get(pair.group(0)) or _user_pair(pair.group(1), pair.group(2))
            return inst.on_exchange(exchange.strip().lower()) if exchange else inst
        known = self.get(raw)
        if known:
            return known
        ticker = raw.upper()
        if exchange or not _TICKER.match(ticker):
            raise InvalidParameter(
                f"'{text}' is not a Yahoo ticker (like ^RUT or IWM) or an exchange pair "
                "(like BTC/USDT or BTC/USDT@kraken)."
            )
        return _user_ticker(ticker)

    def by_class(self, asset_class: str) -> list[Instrument]:
        """Catalogue entries of one asset class, in catalogue order."""
        return [i for i in self.instruments if i.asset_class == asset_class]


def _user_pair(base: str, quote: str) -> Instrument:
    return Instrument(f"{base}/{quote}", f"{base}/{quote}", CCXT, ALWAYS_OPEN, "crypto")


def _user_ticker(ticker: str) -> Instrument:
    crypto = bool(_YAHOO_CRYPTO.match(ticker))
    return Instrument(
        ticker,
        ticker,
        YAHOO,
        ALWAYS_OPEN if crypto else NYSE,
        "crypto" if crypto else "equity",
    )


def _entry(raw: dict) -> Instrument:
    return Instrument(
        symbol=raw["symbol"],
        name=raw["name"],
        source=raw["source"],
        calendar=raw["calendar"],
        asset_class=raw["asset_class"],
        volume_proxy=raw.get("volume_proxy", ""),
        in_catalogue=True,
    )


@lru_cache(maxsize=1)
def load_catalogue() -> Catalogue:
    """Read the catalogue from ``resources/instruments.json`` (cached per process)."""
    data = json.loads(resource_path("instruments.json").read_text(encoding="utf-8"))
    return Catalogue(
        instruments=tuple(_entry(e) for e in data["instruments"]),
        exchange_chain=tuple(data["default_exchange_chain"]),
        default_equity=data["defaults"]["equity"],
        default_crypto=tuple(data["defaults"]["crypto"]),
    )
