"""``main.py leadlag``: does the equity lead the crypto, and by how long? Headless.

``main.py leadlag --equity ^RUT --crypto BTC/USDT [--max-lag DAYS] [--lag DAYS]
[--sampling daily|weekly] [--policy sessions|calendar|weekly] [--draws N]
[--prewhiten] [rule options] [--json]``

Prints the cross-correlation summary of log returns (best lag, its family-wise
p-value, N), the correlation at ``--lag`` and the event study after the breakouts
found with the rule options. ``--json`` prints one object with ``demo`` (true for
the synthetic demo data), ``best_lag_days``, ``best_lag_p_value``, ``n``,
``correlation_at_lag``, ``lags`` (every lag with its correlation, band and N),
``event_study`` and ``time_to_target`` (days from each breakout to the crypto's target:
altseason at 75, a basket beating BTC over 90 days, else a 90-day high; censored cycles
kept; Kaplan-Meier median with its interval). Defaults are the app's. Limits: --max-lag
1..1000, --lag -365..365 (the app's slider), --draws 1..100000.
"""

from __future__ import annotations

import argparse
import json

from app.commands import common
from app.commands.altseason import print_time_to_target
from app.commands.analytics_input import add_analysis_parser, add_rule_options, load_for
from models.vocabulary import LAG_LIMIT_DAYS

