"""Which exchange names the app accepts: those of the catalogue's chain and those ccxt knows.

Any other string used to be taken as an exchange: a 300-character name reached the file
system as a cache folder name ("unexpected OSError"), a typo was fetched and failed late.
The check is cheap for the chain's names; others are looked up in ``ccxt.exchanges``
(importing ccxt, ~0.3 s, only then).
"""

from __future__ import annotations

import re
from functools import lru_cache

from models.errors import InvalidParameter
from models.market.instruments import CCXT, Instrument, load_catalogue

_NAME = re.compile(r"^[a-z][a-z0-9_]{1,31}$")


@lru_cache(maxsize=1)
def known_exchanges() -> frozenset[str]:
    """The exchange ids ccxt knows plus the catalogue's chain (the chain alone without ccxt)."""
    chain = frozenset(load_catalogue().exchange_chain)
    try:
        import ccxt
    except ImportError:
        return chain
    return chain | frozenset(ccxt.exchanges)


def check_exchange(name: str) -> str:
    """``name`` when it is an exchange the app can use, else ``InvalidParameter``."""
    if name in load_catalogue().exchange_chain:
        return name
    if _NAME.match(name) and name in known_exchanges():
        return name
    shown = name if len(name) <= 40 else name[:37] + "..."
    chain = ", ".join(load_catalogue().exchange_chain)
    raise InvalidParameter(
        f"'{shown}' is not an exchange the app knows; use one of ccxt's exchange ids, "
        f"for example {chain}, kraken or coinbase."
    )


def check_instrument(instrument: Instrument) -> Instrument:
    """``instrument`` when its pinned exchange (if any) is known, else ``InvalidParameter``."""
    if instrument.source == CCXT and instrument.exchange:
        check_exchange(instrument.exchange)
    return instrument
