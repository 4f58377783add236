"""Helpers every headless subcommand shares: the repository, ``--import``, a progress bar.

Nothing heavy is imported at module level (``--help`` must stay fast); the repository
and the CSV reader are imported when a command runs.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import threading
from pathlib import Path
from typing import TextIO

from models.errors import CalendarRefused
from models.market.instruments import Instrument, load_catalogue

#: the bar sizes the cache holds (``models.market.frames.TIMEFRAMES``, which imports pandas)
TIMEFRAMES: tuple[str, ...] = ("1m", "5m", "15m", "1h", "4h", "1d", "1w")

#: options every entry point shares; an action takes only those it uses (see ``add_options``)
_SHARED_OPTIONS = {
    "--cache-dir": dict(metavar="DIR", help="cache directory (overrides the default)"),
    "--offline": dict(action="store_true", help="use the cache only; never touch the network"),
    "--demo": dict(action="store_true", help="use synthetic demo data (watermarked)"),
    "--import": dict(
        dest="imports",
        action="append",
        metavar="SYMBOL=FILE",
        help="import a CSV for SYMBOL before running (repeatable)",
    ),
}


def add_options(parser: argparse.ArgumentParser, *flags: str) -> None:
    """Give a subcommand only the shared options it uses (``--cache-dir``, ``--import``...).

    Defaults are suppressed like ``app.cli``'s, so an option given before the
    subcommand survives; code reads them with ``getattr(args, name, default)``.
    """
    for flag in flags:
        parser.add_argument(flag, default=argparse.SUPPRESS, **_SHARED_OPTIONS[flag])


def timeframe(text: str) -> str:
    """An argparse type: one of ``TIMEFRAMES``, else a one-line error naming them."""
    if text not in TIMEFRAMES:
        raise argparse.ArgumentTypeError(
            f"{text} is not a timeframe (use one of {', '.join(TIMEFRAMES)})"
        )
    return text


def int_in(low: int, high: int):
    """An argparse type: an integer from ``low`` to ``high``, else a one-line error."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{value} is outside {low}..{high}")
        return value

    return parse


