"""HTTP sessions for the web sources: browser impersonation, hard timeouts and a journal.

curl_cffi is imported inside the functions that need it: importing it costs start-up
time the window should not pay before the first fetch.

Two things here exist because libraries above the session do not let us control them:

* ``cap_timeouts`` puts the time limit into the session's own curl options, which curl
  applies *after* any per-request ``timeout=`` argument. yfinance hard-codes 10 s and
  30 s on its timezone, cookie and crumb requests; through the session cap every
  request of every library honours our bound.
* ``journal_of`` records what each request really did on the wire (status, a head of
  the body, or the transport error), per thread. yfinance folds HTTP 500, an empty
  result and some unknown tickers into the same "no price data" outcome; the journal
  lets the source tell them apart from the facts rather than from log wording.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from urllib.parse import urlsplit

from models.errors import NetworkDown

DEFAULT_IMPERSONATE = "chrome"
_BODY_HEAD_BYTES = 4096


@dataclass(frozen=True)
class HttpRecord:
    """One request as it happened: the URL path and either a status or an error."""

    method: str
    path: str
    status: int | None
    body_head: bytes = b""
    error: BaseException | None = None

    @property
    def failed_in_transport(self) -> bool:
        """True when no complete HTTP response arrived (timeout, reset, DNS, refused)."""
        return self.error is not None


class Journal:
    """Per-thread record of the requests a session made since the last ``clear``."""

    def __init__(self) -> None:
        self._local = threading.local()

    @property
    def entries(self) -> list[HttpRecord]:
        """This thread's requests, oldest first."""
        if not hasattr(self._local, "entries"):
            self._local.entries = []
        return self._local.entries

    def clear(self) -> None:
        """Forget this thread's requests (call before each logical fetch)."""
        self._local.entries = []

    def record(self, entry: HttpRecord) -> None:
        """Append one request to this thread's record."""
        self.entries.append(entry)

    def last(self, path_prefix: str) -> HttpRecord | None:
        """The most recent request under ``path_prefix`` on this thread, or None."""
        for entry in reversed(self.entries):
            if entry.path.startswith(path_prefix):
                return entry
        return None


def new_session(timeout: float, impersonate: str = DEFAULT_IMPERSONATE):
    """A curl_cffi session that looks like a browser and never waits past ``timeout``."""
    from curl_cffi import requests as curl_requests

    session = curl_requests.Session(impersonate=impersonate, timeout=timeout)
    cap_timeouts(session, timeout)
    return session


def cap_timeouts(session, timeout: float) -> None:
    """Bound every request of ``session`` to ``timeout`` seconds, whatever the caller asks."""
    from curl_cffi.const import CurlOpt

    millis = max(1, int(timeout * 1000))
    session.curl_options[CurlOpt.TIMEOUT_MS] = millis
    session.curl_options[CurlOpt.CONNECTTIMEOUT_MS] = millis


def journal_of(session) -> Journal:
    """The journal recording ``session``'s requests; installed on first use.

    The session's ``request`` method is wrapped on the instance, so this works for any
    curl_cffi session, including subclasses that rewrite URLs in tests.
    """
    journal = getattr(session, "_liquidity_cascade_journal", None)
    if journal is not None:
        return journal
    journal = Journal()
    inner = session.request

    def request(method, url, *args, **kwargs):
        path = urlsplit(str(url)).path
        try:
            response = inner(method, url, *args, **kwargs)
        except Exception as exc:
            journal.record(HttpRecord(str(method), path, None, error=exc))
            raise
        head = bytes(response.content[:_BODY_HEAD_BYTES])
        journal.record(HttpRecord(str(method), path, response.status_code, head))
        return response

    session.request = request
    session._liquidity_cascade_journal = journal
    return journal


def transport_failure(
    error: BaseException, source: str, symbol: str, timeout: float
) -> NetworkDown:
    """The ``NetworkDown`` for a request to ``source`` that got no complete reply: how it
    failed (timeout, reset, DNS, no connection), read from the transport error."""
    kind = type(error).__name__
    text = str(error).lower()
    if "Timeout" in kind or "timed out" in text:
        why, reason = f"the request timed out after {timeout:g} s", NetworkDown.TIMEOUT
    elif "reset" in text:
        why, reason = "the connection was reset", NetworkDown.RESET
    elif "DNS" in kind or "resolve" in text:
        why, reason = "the name could not be resolved (DNS)", NetworkDown.DNS
    else:
        why, reason = "the connection failed", NetworkDown.NO_CONNECTION
    message = f"Cannot reach {source} for {symbol}: {why}. Check the connection."
    return NetworkDown(message, reason)
