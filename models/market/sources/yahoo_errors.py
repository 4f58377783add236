"""How a Yahoo failure is told apart: from what the wire journal saw first, then from
the type of what yfinance raised (see ``models.market.sources.yahoo`` for why)."""

from __future__ import annotations

import json

from models.errors import (
    BadResponse,
    DataError,
    NetworkDown,
    NoDataInRange,
    RateLimited,
    RegionBlocked,
    SourceUnavailable,
    UnknownSymbol,
)
from models.market.sources.http import transport_failure

CHART_PATH = "/v8/finance/chart/"


def classify(exc: BaseException, journal, symbol: str, timeout: float) -> DataError:
    """Turn whatever yfinance raised into the one ``DataError`` the user should see."""
    if isinstance(exc, DataError):
        return exc
    last = journal.entries[-1] if journal.entries else None
    if last is not None and last.failed_in_transport:
        return _network_error(last.error, symbol, timeout)
    chart = journal.last(CHART_PATH)
    by_status = _from_status(chart, symbol) if chart is not None else None
    if by_status is not None:
        return by_status
    return _from_exception(exc, symbol, timeout)


def _from_status(chart, symbol: str) -> DataError | None:
    status = chart.status or 0
    if status == 429:
        return RateLimited("Yahoo Finance is rate limiting requests (HTTP 429).")
    if status == 451:
        return RegionBlocked("Yahoo Finance refuses requests from this region (HTTP 451).")
    if status >= 500:
        return SourceUnavailable(
            f"Yahoo Finance is unavailable right now (HTTP {status}); try again later."
        )
    code, description = _chart_error(chart.body_head)
    if status == 404 or code == "Not Found":
        detail = f" ({description})" if description else ""
        return UnknownSymbol(f"Yahoo Finance does not know the ticker {symbol!r}{detail}.")
    if code is not None:
        return NoDataInRange(f"Yahoo Finance has no bars for {symbol} there: {description}")
    if status >= 400:
        return SourceUnavailable(f"Yahoo Finance refused the request (HTTP {status}).")
    return None


def _chart_error(body: bytes) -> tuple[str | None, str]:
    try:
        error = (json.loads(body).get("chart") or {}).get("error") or {}
    except (ValueError, AttributeError):
        return None, ""
    if not isinstance(error, dict) or not error:
        return None, ""
    return error.get("code"), str(error.get("description") or "").strip()


def _from_exception(exc: BaseException, symbol: str, timeout: float) -> DataError:
    kind = type(exc).__name__
    if kind == "YFRateLimitError":
        return RateLimited("Yahoo Finance is rate limiting requests (HTTP 429).")
    if isinstance(exc, json.JSONDecodeError):
        return BadResponse(
            f"Yahoo Finance sent a reply for {symbol} that is not valid JSON "
            f"(malformed or cut short); nothing was kept from it."
        )
    if kind == "YFTzMissingError":
        return UnknownSymbol(f"Yahoo Finance does not know the ticker {symbol!r}.")
    if kind == "YFPricesMissingError":
        reason = getattr(exc, "yahoo_reason", None)
        detail = f": {reason}" if reason else "."
        return NoDataInRange(f"Yahoo Finance returned no bars for {symbol} in that range{detail}")
    if "CURRENTLY DOWN" in str(exc):
        return SourceUnavailable("Yahoo Finance says it is down for maintenance; try later.")
    if isinstance(exc, OSError):
        return _network_error(exc, symbol, timeout)
    return BadResponse(f"Yahoo Finance answered {symbol} with something unexpected: {exc}")


def _network_error(error: BaseException, symbol: str, timeout: float) -> NetworkDown:
    return transport_failure(error, "Yahoo Finance", symbol, timeout)
