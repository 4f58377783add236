"""How long a fetch over an exchange chain may wait without receiving anything.

Every exchange of the chain costs its own timeouts: a network that lets every request
hang made a fetch over Binance, Bybit and OKX take about 100 s to fail. A ``Patience``
is shared by the requests of one fetch: each request's timeout is cut to what is left,
none is made once it is spent, and every answer received restores it in full, so a long
download that keeps receiving pages is never cut short.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from models.errors import NetworkDown


class Patience:
    """``seconds`` of waiting without an answer, shared by the requests of one fetch."""

    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = float(seconds)
        self._clock = clock
        self._since = clock()

    def progressed(self) -> None:
        """An answer arrived: the full patience again."""
        self._since = self._clock()

    def left(self) -> float:
        """Seconds of waiting left (0 or less: spent)."""
        return self.seconds - (self._clock() - self._since)

    @property
    def exhausted(self) -> bool:
        """True once the patience is spent."""
        return self.left() <= 0

    def timeout_ms(self, cap_ms: int) -> int:
        """A request's timeout: ``cap_ms``, or what is left when that is less (>= 1 ms)."""
        return max(1, int(min(cap_ms, self.left() * 1000)))

    def check(self, exchange_id: str) -> None:
        """Raise ``NetworkDown`` (a timeout) once the patience is spent."""
        if self.exhausted:
            raise self.not_tried(exchange_id)

    def not_tried(self, exchange_id: str) -> NetworkDown:
        """Why ``exchange_id`` was not asked: nothing answered for the whole patience."""
        return NetworkDown(
            f"{exchange_id} was not asked: no exchange answered for {self.seconds:g} s; "
            "check the connection",
            NetworkDown.TIMEOUT,
        )
