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
from models.instruments import Instrument, load_catalogue


def add_options_below_top_level(parser: argparse.ArgumentParser, add_common_options) -> None:
    """Give a subcommand parser the common options (``app.cli`` suppresses their defaults,
    so an option given before the subcommand survives)."""
    add_common_options(parser)


def open_repository(args: argparse.Namespace):
    """The ``Repository`` for ``--cache-dir`` (or the default cache) honouring ``--offline``."""
    from models.repository import Repository

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
    imported: object  # models.sources.csv_import.ImportedFile

    def calendar_warning(self) -> str | None:
        """A warning when the file's calendar does not look like the instrument's."""
        hint = self.imported.calendar_hint
        if hint == self.instrument.calendar:
            return None
        return (
            f"warning: {self.path.name} looks like {hint} data but {self.instrument.label} "
            f"trades on the {self.instrument.calendar} calendar"
        )


def read_imports(specs: list[str], progress: TerminalProgress | None = None) -> list[PendingImport]:
    """Read and check every ``SYMBOL=FILE`` before anything is saved (all or nothing)."""
    from models.sources.csv_import import read_price_file

    pending = []
    for done, spec in enumerate(specs):
        symbol, path = split_import_spec(spec)
        instrument = resolve(symbol)
        if progress is not None:
            progress.update(done, len(specs), f"reading {path.name}")
        pending.append(PendingImport(instrument, path, read_price_file(path)))
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
