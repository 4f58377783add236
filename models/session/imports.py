"""Price files a user brings: every file read and checked in full before anything is saved.

Every way in goes through here: ``main.py data import``, ``--import SYMBOL=FILE`` of every
command, and the window's Import CSV (menu, banner, drag and drop). The rules:

* all or nothing: a bad row refuses the whole file (``read_price_file``), and of several
  files none is saved until all were read;
* the calendar rule: bars on weekends (24/7) under a catalogue symbol that trades on
  New York sessions (``^RUT``, ``SPY``) are refused with ``CalendarRefused`` unless
  forced, because the weekend rows would be kept as sessions and the gap report would
  find nothing; any other mismatch is a ``calendar_mismatch`` notice;
* a symbol the catalogue does not know takes the file's calendar (weekend bars: 24/7);
* a FRED series (``FRED:WALCL``) reads FRED's download format
  (``models.market.sources.fred_csv``), dated by publication like a fetch;
* for the window and the analytics (``daily=True``) an intraday file is made daily bars
  by the session rule of ``models.market.daily_bars`` (UTC days for 24/7, New York
  session dates for NYSE) and said as a ``resampled`` notice; ``data import`` keeps the
  file's bar size. The window reads a large file in a child process (``apart``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from models.errors import CalendarRefused, InvalidParameter
from models.market.instruments import (
    ALWAYS_OPEN,
    FRED,
    NYSE,
    Catalogue,
    Instrument,
    fred_series_id,
)
from models.market.series import MarketSeries
from models.notices import CALENDAR_MISMATCH, RESAMPLED, ROWS_SKIPPED, Notice
from models.units import count


@dataclass
class PendingImport:
    """A file read and checked in full, waiting to be saved under its instrument."""

    instrument: Instrument
    path: Path
    imported: object  # models.market.sources.csv_import.ImportedFile

    def calendar_refusal(self) -> CalendarRefused | None:
        """Why these bars must not be saved under this instrument, or None."""
        if not self.instrument.in_catalogue or self.instrument.calendar != NYSE:
            return None
        if self.imported.calendar_hint != ALWAYS_OPEN:
            return None
        return CalendarRefused(
            f"{self.path.name} has weekend bars but {self.instrument.label} trades on New York "
            f"sessions (the {NYSE} calendar); nothing was imported.",
            self.instrument.label,
        )

    def calendar_warning(self) -> Notice | None:
        """A ``calendar_mismatch`` notice when the file's calendar does not look like the
        instrument's (a forced refusal included), else None."""
        hint = self.imported.calendar_hint
        if hint == self.instrument.calendar:
            return None
        text = (
            f"{self.path.name} looks like {hint} data but {self.instrument.label} "
            f"trades on the {self.instrument.calendar} calendar"
        )
        details = (("file", self.path.name), ("hint", hint), ("calendar", self.instrument.calendar))
        return Notice(CALENDAR_MISMATCH, self.instrument.label, text, details)


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


def read_import(
    catalogue: Catalogue,
    symbol_text: str,
    path: str | Path,
    force: bool = False,
    daily: bool = False,
    apart: bool = False,
    control=None,
) -> PendingImport:
    """Read and check one file for ``symbol_text``; raises ``ImportFailed`` for a bad file,
    ``InvalidParameter`` for a bad symbol and ``CalendarRefused`` (unless ``force``).

    ``daily`` makes intraday bars daily (see the module docstring); ``apart`` reads a
    large file in a child process (``csv_apart``), stopped by ``control``'s cancel."""
    from models.market.exchanges import check_instrument
    from models.market.sources.csv_apart import read_here, read_price_file_apart

    instrument = check_instrument(catalogue.resolve(symbol_text))
    if instrument.is_derived:  # never cached: computed from its inputs on every load
        inputs = ", ".join(i.label for i in instrument.inputs)
        raise InvalidParameter(f"{instrument.label} is computed from {inputs}: import those.")
    path = Path(path)
    # a bar may not be after today in the instrument's calendar (the file's when unknown)
    calendar = instrument.calendar if instrument.in_catalogue else None
    if instrument.source == FRED:  # FRED's download format, dated by publication
        from models.market.sources.fred_csv import read_fred_file

        imported = read_fred_file(path, fred_series_id(instrument))
    elif apart:
        imported = read_price_file_apart(path, calendar, daily, control)
    else:
        imported = read_here(path, calendar, daily)
    if not instrument.in_catalogue:  # nothing better known than what the file shows
        instrument = _with_calendar(instrument, imported.calendar_hint)
    item = PendingImport(instrument, path, imported)
    refusal = item.calendar_refusal()
    if refusal is not None and not force:
        raise refusal
    return item


