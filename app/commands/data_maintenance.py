"""``main.py data refresh`` and ``main.py data clear``: the cache changed from the command line.

Which series each acts on is ``models.market.cache_targets``'s; a fetch is the
repository's own (``Repository.refresh``), one series after another with a progress bar.
"""

from __future__ import annotations

import argparse
import sys

from app.commands import common
from app.commands.data import EXIT_FAILURE, EXIT_OK, TIMEFRAME_HELP, day
from models.market.cache_targets import instrument_of, refresh_targets, served_copies
from models.units import count, human_size


def add_maintenance_actions(action) -> None:
    """``refresh`` and ``clear`` (``action`` makes one subcommand's parser)."""
    refresh = action(
        "refresh", run_refresh, "fetch new bars for cached series", "--offline", "--import"
    )
    refresh.add_argument("symbols", nargs="*", metavar="SYMBOL", help="default: every series")
    refresh.add_argument("--timeframe", type=common.timeframe, help=TIMEFRAME_HELP)
    clear = action("clear", run_clear, "delete cached series (no questions asked)")
    clear.add_argument(
        "symbols", nargs="*", metavar="SYMBOL", help="default: everything; PAIR@EXCHANGE for one"
    )
    clear.add_argument("--timeframe", type=common.timeframe, help=TIMEFRAME_HELP)


# --- refresh -------------------------------------------------------------------------------


def run_refresh(args: argparse.Namespace) -> int:
    """Fetch the new bars of each chosen series; one line per series, exit 1 on any failure.

    Failures end with one summary line. A source that cannot be reached (a reset, a hang,
    no DNS) is not asked again for the series after it; every other source still is (a
    reset at one exchange says nothing about Yahoo). What the user should know of each
    series (a cached file set aside and where it went, the exchange that stood in, the
    pages kept from a failed fetch) is printed as a warning line.
    """
    from models.errors import NetworkDown
    from models.session.loading.fetching import not_tried, source_of

    if getattr(args, "offline", False):
        print("error: refresh fetches from the network, but --offline was given", file=sys.stderr)
        return EXIT_FAILURE
    repository = common.open_repository(args)
    common.apply_imports(repository, args)
    from models.session.loading.derived import with_inputs  # a derived symbol: its inputs

    chosen = with_inputs(common.resolve(s) for s in args.symbols)
    targets = refresh_targets(repository.list_series(), chosen, args.timeframe)
    common.print_notices(repository.notices)
    if not targets:
        print("Nothing to refresh: the cache is empty. Import a file or open the app first.")
        return EXIT_OK
    down: dict[str, str] = {}  # source -> the series it failed for
    failures, skipped, offline_reason = 0, 0, None
    for instrument, timeframe, before in targets:
        source = source_of(instrument)
        if source in down:
            failures, skipped = failures + 1, skipped + 1
            _report_failure(None, instrument, timeframe, not_tried(source, down[source]))
            continue
        failure = _refresh_one(repository, instrument, timeframe, before)
        if failure is None:
            continue
        failures += 1
        if isinstance(failure, NetworkDown):
            down[source] = instrument.label
            offline_reason = offline_reason or _no_network(failure)
    if failures:
        _print_refresh_summary(failures, skipped, len(targets), offline_reason)
    return EXIT_FAILURE if failures else EXIT_OK


def _refresh_one(repository, instrument, timeframe: str, before: int) -> Exception | None:
    """Refresh one series and print its line and warnings; returns the failure, if any.

    A cached pair is refreshed from the exchange it is cached from: a 451 there says how
    to go on from another."""
    from models.errors import RegionBlocked
    from models.market.answers import with_venue_hint
    from models.market.fetch_control import FetchControl
    from models.session.loading.fetching import fetch_instrument

    progress = common.TerminalProgress(f"{instrument.label} {timeframe}")
    control = FetchControl(progress.update)
    told = len(repository.notices)
    try:
        answer = common.run_interruptible(
            control, fetch_instrument, repository, instrument, control, timeframe=timeframe
        )
    except Exception as err:  # one broken series must not stop the others
        _report_failure(progress, instrument, timeframe, common.error_line(err))
        return err
    notices = list(repository.notices[told:])
    if isinstance(answer.error, RegionBlocked) and instrument.exchange:
        answer.error = with_venue_hint(instrument.symbol, instrument.exchange, answer.error)
    if answer.error is not None:
        _report_failure(progress, instrument, timeframe, str(answer.error))
        common.print_notices(notices)
        return answer.error
    progress.finish()
    print(f"{instrument.label} {timeframe}: {_refresh_summary(before, answer.series)}")
    common.print_notices(notices + list(answer.series.notices))
    return None