def date(text: str):
    """An argparse type: a YYYY-MM-DD date (a pandas Timestamp at midnight)."""
    import pandas as pd

    try:
        return pd.Timestamp(text).normalize()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def symbol(text: str) -> str:
    """An argparse type: a symbol that is not blank (an empty one must not mean the default)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("a symbol cannot be empty (for example ^RUT)")
    return text.strip()


def one_line_errors(parser: argparse.ArgumentParser) -> None:
    """Make argparse's usage errors one line and exit 2 (its default prints the usage first)."""

    def error(message: str):
        print(f"{parser.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(2)

    parser.error = error


def plain(doc: str) -> str:
    """A module docstring fit for ``--help``: without the reStructuredText ``quotes``."""
    return doc.replace("``", "")


def add_options_below_top_level(parser: argparse.ArgumentParser, add_common_options) -> None:
    """Give a subcommand parser the common options (``app.cli`` suppresses their defaults,
    so an option given before the subcommand survives)."""
    add_common_options(parser)


def open_repository(args: argparse.Namespace):
    """The ``Repository`` for ``--cache-dir`` (or the default cache) honouring ``--offline``."""
    from models.market.repository import Repository

    cache_dir = getattr(args, "cache_dir", None)
    return Repository(
        Path(cache_dir) if cache_dir else None, offline=bool(getattr(args, "offline", False))
    )


def resolve(symbol: str) -> Instrument:
    """What the user typed as an instrument (catalogue first, an ``@exchange`` checked);
    raises ``InvalidParameter``."""
    from models.market.exchanges import check_instrument

    return check_instrument(load_catalogue().resolve(symbol))


def with_cli_hints(function, *args, **kwargs):
    """Call ``function``; a refused import gets the command line's way round it (--force).

    The window offers the same refusal with an "Import anyway" button instead.
    """
    try:
        return function(*args, **kwargs)
    except CalendarRefused as err:
        hint = (
            f"If that is really what you want, run 'main.py data import --force {err.label}=FILE'."
        )
        raise CalendarRefused(f"{err} {hint}", err.label) from None


def read_imports(specs: list[str], progress: TerminalProgress | None = None, force: bool = False):
    """Read and check every ``SYMBOL=FILE`` before anything is saved (all or nothing);
    ``models.session.imports.read_imports`` with a progress bar and the CLI's hints."""
    from models.session.imports import read_imports as read_all

    sink = progress.update if progress is not None else None
    try:
        return with_cli_hints(read_all, load_catalogue(), specs, force, sink)
    finally:
        if progress is not None:
            progress.finish()


def apply_imports(repository, args: argparse.Namespace, stream: TextIO | None = None) -> list:
    """Honour ``--import SYMBOL=FILE`` (repeatable): read all, then save all; prints each
    file's calendar warning."""
    from models.session.imports import save_imports

    pending = read_imports(list(getattr(args, "imports", None) or []))
    out = stream or sys.stderr
    for item in pending:
        warning = item.calendar_warning()
        if warning:
            print(f"warning: {warning}", file=out)
    return save_imports(repository, pending)


#: the notice kinds a maintenance command prints as warnings (``models.notices``)
_TOLD_KINDS = (
    "cache_set_aside",
    "cache_rebuilt",
    "cache_entry_skipped",
    "fallback_exchange",
    "partial_kept",
    "partial_lost",
    "future_ignored",
    "short_history",
    "unfinished_writes",
)


def check_output_folder(path: Path) -> None:
    """Refuse an output path that cannot be written, before any data is loaded: one
    sentence naming the folder and what to do (``InvalidParameter``)."""
    import os

    from models.errors import InvalidParameter

    folder = path.parent
    if path.is_dir():
        raise InvalidParameter(f"{path} is a folder; give --out a file name (.png or .svg).")
    if folder.exists() and not folder.is_dir():
        raise InvalidParameter(f"{folder} is a file, not a folder; choose another --out.")
    if not folder.is_dir():
        raise InvalidParameter(
            f"The folder {folder} does not exist; create it or choose another --out."
        )
    if not os.access(folder, os.W_OK):
        raise InvalidParameter(f"No permission to write in {folder}; choose another --out.")


def print_notices(notices, stream: TextIO | None = None) -> None:
    """Print each notice worth a warning once, as ``warning: <text>`` (stderr)."""
    seen = set()
    for notice in notices:
        if notice.kind in _TOLD_KINDS and notice.text not in seen:
            seen.add(notice.text)
            print(f"warning: {notice}", file=stream or sys.stderr)


def error_line(err: BaseException) -> str:
    """A failure as one line: a ``DataError``'s own sentence, an ``OSError`` worded for
    the user with its path, anything else named as unexpected."""
    from models.errors import DataError, storage_error

    if isinstance(err, DataError):
        return str(err)
    if isinstance(err, OSError):
        return str(storage_error(err, err.filename or "", "do that"))
    return f"unexpected {type(err).__name__}: {err}"


def run_interruptible(control, function, *args, **kwargs):
    """``function(*args, **kwargs)`` on a helper thread, so that Ctrl-C stops the command
    at once even while a request hangs in a library that does not see signals; the
    interrupt cancels ``control`` and propagates (the thread is a daemon: it dies with
    the process)."""
    box: dict = {}

    def work() -> None:
        try:
            box["result"] = function(*args, **kwargs)
        except BaseException as exc:  # handed to the waiting thread
            box["error"] = exc

    thread = threading.Thread(target=work, name="command-fetch", daemon=True)
    thread.start()
    try:
        while thread.is_alive():
            thread.join(0.1)
    except KeyboardInterrupt:
        control.cancel()
        raise
    if "error" in box:
        raise box["error"]
    return box["result"]


class TerminalProgress:
    """A one-line progress bar on a terminal (stderr by default); silent when not a TTY.

    ``update(done, expected, message)`` matches ``FetchControl.on_progress``;
    ``expected`` of 0 means unknown and shows a count instead of a bar.
    """

    def __init__(self, label: str, stream: TextIO | None = None, width: int = 24) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self.width = width
        self.enabled = bool(getattr(self.stream, "isatty", lambda: False)())
        self._drawn = False

    def update(self, done: int, expected: int, message: str = "") -> None:
        """Redraw the bar in place."""
        if not self.enabled:
            return
        if expected > 0:
            filled = min(self.width, int(self.width * done / expected))
            bar = "#" * filled + "-" * (self.width - filled)
            line = f"{self.label} [{bar}] {done}/{expected} {message}"
        else:
            line = f"{self.label} {done} done {message}"
        columns = shutil.get_terminal_size((80, 20)).columns
        self.stream.write("\r" + line[: columns - 1].ljust(columns - 1))
        self.stream.flush()
        self._drawn = True

    def finish(self) -> None:
        """Clear the bar's line so the next message starts clean."""
        if self._drawn:
            columns = shutil.get_terminal_size((80, 20)).columns
            self.stream.write("\r" + " " * (columns - 1) + "\r")
            self.stream.flush()
            self._drawn = False
