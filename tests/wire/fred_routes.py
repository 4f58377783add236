"""FRED's graph CSV download on the loopback server, in the real format.

``/graph/fredgraph.csv?id=SERIES[&cosd=YYYY-MM-DD][&coed=YYYY-MM-DD]`` answers
``observation_date,SERIES`` then one ``date,value`` row per observation in the range, a
missing value as an empty field (the layout of the recorded samples in
../shared/data/wire/fred_fredgraph_*; the series here are built in code). An unknown id
gets 404 with an HTML page, as FRED's web server answers. ``register_fred_series``
serves a series; ``empty_reply`` is the route's notion of an empty result (a header and
no rows) for ``server.inject(..., "empty", empty=...)``.

``LoopbackFredSession`` is a curl_cffi session that sends FRED's host to the server and
refuses any other host (curl's sockets bypass the Python network guard).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit, urlunsplit

import pandas as pd
from curl_cffi import requests as curl_requests

from tests.wire.server import LoopbackServer, Reply, Request

GRAPH_CSV = "/graph/fredgraph.csv"
FRED_HOST = "fred.stlouisfed.org"
_CSV = {"Content-Type": "text/csv; charset=utf-8"}
_NOT_FOUND = "<!DOCTYPE html><html><body><h1>Error - St. Louis Fed</h1></body></html>"


class FredWire:
    """The graph CSV route and the series behind it; one per server."""

    def __init__(self, server: LoopbackServer) -> None:
        self.server = server
        self.series: dict[str, pd.Series] = {}
        self.missing_marker = ""

    def install(self) -> FredWire:
        """Add the route to the server."""
        self.server.route(GRAPH_CSV, self.graph_csv)
        return self

    def graph_csv(self, req: Request) -> Reply:
        """The download as FRED answers it."""
        series_id = (req.arg("id") or "").upper()
        values = self.series.get(series_id)
        if values is None:
            return Reply(404, _NOT_FOUND, {"Content-Type": "text/html"})
        if req.arg("cosd"):
            values = values[values.index >= pd.Timestamp(req.arg("cosd"))]
        if req.arg("coed"):
            values = values[values.index <= pd.Timestamp(req.arg("coed"))]
        return Reply(200, csv_body(series_id, values, self.missing_marker), _CSV)

    def empty_reply(self, req: Request) -> Reply:
        """A known series with no observation in the range: the header alone."""
        return Reply(200, f"observation_date,{(req.arg('id') or '').upper()}\n", _CSV)


def csv_body(series_id: str, values: pd.Series, missing: str = "") -> str:
    """``values`` in the download's layout; NaN is written as ``missing``."""
    rows = [f"observation_date,{series_id}"]
    for day, value in values.items():
        shown = missing if value is None or math.isnan(value) else f"{value:.12g}"
        rows.append(f"{day:%Y-%m-%d},{shown}")
    return "\n".join(rows) + "\n"


def register_fred_series(server: LoopbackServer, series_id: str, values: pd.Series) -> None:
    """Serve ``values`` (indexed by observation date) as ``series_id``."""
    server.fred.series[series_id.upper()] = values


def start_fred_server(hang_seconds: float = 3.0) -> LoopbackServer:
    """A started loopback server with the FRED route (``server.fred``)."""
    server = LoopbackServer(hang_seconds=hang_seconds)
    server.fred = FredWire(server).install()
    return server.start()


@contextmanager
def fred_wire() -> Iterator[LoopbackServer]:
    """A started FRED server, stopped afterwards."""
    server = start_fred_server()
    try:
        yield server
    finally:
        server.stop()


class LoopbackFredSession(curl_requests.Session):
    """A curl_cffi session whose FRED requests land on the loopback server."""

    def __init__(self, base_url: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.loopback_url = base_url

    def request(self, method, url, *args, **kwargs):
        return super().request(
            method, rewrite_fred_url(str(url), self.loopback_url), *args, **kwargs
        )


def rewrite_fred_url(url: str, base_url: str) -> str:
    """Point a FRED URL at ``base_url``; refuse anything that is not FRED or loopback."""
    parts, base = urlsplit(url), urlsplit(base_url)
    if parts.hostname == FRED_HOST:
        return urlunsplit((base.scheme, base.netloc, parts.path, parts.query, ""))
    if parts.hostname in ("127.0.0.1", "localhost"):
        return url
    raise RuntimeError(f"test session refused {url!r}: tests never touch the network")


def make_fred_source(server: LoopbackServer, **kwargs):
    """A ``FredSource`` on the real FRED URL, landing on ``server``: 1 s timeout, no backoff."""
    from models.market.sources.fred import FredSource

    kwargs.setdefault("timeout", 1.0)
    kwargs.setdefault("backoff", ())
    return FredSource(session=LoopbackFredSession(server.url), **kwargs)
