"""Walk a time range page by page on one exchange, trusting an empty page only when confirmed.

The walker asks for fixed windows ``[since, since + limit * step - 1]`` (both ends sent to
the exchange), so it works for exchanges that page forward from ``since`` (Binance) and for
those that answer the newest ``limit`` candles before ``until`` (Bybit, OKX). It knows
nothing about ccxt: it is given a ``request(since, limit, until)`` callable that returns
candle rows ``[open_ms, open, high, low, close, volume]``.

An empty answer is suspect: ccxt turns some malformed bodies into ``[]``. It is believed
only when a second, open-ended request confirms it: candles exist after the window (a
gap, or a range that starts before the pair was listed), or nothing exists after it and
the window reaches the end of the range. Anything else raises ``BadResponse``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd

from models.errors import BadResponse, InvalidParameter
from models.market.fetch_control import FetchControl

Row = list
Request = Callable[[int, int, "int | None"], list[Row]]

#: 2009-01-03, the Bitcoin genesis block: no crypto candle is older.
GENESIS_MS = 1_230_940_800_000

#: Exchanges whose real page for old candles is smaller than ccxt's ``features`` limit:
#: OKX serves old bars from ``history-candles``, which returns at most 100 rows, while
#: ccxt's advertised 300 applies to the recent ``candles`` endpoint only.
HISTORY_PAGE_LIMITS = {"okx": 100}

#: Exchanges that answer a ``since``-only request with the first candles at or after it,
#: so an empty window before the listing can be skipped to the first candle at once.
FORWARD_SINCE = frozenset({"binance"})

#: Used when ccxt does not advertise a page limit. Too small only costs requests; too
#: large would silently lose the start of each window on newest-first exchanges.
FALLBACK_PAGE_LIMIT = 100


def page_limit(exchange, exchange_id: str, step_ms: int, since_ms: int, now_ms: int) -> int:
    """The real number of candles one request returns on this exchange, read from ccxt."""
    features = getattr(exchange, "features", None) or {}
    spot = features.get("spot") or {}
    limit = (spot.get("fetchOHLCV") or {}).get("limit") or FALLBACK_PAGE_LIMIT
    history_limit = HISTORY_PAGE_LIMITS.get(exchange_id)
    # ccxt's own rule for OKX: older than 1439 bars comes from the history endpoint.
    if history_limit and since_ms < now_ms - 1439 * step_ms:
        limit = min(limit, history_limit)
    return int(limit)


def expected_pages(start_ms: int, end_ms: int, limit: int, step_ms: int) -> int:
    """Pages needed to cover ``[start_ms, end_ms]`` with ``limit`` candles per page."""
    if end_ms < start_ms:
        return 0
    return max(1, math.ceil((end_ms - start_ms + 1) / (limit * step_ms)))


@dataclass
class PageWalker:
    """Fetches every candle in ``[start_ms, end_ms]`` through ``request``, page by page.

    ``rows`` holds what was fetched so far (keyed by open time, so pages overlapping
    never duplicate a candle); it stays readable after a failure for ``err.partial``.
    """

    exchange_id: str
    symbol: str
    request: Request
    start_ms: int
    end_ms: int
    step_ms: int
    limit: int
    control: FetchControl
    now_ms: int
    rows: dict[int, Row] = field(default_factory=dict)
    pages_done: int = 0

    def run(self) -> dict[int, Row]:
        """Walk the whole range; returns ``rows``. Raises ``DataError`` on failure."""
        expected = expected_pages(self.start_ms, self.end_ms, self.limit, self.step_ms)
        since: int | None = self.start_ms
        while since is not None and since <= self.end_ms:
            self.control.check_cancelled()
            until = min(since + self.limit * self.step_ms - 1, self.end_ms)
            since = self._one_window(since, until)
            self.pages_done += 1
            self.control.report(
                min(self.pages_done, expected),
                max(expected, self.pages_done),
                f"{self.symbol} from {self.exchange_id}: {len(self.rows)} bars",
            )
        return self.rows

    def _one_window(self, since: int, until: int) -> int | None:
        """Fetch one window; return where the next one starts (None: the range is done)."""
        page = self._within(self.request(since, self.limit, until), since, until)
        if not page:
            return self._confirm_empty(since, until)
        self._keep(page)
        last = page[-1][0]
        # A short page (last candle before the window's last slot) may be a trailing gap
        # or an exchange that returned fewer rows than asked: ask again from after it.
        return until + 1 if last + self.step_ms > until else last + self.step_ms

    def _confirm_empty(self, since: int, until: int) -> int | None:
        if since > self.now_ms:
            return None  # nothing can exist in the future
        probe = sorted(self.request(since, self.limit, None), key=lambda r: r[0])
        inside = self._within(probe, since, until)
        if inside:  # the first empty answer was wrong; the probe has the candles
            self._keep(inside)
            return (
                until + 1 if inside[-1][0] + self.step_ms > until else inside[-1][0] + self.step_ms
            )
        later = [r for r in probe if r[0] > until]
        if later:  # confirmed: a gap, or a range that starts before the listing
            if self.exchange_id in FORWARD_SINCE and not self.rows:
                return later[0][0]
            return until + 1
        if until >= self.end_ms:
            return None  # confirmed: nothing after the last candle, and the range ends here
        raise BadResponse(
            f"{self.exchange_id} returned no {self.symbol} candles after {_when(since)} "
            f"although the range runs to {_when(self.end_ms)}; the answer looks wrong. "
            "Try again later."
        )

    def _within(self, rows: list[Row], since: int, until: int) -> list[Row]:
        picked = [r for r in rows if since <= _open_ms(r) <= until]
        return sorted(picked, key=lambda r: r[0])

    def _keep(self, page: list[Row]) -> None:
        for row in page:
            self.rows[row[0]] = row


def _open_ms(row: Row) -> int:
    if not isinstance(row, (list, tuple)) or len(row) < 6 or row[0] is None:
        raise BadResponse(f"an exchange sent a candle that could not be read: {row!r:.80}")
    return int(row[0])


def _when(ms: int) -> str:
    return pd.Timestamp(ms, unit="ms", tz="UTC").strftime("%Y-%m-%d %H:%M UTC")


def _to_ms(stamp) -> int:
    ts = pd.Timestamp(stamp)
    ts = ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")
    return int(ts.value // 1_000_000)


def range_ms(start, end, market: dict, now_ms: int) -> tuple[int, int]:
    """``[start, end]`` in UTC milliseconds; open ends become the listing and now."""
    listed = market.get("created")
    start_ms = _to_ms(start) if start is not None else int(listed or GENESIS_MS)
    end_ms = min(_to_ms(end), now_ms) if end is not None else now_ms
    if start is not None and end is not None and start_ms > _to_ms(end):
        raise InvalidParameter(f"The range starts ({start}) after it ends ({end}).")
    return start_ms, end_ms
