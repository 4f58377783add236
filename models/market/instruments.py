"""The instrument catalogue: what can be charted, where it comes from, which calendar.

The defaults live in ``resources/instruments.json`` (data, not code): the featured
instruments, the altcoins, the altseason universe and the coins that are never alts.
Anything else a user types resolves too:

* ``BASE/QUOTE`` (optionally ``@exchange``) is an exchange pair through ccxt; the
  exchange and TradingView notation ``BTCUSDT``, ``ETHBTC``, ``BINANCE:BTCUSDT`` reads as
  the pair when it ends in a known quote (``PAIR_QUOTES``; with an ``EXCHANGE:`` prefix
  ``USD`` too) after a coin of at least two characters;
* a derived series: ``A / B``, ``basket(...)``, ``altseason(...)``
  (``models.derived.syntax``), whose instrument carries its ``Recipe``;
* ``FRED:SERIES`` (``FRED:WALCL``) a FRED series, dated by publication
  (``models.market.sources.fred``);
* ``NETLIQ``, net liquidity, derived from three FRED series (``models.cascade.netliq``);
* anything else a Yahoo ticker.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from models.cascade.netliq import NETLIQ_INPUTS, NETLIQ_SYMBOL
from models.derived.recipe import (
    DEFAULT_WINDOW_DAYS,
    DERIVED,
    WINDOW_LIMITS,
    Recipe,
)
from models.derived.syntax import (
    ALTSEASON,
    BASKET,
    NETLIQ,
    RATIO,
    Formula,
    call_text,
    parse_formula,
    ratio_text,
)
from models.derived.universe import check_members, coin_of
from models.errors import InvalidParameter
from resources import path as resource_path

NYSE = "nyse"
ALWAYS_OPEN = "24/7"
YAHOO = "yahoo"
CCXT = "ccxt"
FRED = "fred"
#: how a FRED series is typed: ``FRED:`` and FRED's series id
FRED_PREFIX = "FRED:"

#: quotes that end an exchange-notation pair (``BTCUSDT``), longest first
PAIR_QUOTES: tuple[str, ...] = (
    "FDUSD", "USDT", "USDC", "BUSD", "TUSD", "DAI", "BTC", "ETH", "BNB", "EUR", "TRY",
)  # fmt: skip

_PAIR = re.compile(r"^([A-Z0-9]{1,15})/([A-Z0-9]{1,15})$")
_TICKER = re.compile(r"^[\^A-Z0-9][A-Z0-9.\-=^]{0,19}$")
_YAHOO_CRYPTO = re.compile(r"^[A-Z0-9]{2,10}-(USD|USDT|EUR|BTC|ETH)$")
_FRED = re.compile(r"^FRED:([A-Z0-9_]{1,40})$")
_NOTATION = re.compile(r"^(?:([A-Z][A-Z0-9]{1,19}):)?([A-Z0-9]{4,20})$")


@dataclass(frozen=True)
class Instrument:
    """One chartable series source.

    ``exchange`` is empty for Yahoo and for a ccxt pair that follows the default
    exchange chain; it names one exchange when the user pinned it. A derived series
    (source ``derived``) has a ``recipe`` naming its inputs.
    """

    symbol: str
    name: str
    source: str
    calendar: str
    asset_class: str
    exchange: str = ""
    volume_proxy: str = ""
    in_catalogue: bool = False
    recipe: Recipe | None = None

    @property
    def is_crypto(self) -> bool:
        """True for 24/7 instruments."""
        return self.calendar == ALWAYS_OPEN

    @property
    def is_derived(self) -> bool:
        """True for a ratio, a basket or the altseason index (computed from ``inputs``)."""
        return self.recipe is not None

    @property
    def is_breadth(self) -> bool:
        """True for the altseason index: a 0-100 share of alts, not a price (it is drawn in
        the breadth pane and never divided or rebased like a coin)."""
        return self.recipe is not None and self.recipe.kind == ALTSEASON

    @property
    def inputs(self) -> tuple[Instrument, ...]:
        """The instruments a derived series is computed from (none for a plain one)."""
        return self.recipe.inputs if self.recipe is not None else ()

    @property
    def label(self) -> str:
        """Short label for legends and tables."""
        return self.symbol if not self.exchange else f"{self.symbol}@{self.exchange}"

    def on_exchange(self, exchange: str) -> Instrument:
        """The same pair pinned to one exchange."""
        return replace(self, exchange=exchange)


@dataclass(frozen=True)
class AltseasonDefaults:
    """What plain ``altseason`` means: its universe (symbols), benchmark and window."""

    universe: tuple[str, ...]
    benchmark: str
    window_days: int = DEFAULT_WINDOW_DAYS


@dataclass(frozen=True)
class Catalogue:
    """The known instruments, the default exchange chain and selection, the altseason
    defaults and the coins that are never alts (``excluded``: (coin, kind) pairs).
    ``common_derived`` are the derived series offered ready-made (an ETH/BTC ratio, a
    basket, the altseason index), as typed."""

    instruments: tuple[Instrument, ...]
    exchange_chain: tuple[str, ...]
    default_equity: str
    default_crypto: tuple[str, ...]
    altseason: AltseasonDefaults = AltseasonDefaults((), "BTC-USD")
    excluded: tuple[tuple[str, str], ...] = ()
    common_derived: tuple[str, ...] = ()

    @property
    def not_alts(self) -> dict[str, str]:
        """Coin -> ``stablecoin`` or ``wrapped``: never in an altseason universe."""
        return dict(self.excluded)

    def get(self, symbol: str) -> Instrument | None:
        """The catalogue entry for ``symbol`` (case-insensitive), or None."""
        key = symbol.strip().upper()
        for inst in self.instruments:
            if inst.symbol.upper() == key:
                return inst
        return None

    def resolve(self, text: str) -> Instrument:
        """Turn what a user typed into an instrument, or raise ``InvalidParameter``."""
        formula = parse_formula(text)
        if formula is not None:
            return self._derived(formula)
        raw = text.strip()
        symbol, _, exchange = raw.partition("@")
        pair = _PAIR.match(symbol.strip().upper())
        if pair:
            inst = self.get(pair.group(0)) or _user_pair(pair.group(1), pair.group(2))
            return inst.on_exchange(exchange.strip().lower()) if exchange else inst
        known = self.get(raw)
        if known:
            return known
        fred = _FRED.match(raw.upper())
        if fred and not exchange:
            return _fred_instrument(fred.group(1))
        notation = _pair_notation(raw.upper()) if not exchange else None
        if notation is not None:
            base, quote, venue = notation
            inst = self.get(f"{base}/{quote}") or _user_pair(base, quote)
            return inst.on_exchange(venue) if venue else inst
        ticker = raw.upper()
        if exchange or not _TICKER.match(ticker):
            raise InvalidParameter(
                f"'{text}' is not a Yahoo ticker (like ^RUT or IWM), an exchange pair "
                "(like BTC/USDT, BTCUSDT or BTC/USDT@kraken), a FRED series (like "
                "FRED:WALCL) or a derived series (like ETH/USDT / BTC/USDT, "
                "basket(SOL/USDT, ADA/USDT), altseason or NETLIQ)."
            )
        return _user_ticker(ticker)

    def by_class(self, asset_class: str) -> list[Instrument]:
        """Catalogue entries of one asset class, in catalogue order."""
        return [i for i in self.instruments if i.asset_class == asset_class]

    def with_universe(self, symbols) -> Catalogue:
        """This catalogue whose plain ``altseason`` counts ``symbols`` (a user's universe)."""
        return replace(self, altseason=replace(self.altseason, universe=tuple(symbols)))

    # -- derived series --------------------------------------------------------------------

    def _derived(self, formula: Formula) -> Instrument:
        if formula.kind == RATIO:
            numerator, denominator = (self._operand(text) for text in formula.args)
            recipe = Recipe(RATIO, (numerator, denominator))
            return _derived_instrument(recipe, ratio_text(numerator.label, denominator.label))
        if formula.kind == BASKET:
            return self._basket(formula)
        if formula.kind == NETLIQ:
            recipe = Recipe(NETLIQ, tuple(self.resolve(text) for text in NETLIQ_INPUTS))
            return _derived_instrument(recipe, NETLIQ_SYMBOL)
        return self._altseason(formula)

    def _operand(self, text: str) -> Instrument:
        inst = self.resolve(text)
        if inst.is_breadth:
            raise InvalidParameter(
                f"{inst.label} is a 0-100 breadth index, not a price: it cannot be divided."
            )
        return inst

    def _coin(self, text: str, what: str) -> Instrument:
        inst = self.resolve(text)
        if inst.is_derived:
            raise InvalidParameter(f"{inst.label} is a derived series; {what} take plain symbols.")
        return inst

    def _basket(self, formula: Formula) -> Instrument:
        members = tuple(self._coin(text, "basket members") for text in formula.args)
        if len(members) < 2:
            raise InvalidParameter("A basket takes two members or more: basket(SOL-USD, ADA-USD).")
        labels = [m.label for m in members]
        twice = sorted({label for label in labels if labels.count(label) > 1})
        if twice:
            raise InvalidParameter(f"{', '.join(twice)} is in the basket twice.")
        given = formula.option("benchmark")
        benchmark = self._coin(given, "benchmarks") if given else self._btc_for(members[0])
        options = (("benchmark", benchmark.label),) if given else ()
        recipe = Recipe(BASKET, members, benchmark)
        return _derived_instrument(recipe, call_text(BASKET, labels, options))

    def _altseason(self, formula: Formula) -> Instrument:
        texts = formula.args or self.altseason.universe
        members = tuple(self._coin(text, "the altseason universe") for text in texts)
        given = formula.option("benchmark")
        if given:
            benchmark = self._coin(given, "benchmarks")
        elif formula.args:
            benchmark = self._btc_for(members[0])
        else:
            benchmark = self.resolve(self.altseason.benchmark)
        check_members(members, self.not_alts, benchmark)
        if benchmark is None or not benchmark.is_crypto:
            raise InvalidParameter(
                "altseason compares alts with BTC: give benchmark=BTC-USD (or BTC/USDT) "
                "and alts quoted in USD or USDT."
            )
        window = _window(formula.option("window"), self.altseason.window_days)
        options = [("window", str(window))] if window != self.altseason.window_days else []
        if given:
            options.append(("benchmark", benchmark.label))
        labels = [m.label for m in members] if formula.args else []
        recipe = Recipe(ALTSEASON, members, benchmark, window)
        return _derived_instrument(recipe, call_text(ALTSEASON, labels, options))

    def _btc_for(self, member: Instrument) -> Instrument | None:
        """BTC in ``member``'s quote (``BTC/USDT`` for ``SOL/USDT``, ``BTC-USD`` for
        ``SOL-USD``), on its exchange when pinned; None when it is quoted in BTC."""
        if member.source == CCXT:
            quote = member.symbol.partition("/")[2]
            btc = self.resolve(f"BTC/{quote}") if quote != "BTC" else None
            return btc.on_exchange(member.exchange) if btc and member.exchange else btc
        quote = member.symbol.rpartition("-")[2]
        if member.is_crypto and quote and quote != "BTC" and quote != member.symbol:
            return self.resolve(f"BTC-{quote}")
        return None


def _derived_instrument(recipe: Recipe, symbol: str) -> Instrument:
    return Instrument(symbol, recipe.describe(), DERIVED, recipe.calendar(), DERIVED, recipe=recipe)


def _window(text: str | None, default: int) -> int:
    if text is None:
        return default
    low, high = WINDOW_LIMITS
    try:
        window = int(text)
    except ValueError:
        window = 0
    if not low <= window <= high:
        raise InvalidParameter(f"window= takes whole days from {low} to {high}, not '{text}'.")
    return window


def _pair_notation(text: str) -> tuple[str, str, str] | None:
    """(base, quote, exchange) of ``BTCUSDT`` or ``BINANCE:BTCUSDT``, else None."""
    match = _NOTATION.match(text)
    if match is None:
        return None
    venue, joined = (match.group(1) or "").lower(), match.group(2)
    for quote in (*PAIR_QUOTES, "USD") if venue else PAIR_QUOTES:
        base = joined.removesuffix(quote)
        if joined.endswith(quote) and len(base) >= 2:
            return base, quote, venue
    return None


def _fred_instrument(series_id: str) -> Instrument:
    return Instrument(f"{FRED_PREFIX}{series_id}", f"FRED {series_id}", FRED, NYSE, "macro")


def fred_series_id(instrument: Instrument) -> str:
    """FRED's id of a FRED instrument (``WALCL`` for ``FRED:WALCL``)."""
    return instrument.symbol.removeprefix(FRED_PREFIX)


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


def _altcoin_entries(raw: dict) -> list[Instrument]:
    """An ``altcoins`` entry: the coin's Yahoo ticker and, when listed, its exchange pair
    (asset class ``altcoin``: typed or in a universe, not in the featured list)."""
    coin, name, ticker, pair = raw["coin"], raw["name"], raw.get("yahoo"), raw.get("pair")
    found = []
    if ticker:
        found.append(Instrument(ticker, f"{name} ({ticker}, Yahoo)", YAHOO, ALWAYS_OPEN, ""))
    if pair:
        found.append(Instrument(pair, f"{name} ({pair})", CCXT, ALWAYS_OPEN, ""))
    if any(coin_of(i.symbol) != coin for i in found):
        raise ValueError(f"instruments.json: {coin}'s symbols name another coin")
    return [replace(i, asset_class="altcoin", in_catalogue=True) for i in found]


@lru_cache(maxsize=1)
def load_catalogue() -> Catalogue:
    """Read the catalogue from ``resources/instruments.json`` (cached per process)."""
    data = json.loads(resource_path("instruments.json").read_text(encoding="utf-8"))
    featured = [_entry(e) for e in data["instruments"]]
    known = {i.symbol for i in featured}
    alts = [i for e in data["altcoins"] for i in _altcoin_entries(e) if i.symbol not in known]
    season = data["altseason"]
    return Catalogue(
        instruments=tuple(featured + alts),
        exchange_chain=tuple(data["default_exchange_chain"]),
        default_equity=data["defaults"]["equity"],
        default_crypto=tuple(data["defaults"]["crypto"]),
        altseason=AltseasonDefaults(
            tuple(season["universe"]), season["benchmark"], int(season["window_days"])
        ),
        excluded=tuple((coin, kind) for kind, coins in data["not_alts"].items() for coin in coins),
        common_derived=tuple(data["defaults"].get("derived", ())),
    )