def _no_network(err: Exception) -> str | None:
    """'no network (DNS)' or '... (cannot connect)' when ``err`` says the machine is offline.

    Only a name that does not resolve or a connection that cannot be made counts; a
    timeout or a reset may be one slow server.
    """
    from models.errors import NetworkDown

    if not isinstance(err, NetworkDown) or not err.machine_offline:
        return None
    return "no network (DNS)" if err.reason == NetworkDown.DNS else "no network (cannot connect)"


def _print_refresh_summary(failures: int, skipped: int, total: int, reason: str | None) -> None:
    line = f"error: {failures} of {total} series could not be refreshed"
    if reason:
        line += f": {reason}"
    if skipped:
        line += f"; {skipped} not tried because their source could not be reached"
    print(line, file=sys.stderr)


def _report_failure(progress, instrument, timeframe: str, message: str) -> None:
    if progress is not None:
        progress.finish()
    print(f"error: {instrument.label} {timeframe}: {message}", file=sys.stderr)


def _refresh_summary(before: int, series) -> str:
    added = series.rows - before
    last = day(series.last)
    if added <= 0:
        return f"up to date ({series.rows} bars, last {last})"
    return f"{added} new bars, last {last} ({series.rows} bars)"


# --- clear ---------------------------------------------------------------------------------


def run_clear(args: argparse.Namespace) -> int:
    """Delete the chosen series (or everything) and print what went.

    An unpinned pair (``BTC/USDT``) clears only the copy the app reads; other
    exchanges' copies are kept and named, to be cleared as ``BTC/USDT@kraken``. The
    unfinished writes of the chosen symbols (folders without a manifest) go too.
    """
    from models.market.cache_targets import key_matches

    repository = common.open_repository(args)
    infos = [i for i in repository.list_series() if args.timeframe in (None, i.timeframe)]
    common.print_notices(repository.notices)
    chosen = [common.resolve(s) for s in args.symbols]
    if args.symbols:
        matched = [i for i in infos if any(i.is_of(c) for c in chosen)]
        for instrument in chosen:
            if not any(i.is_of(instrument) for i in matched):
                print(f"{instrument.label}: nothing cached", file=sys.stderr)
        infos = served_copies(matched, chosen, common.load_catalogue().exchange_chain)
        for kept in (i for i in matched if i not in infos):
            print(
                f"kept {kept.symbol}@{kept.exchange} {kept.timeframe}; clear it with "
                f"'data clear {kept.symbol}@{kept.exchange}'",
                file=sys.stderr,
            )
    for info in infos:
        repository.clear(instrument_of(info), info.timeframe)
        where = f"@{info.exchange}" if info.exchange else ""
        print(
            f"removed {info.symbol}{where} {info.timeframe} ({count(info.rows, 'bar')}, "
            f"{human_size(info.size_bytes)})"
        )
    for item in repository.cache.unfinished():
        wanted = not chosen or any(key_matches(item.key, c, args.timeframe) for c in chosen)
        if item.key is not None and wanted:
            repository.cache.discard_unfinished(item.key)
            print(
                f"removed an unfinished write of {item.key.symbol} ({human_size(item.size_bytes)})"
            )
    if not args.symbols and args.timeframe is None:
        repository.clear()  # also whatever was set aside as corrupt
    removed = count(len(infos), "series", "series")
    print(f"{removed} removed; the cache now uses {human_size(repository.cache_size_bytes())}")
    return EXIT_OK
