"""The universe of the altseason index: which alts it counts, and what can never be one.

The public "altcoin season index" counts the largest coins except stablecoins and
wrapped or staked tokens: a stablecoin is pinned to a currency and a wrapped token
tracks another coin, so neither says anything about alts against BTC. The catalogue
lists both kinds by coin (``resources/instruments.json``, ``not_alts``); ``refusal``
says why a symbol cannot join a universe, and ``Universe`` is the list a user edits,
stored in the settings as plain symbols.

A universe picked today flatters the past (survivorship): the coins that died or fell
out of the top are missing from the earlier years, so the alts' record looks better
than any universe picked at the time would have. Every altseason series says so
(``survivorship_text``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from models.errors import InvalidParameter

if TYPE_CHECKING:
    from models.market.instruments import Catalogue, Instrument

STABLECOIN = "stablecoin"
ASSET_BACKED = "asset_backed"
WRAPPED = "wrapped"
_WHY = {
    STABLECOIN: "a stablecoin (pinned to a currency, it cannot outrun BTC on its own)",
    ASSET_BACKED: "an asset-backed token (it tracks gold or another asset, not crypto)",
    WRAPPED: "a wrapped or staked token (it tracks another coin)",
}
_QUOTED = ("-USD", "-USDT", "-EUR", "-BTC", "-ETH")


def coin_of(symbol: str) -> str:
    """The coin a crypto symbol is about: ``SOL`` of ``SOL/USDT``, ``SOL-USD``, ``SOL/USDT@okx``."""
    text = symbol.strip().upper().partition("@")[0]
    if "/" in text:
        return text.partition("/")[0]
    for suffix in _QUOTED:
        if text.endswith(suffix):
            return text.removesuffix(suffix)
    return text


def refusal(instrument: Instrument, not_alts: Mapping[str, str], benchmark_coin: str = "BTC"):
    """Why ``instrument`` cannot be in an altseason universe (one sentence), or None."""
    coin = coin_of(instrument.symbol)
    if instrument.recipe is not None:
        return f"{instrument.label} is a derived series; the universe holds coins only."
    if not instrument.is_crypto:
        return f"{instrument.label} is not a crypto asset; the universe holds alts only."
    if coin == benchmark_coin:
        return f"{instrument.label} is the benchmark the alts are measured against."
    kind = not_alts.get(coin)
    if kind is not None:
        return (
            f"{instrument.label} is {_WHY[kind]}; stablecoins, asset-backed and wrapped "
            "tokens are left out of the altseason universe, as in the public altcoin season "
            "index."
        )
    return None


def check_members(members: Iterable[Instrument], not_alts: Mapping[str, str], benchmark=None):
    """``members`` as a tuple when each may be in a universe and no coin is there twice;
    raises ``InvalidParameter`` with the first reason otherwise."""
    members = tuple(members)
    benchmark_coin = coin_of(benchmark.symbol) if benchmark is not None else "BTC"
    seen: dict[str, str] = {}
    for member in members:
        why = refusal(member, not_alts, benchmark_coin)
        if why:
            raise InvalidParameter(why)
        coin = coin_of(member.symbol)
        if coin in seen:
            raise InvalidParameter(
                f"{coin} is in the universe twice ({seen[coin]} and {member.label}); "
                "each coin counts once."
            )
        seen[coin] = member.label
    if not members:
        raise InvalidParameter("The altseason universe is empty; add at least one alt.")
    return members


def survivorship_text(label: str, size: int, coins) -> str:
    """The caveat every altseason series carries, with its coverage (``coins``: the
    number of alts counted at each date, a ``pandas.Series``)."""
    counted = coins[coins > 0]
    coverage = ""
    if len(counted):
        first, last = counted.index[0], counted.index[-1]
        coverage = (
            f" It counts {int(counted.iloc[0])} on {first:%Y-%m-%d}, "
            f"{int(counted.max())} at most, {int(counted.iloc[-1])} on {last:%Y-%m-%d}."
        )
    return (
        f"{label}: a universe of {size} alts picked today; coins that died or left the top "
        "are missing from earlier years, which flatters the alts (survivorship bias)." + coverage
    )


@dataclass(frozen=True)
class Universe:
    """The alts the ``altseason`` index counts, as the user edits and the settings store
    them: symbols as typed (``SOL-USD``, ``XRP/USDT``), in the user's order."""

    symbols: tuple[str, ...]

    @classmethod
    def default(cls, catalogue: Catalogue) -> Universe:
        """The catalogue's universe (``resources/instruments.json``)."""
        return cls(catalogue.altseason.universe)

    @classmethod
    def from_settings(cls, catalogue: Catalogue, values) -> tuple[Universe, list[str]]:
        """A stored list made usable: entries that no longer resolve or may not be in a
        universe are dropped, each with its reason; an unusable or empty list gives the
        catalogue's universe. Returns the universe and the reasons."""
        if not isinstance(values, list | tuple):
            return cls.default(catalogue), ["the stored altseason universe is not a list"]
        kept: list[str] = []
        dropped: list[str] = []
        for value in values:
            try:
                kept = list(cls(tuple(kept)).added(catalogue, str(value)).symbols)
            except InvalidParameter as why:
                dropped.append(str(why))
        if not kept:
            return cls.default(catalogue), [*dropped, "the stored universe was empty"]
        return cls(tuple(kept)), dropped

    def to_settings(self) -> list[str]:
        """The universe as a plain list of symbols (what the settings store)."""
        return list(self.symbols)

    def added(self, catalogue: Catalogue, text: str) -> Universe:
        """This universe with ``text`` added; raises ``InvalidParameter`` saying why not
        (a stablecoin, a wrapped token, not a coin, BTC itself, a coin already in)."""
        instrument = catalogue.resolve(text)
        check_members((*self.members(catalogue), instrument), catalogue.not_alts)
        return Universe((*self.symbols, instrument.label))

    def removed(self, text: str) -> Universe:
        """This universe without ``text`` (compared case-insensitively)."""
        key = text.strip().upper()
        return Universe(tuple(s for s in self.symbols if s.upper() != key))

    def members(self, catalogue: Catalogue) -> tuple[Instrument, ...]:
        """The symbols resolved by ``catalogue``."""
        return tuple(catalogue.resolve(symbol) for symbol in self.symbols)

    def applied_to(self, catalogue: Catalogue) -> Catalogue:
        """``catalogue`` whose ``altseason`` means this universe (the window resolves
        with it after the user edited the list)."""
        return catalogue.with_universe(self.symbols)
