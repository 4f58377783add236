"""Reading a large price file in a child process, so the window never waits on its parsing.

Parsing a million rows holds the interpreter lock in pandas for 90-110 ms at a time: on a
worker thread that still stops the window's event loop (issue 10). A file of at least
``APART_BYTES`` is therefore read, checked and (when asked) made daily in a child process
started with ``multiprocessing``'s spawn method; the parent waits on a pipe, which holds
no lock, and receives the finished (daily: small) result. A cancel ends the child.

Why a child process rather than pyarrow's CSV reader (``engine="pyarrow"``): pyarrow
releases the lock while it tokenises, but the row checks, the times and the daily bars
that follow are numpy and pandas work that holds it again, and it would add a 40 MB
dependency; a child process holds none of it. (pyarrow was judged from how it works, not
measured here; the child was measured in tests/app/test_event_loop_stall.py, where the
import of a one-million-row file no longer shows among the event loop's worst gaps.)
A frozen app needs ``multiprocessing.freeze_support()`` at start (``app.launch``).
"""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from models.errors import Cancelled, ImportFailed
from models.market.sources.csv_import import ImportedFile, read_price_file

#: files at least this large are read in a child process (smaller ones take milliseconds)
APART_BYTES = 4 * 1024 * 1024
_POLL_S = 0.05


def read_price_file_apart(
    path: str | Path, calendar: str | None = None, daily: bool = False, control=None
) -> ImportedFile:
    """``read_price_file`` (then ``daily_bars.to_daily`` when ``daily``), in a child process
    for a large file; raises ``ImportFailed`` as the reader does, ``Cancelled`` when
    ``control`` is cancelled meanwhile."""
    path = Path(path)
    try:
        large = path.stat().st_size >= APART_BYTES
    except OSError:
        large = False  # the reader says what is wrong with it
    if not large:
        return read_here(path, calendar, daily)
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(
        target=_child, args=(sender, str(path), calendar, daily), name="price-file", daemon=True
    )
    child.start()
    sender.close()
    try:
        kind, payload = _wait(receiver, child, path, control)
    finally:
        receiver.close()
        if child.is_alive():
            child.terminate()
        child.join(5)
    if kind == "error":
        raise ImportFailed(*payload)
    return payload


def read_here(path: Path, calendar: str | None, daily: bool) -> ImportedFile:
    """Read in this process (a small file, the command line, the child itself)."""
    from models.market.daily_bars import to_daily

    imported = read_price_file(path, calendar)
    if daily and imported.timeframe != "1d":
        rule_calendar = calendar or imported.calendar_hint
        imported.resampled_from = (imported.timeframe, len(imported.frame), rule_calendar)
        imported.frame = to_daily(imported.frame, imported.timeframe, rule_calendar)
        imported.timeframe = "1d"
    return imported


def _wait(receiver, child, path: Path, control):
    while not receiver.poll(_POLL_S):
        if control is not None and control.cancelled:
            raise Cancelled("Import cancelled; nothing was saved.")
        if not child.is_alive() and not receiver.poll():
            raise ImportFailed(str(path), None, "the file reader stopped unexpectedly")
    try:
        return receiver.recv()
    except EOFError:
        raise ImportFailed(str(path), None, "the file reader stopped unexpectedly") from None


def _child(sender, path: str, calendar: str | None, daily: bool) -> None:
    """The child's whole life: read, check, answer through the pipe."""
    try:
        sender.send(("ok", read_here(Path(path), calendar, daily)))
    except ImportFailed as err:
        sender.send(("error", (err.path, err.line, err.reason)))
    except Exception as err:  # anything else the reader meets is still one sentence
        sender.send(("error", (path, None, f"the file could not be read ({err})")))
    finally:
        sender.close()
