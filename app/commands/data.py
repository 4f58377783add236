"""main.py data: the price cache from the command line.

  data import SYMBOL=FILE ... [--force]   read price files (all checked before any is saved)
  data list [--json]                      one entry per cached series
  data refresh [SYMBOL ...]               fetch the bars after each cached series' last one
  data gaps SYMBOL                        missing days, sessions or bars, and row provenance
  data clear [SYMBOL ...]                 delete cached series (everything without a symbol)

A crypto pair without @EXCHANGE means the series the app reads (the first exchange of
the default chain that holds it); name BTC/USDT@kraken to act on another exchange's copy.
Each action takes --cache-dir DIR. Failures end as one line on stderr and exit 1.
"""

from __future__ import annotations

import argparse
import json
import sys

from app.commands import common

EXIT_OK, EXIT_FAILURE = 0, 1
_TIMEFRAME_HELP = f"only this bar size ({' '.join(common.TIMEFRAMES)}); default: every cached one"


def register(subparsers, add_common_options) -> None:
    """Add ``data`` and its actions to the top-level parser."""
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
    refresh = action(
        "refresh", run_refresh, "fetch new bars for cached series", "--offline", "--import"
    )
    refresh.add_argument("symbols", nargs="*", metavar="SYMBOL", help="default: every series")
    refresh.add_argument("--timeframe", type=common.timeframe, help=_TIMEFRAME_HELP)
    gaps = action(
        "gaps", run_gaps, "report missing bars and provenance of a cached series", "--import"
    )
    gaps.add_argument("symbol", metavar="SYMBOL")
    gaps.add_argument("--timeframe", type=common.timeframe, help=_TIMEFRAME_HELP)
    clear = action("clear", run_clear, "delete cached series (no questions asked)")
    clear.add_argument(
        "symbols", nargs="*", metavar="SYMBOL", help="default: everything; PAIR@EXCHANGE for one"
    )
    clear.add_argument("--timeframe", type=common.timeframe, help=_TIMEFRAME_HELP)


# --- import --------------------------------------------------------------------------------


def run_import(args: argparse.Namespace) -> int:
    """Read every file, then save them all; print what each import added."""
    progress = common.TerminalProgress("import")
    specs = list(args.specs) + list(getattr(args, "imports", None) or [])
    pending = common.read_imports(specs, progress, force=args.force)
    progress.finish()
    repository = common.open_repository(args)
    for item, series in zip(pending, common.save_imports(repository, pending), strict=True):
        warning = item.calendar_warning()
        if warning:
            print(warning, file=sys.stderr)
        print(_import_line(item, series))
    return EXIT_OK


def _import_line(item: common.PendingImport, series) -> str:
    frame = item.imported.frame
    line = (
        f"{series.instrument.label}: imported {len(frame)} {item.imported.timeframe} bars "
        f"({_day(frame.index[0])} .. {_day(frame.index[-1])}) from {item.path.name} "
        f"[{item.imported.format_name}]; the cache holds {series.rows} bars"
    )
    if item.imported.skipped_rows:
        line += f"; skipped {item.imported.skipped_rows} rows without prices"
    return line


# --- list ----------------------------------------------------------------------------------

_COLUMNS = ("SYMBOL", "SOURCE", "EXCHANGE", "TF", "FIRST", "LAST", "ROWS", "ORIGIN", "SIZE")


def run_list(args: argparse.Namespace) -> int:
    """Print one entry per cached series, as a table or as JSON."""
    repository = common.open_repository(args)
    common.apply_imports(repository, args)
    infos = sorted(repository.list_series(), key=lambda i: (i.symbol, i.timeframe, i.exchange))
    if args.json:
        print(json.dumps([_info_json(i) for i in infos], indent=2))
        return EXIT_OK
    if not infos:
        print(f"The cache in {repository.cache.root} is empty.")
        return EXIT_OK
    rows = [_COLUMNS] + [_info_row(i) for i in infos]
    widths = [max(len(r[c]) for r in rows) for c in range(len(_COLUMNS))]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    total = _size(repository.cache_size_bytes())
    print(f"{len(infos)} series, {total} in {repository.cache.root}")
    return EXIT_OK


