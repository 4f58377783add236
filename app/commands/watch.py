"""``main.py watch``: how close the next breakout is, and what usually followed. For cron.

``main.py watch [--equity SYMBOL] [--crypto SYMBOL] [rule options] [--as-of DATE]
[--refresh] [--draws N] [--seed S] [--json]``

For the rule of the options (default: the app's, a close above the all-time high after
252 sessions without one), on the last session (or the last on or before ``--as-of``):
the close and the trigger for the next session with the distance in points and percent
(0 when the rule fired on that session), whether the rule is armed (a drought not over
yet, a close already above the level), the volume a breakout needs (the equity's own or
its proxy's, IWM for ^RUT), the last breakout with its verdict and the days since, the
base rate (after past breakouts, how often and how much the target rose at +30, +90 and
+180 days, N beside it, against every day of its history, with the placebo p) and the
past cycles laid from the last breakout ("you are here: day 94 of the 2026-01-08
breakout") with the nearest one. The target is ``--crypto`` when given, else the equity.
The bars come from the cache and this run's imports; ``--refresh`` tops them up from the
sources first (unless ``--offline``), as a cron job wants.

``--json`` prints one object: ``as_of``, ``session``, ``triggered``, ``close``,
``trigger``, ``armed``, ``distance_pct``, ``distance_points``, ``volume``,
``last_breakout`` (``date``, ``verdict`` ...), ``base_rate`` (``n``, ``by_horizon`` ...)
and ``fan`` (``you_are_here``, ``cycles``, ``nearest`` ...).

Exit codes: 0 when no breakout fired on the session judged, 10 when one did (a cron job
can act on it: ``main.py watch --rule level --level 2600 || notify``); a failure keeps
its own code (1: no data, an unknown symbol...; 2: a usage mistake; 130: interrupted).
"""

from __future__ import annotations

import argparse
import json

from app.commands import common
from app.commands.analytics_input import (
    add_analysis_parser,
    add_as_of_option,
    add_rule_options,
    load_for,
    params_from,
    print_as_of,
)

EXIT_OK = 0
#: the exit code when a breakout under the rule fired on the session judged
EXIT_TRIGGERED = 10
DEFAULT_DRAWS = 1000


def register(subparsers, add_common_options) -> None:
    """Add ``watch`` to the top-level parser."""
    parser = add_analysis_parser(
        subparsers,
        add_common_options,
        "watch",
        "how close the next breakout is and what usually followed (exit 10 when it fired)",
        __doc__,
    )
    parser.add_argument(
        "--crypto",
        type=common.symbol,
        metavar="SYMBOL",
        help="the target of the base rate and the fan (default: the equity itself)",
    )
    add_rule_options(parser)
    add_as_of_option(parser)
    parser.add_argument(
        "--draws",
        type=common.int_in(1, 100_000),
        default=DEFAULT_DRAWS,
        metavar="N",
        help=f"placebo draws of the base rate's p (default {DEFAULT_DRAWS:,})",
    )
    parser.add_argument("--seed", type=int, default=0, help="random seed of the draws")
    parser.add_argument(
        "--refresh", action="store_true", help="top the bars up from the sources first"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Print where the rule stands; exit ``EXIT_TRIGGERED`` when it fired."""
    from app.commands.events import equity_text
    from models.analysis.breakouts import check_params
    from models.records.sidecar import plain
    from models.records.watch_record import watch_record
    from models.replay.watch import watch

    params = params_from(args)
    check_params(params)
    texts = (equity_text(args), *((args.crypto,) if args.crypto else ()))
    loaded = load_for(args, *texts, fetch=args.refresh)
    state = watch(loaded.session, params, args.as_of, args.draws, args.seed)
    if args.json:
        print(json.dumps(plain(watch_record(state)), indent=1, allow_nan=False))
    else:
        from app.commands.watch_text import print_watch

        print_as_of(args)
        print_watch(state, loaded.origin(loaded.session.equity))
    return EXIT_TRIGGERED if state.triggered else EXIT_OK
