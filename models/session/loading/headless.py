"""What a command line run charts or analyses: demo data, this run's imports, the cache.

``load_session`` serves ``events``, ``leadlag`` and ``export`` alike: the series come
from ``--demo`` (synthetic, marked DEMO), from ``--import SYMBOL=FILE`` (read and checked
in full, saved to the cache first, then used as imported, never topped up) or from the
cache, topped up from the sources when the request says ``fetch``; a failed top-up falls
back to the cached bars with a ``stale`` notice (a scheduled export still gets drawn, and
says how old its data is). The volume proxy follows the one policy of
``models.session.loading.volume_proxy``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from models.errors import CacheCorrupt, InvalidParameter, NoDataInRange, UnknownSymbol
from models.market.fetch_control import FetchControl
from models.market.frames import DAILY
from models.market.instruments import Catalogue, Instrument
from models.market.series import MarketSeries
from models.notices import (
    CACHE_REBUILT,
    CACHE_SET_ASIDE,
    FUTURE_IGNORED,
    PARTIAL_KEPT,
    PARTIAL_LOST,
    RESAMPLED,
    STALE,
    Notice,
)
from models.session.imports import read_imports, save_imports
from models.session.loading.demo import demo_session
from models.session.loading.derived import load_derived
from models.session.loading.fetching import fetch_instrument
from models.session.loading.volume_proxy import load_volume_proxy
from models.session.session import Selection, Session

#: what a command says of a load, as warnings: a cached file set aside or rebuilt (with
#: where it went), bars ignored or kept or lost, a failed top-up served from the cache
SAID_BY_COMMANDS = (
    RESAMPLED,
    CACHE_SET_ASIDE,
    CACHE_REBUILT,
    FUTURE_IGNORED,
    PARTIAL_KEPT,
    PARTIAL_LOST,
    STALE,
)


@dataclass(frozen=True)
class LoadRequest:
    """What a command asks for: the symbols as typed and where their bars may come from."""

    equity: str
    crypto: tuple[str, ...] = ()
    demo: bool = False
    imports: tuple[str, ...] = ()  # SYMBOL=FILE
    fetch: bool = False  # top the cache up from the sources (else the cache as it is)
    start: pd.Timestamp | None = None  # the earliest bar wanted when fetching
    end: pd.Timestamp | None = None
    volume_proxy: str = ""  # overrides the catalogue's


@dataclass
class Loaded:
    """A loaded session, which of its series were imported this run, and what to tell."""

    session: Session
    imported: frozenset[str] = frozenset()  # upper-case symbols imported this run
    notices: list[Notice] = field(default_factory=list)

    def origin(self, series: MarketSeries) -> str:
        """How ``series`` got here: 'demo', 'import' (this run) or 'cache'."""
        if series.is_demo:
            return "demo"
        return "import" if series.instrument.symbol.upper() in self.imported else "cache"


def load_session(
    request: LoadRequest, catalogue: Catalogue, repository, control: FetchControl | None = None
) -> Loaded:
    """The session ``request`` asks for; ``repository`` may be None for demo data.

    ``Loaded.notices`` are what the command should print as warnings: each import's
    calendar mismatch, each cached file set aside (naming where it went), each failed
    top-up served from the cache (``SAID_BY_COMMANDS``). Raises a ``DataError`` with a
    one-line reason when a series cannot be had (``CacheCorrupt`` when its cached file
    was unreadable and set aside).
    """
    texts = (request.equity, *request.crypto)
    if request.demo:
        if request.volume_proxy:
            raise InvalidParameter("A volume proxy needs real data; the demo index has its own.")
        return Loaded(demo_session(texts))
    pending = read_imports(catalogue, request.imports, daily=True)
    notices = [w for w in (item.calendar_warning() for item in pending) if w is not None]
    imported = {s.instrument.symbol.upper(): s for s in save_imports(repository, pending)}
    source = _Source(request, catalogue, repository, imported, control or FetchControl())
    series = [source.series(text) for text in texts]
    said = [n for s in series for n in s.notices] + list(repository.notices)
    notices += _unique(n for n in said if n.kind in SAID_BY_COMMANDS)
    equity, crypto = series[0], series[1:]
    proxy = load_volume_proxy(
        repository, catalogue, equity.instrument, request.volume_proxy, imported
    )
    selection = Selection(equity.instrument, tuple(s.instrument for s in crypto))
    fetched = any(not s.from_cache for s in series)
    origin = "import" if imported else ("fetch" if fetched else "cache")
    session = Session(equity, crypto, origin, selection, proxy)
    return Loaded(session, frozenset(imported), notices)


@dataclass
class _Source:
    """Finds one series by what the user typed: this run's imports, else the cache
    (topped up when the request says ``fetch``)."""

    request: LoadRequest
    catalogue: Catalogue
    repository: object
    imported: dict[str, MarketSeries]
    control: FetchControl

    def series(self, text: str) -> MarketSeries:
        instrument = self.catalogue.resolve(text)
        if instrument.is_derived:  # computed from its inputs, each found as below
            return load_derived(instrument, self.plain)
        return self.plain(instrument)

    def plain(self, instrument: Instrument) -> MarketSeries:
        found = self.imported.get(instrument.symbol.upper())
        if found is None and self.request.fetch:
            found = _fetched(self.repository, instrument, self.request, self.control)
        if found is None:
            found = _cached(self.repository, instrument)
        if found.frame.empty:
            raise NoDataInRange(f"No prices for {instrument.label}.")
        return found


def _unique(notices) -> list[Notice]:
    out: list[Notice] = []
    for notice in notices:
        if not any(n.kind == notice.kind and n.text == notice.text for n in out):
            out.append(notice)
    return out


def _cached(repository, instrument: Instrument) -> MarketSeries:
    read = repository.read_cached(instrument, DAILY)
    series = read.series
    set_aside = [n for n in read.notices if n.kind == CACHE_SET_ASIDE]
    if series is None and set_aside:
        raise CacheCorrupt(
            f"{set_aside[0].text.rstrip('.')}; run 'main.py data refresh {instrument.label}' "
            f"or pass --import {instrument.label}=FILE."
        )
    if series is not None:
        series.notices.extend(read.notices)
    if series is None or series.frame.empty:
        raise NoDataInRange(
            f"No daily prices for {instrument.label} in the cache; run "
            f"'main.py data refresh {instrument.label}' or pass "
            f"--import {instrument.label}=FILE."
        )
    return series


def _fetched(repository, instrument: Instrument, request: LoadRequest, control) -> MarketSeries:
    """The cache topped up; when that fails, the cached bars with a ``stale`` notice."""
    answer = fetch_instrument(repository, instrument, control, request.start, request.end)
    if answer.error is None:
        return answer.series
    if isinstance(answer.error, (UnknownSymbol, InvalidParameter)):
        raise answer.error
    cached = repository.load(instrument, DAILY)
    if cached is None or cached.frame.empty:
        raise answer.error
    text = (
        f"{instrument.label} could not be refreshed ({answer.error}); "
        f"using the cached bars up to {cached.last:%Y-%m-%d}"
    )
    cached.notices.append(Notice(STALE, instrument.label, text))
    return cached
