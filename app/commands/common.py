"""Helpers every headless subcommand shares: the repository, ``--import``, a progress bar.

Nothing heavy is imported at module level (``--help`` must stay fast); the repository
and the CSV reader are imported when a command runs.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from models.errors import InvalidParameter
from models.market.instruments import ALWAYS_OPEN, NYSE, Instrument, load_catalogue

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
    """What the user typed as an instrument (catalogue first); raises ``InvalidParameter``."""
    return load_catalogue().resolve(symbol)


def split_import_spec(spec: str) -> tuple[str, Path]:
    """``SYMBOL=FILE`` into its parts; the split is at the first '=' followed by a real file.

    Symbols may hold '=' themselves (``GC=F``, ``EURUSD=X``), so ``GC=F=gold.csv`` is
    ``GC=F`` and ``gold.csv``. When no candidate names an existing file, the first '='
    splits, and reading the file reports it missing.
    """
    cuts = [i for i, char in enumerate(spec) if char == "="]
    if not cuts or cuts[0] == 0 or cuts[-1] == len(spec) - 1:
        raise InvalidParameter(f"'{spec}' is not SYMBOL=FILE (for example ^RUT=rut.csv).")
    for cut in cuts:
        if Path(spec[cut + 1 :]).expanduser().is_file():
            return spec[:cut].strip(), Path(spec[cut + 1 :]).expanduser()
    return spec[: cuts[0]].strip(), Path(spec[cuts[0] + 1 :]).expanduser()


@dataclass
class PendingImport:
    """A file read and checked in full, waiting to be saved under its instrument."""

    instrument: Instrument
    path: Path
    imported: object  # models.market.sources.csv_import.ImportedFile

    def calendar_refusal(self) -> str | None:
        """Why 24/7 bars must not be saved under a catalogue symbol on New York sessions.

        Weekend rows would be kept as sessions and the gap report would find nothing.
        """
        if not self.instrument.in_catalogue or self.instrument.calendar != NYSE:
            return None
        if self.imported.calendar_hint != ALWAYS_OPEN:
            return None
        return (
            f"{self.path.name} has weekend bars but {self.instrument.label} trades on New York "
            f"sessions (the {NYSE} calendar); nothing was imported. If that is really what "
            f"you want, run 'main.py data import --force {self.instrument.label}=FILE'."
        )

    def calendar_warning(self) -> str | None:
        """A warning when the file's calendar does not look like the instrument's."""
        hint = self.imported.calendar_hint
        if hint == self.instrument.calendar:
            return None
        return (
            f"warning: {self.path.name} looks like {hint} data but {self.instrument.label} "
            f"trades on the {self.instrument.calendar} calendar"
        )


def read_imports(
    specs: list[str], progress: TerminalProgress | None = None, force: bool = False
) -> list[PendingImport]:
    """Read and check every ``SYMBOL=FILE`` before anything is saved (all or nothing).

    A 24/7 file under a catalogue symbol that trades on New York sessions raises
    ``InvalidParameter`` unless ``force`` (then it only warns).
    """
    from models.market.sources.csv_import import read_price_file

    pending = []
    for done, spec in enumerate(specs):
        symbol, path = split_import_spec(spec)
        instrument = resolve(symbol)
        if progress is not None:
            progress.update(done, len(specs), f"reading {path.name}")
        item = PendingImport(instrument, path, read_price_file(path))
        refusal = item.calendar_refusal()
        if refusal and not force:
            if progress is not None:
                progress.finish()
            raise InvalidParameter(refusal)
        pending.append(item)
    if progress is not None:
        progress.update(len(specs), len(specs), "read")
    return pending


def save_imports(repository, pending: list[PendingImport]) -> list:
    """Save checked imports; returns the merged ``MarketSeries`` of each."""
    return [
        repository.save_imported(p.instrument, p.imported.frame, p.imported.timeframe)
        for p in pending
    ]


def apply_imports(repository, args: argparse.Namespace, stream: TextIO | None = None) -> list:
    """Honour ``--import SYMBOL=FILE`` (repeatable): read all, then save all."""
    specs = list(getattr(args, "imports", None) or [])
    if not specs:
        return []
    pending = read_imports(specs)
    out = stream or sys.stderr
    for item in pending:
        warning = item.calendar_warning()
        if warning:
            print(warning, file=out)
    return save_imports(repository, pending)


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
