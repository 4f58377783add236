"""``main.py events``: the breakouts of an equity index, headless.

``main.py events --equity ^RUT [--rule ath_drought|n_day_high|level] [options]
[--as-of DATE] [--json]``

Reads the equity from the cache, from ``--import SYMBOL=FILE`` or from ``--demo``.
Where the index's own volume is missing or zero, the catalogue's volume proxy (IWM
for the Russell 2000) is used when it is cached or imported, and every event says
which volume it used. ``--json`` prints a list of objects with ``date``, ``rule``,
``level``, ``close``, ``volume_ratio``, ``volume_source``, ``volume_confirmed``,
``confirmed``, ``pending``, ``band_start``, ``band_end`` and ``demo`` (true for the
synthetic demo data). ``--as-of DATE`` detects on the bars known by DATE's close only:
a breakout whose hold needs later sessions is pending, as it was that day.
"""

from __future__ import annotations

import argparse
import json

from app.commands.analytics_input import (
    add_analysis_parser,
    add_as_of_option,
    add_rule_options,
    load_for,
    params_from,
    print_as_of,
)

EXIT_OK = 0
DEMO_LINE = "DEMO: synthetic data, not market prices; the events below are illustrations only"


def register(subparsers, add_common_options) -> None:
    """Add ``events`` to the top-level parser."""
    parser = add_analysis_parser(
        subparsers, add_common_options, "events", "list the breakouts of an equity index", __doc__
    )
    add_rule_options(parser)
    add_as_of_option(parser)
    parser.add_argument("--json", action="store_true", help="print a JSON list of events")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Detect and print the breakouts."""
    loaded = load_for(args, equity_text(args))
    result = detect_for(loaded.session, args)
    equity = loaded.session.equity
    if args.json:
        events = [event_json(e, equity.is_demo) for e in result.events]
        print(json.dumps(events, indent=2, allow_nan=False))
    else:
        print_as_of(args)
        print_events(equity, loaded.origin(equity), result)
    return EXIT_OK


def equity_text(args: argparse.Namespace) -> str:
    """The equity the options name (default: the catalogue's, ^RUT)."""
    from models.market.instruments import load_catalogue

    return args.equity or load_catalogue().default_equity


def detect_for(session, args: argparse.Namespace):
    """The ``BreakoutResult`` of ``session``'s equity under the options in ``args``, with
    the session's volume proxy where the equity's own volume is missing."""
    from models.analysis.breakouts import detect_breakouts

    proxy = session.volume_proxy
    proxy_volume = proxy.frame["volume"] if proxy is not None else None
    proxy_label = proxy.instrument.label if proxy is not None else ""
    return detect_breakouts(session.equity.frame, params_from(args), proxy_volume, proxy_label)


def event_json(event, demo: bool = False) -> dict:
    """One event as a JSON object (dates as YYYY-MM-DD, NaN as null); ``demo`` marks
    events found in the synthetic demo data."""
    from models.records.sidecar import plain

    return plain(
        {
            "date": event.date,
            "rule": event.rule,
            "level": event.level,
            "close": event.close,
            "volume_ratio": event.volume_ratio,
            "volume_source": event.volume_source,
            "volume_confirmed": event.volume_confirmed,
            "confirmed": event.confirmed,
            "pending": event.pending,
            "band_start": event.band_start,
            "band_end": event.band_end,
            "demo": bool(demo),
        }
    )


def print_events(equity, origin: str, result) -> None:
    """A readable table of the events with a header naming the data used."""
    demo = " (DEMO data)" if equity.is_demo else ""
    if equity.is_demo:
        print(DEMO_LINE)
    from models.analysis.breakouts import verdict

    frame = equity.frame
    print(
        f"{equity.instrument.label}{demo}: {len(frame)} sessions {frame.index[0]:%Y-%m-%d} to "
        f"{frame.index[-1]:%Y-%m-%d} ({origin}); rule {result.params.rule}; "
        f"volume: {result.volume_source}"
    )
    if not result.events:
        print("no breakouts under this rule")
        return
    print(
        f"{'date':10}  {'level':>10}  {'close':>10}  {'vol x':>6}  {'volume':8}  "
        f"{'outcome':9}  band to"
    )
    for e in result.events:
        ratio = f"{e.volume_ratio:6.2f}" if e.volume_ratio == e.volume_ratio else "     -"
        mark = "*" if e.volume_confirmed else " "
        print(
            f"{e.date:%Y-%m-%d}  {e.level:10.2f}  {e.close:10.2f}  {ratio}{mark} "
            f"{e.volume_source:8}  {verdict(e):9}  {e.band_end:%Y-%m-%d}"
        )
    print(
        f"{len(result.events)} events; * = volume confirmed; "
        "held = the close stayed above the level for the hold period"
    )
