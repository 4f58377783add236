"""The one demo picker: synthetic series (``models.market.demo``) as a session."""

from __future__ import annotations

from collections.abc import Sequence

from models.errors import InvalidParameter
from models.market.series import MarketSeries
from models.session.session import Selection, Session


def demo_session(texts: Sequence[str] | None = None, years: int = 12) -> Session:
    """Demo data as a session: every demo series (None), or those ``texts`` name.

    The first text is the equity, the rest crypto (none is allowed: ``events`` needs the
    equity only). A text is a symbol with or without ``DEMO `` (``BTC/USDT``,
    ``DEMO BTC/USDT``); an ``@exchange`` is ignored. Raises ``InvalidParameter`` naming
    what the demo has when a text names nothing in it.
    """
    from models.market.demo import demo_bundle  # the generator only when asked for

    bundle = demo_bundle(years=years)
    every = [bundle.equity, *bundle.crypto]
    picked = every if texts is None else [_pick(every, text) for text in texts]
    equity, crypto = picked[0], picked[1:]
    selection = Selection(equity.instrument, tuple(c.instrument for c in crypto))
    return Session(equity, list(crypto), "demo", selection)


def _pick(every: list[MarketSeries], text: str) -> MarketSeries:
    wanted = _bare(text.partition("@")[0])
    for series in every:
        if _bare(series.instrument.symbol) == wanted:
            return series
    known = ", ".join(s.instrument.symbol.removeprefix("DEMO ") for s in every)
    raise InvalidParameter(f"The demo data has no {text.strip()}; it has {known}.")


def _bare(symbol: str) -> str:
    return symbol.strip().upper().removeprefix("DEMO ").strip()
