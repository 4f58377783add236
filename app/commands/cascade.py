"""``main.py cascade``: the chain from liquidity to the alts, hop by hop, and its cycles.

``main.py cascade [--stages SYM,SYM,...] [--min-lag A --max-lag B] [--draws N]
[--anchor SYMBOL] [--lookback DAYS] [--horizon DAYS] [--as-of DATE] [--refresh]
[--import SYMBOL=FILE ...] [--demo] [--json] [rule options]``

The stages default to the seeds' chain: NETLIQ (net liquidity from FRED, dated by
publication), -FRED:BAMLH0A0HYM2 (the high-yield spread, inverted: falling is risk on),
TLT, ^GSPC, ^RUT, BTC-USD, ETH-USD and a basket of alts. A leading '-' inverts a stage;
commas inside basket(...) belong to the basket. For each hop (stage i -> i+1): the lead
of i+1 behind i in days (the best lag over --min-lag..--max-lag, default 0..90), the
interval of lags not rejected as the best (95%), the family-wise p over that window and
N (return pairs at the lead); then the total from the first stage to the last (the sum
of the hops, and the direct hop). Each stage's turns follow the breakout rule (the rule
options, as for the equity); the cycles table gives, for each breakout of --anchor
(default ^RUT) and for now, the date each stage turned within --lookback days before
and --horizon days after (default 365 each), its days after the stage before, and where
the chain broke.

The series come from the cache and this run's imports (--refresh tops them up from
Yahoo, the exchanges and FRED first, unless --offline); --demo uses a synthetic chain
with planted leads. --as-of DATE computes everything from what was published by that
day's close (every series cut there, FRED values by publication date). --json prints an
object with stages, hops (from, to, lag_days, lag_interval_days, p_value, n ...), total,
cycles and method.
"""

from __future__ import annotations

import argparse
import json

from app.commands import common
from app.commands.analytics_input import (
    add_as_of_option,
    add_command_parser,
    add_rule_options,
    load_for,
)

EXIT_OK = 0


def register(subparsers, add_common_options) -> None:
    """Add ``cascade`` to the top-level parser."""
    parser = add_command_parser(
        subparsers,
        add_common_options,
        "cascade",
        "the chain from liquidity to the alts: each hop's lead, interval, p and N; the cycles",
        __doc__,
    )
    add_cascade_options(parser)
    add_as_of_option(parser)
    parser.add_argument(
        "--refresh", action="store_true", help="top the series up from the sources first"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    add_rule_options(parser)
    parser.set_defaults(handler=run)


def add_cascade_options(parser: argparse.ArgumentParser) -> None:
    """The options ``cascade`` and ``export --view cascade`` share."""
    from models.analysis.lag_window import MAX_SEARCH_DAYS

    reach = common.int_in(-MAX_SEARCH_DAYS, MAX_SEARCH_DAYS)
    parser.add_argument("--stages", metavar="SYM,...", help="the chain (default: the seeds')")
    parser.add_argument("--min-lag", type=reach, default=0, metavar="A", help="(0 days)")
    parser.add_argument("--max-lag", type=reach, default=90, metavar="B", help="(90 days)")
    parser.add_argument(
        "--draws", type=common.int_in(1, 100_000), default=1000, metavar="N", help="(1,000)"
    )
    parser.add_argument("--seed", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument(
        "--anchor", type=common.symbol, default="^RUT", metavar="SYMBOL",
        help="the stage whose breakouts start the cycles (^RUT)",
    )  # fmt: skip
    days = common.int_in(1, 3650)
    parser.add_argument("--lookback", type=days, default=365, metavar="DAYS", help="(365)")
    parser.add_argument("--horizon", type=days, default=365, metavar="DAYS", help="(365)")


def run(args: argparse.Namespace) -> int:
    """Load the stages, judge the chain, print it."""
    from models.records.cascade_record import cascade_record
    from models.records.sidecar import plain

    analysis = analyse(args, fetch=args.refresh)
    if args.json:
        print(json.dumps(plain(cascade_record(analysis)), indent=1, allow_nan=False))
    else:
        from app.commands.cascade_text import print_cascade

        print_cascade(analysis)
    return EXIT_OK


def analyse(args: argparse.Namespace, fetch: bool):
    """The ``CascadeAnalysis`` the options ask for (with a progress bar on a terminal)."""
    from app.commands.analytics_input import params_from
    from models.analysis.breakouts import check_params
    from models.analysis.lag_window import LagWindow
    from models.cascade.analysis import CascadeOptions, check_options, prepare_cascade
    from models.market.fetch_control import FetchControl

    params = params_from(args)
    check_params(params)
    options = CascadeOptions(
        window=LagWindow(args.min_lag, args.max_lag, "searched"),
        draws=args.draws,
        seed=args.seed,
        params=params,
        lookback_days=args.lookback,
        horizon_days=args.horizon,
        anchor=args.anchor,
        as_of=args.as_of,
    )
    check_options(options)
    loaded = load_stages(args, fetch)
    progress = common.TerminalProgress("cascade")
    try:
        return prepare_cascade(loaded, options, FetchControl(on_progress=progress.update))
    finally:
        progress.finish()


def load_stages(args: argparse.Namespace, fetch: bool) -> list:
    """(stage, series) pairs in chain order: the demo chain, or each stage's series from
    the imports and the cache (topped up when ``fetch``)."""
    from models.cascade.stages import DEFAULT_CHAIN, parse_chain

    chain = parse_chain(args.stages) if args.stages else DEFAULT_CHAIN
    if getattr(args, "demo", False):
        return _demo(chain, args.as_of)
    session = load_for(args, *(stage.symbol for stage in chain), fetch=fetch).session
    return list(zip(chain, session.series, strict=True))


def _demo(chain, as_of=None) -> list:
    """The demo chain, cut at ``as_of`` as ``load_for`` cuts loaded series."""
    from models.cascade.demo import demo_chain
    from models.cascade.stages import DEFAULT_CHAIN
    from models.errors import InvalidParameter
    from models.replay.as_of import series_as_of

    try:
        loaded = demo_chain(chain)
    except KeyError as err:
        has = ", ".join(s.spec for s in DEFAULT_CHAIN)
        raise InvalidParameter(f"The demo chain has no {err.args[0]}; it has {has}.") from None
    if as_of is None:
        return loaded
    return [(stage, series_as_of(series, as_of)) for stage, series in loaded]
