"""Import the source libraries (yfinance, ccxt) once, on one thread, before fetching.

Concurrent first imports of the same heavy packages from two threads have crashed before
(numpy.fft, see ``models.session.prepared``); importing each once, in a row, costs nothing
more. A missing library is reported by its source as a clear ``DataError`` when used.
"""

from __future__ import annotations

import contextlib


def import_source_libraries() -> None:
    """Import yfinance and ccxt if they are installed (a no-op once they are)."""
    with contextlib.suppress(ImportError):
        import yfinance  # noqa: F401
    with contextlib.suppress(ImportError):
        import ccxt  # noqa: F401
