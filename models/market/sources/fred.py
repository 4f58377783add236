"""FRED series (``FRED:WALCL``) from the graph CSV download: no API key, one request.

``GET https://fred.stlouisfed.org/graph/fredgraph.csv?id=WALCL&cosd=...&coed=...``
answers the observations as CSV (``models.market.sources.fred_csv``). The request goes
through an injected curl_cffi session (a browser-impersonating one with a hard timeout
when None), like the Yahoo source's, so the same timeouts hold and the loopback wire
tests drive the real code.

Why not a FRED library: ``fredapi``, ``fedfred``, ``pyfredapi`` and ``full-fred`` speak
FRED's JSON API, which needs an API key; ``pandas-datareader``'s ``FredReader`` reads
this same keyless CSV but through its own ``requests`` session (no injected session, its
own retry and pause policy, another dependency) and parses ``.`` only. The download is
one GET of a two-column CSV, so the source does it itself.

Dates: the cache holds publication dates (``models.cascade.publication``). A request for
bars usable from ``start`` asks FRED for observations from a fortnight earlier, dates
them by publication and cuts at ``start``.

Failures: HTTP 429 and 5xx are retried after each delay of ``backoff`` and then raised
(``RateLimited``, ``SourceUnavailable``); 451 is ``RegionBlocked``, 404 ``UnknownSymbol``;
no complete reply (timeout, reset, a body cut short) is ``NetworkDown``; a reply that is
not the CSV download is ``BadResponse``; a download without observations in the range is
``NoDataInRange``.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import UTC, datetime

import numpy as np
import pandas as pd

from models.errors import (
    BadResponse,
    DataError,
    InvalidParameter,
    NoDataInRange,
    RateLimited,
    RegionBlocked,
    SourceUnavailable,
    UnknownSymbol,
)
from models.market.fetch_control import FetchControl
from models.market.frames import DAILY, line_frame
from models.market.instruments import Instrument, fred_series_id
from models.market.sources.base import FetchResult
from models.market.sources.fred_csv import FredFormatError, parse_observations

NAME = "fred"
FRED_URL = "https://fred.stlouisfed.org"
GRAPH_CSV = "/graph/fredgraph.csv"
DEFAULT_BACKOFF = (1.0, 2.0, 4.0)
#: observations are published at most this long after the date they describe
PUBLICATION_REACH = pd.Timedelta(days=14)
_RETRIED = (429, 500, 502, 503, 504)


class FredSource:
    """``PriceSource`` for FRED series; see the module docstring.

    ``session`` is a curl_cffi session (built on first use when None); every request is
    capped at ``timeout`` seconds. One request at a time goes through the session.
    """

    name = NAME

    def __init__(
        self,
        session=None,
        *,
        timeout: float = 20.0,
        backoff: Sequence[float] = DEFAULT_BACKOFF,
        base_url: str = FRED_URL,
    ) -> None:
        self.timeout = float(timeout)
        self.backoff = tuple(float(d) for d in backoff)
        self.base_url = base_url.rstrip("/")
        self._session = session
        self._lock = threading.Lock()

    def fetch(
        self,
        instrument: Instrument,
        start: pd.Timestamp | None,
        end: pd.Timestamp | None,
        timeframe: str,
        control: FetchControl,
    ) -> FetchResult:
        """The series' values usable in ``[start, end]``, as a line frame by publication date."""
        from models.cascade.publication import as_published

        if timeframe != DAILY:
            raise InvalidParameter(f"FRED series are daily or weekly values, not {timeframe} bars.")
        series_id = fred_series_id(instrument)
        control.report(0, 1, f"{instrument.label}: fetching from FRED")
        text = self._download(series_id, _query(series_id, start, end), control)
        try:
            observed, _ = parse_observations(text, series_id)
        except FredFormatError as err:
            raise BadResponse(
                f"FRED sent something that is not its CSV download for {series_id} "
                f"({err.reason}); nothing was kept."
            ) from None
        dated = as_published(observed, series_id)
        dated = dated[_inside(dated.index, start, end)]
        if dated.empty:
            raise NoDataInRange(_no_data_message(series_id, start, end))
        control.report(1, 1, f"{instrument.label}: fetched")
        return FetchResult(
            frame=line_frame(dated),
            source=NAME,
            library_version="fredgraph.csv",
            fetched_at=datetime.now(UTC),
        )

    def _download(self, series_id: str, query: dict, control: FetchControl) -> str:
        delays = list(self.backoff)
        attempts = 0
        while True:
            attempts += 1
            control.check_cancelled()
            status, text = self._get(series_id, query)
            if status == 200:
                return text
            if status not in _RETRIED or not delays:
                raise _status_error(status, series_id, attempts)
            control.wait(delays.pop(0))

    def _get(self, series_id: str, query: dict) -> tuple[int, str]:
        from models.market.sources import http

        with self._lock:
            if self._session is None:
                self._session = http.new_session(self.timeout)
            http.cap_timeouts(self._session, self.timeout)
            try:
                response = self._session.get(self.base_url + GRAPH_CSV, params=query)
                return response.status_code, response.text
            except Exception as exc:  # curl_cffi raises its own types for every transport fault
                raise http.transport_failure(exc, "FRED", series_id, self.timeout) from exc


def _query(series_id: str, start, end) -> dict:
    query = {"id": series_id}
    if start is not None:
        query["cosd"] = f"{pd.Timestamp(start) - PUBLICATION_REACH:%Y-%m-%d}"
    if end is not None:
        query["coed"] = f"{pd.Timestamp(end):%Y-%m-%d}"
    return query


def _inside(index: pd.DatetimeIndex, start, end):
    keep = np.ones(len(index), dtype=bool)
    if start is not None:
        keep &= index >= pd.Timestamp(start)
    if end is not None:
        keep &= index <= pd.Timestamp(end)
    return keep


def _status_error(status: int, series_id: str, attempts: int) -> DataError:
    tries = f" after {attempts} attempts" if attempts > 1 else ""
    if status == 429:
        return RateLimited(f"FRED is rate limiting requests (HTTP 429){tries}; try again later.")
    if status == 451:
        return RegionBlocked("FRED refuses requests from this region (HTTP 451).")
    if status == 404:
        return UnknownSymbol(f"FRED does not know the series {series_id!r} (HTTP 404).")
    if status >= 500:
        return SourceUnavailable(f"FRED is unavailable right now (HTTP {status}){tries}.")
    return SourceUnavailable(f"FRED refused the request for {series_id} (HTTP {status}).")


def _no_data_message(series_id: str, start, end) -> str:
    first = "its first value" if start is None else f"{pd.Timestamp(start):%Y-%m-%d}"
    last = "now" if end is None else f"{pd.Timestamp(end):%Y-%m-%d}"
    return f"FRED has no values of {series_id} usable between {first} and {last}."