EXIT_OK = 0
DEFAULT_MAX_LAG = LAG_LIMIT_DAYS
DEFAULT_DRAWS = 1000
MAX_LAG_LIMIT = 1000  # models.analysis.leadlag searches at most this far
LAG_LIMIT = LAG_LIMIT_DAYS  # the app's slider and the export's --lag
MAX_DRAWS = 100_000


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
    parser.add_argument(
        "--max-lag",
        type=common.int_in(1, MAX_LAG_LIMIT),
        default=DEFAULT_MAX_LAG,
        metavar="DAYS",
        help=f"search -DAYS..+DAYS (1..{MAX_LAG_LIMIT}, default {DEFAULT_MAX_LAG})",
    )
    parser.add_argument(
        "--lag",
        type=common.int_in(-LAG_LIMIT, LAG_LIMIT),
        default=0,
        metavar="DAYS",
        help=f"current lag (-{LAG_LIMIT}..{LAG_LIMIT}, default 0)",
    )
    parser.add_argument("--sampling", choices=("daily", "weekly"), default="daily")
    parser.add_argument("--policy", choices=("sessions", "calendar", "weekly"), default="sessions")
    parser.add_argument(
        "--draws",
        type=common.int_in(1, MAX_DRAWS),
        default=DEFAULT_DRAWS,
        help=f"bootstrap and placebo draws (1..{MAX_DRAWS}, default {DEFAULT_DRAWS})",
    )
    parser.add_argument("--prewhiten", action="store_true", help="AR-prewhiten both series")
    parser.add_argument("--seed", type=int, default=0, help="random seed of the draws")
    add_rule_options(parser)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Compute and print the lead-lag summary and the event study."""
    from models.records.sidecar import plain

    report = build_report(args)
    if args.json:
        print(json.dumps(plain(report), indent=2, allow_nan=False))
    else:
        print_report(report)
    return EXIT_OK


def build_report(args: argparse.Namespace) -> dict:
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
    }
    report |= _lead_lag(pair, args)
    report["event_study"] = _study(crypto.frame, breakouts.events, args)
    report["time_to_target"] = _time_to_target(crypto, breakouts.events)
    return report


def _lead_lag(pair, args: argparse.Namespace) -> dict:
    from models.analysis.align import resample_weekly
    from models.analysis.leadlag import correlation_at_lag, cross_correlation

    ccf = cross_correlation(
        pair, args.max_lag, args.sampling, args.draws, args.prewhiten, args.seed
    )
    sampled = resample_weekly(pair) if args.sampling == "weekly" else pair
    at_lag = correlation_at_lag(sampled, args.lag)
    return {
        "sampling": ccf.sampling,
        "prewhitened": ccf.prewhitened,
        "draws": ccf.draws,
        "bootstrap_block": ccf.block,
        "max_lag_days": int(args.max_lag),
        "best_lag_days": ccf.best_lag,
        "best_correlation": ccf.best_correlation,
        "best_lag_p_value": ccf.p_value,
        "n": ccf.n_total,
        "correlation_at_lag": {
            "lag_days": at_lag.lag_days,
            "correlation": at_lag.correlation,
            "n": at_lag.n,
        },
        "lags": _lags(ccf),
    }


def _lags(ccf) -> list[dict]:
    return [
        {"lag_days": int(lag), "correlation": c, "band_low": lo, "band_high": hi, "n": int(n)}
        for lag, c, lo, hi, n in zip(
            ccf.lags, ccf.correlation, ccf.band_low, ccf.band_high, ccf.n, strict=True
        )
    ]


def _study(crypto, events, args: argparse.Namespace) -> dict:
    from models.analysis.event_study import event_study
    from models.records.event_study_record import event_study_record

    study = event_study(
        crypto, events, current_lag=args.lag, placebo_draws=args.draws, seed=args.seed
    )
    return event_study_record(study)


def _time_to_target(crypto, events) -> dict:
    from models.derived.time_to_target import time_to_target, time_to_target_record

    caveats = getattr(crypto, "caveats", ())  # a derived series' own (survivorship ...)
    return time_to_target_record(time_to_target(crypto, events), caveats)


def _pct(value) -> str:
    return "    -" if value is None or value != value else f"{100 * value:+6.1f}%"


def _share(value) -> str:
    return "-" if value is None or value != value else f"{100 * value:.0f}%"


def print_report(report: dict) -> None:
    """The summary in a few readable lines and the event-study table."""
    demo = " (DEMO data)" if report["demo"] else ""
    if report["demo"]:
        print("DEMO: synthetic data, not market prices; these figures are illustrations only")
    at = report["correlation_at_lag"]
    print(
        f"{report['equity']} vs {report['crypto']}{demo}, {report['first_date']:%Y-%m-%d} to "
        f"{report['last_date']:%Y-%m-%d}, {report['policy']} alignment, "
        f"{report['sampling']} log returns{', prewhitened' if report['prewhitened'] else ''}"
    )
    print(
        f"best lag {report['best_lag_days']:+d} days: correlation "
        f"{report['best_correlation']:+.3f}, p = {report['best_lag_p_value']:.4f} "
        f"(searched -{report['max_lag_days']}..+{report['max_lag_days']} days, "
        f"{report['draws']} bootstrap draws), N = {report['n']}"
    )
    print(f"at lag {at['lag_days']:+d} days: correlation {at['correlation']:+.3f}, N = {at['n']}")
    _print_study(report["event_study"], report["breakout_rule"])
    if report["crypto"].startswith("altseason"):
        print("note: altseason is a 0-100 index: the returns above are its relative changes")
    print_time_to_target(report["time_to_target"])


def _print_study(study: dict, rule: str) -> None:
    horizons = study["horizons_days"]
    print(f"event study ({rule}): {study['n_events']} events, {study['n_incomplete']} incomplete")
    header = "  ".join(f"{f'+{h}d':>7}" for h in horizons)
    print(f"{'date':10}  {'outcome':9}  {header}  {'at lag':>7}")
    for event in study["events"]:
        cells = "  ".join(f"{_pct(event[f'fwd_{h}d']):>7}" for h in horizons)
        outcome = "confirmed" if event["confirmed"] else "failed"
        if event["before_data"]:
            outcome = "no crypto"
        print(f"{event['date']:10}  {outcome:9}  {cells}  {_pct(event['fwd_lag']):>7}")
    print(
        f"hit rate at +{study['primary_horizon_days']}d: {_share(study['hit_rate'])}; placebo "
        f"p = {study['placebo_p_value']:.4f} ({study['placebo_draws']} random-date draws)"
    )
