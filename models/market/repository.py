"""The repository: cache first, then fetch only what is missing, and never lose cached bars.

``Repository`` is what the app and the command line use to obtain price series. It
serves what ``models.market.cache.store.SeriesCache`` holds and asks a ``PriceSource`` only for the
spans the cache lacks: the tail after the last cached bar and, when the caller asks
for an earlier start, the head before the cached start.

Guarantees (on top of the cache's own crash safety):

* A failed or cancelled fetch never removes or shortens cached data. Bars a source
  delivered before failing (``DataError.partial``) are merged and saved, then the
  error is re-raised.
* An incremental refresh appends one chunk holding the new bars only.
* A ccxt pair that follows the exchange chain is stored under the exchange that served
  it and later refreshed from that same exchange, so a series never mixes venues.
* Demo data is never written to the cache.
* A corrupt cached series is set aside and refetched; the user is told through a
  ``models.notices.Notice`` of kind ``cache_set_aside`` (``read_cached``,
  ``MarketSeries.notices`` and ``Repository.notices``), never by text to be matched.

Which spans are missing is ``models.market.spans``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from models.errors import (
    CacheCorrupt,
    DataError,
    InvalidParameter,
    NoDataInRange,
    RegionBlocked,
    SourceUnavailable,
)
from models.market.answers import (
    fetch_notices,
    future_notice,
    partial_to_keep,
    refuse_bad_bars,
    with_venue_hint,
)
from models.market.cache.chunks import frame_to_rows, merge_rows, rows_to_frame
from models.market.cache.store import CachedSeries, SeriesCache, SeriesInfo, SeriesKey
from models.market.cache_targets import key_matches
from models.market.exchanges import check_instrument
from models.market.fetch_control import FetchControl
from models.market.frames import conform
from models.market.instruments import CCXT, Catalogue, Instrument, load_catalogue
from models.market.paths import default_cache_dir
from models.market.series import MarketSeries, Provenance, series_from
from models.market.sources.base import FetchResult, PriceSource, default_sources
from models.market.spans import (
    Span,
    bound,
    contradicted,
    empty_after_import,
    expects_bars,
    holds_bar_at,
    missing_spans,
    without_future,
)
from models.notices import (
    CACHE_SET_ASIDE,
    Notice,
)

__all__ = ["CacheRead", "Repository", "SeriesInfo", "SeriesKey"]


@dataclass
class CacheRead:
    """What the cache holds for one instrument (None when nothing) and what to tell the
    user about it (a ``cache_set_aside`` notice when its file was unreadable)."""

    series: MarketSeries | None
    notices: list[Notice] = field(default_factory=list)


class Repository:
    """Cached access to price series; see the module docstring for the guarantees.

    ``sources`` maps a source name (``"yahoo"``, ``"ccxt"``) to a ``PriceSource``;
    by default the real Yahoo and exchange sources are created on the first fetch.
    ``offline=True`` never fetches. ``notices`` collects every ``Notice`` of this
    repository and its cache (entries set aside, partial pages kept after a failure).
    """

    def __init__(
        self,
        cache_dir: Path | None = None,
        sources: Mapping[str, PriceSource] | None = None,
        catalogue: Catalogue | None = None,
        offline: bool = False,
    ) -> None:
        self.cache = SeriesCache(default_cache_dir(cache_dir))
        self.catalogue = catalogue or load_catalogue()
        self.offline = offline
        self.notices: list[Notice] = self.cache.notices
        self._sources = dict(sources) if sources is not None else None

    # -- reading ---------------------------------------------------------------------------

    def load(self, instrument: Instrument, timeframe: str = "1d") -> MarketSeries | None:
        """What the cache holds for ``instrument`` (no network), or None.

        A corrupt entry is set aside, a notice is added to ``notices`` and None returned.
        """
        return self.read_cached(instrument, timeframe).series

    def read_cached(self, instrument: Instrument, timeframe: str = "1d") -> CacheRead:
        """``load`` with the notices of this read: a corrupt entry is set aside and
        reported as a ``cache_set_aside`` notice about ``instrument``."""
        key, cached, notices = self._read(instrument, timeframe)
        if cached is None:
            return CacheRead(None, notices)
        info = cached.info
        return CacheRead(
            series_from(instrument, key, cached.frame, cached.provenance, info, notices)
        )

    def get(
        self,
        instrument: Instrument,
        start=None,
        end=None,
        timeframe: str = "1d",
        control: FetchControl | None = None,
    ) -> MarketSeries:
        """The whole cached series merged with freshly fetched missing spans.

        Fetches the tail after the last cached bar (refetching that bar, which may have
        been still forming, unless it was imported) and, when ``start`` is earlier than
        what was ever asked for, the head. Nothing is fetched when the cache covers
        ``[start, end]``. ``from_cache`` is False when anything was fetched. Raises a
        ``DataError`` on failure after saving any partial pages; offline with nothing
        cached raises ``NoDataInRange``.
        """
        control = control or FetchControl()
        start, end = bound(start, timeframe), bound(end, timeframe)
        key, cached, notices = self._read(instrument, timeframe)
        if self.offline:
            return self._offline(instrument, key, cached, notices)
        spans = missing_spans(cached, start, end, timeframe)
        if not spans:
            info = cached.info
            return series_from(instrument, key, cached.frame, cached.provenance, info, notices)
        return self._fetch_spans(instrument, timeframe, key, cached, spans, control, notices)

    def refresh(
        self, instrument: Instrument, timeframe: str = "1d", control: FetchControl | None = None
    ) -> MarketSeries:
        """Fetch only the bars after the last cached one (everything when nothing is cached)."""
        return self.get(instrument, None, None, timeframe, control)

    # -- writing ---------------------------------------------------------------------------

    def save_imported(
        self,
        instrument: Instrument,
        frame: pd.DataFrame,
        timeframe: str,
        provenance: Provenance = Provenance.IMPORTED,
        file_name: str = "",
    ) -> MarketSeries:
        """Store imported bars under the instrument's own cache key and return the merged series.

        The key is the one a fetch would use (``^RUT`` -> yahoo), so a later refresh
        fetches only what comes after the imported bars. An unpinned exchange pair goes
        under the exchange already cached for it, else the first of the exchange chain.
        Imported rows win over cached rows on equal timestamps. Demo data is refused.
        ``file_name`` is recorded as where the rows came from (captions say it).
        """
        if provenance == Provenance.DEMO:
            raise InvalidParameter("Demo data is generated in memory and never cached.")
        frame = conform(frame, timeframe)
        if frame.empty:
            raise InvalidParameter(f"The file for {instrument.label} holds no bars to import.")
        key = self._existing_key(instrument, timeframe) or self._import_key(instrument, timeframe)
        start = frame.index[0]
        self.cache.append(
            key, frame, int(provenance), instrument, covered_start=start, imported_from=file_name
        )
        cached = self.cache.read(key)
        if cached is None:  # only if another process cleared it in between
            raise InvalidParameter(f"The import of {instrument.label} was removed meanwhile.")
        return series_from(instrument, key, cached.frame, cached.provenance, cached.info, [])

    def list_series(self) -> list[SeriesInfo]:
        """One summary per cached series (read from manifests only, fast)."""
        return self.cache.list()

    def clear(self, instrument: Instrument | None = None, timeframe: str | None = None) -> int:
        """Delete cached series matching ``instrument`` and/or ``timeframe``; returns how many.

        With no arguments everything goes, unreadable entries and set-aside ones included.
        The unfinished writes of the matching series go too.
        """
        if instrument is None and timeframe is None:
            return self.cache.remove_all()
        removed = 0
        for info in self.cache.list():
            if key_matches(info.key, instrument, timeframe):
                removed += int(self.cache.remove(info.key))
        for item in self.cache.unfinished():
            if item.key is not None and key_matches(item.key, instrument, timeframe):
                self.cache.discard_unfinished(item.key)
        return removed

    def cache_size_bytes(self) -> int:
        """Bytes the cache uses on disk."""
        return self.cache.size_bytes()

    # -- internals -------------------------------------------------------------------------

    def _candidate_keys(self, instrument: Instrument, timeframe: str) -> list[SeriesKey]:
        check_instrument(instrument)  # an exchange name never reaches the disk unchecked
        if instrument.source != CCXT or instrument.exchange:
            return [SeriesKey(instrument.source, instrument.exchange, instrument.symbol, timeframe)]
        chain = [SeriesKey(CCXT, ex, instrument.symbol, timeframe) for ex in self._chain()]
        return chain

    def _existing_key(self, instrument: Instrument, timeframe: str) -> SeriesKey | None:
        for key in self._candidate_keys(instrument, timeframe):
            if self.cache.has(key):
                return key
        if instrument.source == CCXT and not instrument.exchange:
            for info in self.cache.list():  # served by an exchange outside today's chain
                same = (info.source, info.symbol, info.timeframe)
                if same == (CCXT, instrument.symbol, timeframe):
                    return info.key
        return None

    def _import_key(self, instrument: Instrument, timeframe: str) -> SeriesKey:
        exchange = instrument.exchange
        if instrument.source == CCXT and not exchange:
            exchange = self._chain()[0]
        return SeriesKey(instrument.source, exchange, instrument.symbol, timeframe)

    def _chain(self) -> tuple[str, ...]:
        return self.catalogue.exchange_chain or ("binance",)

    def _read(
        self, instrument: Instrument, timeframe: str
    ) -> tuple[SeriesKey | None, CachedSeries | None, list[Notice]]:
        self.cache.check_root()  # a file given as the cache is said, not read as empty
        key = self._existing_key(instrument, timeframe)
        if key is None:
            return None, None, []
        try:
            cached = self.cache.read(key)
        except CacheCorrupt as err:
            told = [n for n in self.cache.notices if n.text == str(err)]
            notice = told[-1] if told else Notice(CACHE_SET_ASIDE, "", str(err))
            return None, None, [notice.about(instrument.label)]
        cached, dropped = without_future(cached, instrument.calendar)
        return key, cached, [future_notice(instrument, dropped)] if dropped else []

    def _offline(
        self,
        instrument: Instrument,
        key: SeriesKey | None,
        cached: CachedSeries | None,
        notices: list[Notice],
    ) -> MarketSeries:
        if cached is None:
            for notice in notices:  # the cached file was unreadable: say so, not "none"
                if notice.kind == CACHE_SET_ASIDE:
                    raise CacheCorrupt(f"{notice.text} (The app is offline.)")
            raise NoDataInRange(
                f"No cached bars for {instrument.label} and the app is offline; "
                "go online or import a CSV file."
            )
        info = cached.info
        return series_from(instrument, key, cached.frame, cached.provenance, info, notices)

    def _source(self, instrument: Instrument) -> PriceSource:
        if self._sources is None:
            self._sources = default_sources()
        source = self._sources.get(instrument.source)
        if source is None:
            raise SourceUnavailable(f"No price source '{instrument.source}' is configured.")
        return source

    def _fetch_spans(
        self,
        instrument: Instrument,
        timeframe: str,
        key: SeriesKey | None,
        cached: CachedSeries | None,
        spans: list[Span],
        control: FetchControl,
        notices: list[Notice],
    ) -> MarketSeries:
        # Refresh an existing unpinned pair from the venue it came from: never mix venues.
        fetch_as = instrument.on_exchange(key.exchange) if key and key.exchange else instrument
        parts = [frame_to_rows(cached.frame, cached.provenance)] if cached is not None else []
        last_info = cached.info if cached is not None else None
        have = cached is not None
        for span in spans:
            control.check_cancelled()
            try:
                result = self._fetch_one(fetch_as, span, timeframe, control, key, have)
            except RegionBlocked as err:
                if instrument.exchange or not fetch_as.exchange:
                    raise
                raise with_venue_hint(instrument.label, fetch_as.exchange, err) from err
            if result is None and holds_bar_at(cached, span.start):
                raise contradicted(instrument, span.start, fetch_as)
            tail = span.end is None  # after an imported last bar: days that must hold bars
            if result is None and tail and expects_bars(cached, span.start, instrument.calendar):
                raise empty_after_import(instrument, span.start, fetch_as)
            if result is None:
                continue  # the source had nothing newer: the cache is up to date
            key = key or self._result_key(instrument, result, timeframe)
            last_info = self._save(key, instrument, result, span)
            parts.append(frame_to_rows(result.frame, int(Provenance.FETCHED)))
            notices.extend(fetch_notices(instrument, result))
        if key is None or last_info is None:
            raise NoDataInRange(f"{instrument.label} has no bars in the requested range.")
        merged = merge_rows(parts)
        frame = rows_to_frame(merged, timeframe)
        series = series_from(instrument, key, frame, merged.codes, last_info, notices)
        series.from_cache = len(parts) == int(cached is not None)
        return series

    def _fetch_one(
        self,
        instrument: Instrument,
        span: Span,
        timeframe: str,
        control: FetchControl,
        key: SeriesKey | None,
        have_cache: bool,
    ) -> FetchResult | None:
        """One span's bars; None when a cached series simply has nothing newer."""
        try:
            result = self._source(instrument).fetch(
                instrument, span.start, span.end, timeframe, control
            )
        except NoDataInRange as err:
            if have_cache and (err.partial is None or not len(err.partial)):
                return None
            self._keep_partial(instrument, timeframe, key, err)
            raise
        except DataError as err:
            self._keep_partial(instrument, timeframe, key, err)
            raise
        result.frame = conform(result.frame, timeframe)
        refuse_bad_bars(instrument, result.frame, timeframe, result.exchange or instrument.source)
        if not result.frame.empty:
            return result
        if have_cache:
            return None
        raise NoDataInRange(f"{instrument.label} has no bars in the requested range.")

    def _keep_partial(
        self, instrument: Instrument, timeframe: str, key: SeriesKey | None, err: DataError
    ) -> None:
        """Save the bars a failed fetch delivered (``err.partial``) before it is re-raised."""
        key, partial, notice = partial_to_keep(instrument, timeframe, key, err)
        if partial is not None:
            self.cache.append(key, partial, int(Provenance.FETCHED), instrument)
        if notice is not None:
            self.notices.append(notice)

    def _result_key(self, instrument: Instrument, result: FetchResult, timeframe: str) -> SeriesKey:
        exchange = (result.exchange or instrument.exchange) if instrument.source == CCXT else ""
        return SeriesKey(instrument.source, exchange, instrument.symbol, timeframe)

    def _save(
        self, key: SeriesKey, instrument: Instrument, result: FetchResult, span: Span
    ) -> SeriesInfo:
        return self.cache.append(
            key,
            result.frame,
            int(Provenance.FETCHED),
            instrument,
            fetched_at=result.fetched_at or datetime.now(UTC),
            library_version=result.library_version,
            covered_start=span.start,
            head_complete=span.start is None,
        )
