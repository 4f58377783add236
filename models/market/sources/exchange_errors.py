"""Turn ccxt's exceptions into the user-facing ``models.errors`` and decide what to retry.

ccxt does not keep the HTTP status on its exceptions consistently (Binance's own error
handler raises a plain ``ExchangeError`` for a 451 whose body carries a code, the base
handler raises ``ExchangeNotAvailable`` with the status in the text), so the status and the
body are read from the exception text and its cause chain.
"""

from __future__ import annotations

import re

from models.errors import (
    BadResponse,
    DataError,
    NetworkDown,
    RateLimited,
    RegionBlocked,
    SourceUnavailable,
    UnknownSymbol,
)

# Phrases exchanges use when they refuse a country: Binance's 451 body, the CloudFront 403
# Bybit and others answer from a blocked region.
_REGION_PHRASES = ("restricted location", "block access from your country", "not available in your")
_TRUNCATION_PHRASES = ("IncompleteRead", "Connection broken", "ChunkedEncodingError")
_RESET_PHRASES = (
    "reset by peer",
    "ConnectionResetError",
    "RemoteDisconnected",
    "Connection aborted",
)
_DNS_PHRASES = ("NameResolutionError", "Name or service not known", "getaddrinfo", "gaierror")
# requests words it "451 Client Error: ..."; ccxt's own handler "<url> 451 <reason> <body>".
_STATUS_PATTERNS = (
    re.compile(r"\b([1-5]\d\d) (?:Client|Server) Error"),
    re.compile(r"(?:GET|POST) \S+ ([1-5]\d\d) "),
)


def _text(exc: BaseException) -> str:
    parts = []
    while exc is not None and len(parts) < 5:
        parts.append(f"{type(exc).__name__}: {exc}")
        exc = exc.__cause__ or exc.__context__
    return " | ".join(parts)


def http_status(exc: BaseException) -> int | None:
    """The HTTP status behind a ccxt exception, when the chain records one."""
    text = _text(exc)
    for pattern in _STATUS_PATTERNS:
        found = pattern.search(text)
        if found:
            return int(found.group(1))
    return None


def is_region_refusal(exc: BaseException) -> bool:
    """True when the exchange refused this region (HTTP 451, or a geo-block page)."""
    text = _text(exc)
    return http_status(exc) == 451 or any(p in text for p in _REGION_PHRASES)


def translate(exc: BaseException, exchange_id: str, symbol: str) -> DataError:
    """The ``DataError`` a user should see for a ccxt failure on ``exchange_id``."""
    import ccxt

    if isinstance(exc, DataError):
        return exc
    status = http_status(exc)
    if is_region_refusal(exc):
        return RegionBlocked(f"{exchange_id} refused this region (HTTP 451).")
    if isinstance(exc, ccxt.BadSymbol):
        return UnknownSymbol(f"{exchange_id} does not list {symbol}.")
    if status in (418, 429) or isinstance(exc, (ccxt.RateLimitExceeded, ccxt.DDoSProtection)):
        return RateLimited(f"{exchange_id} is rate limiting requests (HTTP 429); try again later.")
    if isinstance(exc, ccxt.RequestTimeout):
        message = f"{exchange_id} did not answer in time; check the connection."
        return NetworkDown(message, NetworkDown.TIMEOUT)
    if isinstance(exc, ccxt.NetworkError) and _is_truncated(exc):
        return BadResponse(f"{exchange_id} sent a truncated response for {symbol}.")
    if (status or 0) >= 500 or isinstance(exc, ccxt.ExchangeNotAvailable):
        return SourceUnavailable(f"{exchange_id} is unavailable ({_status_phrase(status)}).")
    if isinstance(exc, ccxt.NetworkError):
        message = f"{exchange_id} could not be reached; check the connection."
        return NetworkDown(message, _network_reason(exc))
    if isinstance(exc, ccxt.BadResponse):
        return BadResponse(f"{exchange_id} sent a response that could not be read for {symbol}.")
    return BadResponse(f"{exchange_id} answered with an error for {symbol}: {_short(exc)}")


def _network_reason(exc: BaseException) -> str:
    """How the connection failed: a name that did not resolve (this machine looks offline),
    a connection broken by the server, or none made at all."""
    text = _text(exc)
    if any(p in text for p in _DNS_PHRASES):
        return NetworkDown.DNS
    if any(p in text for p in _RESET_PHRASES):
        return NetworkDown.RESET
    return NetworkDown.NO_CONNECTION


def _is_truncated(exc: BaseException) -> bool:
    text = _text(exc)
    return any(p in text for p in _TRUNCATION_PHRASES)


def _status_phrase(status: int | None) -> str:
    return f"HTTP {status}" if status else "maintenance or server error"


def _short(exc: BaseException, limit: int = 160) -> str:
    # ccxt prefixes "<id> GET <url>": the URL means nothing to a user.
    text = re.sub(r"\b(?:GET|POST) https?://\S+\s*|https?://\S+", "", str(exc)).strip()
    text = text.splitlines()[0] if text else type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


def is_retryable(err: DataError) -> bool:
    """Failures that may pass on their own: worth another try after a back-off."""
    return isinstance(err, (RateLimited, NetworkDown, SourceUnavailable, BadResponse))


def allows_fallback(err: DataError) -> bool:
    """Failures after which the next exchange in the chain should be tried."""
    return isinstance(err, (RegionBlocked, SourceUnavailable, NetworkDown, UnknownSymbol))