def read_imports(
    catalogue: Catalogue, specs, force: bool = False, on_read=None, daily: bool = False
) -> list[PendingImport]:
    """Read and check every ``SYMBOL=FILE`` of ``specs`` before anything is saved.

    ``on_read(done, expected, message)`` (a progress sink, optional) hears of each file;
    ``daily`` makes intraday files daily bars.
    """
    specs = list(specs)
    pending = []
    for done, spec in enumerate(specs):
        symbol, path = split_import_spec(spec)
        if on_read is not None:
            on_read(done, len(specs), f"reading {path.name}")
        pending.append(read_import(catalogue, symbol, path, force, daily))
    if on_read is not None and specs:
        on_read(len(specs), len(specs), "read")
    return pending


def save_imports(repository, pending: list[PendingImport]) -> list[MarketSeries]:
    """Save checked imports; returns the merged ``MarketSeries`` of each, in order."""
    return [save_import(repository, item) for item in pending]


def save_import(repository, item: PendingImport) -> MarketSeries:
    """Save one checked import under its instrument; the merged series, with the file's
    calendar warning and its skipped rows among its notices."""
    imported = item.imported
    series = repository.save_imported(
        item.instrument, imported.frame, imported.timeframe, file_name=item.path.name
    )
    warning = item.calendar_warning()
    if warning is not None:
        series.notices.append(warning)
    skipped = item.imported.skipped_rows
    if skipped:
        text = f"{item.path.name}: skipped {count(skipped, 'row')} without prices"
        details = (("file", item.path.name), ("count", str(skipped)))
        series.notices.append(Notice(ROWS_SKIPPED, item.instrument.label, text, details))
    resampled = getattr(item.imported, "resampled_from", None)
    if resampled:
        series.notices.append(_resampled_notice(item, *resampled))
    return series


def _resampled_notice(item: PendingImport, timeframe: str, bars: int, calendar: str) -> Notice:
    from models.market.daily_bars import session_rule

    rule = session_rule(calendar)
    days = len(item.imported.frame)
    text = (
        f"{item.path.name}: {count(bars, f'{timeframe} bar')} made {count(days, 'daily bar')} "
        f"({rule})"
    )
    details = (("file", item.path.name), ("timeframe", timeframe), ("calendar", calendar))
    return Notice(RESAMPLED, item.instrument.label, text, details)


def import_file(
    repository, catalogue: Catalogue, symbol_text: str, path: str | Path, force: bool, control
) -> MarketSeries:
    """The window's import (a worker task): read and check the file (a large one in a
    child process; intraday bars made daily), then save it.

    Raises ``CalendarRefused`` for 24/7 bars under a New York symbol unless ``force``.
    """
    control.check_cancelled()
    item = read_import(catalogue, symbol_text, path, force, daily=True, apart=True, control=control)
    control.check_cancelled()
    return save_import(repository, item)


def _with_calendar(instrument: Instrument, calendar: str) -> Instrument:
    asset_class = "crypto" if calendar == ALWAYS_OPEN else "equity"
    return replace(instrument, calendar=calendar, asset_class=asset_class)
