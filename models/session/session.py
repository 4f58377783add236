"""What the window charts: the chosen instruments and the series loaded for them."""

from __future__ import annotations

from dataclasses import dataclass, field

from models.errors import DataError
from models.market.instruments import Catalogue, Instrument
from models.market.series import MarketSeries
from models.notices import Notice


@dataclass(frozen=True)
class Selection:
    """The equity and the crypto instruments the user picked (resolved from the catalogue)."""

    equity: Instrument
    crypto: tuple[Instrument, ...]

    @property
    def instruments(self) -> tuple[Instrument, ...]:
        """Equity first, then the crypto instruments in the user's order."""
        return (self.equity, *self.crypto)

    def texts(self) -> tuple[str, list[str]]:
        """The selection as the user would type it (for settings and the symbol picker)."""
        return self.equity.symbol, [c.label for c in self.crypto]

    def with_instrument(self, instrument: Instrument) -> Selection:
        """This selection with ``instrument`` added in its slot (equity replaced, crypto added)."""
        if instrument in self.instruments:
            return self
        if instrument.is_crypto:
            return Selection(self.equity, (*self.crypto, instrument))
        return Selection(instrument, self.crypto)

    def without(self, instruments) -> Selection:
        """This selection less the crypto ``instruments`` (the equity always stays)."""
        dropped = set(instruments)
        return Selection(self.equity, tuple(c for c in self.crypto if c not in dropped))


def resolve_selection(
    catalogue: Catalogue, equity_text: str, crypto_texts: list[str], exchange: str = ""
) -> Selection:
    """Resolve what the user typed; raises ``InvalidParameter`` naming the bad entry.

    ``exchange`` pins every ccxt pair that the user did not pin with ``@exchange``.
    """
    equity = catalogue.resolve(equity_text)
    crypto = []
    for text in crypto_texts:
        inst = catalogue.resolve(text)
        if exchange and inst.source == "ccxt" and not inst.exchange:
            inst = inst.on_exchange(exchange)
        crypto.append(inst)
    return Selection(equity, tuple(crypto))


@dataclass
class Session:
    """Series ready to chart: one equity and any number of crypto series (none: the
    equity is charted alone, and the command line's ``events`` loads it so).

    ``origin`` says how they got here: 'cache', 'fetch', 'import', 'demo'.
    ``volume_proxy`` is the equity's volume stand-in (``Instrument.volume_proxy``, IWM for
    ^RUT) when cached (``models.session.loading.volume_proxy``).
    """

    equity: MarketSeries
    crypto: list[MarketSeries]
    origin: str
    selection: Selection | None = None
    volume_proxy: MarketSeries | None = None

    @property
    def series(self) -> list[MarketSeries]:
        """Every series, equity first."""
        return [self.equity, *self.crypto]

    @property
    def is_demo(self) -> bool:
        """True when any series is synthetic demo data."""
        return any(s.is_demo for s in self.series)


@dataclass
class LoadOutcome:
    """What a cache load or a fetch produced: series per instrument and errors per instrument."""

    selection: Selection
    series: dict[Instrument, MarketSeries] = field(default_factory=dict)
    errors: dict[Instrument, DataError] = field(default_factory=dict)
    notices: list[Notice] = field(default_factory=list)  # for the user: set-aside files, gaps
    volume_proxy: MarketSeries | None = None  # the equity's volume stand-in, when cached

    def session(self, origin: str) -> Session | None:
        """A chartable session (the equity plus every crypto series that loaded, possibly
        none), or None when the equity itself did not load."""
        equity = self.series.get(self.selection.equity)
        crypto = [self.series[c] for c in self.selection.crypto if c in self.series]
        if equity is None:
            return None
        return Session(equity, crypto, origin, self.selection, self.volume_proxy)
