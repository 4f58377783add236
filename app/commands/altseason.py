"""``main.py altseason``: the altcoin season index (the share of alts beating BTC), headless.

``main.py altseason [--universe SYM,...] [--window DAYS] [--benchmark SYMBOL]
[--as-of DATE] [--refresh] [--import SYMBOL=FILE ...] [--json]``

On each day, the percentage (0-100) of a universe of alts whose return over the last
``--window`` days (default 90) beat BTC's, as the public altcoin season index counts
it: 75 and above is altcoin season, 25 and below bitcoin season. The universe is the
catalogue's 30 alts unless ``--universe`` names others (stablecoins and wrapped tokens
are refused). Only alts with bars on both days count, so the universe's size changes
over time: it is printed beside every value, and a universe picked today flatters the
past (survivorship), which the output says.

The bars come from the cache and this run's imports (``--refresh`` tops them up from
the sources first, unless ``--offline``). Text output: the universe, the caveat, the
stretches of altcoin season and one row per month (index, alts counted, season).
``--json`` prints a list of objects, one per day: ``date``, ``index`` (0-100),
``coins`` (alts counted) and ``season``; the caveats go to stderr. ``--as-of DATE``
computes the index from the bars known by DATE's close only (an alt listed later is
absent then, and named so).
"""

from __future__ import annotations

import argparse
import json
import sys

from app.commands import common
from app.commands.analytics_input import (
    add_as_of_option,
    add_command_parser,
    load_for,
    print_as_of,
)
from models.derived.recipe import DEFAULT_WINDOW_DAYS, WINDOW_LIMITS

EXIT_OK = 0


