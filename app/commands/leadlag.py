"""``main.py leadlag``: does the equity lead the crypto, and by how long? Headless.

``main.py leadlag --equity ^RUT --crypto BTC/USDT [--window all|lead-30-90 | --max-lag B
| --min-lag A --max-lag B] [--lag DAYS] [--horizon DAYS] [--sampling daily|weekly]
[--policy sessions|calendar|weekly] [--draws N] [--prewhiten] [--seed S]
[rule options] [--as-of DATE] [--json]``

``main.py leadlag --sweep [--crypto SYMBOL,...] [--draws N] [--seed S] [--json]``

The lead-lag test studentises the correlation of log returns at each lag and judges the
best lag of a window against a block sign-flip null (``docs/statistics.md``). The window
searched is ``--window all`` (-365..+365 days, the default: "any dependence at any lag,
lag 0 included"), ``--window lead-30-90`` (+30..+90 days: the thesis, "the index leads
crypto by one to three months"), ``--max-lag B`` (-B..+B) or ``--min-lag A --max-lag B``
(exactly A..B; either may be negative). The text states the window searched and, beside
it, the all-lag and the 30-90 d lead results, each with its best lag, correlation, N and
family-wise p (at its floor: "p ≤ 0.001 (1,000 draws)"); then the correlation at
``--lag`` and the event study of the breakouts the rule options find: every event, N
(events with crypto data only), per horizon the hit rate beside the baseline (the share
of all windows that rose, their mean), the placebo p and the family-wise p over the
horizons, the placebo pool's era, and "an anecdote, not evidence" below 8 events. The
headline horizon is ``--horizon`` (default +90 days), fixed before looking: ``--lag``
never moves it.

``--as-of DATE`` computes everything from the bars known by DATE's close only (what the
app would have said that day; the same seed gives the same draws as on a cache holding
only those bars).

``--json`` prints one object: ``demo``, ``as_of`` (null without the cut); for the window
searched ``window_name``, ``window_label``, ``min_lag_days``, ``max_lag_days``, ``best_lag_days``,
``best_correlation``, ``best_lag_t``, ``best_lag_n``, ``best_lag_p_value``,
``best_lag_p_text``, ``critical_t``; ``method``, ``bands`` (the two bands' labels),
``lags`` (each lag of the window with ``correlation``, ``n``, ``t``,
``pointwise_low``/``_high`` and ``simultaneous_low``/``_high``); ``all_lags`` and
``lead_30_90``, the same window fields for those two windows; ``n`` (returns),
``correlation_at_lag``, ``event_study`` (``models.records.event_study_record``) and
``time_to_target`` (days from each breakout to the crypto's target: altseason at 75, a
basket beating BTC over 90 days, else a 90-day high; censored cycles kept; the
Kaplan-Meier median with its interval).

``--sweep`` runs the specification curve of the breakout claim instead
(``app.commands.leadlag_sweep``): every rule of the grid for every coin of ``--crypto``
(default: the catalogue's coins), with progress on stderr; Ctrl+C stops it (exit 130).
Limits: --max-lag 1..1000 alone, -1000..1000 with --min-lag; --lag -365..365 (the app's
slider); --horizon 1..365; --draws 1..100000.
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
)
from models.analysis.lag_window import ALL_LAGS, LEAD_30_90, MAX_SEARCH_DAYS, LagWindow
from models.vocabulary import LAG_LIMIT_DAYS

EXIT_OK = 0
DEFAULT_DRAWS = 1000
LAG_LIMIT = LAG_LIMIT_DAYS  # the app's slider and the export's --lag
MAX_DRAWS = 100_000
DEFAULT_HORIZON = 90  # models.analysis.event_study.DEFAULT_PRIMARY_HORIZON, for --help
#: ``--window`` choices: the presets a panel offers
WINDOWS: dict[str, LagWindow] = {"all": ALL_LAGS, "lead-30-90": LEAD_30_90}
#: the windows stated beside the one searched, and their JSON keys
COMPANIONS: tuple[tuple[str, LagWindow], ...] = (("all_lags", ALL_LAGS), ("lead_30_90", LEAD_30_90))


def register(subparsers, add_common_options) -> None:
    """Add ``leadlag`` to the top-level parser."""
    parser = add_analysis_parser(
        subparsers,
        add_common_options,
        "leadlag",
        "cross-correlation, best lag and event study of an equity against a crypto",
        __doc__,
    )
    parser.add_argument(
        "--crypto", type=common.symbol, metavar="SYMBOL", help="crypto (default: BTC/USDT)"
    )
    _add_window_options(parser)
    parser.add_argument(
        "--lag",
        type=common.int_in(-LAG_LIMIT, LAG_LIMIT),
        default=0,
        metavar="DAYS",
        help=f"current lag, for the correlation at it (-{LAG_LIMIT}..{LAG_LIMIT}, default 0)",
    )
    parser.add_argument(
        "--horizon",
        type=common.int_in(1, LAG_LIMIT),
        default=DEFAULT_HORIZON,
        metavar="DAYS",
        help=f"event study's headline horizon, fixed before looking (default {DEFAULT_HORIZON})",
    )
    parser.add_argument("--sampling", choices=("daily", "weekly"), default="daily")
    parser.add_argument("--policy", choices=("sessions", "calendar", "weekly"), default="sessions")
    parser.add_argument(
        "--draws",
        type=common.int_in(1, MAX_DRAWS),
        metavar="N",
        help=f"bootstrap and placebo draws (1..{MAX_DRAWS}, default {DEFAULT_DRAWS}; "
        "--sweep: 2 x specifications / 0.05)",
    )
    parser.add_argument("--prewhiten", action="store_true", help="AR-prewhiten both series")
    parser.add_argument("--seed", type=int, default=0, help="random seed of the draws")
    parser.add_argument(
        "--sweep",
        action="store_true",
        help="the specification curve of the breakout claim (--crypto may list coins)",
    )
    add_rule_options(parser)
    add_as_of_option(parser)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(handler=run, usage_error=parser.error, default_of=parser.get_default)


def _add_window_options(parser: argparse.ArgumentParser) -> None:
    limit = MAX_SEARCH_DAYS
    parser.add_argument(
        "--window",
        choices=tuple(WINDOWS),
        help="search a preset: all (-365..+365 days, the default) or lead-30-90 (+30..+90)",
    )
    parser.add_argument(
        "--min-lag",
        type=common.int_in(-limit, limit),
        metavar="A",
        help=f"with --max-lag B: search exactly A..B days (-{limit}..{limit}, A <= B)",
    )
    parser.add_argument(
        "--max-lag",
        type=common.int_in(-limit, limit),
        metavar="B",
        help=f"alone: search -B..+B days (1..{limit}); with --min-lag A: A..B",
    )


def run(args: argparse.Namespace) -> int:
    """Compute and print the lead-lag summary and the event study (or the sweep)."""
    from models.records.sidecar import plain

    if args.sweep:
        from app.commands.leadlag_sweep import run_sweep

        check_sweep_options(args)
        return run_sweep(args)
    window = searched_window(args)
    if args.draws is None:  # the sweep's default depends on its size; this one does not
        args.draws = DEFAULT_DRAWS
    from models.derived.syntax import split_symbols  # a basket's commas are its own

    if len(split_symbols(args.crypto or "")) > 1:
        args.usage_error("argument --crypto: leadlag compares one crypto (several with --sweep)")
    report = build_report(args, window)
    if args.json:
        print(json.dumps(plain(report), indent=2, allow_nan=False))
    else:
        from app.commands.leadlag_text import print_report

        print_report(report)
    return EXIT_OK


def searched_window(args: argparse.Namespace) -> LagWindow:
    """The lag window the options ask for; a usage error (exit 2) when they disagree."""
    low, high, preset = args.min_lag, args.max_lag, args.window
    if preset is not None and (low is not None or high is not None):
        args.usage_error("argument --window: give a preset or --min-lag/--max-lag, not both")
    if preset is not None:
        return WINDOWS[preset]
    if low is None and high is None:
        return ALL_LAGS
    if high is None:
        args.usage_error("argument --min-lag: needs --max-lag (A..B searches exactly A..B days)")
    if low is None:
        if not 1 <= high <= MAX_SEARCH_DAYS:
            args.usage_error(
                f"argument --max-lag: {high} is outside 1..{MAX_SEARCH_DAYS} "
                "(alone it searches -B..+B; give --min-lag for a one-sided window)"
            )
        return LagWindow.symmetric(high)
    if low > high:
        args.usage_error(f"argument --min-lag: {low} is above --max-lag {high} (A <= B)")
    return LagWindow(low, high)


#: options that mean nothing to the specification curve, which sweeps rule and horizon
_NOT_SWEPT = ("window", "min_lag", "max_lag", "lag", "horizon", "sampling", "policy", "prewhiten")


def check_sweep_options(args: argparse.Namespace) -> None:
    """A usage error when ``--sweep`` is given an option it would ignore."""
    from app.commands.analytics_input import changed_rule_options

    changed = [
        "--" + name.replace("_", "-")
        for name in _NOT_SWEPT
        if getattr(args, name) != args.default_of(name)
    ]
    changed += changed_rule_options(args)
    if changed:
        args.usage_error(
            "argument --sweep: it sweeps the rule (drought, volume, hold) and the horizon "
            f"itself from the app's defaults; drop {', '.join(changed)}"
        )


def build_report(args: argparse.Namespace, window: LagWindow | None = None) -> dict:
    """Everything ``leadlag`` states, as one plain dictionary."""
    from app.commands.events import detect_for, equity_text
    from models.analysis.align import align
    from models.market.instruments import load_catalogue

    crypto_text = args.crypto or load_catalogue().default_crypto[0]
    loaded = load_for(args, equity_text(args), crypto_text)
    equity, crypto = loaded.session.equity, loaded.session.crypto[0]
    breakouts = detect_for(loaded.session, args)
    pair = align(equity.frame, crypto.frame, args.policy)
    report = {
        "equity": equity.instrument.label,
        "crypto": crypto.instrument.label,
        "calendars": {"equity": equity.instrument.calendar, "crypto": crypto.instrument.calendar},
        "origins": {"equity": loaded.origin(equity), "crypto": loaded.origin(crypto)},
        "demo": equity.is_demo or crypto.is_demo,
        "is_demo": equity.is_demo or crypto.is_demo,  # the name the export sidecar uses
        "policy": args.policy,
        "first_date": pair.dates[0],
        "last_date": pair.dates[-1],
        "n_carried": pair.n_carried,
        "breakout_rule": breakouts.params.rule,
        "volume_source": breakouts.volume_source,
        "as_of": getattr(args, "as_of", None),
    }
    report |= lead_lag_report(pair, args, window or searched_window(args))
    report["event_study"] = event_study_report(crypto.frame, breakouts.events, args)
    report["time_to_target"] = time_to_target_report(crypto, breakouts.events)
    return report


def lead_lag_report(pair, args: argparse.Namespace, window: LagWindow) -> dict:
    """The test over ``window``, its lags with both bands, the all-lag and 30-90 d lead
    results beside it (one CCF, one set of draws) and the correlation at ``--lag``."""
    from models.analysis.align import resample_weekly
    from models.analysis.leadlag import correlation_at_lag, cross_correlation
    from models.records.ccf_record import band_labels, lag_records, window_record

    computed = _covering(window, *(w for _, w in COMPANIONS))
    ccf = cross_correlation(
        pair,
        computed.max_lag,
        args.sampling,
        args.draws,
        args.prewhiten,
        args.seed,
        min_lag=computed.min_lag,
        search=window,
    )
    sampled = resample_weekly(pair) if args.sampling == "weekly" else pair
    at_lag = correlation_at_lag(sampled, args.lag)
    return {
        "sampling": ccf.sampling,
        "prewhitened": ccf.prewhitened,
        "draws": ccf.draws,
        "bootstrap_block": ccf.block,
        "seed": ccf.seed,
        "method": ccf.method,
        "caveat": ccf.caveat,
        "n": ccf.n_total,
        **window_record(ccf),
        "bands": band_labels(ccf),
        "lags": lag_records(ccf),
        **{key: _companion(ccf, w) for key, w in COMPANIONS},
        "correlation_at_lag": {
            "lag_days": at_lag.lag_days,
            "correlation": at_lag.correlation,
            "n": at_lag.n,
        },
    }


def _companion(ccf, window: LagWindow) -> dict:
    """``window``'s answer from the same CCF and draws; with no pairs at any of its lags
    (a very short sample), its span and no best lag."""
    from models.errors import NoOverlap
    from models.records.ccf_record import window_record

    try:
        return window_record(ccf.searched(window))
    except NoOverlap:
        return {
            "window_label": window.label,
            "min_lag_days": window.min_lag,
            "max_lag_days": window.max_lag,
            "best_lag_days": None,
        }


def _covering(*windows: LagWindow) -> LagWindow:
    """The smallest window holding every one of ``windows``."""
    return LagWindow(min(w.min_lag for w in windows), max(w.max_lag for w in windows))


def event_study_report(crypto, events, args: argparse.Namespace) -> dict:
    """The event study at the headline horizon ``--horizon`` (``--lag`` fills only the
    table's "at lag" column), as ``models.records.event_study_record`` writes it."""
    from models.analysis.event_study import event_study
    from models.records.event_study_record import event_study_record

    study = event_study(
        crypto,
        events,
        current_lag=args.lag,
        placebo_draws=args.draws,
        seed=args.seed,
        primary_horizon=args.horizon,
    )
    return event_study_record(study)


def time_to_target_report(crypto, events) -> dict:
    """Days from each breakout to the crypto's target (altseason at 75, a basket beating
    BTC over 90 days, else a 90-day high), censored cycles kept, with the Kaplan-Meier
    median and its interval (``models.derived.time_to_target``)."""
    from models.derived.time_to_target import time_to_target, time_to_target_record

    caveats = getattr(crypto, "caveats", ())  # a derived series' own (survivorship ...)
    return time_to_target_record(time_to_target(crypto, events), caveats)