def _info_row(info) -> tuple[str, ...]:
    return (
        info.symbol,
        info.source,
        info.exchange or "-",
        info.timeframe,
        _day(info.first),
        _day(info.last),
        str(info.rows),
        info.provenance,
        _size(info.size_bytes),
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


# --- refresh -------------------------------------------------------------------------------


def run_refresh(args: argparse.Namespace) -> int:
    """Fetch the new bars of each chosen series; one line per series, exit 1 on any failure.

    Failures end with one summary line. When a failure shows the network is down
    altogether (no DNS, no connection), the rest would fail the same way after their
    own retries, so they are not tried.
    """
    if getattr(args, "offline", False):
        print("error: refresh fetches from the network, but --offline was given", file=sys.stderr)
        return EXIT_FAILURE
    repository = common.open_repository(args)
    common.apply_imports(repository, args)
    targets = _targets(repository, args.symbols, args.timeframe)
    if not targets:
        print("Nothing to refresh: the cache is empty. Import a file or open the app first.")
        return EXIT_OK
    failures, tried, offline_reason = 0, 0, None
    for instrument, timeframe, before in targets:
        tried += 1
        failure = _refresh_one(repository, instrument, timeframe, before)
        if failure is None:
            continue
        failures += 1
        offline_reason = _no_network(failure)
        if offline_reason:
            break
    if failures:
        _print_refresh_summary(failures, tried, len(targets), offline_reason)
    return EXIT_FAILURE if failures else EXIT_OK


def _refresh_one(repository, instrument, timeframe: str, before: int) -> Exception | None:
    """Refresh one series and print its line; returns the failure, if any."""
    from models.errors import DataError
    from models.market.fetch_control import FetchControl

    progress = common.TerminalProgress(f"{instrument.label} {timeframe}")
    try:
        series = repository.refresh(instrument, timeframe, FetchControl(progress.update))
    except DataError as err:
        _report_failure(progress, instrument, timeframe, str(err))
        return err
    except Exception as err:  # one broken series must not stop the others
        _report_failure(progress, instrument, timeframe, _unexpected(err))
        return err
    progress.finish()
    print(f"{instrument.label} {timeframe}: {_refresh_summary(before, series)}")
    return None


def _no_network(err: Exception) -> str | None:
    """'no network (DNS)' or '... (cannot connect)' when ``err`` says the machine is offline.

    Only a name that does not resolve or a connection that cannot be made counts; a
    timeout or a reset may be one slow server, so the others are still tried.
    """
    from models.errors import NetworkDown

    if not isinstance(err, NetworkDown):
        return None
    text = str(err)
    if "(DNS)" in text or "resolve" in text:
        return "no network (DNS)"
    if "connection failed" in text or "could not be reached" in text:
        return "no network (cannot connect)"
    return None


def _print_refresh_summary(failures: int, tried: int, total: int, reason: str | None) -> None:
    line = f"error: {failures} of {total} series could not be refreshed"
    if reason:
        line += f": {reason}"
    if tried < total:
        line += f"; stopped there, {total - tried} not tried"
    print(line, file=sys.stderr)


def _report_failure(progress, instrument, timeframe: str, message: str) -> None:
    progress.finish()
    print(f"error: {instrument.label} {timeframe}: {message}", file=sys.stderr)


def _unexpected(err: Exception) -> str:
    return f"unexpected {type(err).__name__}: {err}"


def _refresh_summary(before: int, series) -> str:
    added = series.rows - before
    last = _day(series.last)
    if added <= 0:
        return f"up to date ({series.rows} bars, last {last})"
    return f"{added} new bars, last {last} ({series.rows} bars)"


def _targets(repository, symbols: list[str], timeframe: str | None) -> list[tuple]:
    """(instrument, timeframe, rows now) of the series a command should act on."""
    infos = [i for i in repository.list_series() if timeframe in (None, i.timeframe)]
    if not symbols:
        return [(_instrument_of(i), i.timeframe, i.rows) for i in infos]
    targets = []
    for symbol in symbols:
        instrument = common.resolve(symbol)
        matches = [i for i in infos if _same_series(instrument, i)]
        if matches:
            targets += [(_instrument_of(i, instrument), i.timeframe, i.rows) for i in matches]
        else:  # nothing cached yet: a refresh fetches the whole history
            targets.append((instrument, timeframe or "1d", 0))
    return targets


def _same_series(instrument, info) -> bool:
    if (info.symbol, info.source) != (instrument.symbol, instrument.source):
        return False
    return not instrument.exchange or instrument.exchange == info.exchange


def _instrument_of(info, resolved=None):
    """The instrument of a cached series, pinned to the exchange it was stored under."""
    from models.market.instruments import Instrument

    instrument = resolved or Instrument(
        info.symbol, info.name, info.source, info.calendar, info.asset_class
    )
    return instrument.on_exchange(info.exchange) if info.exchange else instrument


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
        if _same_series(instrument, i) and args.timeframe in (None, i.timeframe)
    ]
    if not infos:
        raise NoDataInRange(
            f"Nothing is cached for {instrument.label}; run 'data refresh {args.symbol}' "
            "or 'data import'."
        )
    for info in infos:
        series = repository.load(_instrument_of(info, instrument), info.timeframe)
        if series is not None:
            _print_gap_report(series)
    for notice in repository.notices:
        print(f"warning: {notice}", file=sys.stderr)
    return EXIT_OK


