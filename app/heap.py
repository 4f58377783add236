"""Keep the cyclic garbage collector from stalling the GUI thread.

The interpreter's full collections walk every live container object. Once pandas,
pyqtgraph, yfinance and ccxt are imported that is millions of objects, and one full
collection, triggered by whichever thread allocates, held the GIL for 50-100 ms: a
visible stall of the event loop (tests/app/test_event_loop_stall.py). Those objects live
as long as the process, so they are moved out of the collector's reach once loaded.
"""

from __future__ import annotations

import gc


def freeze_long_lived_objects() -> None:
    """Exempt everything alive now from future collections (instant: no collection runs,
    so it can sit on the path to the first painted chart)."""
    gc.freeze()
