"""main.py data: the price cache from the command line.

  data import SYMBOL=FILE ... [--force]   read price files (all checked before any is saved)
  data list [--json]                      one entry per cached series
  data gaps SYMBOL                        missing days, sessions or bars, and row provenance
  data refresh [SYMBOL ...]               fetch the bars after each cached series' last one
  data clear [SYMBOL ...]                 delete cached series (everything without a symbol)

A crypto pair without @EXCHANGE means the series the app reads (the first exchange of
the default chain that holds it); name BTC/USDT@kraken to act on another exchange's copy.
Each action takes --cache-dir DIR. Failures end as one line on stderr and exit 1.
Reading actions live here, ``refresh`` and ``clear`` in ``data_maintenance``.
"""

from __future__ import annotations

import argparse
import json
import sys

from app.commands import common
from models.market.cache_targets import instrument_of
from models.units import count, human_size

EXIT_OK, EXIT_FAILURE = 0, 1
TIMEFRAME_HELP = f"only this bar size ({' '.join(common.TIMEFRAMES)}); default: every cached one"


def register(subparsers, add_common_options) -> None:
    """Add ``data`` and its actions to the top-level parser."""
    from app.commands.data_maintenance import add_maintenance_actions

    parser = subparsers.add_parser(
        "data",
        help="import, list, refresh, report gaps in or clear cached prices",
        description=common.plain(__doc__),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = parser.add_subparsers(dest="data_action", metavar="ACTION", required=True)

    def action(name: str, handler, help_text: str, *options: str) -> argparse.ArgumentParser:
        sub = actions.add_parser(name, help=help_text, description=help_text)
        common.add_options(sub, "--cache-dir", *options)  # only the options it uses
        common.one_line_errors(sub)
        sub.set_defaults(handler=handler)
        return sub

    _add_reading_actions(action)
    add_maintenance_actions(action)


def _add_reading_actions(action) -> None:
    """``import``, ``list`` and ``gaps`` (``action`` makes one subcommand's parser)."""
    imports = action("import", run_import, "import CSV price files", "--import")
    imports.add_argument(
        "specs", nargs="+", metavar="SYMBOL=FILE", help="e.g. ^RUT=rut.csv BTC/USDT=klines.csv"
    )
    imports.add_argument(
        "--force",
        action="store_true",
        help="import even when the file's calendar contradicts the symbol's (24/7 bars as SPY)",
    )
    action("list", run_list, "list cached series", "--import").add_argument(
        "--json", action="store_true", help="print a JSON array instead of a table"
    )
    gaps = action(
        "gaps", run_gaps, "report missing bars and provenance of a cached series", "--import"
    )
    gaps.add_argument("symbol", metavar="SYMBOL")
    gaps.add_argument("--timeframe", type=common.timeframe, help=TIMEFRAME_HELP)


# --- import --------------------------------------------------------------------------------


def run_import(args: argparse.Namespace) -> int:
    """Read every file, then save them all; print what each import added."""
    from models.session.imports import save_imports

    progress = common.TerminalProgress("import")
    specs = list(args.specs) + list(getattr(args, "imports", None) or [])
    pending = common.read_imports(specs, progress, force=args.force)
    repository = common.open_repository(args)
    for item, series in zip(pending, save_imports(repository, pending), strict=True):
        warning = item.calendar_warning()
        if warning:
            print(f"warning: {warning}", file=sys.stderr)
        print(_import_line(item, series))
    return EXIT_OK


def _import_line(item, series) -> str:
    frame = item.imported.frame
    line = (
        f"{series.instrument.label}: imported {len(frame)} {item.imported.timeframe} bars "
        f"({day(frame.index[0])} .. {day(frame.index[-1])}) from {item.path.name} "
        f"[{item.imported.format_name}]; the cache holds {series.rows} bars"
    )
    if item.imported.skipped_rows:
        line += f"; skipped {count(item.imported.skipped_rows, 'row')} without prices"
    return line


# --- list ----------------------------------------------------------------------------------

_COLUMNS = ("SYMBOL", "SOURCE", "EXCHANGE", "TF", "FIRST", "LAST", "ROWS", "ORIGIN", "SIZE")


def run_list(args: argparse.Namespace) -> int:
    """Print one entry per cached series, as a table or as JSON."""
    repository = common.open_repository(args)
    common.apply_imports(repository, args)
    infos = sorted(repository.list_series(), key=lambda i: (i.symbol, i.timeframe, i.exchange))
    common.print_notices(repository.notices)  # series set aside while listing, and where
    unfinished = repository.cache.unfinished()
    if args.json:
        print(json.dumps([_info_json(i) for i in infos], indent=2))
        if unfinished:
            print(f"warning: {_unfinished_line(unfinished)}", file=sys.stderr)
        return EXIT_OK
    if not infos and not unfinished:
        print(f"The cache in {repository.cache.root} is empty.")
        return EXIT_OK
    rows = [_COLUMNS] + [_info_row(i) for i in infos]
    widths = [max(len(r[c]) for r in rows) for c in range(len(_COLUMNS))]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    total = human_size(repository.cache_size_bytes())
    print(f"{len(infos)} series, {total} in {repository.cache.root}")
    if unfinished:
        print(_unfinished_line(unfinished))
    return EXIT_OK


def _unfinished_line(unfinished) -> str:
    """What the unfinished writes hold, whose they are and what removes them."""
    size = human_size(sum(u.size_bytes for u in unfinished))
    names = sorted({_unfinished_name(u) for u in unfinished})
    return (
        f"of which {size} in {count(len(unfinished), 'unfinished write')} "
        f"({', '.join(names)}): folders a killed or failed write left without a manifest; "
        "the next write of each series or 'data clear' removes them"
    )


def _unfinished_name(item) -> str:
    if item.key is None:
        return item.path.name
    where = f"@{item.key.exchange}" if item.key.exchange else ""
    return f"{item.key.symbol}{where} {item.key.timeframe}"


def _info_row(info) -> tuple[str, ...]:
    return (
        info.symbol,
        info.source,
        info.exchange or "-",
        info.timeframe,
        day(info.first),
        day(info.last),
        str(info.rows),
        info.provenance,
        human_size(info.size_bytes),
    )


def _info_json(info) -> dict:
    return {
        "symbol": info.symbol,
        "name": info.name,
        "source": info.source,
        "exchange": info.exchange,
        "timeframe": info.timeframe,
        "calendar": info.calendar,
        "first": _iso(info.first),
        "last": _iso(info.last),
        "rows": int(info.rows),
        "provenance": info.provenance,
        "fetched_at": info.fetched_at.isoformat() if info.fetched_at else None,
        "library_version": info.library_version,
        "size_bytes": int(info.size_bytes),
    }


# --- gaps ----------------------------------------------------------------------------------


def run_gaps(args: argparse.Namespace) -> int:
    """Print the gaps and the provenance of each cached timeframe of one symbol."""
    from models.errors import NoDataInRange

    repository = common.open_repository(args)
    common.apply_imports(repository, args)
    instrument = common.resolve(args.symbol)
    infos = [
        i
        for i in repository.list_series()
        if i.is_of(instrument) and args.timeframe in (None, i.timeframe)
    ]
    if not infos:
        raise NoDataInRange(
            f"Nothing is cached for {instrument.label}; run 'data refresh {args.symbol}' "
            "or 'data import'."
        )
    reported = 0
    for info in infos:
        series = repository.load(instrument_of(info, instrument), info.timeframe)
        if series is not None:
            _print_gap_report(series)
            reported += 1
    set_aside = [n for n in repository.notices if n.kind == "cache_set_aside"]
    if not reported and set_aside:  # nothing left to report on: that is the answer
        from models.errors import CacheCorrupt

        raise CacheCorrupt(set_aside[0].text)
    common.print_notices(repository.notices)
    return EXIT_OK


def _print_gap_report(series) -> None:
    from models.market.gaps import find_gaps

    calendar = series.instrument.calendar
    gaps = find_gaps(series.frame, calendar, series.timeframe)
    where = f" on {series.exchange}" if series.exchange else ""
    print(
        f"{series.instrument.label} {series.timeframe} ({series.source}{where}, {calendar}): "
        f"{series.rows} bars {day(series.first)} .. {day(series.last)}, "
        f"rows {series.provenance_summary}"
    )
    if not gaps:
        print("  no gaps")
        return
    missing = sum(g.missing for g in gaps)
    print(f"  {count(len(gaps), 'gap')}, {count(missing, 'bar')} missing:")
    for gap in gaps:
        print(f"  {gap.describe()}")


# --- formatting ------------------------------------------------------------------------------


def day(stamp) -> str:
    """A bar's time as the tables show it: the date of a daily bar, else the UTC minute."""
    if stamp is None:
        return "-"
    if stamp.tzinfo is None and stamp == stamp.normalize():
        return stamp.strftime("%Y-%m-%d")
    return stamp.strftime("%Y-%m-%dT%H:%MZ")


def _iso(stamp) -> str | None:
    if stamp is None:
        return None
    if stamp.tzinfo is None and stamp == stamp.normalize():
        return stamp.strftime("%Y-%m-%d")
    return stamp.strftime("%Y-%m-%dT%H:%M:%SZ")