def _print_gap_report(series) -> None:
    from models.market.gaps import find_gaps

    calendar = series.instrument.calendar
    gaps = find_gaps(series.frame, calendar, series.timeframe)
    where = f" on {series.exchange}" if series.exchange else ""
    print(
        f"{series.instrument.label} {series.timeframe} ({series.source}{where}, {calendar}): "
        f"{series.rows} bars {_day(series.first)} .. {_day(series.last)}, "
        f"rows {series.provenance_summary}"
    )
    if not gaps:
        print("  no gaps")
        return
    missing = sum(g.missing for g in gaps)
    print(f"  {_count(len(gaps), 'gap')}, {_count(missing, 'bar')} missing:")
    for gap in gaps:
        print(f"  {gap.describe()}")


# --- clear ---------------------------------------------------------------------------------


def run_clear(args: argparse.Namespace) -> int:
    """Delete the chosen series (or everything) and print what went.

    An unpinned pair (``BTC/USDT``) clears only the copy the app reads; other
    exchanges' copies are kept and named, to be cleared as ``BTC/USDT@kraken``.
    """
    repository = common.open_repository(args)
    infos = [i for i in repository.list_series() if args.timeframe in (None, i.timeframe)]
    if args.symbols:
        chosen = [common.resolve(s) for s in args.symbols]
        matched = [i for i in infos if any(_same_series(c, i) for c in chosen)]
        for instrument in chosen:
            if not any(_same_series(instrument, i) for i in matched):
                print(f"{instrument.label}: nothing cached", file=sys.stderr)
        infos = _served_copies(matched, chosen)
        for kept in (i for i in matched if i not in infos):
            print(
                f"kept {kept.symbol}@{kept.exchange} {kept.timeframe}; clear it with "
                f"'data clear {kept.symbol}@{kept.exchange}'",
                file=sys.stderr,
            )
    for info in infos:
        repository.clear(_instrument_of(info), info.timeframe)
        where = f"@{info.exchange}" if info.exchange else ""
        print(
            f"removed {info.symbol}{where} {info.timeframe} ({_count(info.rows, 'bar')}, "
            f"{_size(info.size_bytes)})"
        )
    if not args.symbols and args.timeframe is None:
        repository.clear()  # also whatever was set aside as corrupt
    removed = _count(len(infos), "series", "series")
    print(f"{removed} removed; the cache now uses {_size(repository.cache_size_bytes())}")
    return EXIT_OK


def _served_copies(infos: list, chosen: list) -> list:
    """The cached series the chosen instruments name.

    A pinned pair names its exchange's copy; an unpinned one the copy the app reads:
    the first exchange of the default chain holding it (else the first cached).
    """
    chain = common.load_catalogue().exchange_chain
    keep = []
    for info in infos:
        if not info.exchange or any(c.exchange and _same_series(c, info) for c in chosen):
            keep.append(info)
            continue
        rivals = [
            i.exchange
            for i in infos
            if (i.symbol, i.source, i.timeframe) == (info.symbol, info.source, info.timeframe)
        ]
        ranked = sorted(rivals, key=lambda ex: chain.index(ex) if ex in chain else len(chain))
        if ranked[0] == info.exchange:
            keep.append(info)
    return keep


# --- formatting ------------------------------------------------------------------------------


def _count(number: int, singular: str, plural: str | None = None) -> str:
    """'1 gap', '3 gaps'."""
    return f"{number} {singular if number == 1 else (plural or singular + 's')}"


def _day(stamp) -> str:
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


def _size(size: int) -> str:
    for unit in ("B", "KB", "MB"):
        if size < 1024:
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GB"