def register(subparsers, add_common_options) -> None:
    """Add ``altseason`` to the top-level parser."""
    parser = add_command_parser(
        subparsers,
        add_common_options,
        "altseason",
        "the altcoin season index: the share of alts beating BTC over 90 days",
        __doc__,
    )
    parser.add_argument(
        "--universe", metavar="SYM,...", help="the alts to count (default: the catalogue's 30)"
    )
    parser.add_argument(
        "--window",
        type=common.int_in(*WINDOW_LIMITS),
        metavar="DAYS",
        help=f"return window in days ({WINDOW_LIMITS[0]}..{WINDOW_LIMITS[1]}, "
        f"default {DEFAULT_WINDOW_DAYS})",
    )
    parser.add_argument(
        "--benchmark", type=common.symbol, metavar="SYMBOL", help="BTC in the alts' quote"
    )
    add_as_of_option(parser)
    parser.add_argument(
        "--refresh", action="store_true", help="top the bars up from the sources first"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object per day")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Compute and print the index."""
    from models.records.sidecar import plain

    series = load_for(args, formula_text(args), fetch=args.refresh).session.equity
    rows = index_rows(series)
    if args.json:
        print(json.dumps(plain(rows), indent=1, allow_nan=False))
        for caveat in series.caveats:
            print(f"note: {caveat}", file=sys.stderr)
    else:
        print_as_of(args)
        print_index(series, rows)
    return EXIT_OK


def formula_text(args: argparse.Namespace) -> str:
    """What the options ask for, typed as the symbol syntax would have it."""
    from models.derived.syntax import ALTSEASON, call_text, split_symbols

    universe = split_symbols(args.universe or "")
    if args.universe is not None and not universe:
        from models.errors import InvalidParameter

        raise InvalidParameter("--universe is empty; name at least one alt (e.g. SOL-USD).")
    given = (("window", args.window), ("benchmark", args.benchmark))
    return call_text(ALTSEASON, universe, [(k, str(v)) for k, v in given if v is not None])


def index_rows(series) -> list[dict]:
    """One object per day: ``date``, ``index``, ``coins``, ``season`` (``--as-of`` has
    already cut the series)."""
    from models.derived.altseason import season_of

    index, coins = series.frame["close"], series.coins
    return [
        {"date": date, "index": float(value), "coins": int(n), "season": season_of(value)}
        for date, value, n in zip(index.index, index.to_numpy(), coins.to_numpy(), strict=True)
    ]


def print_index(series, rows: list[dict]) -> None:
    """The universe, the caveats, the seasons and one row per month, readable."""
    from models.analysis.event_study import ANECDOTE_BELOW

    recipe = series.instrument.recipe
    first, last = rows[0], rows[-1]
    print(f"{series.instrument.label}: {recipe.describe()}")
    print("  (the altcoin season index: 75 and above altcoin season, 25 and below bitcoin season)")
    print(f"data: {series.source}, {first['date']:%Y-%m-%d} to {last['date']:%Y-%m-%d}")
    print(f"universe: {len(recipe.members)} alts: {', '.join(m.label for m in recipe.members)}")
    for caveat in series.caveats:
        print(f"caveat: {caveat}")
    thin = f" (fewer than {ANECDOTE_BELOW} alts: thin)" if last["coins"] < ANECDOTE_BELOW else ""
    print(
        f"latest {last['date']:%Y-%m-%d}: {last['index']:.0f} with {last['coins']} alts "
        f"counted, {last['season']}{thin}"
    )
    _print_runs(series, rows, ANECDOTE_BELOW)
    _print_months(rows, ANECDOTE_BELOW)


def print_time_to_target(record: dict) -> None:
    """``leadlag``'s time to target in a few lines (the record of
    ``models.derived.time_to_target.time_to_target_record``)."""
    print(
        f"time to target: {record['target']} (each breakout followed "
        f"{record['horizon_days']} days at most)"
    )
    for cycle in record["cycles"]:
        if not cycle["studied"]:
            continue
        coins = f" ({cycle['coins']} counted)" if cycle["coins"] is not None else ""
        if cycle["reached"]:
            what = f"reached {cycle['reached_on']} after {cycle['days']} days{coins}"
        else:
            what = f"not reached in {cycle['days']} days (censored)"
        note = f"; {cycle['note']}" if cycle["note"] else ""
        outcome = "confirmed" if cycle["confirmed"] else "failed"
        outcome = "pending" if cycle.get("pending") else outcome
        print(f"  {cycle['date']}  {outcome:9}  {what}{note}")
    skipped = [c for c in record["cycles"] if not c["studied"]]
    if skipped:
        dates = ", ".join(c["date"] for c in skipped[-3:])
        more = f" and {len(skipped) - 3} earlier" if len(skipped) > 3 else ""
        print(f"  not studied ({skipped[-1]['note']}): {dates}{more}")
    if record["n_cycles"]:
        print("  " + _median_text(record))


def _median_text(record: dict) -> str:
    def days(value) -> str:
        return "not reached" if value is None else f"{value:.0f} days"

    level = f"{100 * record['median_ci_level']:.0f}%"
    anecdote = ": an anecdote, not a pattern" if record["anecdote"] else ""
    low, high = days(record["median_ci_low_days"]), days(record["median_ci_high_days"])
    return (
        f"median {days(record['median_days'])} ({level} interval {low} .. {high}, "
        f"{record['median_interval']}), "
        f"N = {record['n_cycles']} cycles, {record['n_censored']} censored, "
        f"{record['n_delayed']} followed late{anecdote}"
    )


def _print_runs(series, rows: list[dict], thin_below: int) -> None:
    from models.derived.altseason import season_runs

    index, coins = series.frame["close"], series.coins
    cut = rows[-1]["date"]
    runs = season_runs(index[:cut], coins[:cut])
    print(f"altcoin season (75+ for 7 days or more, breaks under a week joined): {len(runs)}")
    for run in runs:
        thin = " (thin)" if run.fewest_coins < thin_below else ""
        print(
            f"  {run.start:%Y-%m-%d} .. {run.end:%Y-%m-%d}  {run.days:4d} days  "
            f"peak {run.peak:3.0f}  at least {run.fewest_coins} alts counted{thin}"
        )


def _print_months(rows: list[dict], thin_below: int) -> None:
    print(f"month-end values (* fewer than {thin_below} alts counted: thin):")
    print(f"  {'month':7}  {'index':>5}  {'alts':>4}  season")
    by_month: dict[str, dict] = {}
    for row in rows:
        by_month[f"{row['date']:%Y-%m}"] = row
    for month, row in by_month.items():
        mark = "*" if row["coins"] < thin_below else " "
        print(f"  {month}  {row['index']:5.0f}  {row['coins']:4d}{mark} {row['season']}")
