"""``main.py leadlag --sweep``: the specification curve of the breakout claim, headless.

Runs ``models.analysis.spec_curve`` over its grid (drought 126-504 sessions, volume
1.2-2.0x, hold 3-10 sessions, horizon 30-180 days: 500 specifications per coin) for
every coin of ``--crypto`` (a comma-separated list; default the catalogue's coins),
with the rule's other parameters at the app's defaults and the session's volume proxy.
Progress goes to stderr as a bar (on a terminal); Ctrl+C stops it between two numpy
steps, clears the bar and exits 130 with one line (``app.cli``).

The text is a compact summary (quantiles of the effects and p-values, the share
significant raw / after Holm / after Benjamini-Hochberg with counts, N per range of
specifications, the default rule's row per coin); ``--json`` prints ``equity``,
``coins``, ``demo`` and ``spec_curve``: ``models.records.spec_curve_record``, the full
table included.
"""

from __future__ import annotations

import argparse
import json

from app.commands import common
from models.analysis.pvalues import format_p

EXIT_OK = 0


def run_sweep(args: argparse.Namespace) -> int:
    """Load the equity and the coins, run the curve with progress, print it."""
    from models.records.sidecar import plain

    report = build_sweep(args)
    if args.json:
        print(json.dumps(plain(report), indent=2, allow_nan=False))
    else:
        print_sweep(report)
    return EXIT_OK


def sweep_coins(args: argparse.Namespace) -> list[str]:
    """The coins ``--crypto`` lists (default: the catalogue's), in order, once each."""
    from models.derived.syntax import split_symbols
    from models.market.instruments import load_catalogue

    texts = split_symbols(args.crypto) if args.crypto else load_catalogue().default_crypto
    coins = list(dict.fromkeys(t.strip() for t in texts if t.strip()))
    if not coins:
        args.usage_error("argument --crypto: name at least one coin (for example BTC-USD)")
    return coins


def build_sweep(args: argparse.Namespace) -> dict:
    """The specification curve of the loaded session, as one plain dictionary."""
    from app.commands.analytics_input import load_for
    from app.commands.events import equity_text
    from models.analysis.spec_curve import SpecGrid, spec_curve
    from models.market.fetch_control import FetchControl
    from models.records.spec_curve_record import spec_curve_record

    loaded = load_for(args, equity_text(args), *sweep_coins(args))
    session, grid = loaded.session, SpecGrid()
    proxy = session.volume_proxy
    coins = {series.instrument.label: series.frame for series in session.crypto}
    progress = common.TerminalProgress("specification curve")
    try:  # the bar's line is cleared on Ctrl+C too, so "interrupted" stands alone
        result = spec_curve(
            session.equity.frame,
            coins,
            grid,
            draws=args.draws,
            seed=args.seed,
            control=FetchControl(progress.update),
            proxy_volume=proxy.frame["volume"] if proxy is not None else None,
            proxy_label=proxy.instrument.label if proxy is not None else "",
        )
    finally:
        progress.finish()
    demo = any(series.is_demo for series in session.series)
    return {
        "equity": session.equity.instrument.label,
        "coins": list(coins),
        "demo": demo,
        "is_demo": demo,
        "first_date": session.equity.frame.index[0],
        "last_date": session.equity.frame.index[-1],
        "as_of": getattr(args, "as_of", None),
        "spec_curve": spec_curve_record(result, grid),
    }


def print_sweep(report: dict) -> None:
    """The curve in a dozen lines: what ran, effects and p, the shares, N by range."""
    from app.commands.leadlag_text import DEMO_LINE

    curve = report["spec_curve"]
    if report["demo"]:
        print(DEMO_LINE)
    if report["as_of"] is not None:
        from models.replay.as_of import as_of_line

        print(as_of_line(report["as_of"]))
    print(_heading(report))
    print(f"  {_grid_line(curve)}")
    print(f"  effect: {curve['effect_kind']}; p: {curve['p_value_kind']}")
    tested, total = curve["n_tested"], curve["n_specs"]
    print(
        f"specifications with events: {tested:,} of {total:,} "
        f"({total - tested:,} have none, so no p)"
    )
    if tested:
        _print_distribution(curve)
    _print_by_n(curve)
    _print_default_rule(curve)


def _heading(report: dict) -> str:
    curve = report["spec_curve"]
    return (
        f"{report['equity']} breakouts against {', '.join(report['coins'])}, "
        f"{report['first_date']:%Y-%m-%d} to {report['last_date']:%Y-%m-%d}: specification "
        f"curve of {curve['n_specs']:,} specifications ({curve['specs_per_coin']:,} per coin)"
    )


def _grid_line(curve: dict) -> str:
    grid = curve["grid"]
    drought, volume = _span(grid["drought_sessions"]), _span(grid["volume_mult"])
    hold, horizon = _span(grid["hold_sessions"]), _span(grid["horizon_days"])
    return (
        f"ath_drought rule, held and volume-confirmed: drought {drought} sessions x volume "
        f"{volume}x x hold {hold} sessions x horizon {horizon} d; {curve['draws']:,} "
        f"placebo draws, seed {curve['seed']}"
    )


def _span(values: list) -> str:
    return f"{values[0]}-{values[-1]}" if len(values) > 1 else f"{values[0]}"


def _print_distribution(curve: dict) -> None:
    tested, alpha = curve["n_tested"], curve["alpha"]
    effects, p_values = curve["effect_quantiles"], curve["p_value_quantiles"]
    positive = round(curve["shares"]["positive_effect"] * tested)
    print(f"  effect quantiles (N = {tested:,}): {_quantile_text(effects, _effect)}")
    print(f"    positive in {_count_share(positive, tested)}")
    print(f"  p quantiles (N = {tested:,}): {_quantile_text(p_values, _p_number)}")
    significant = curve["significant"]
    print(
        f"  significant at {alpha:g}: raw {_count_share(significant['raw'], tested)}, "
        f"after Holm {_count_share(significant['holm'], tested)}, "
        f"after Benjamini-Hochberg {_count_share(significant['bh'], tested)}"
    )
    if not curve["holm_reachable"]:
        floor = format_p(1 / (curve["draws"] + 1), curve["draws"])
        print(
            f"  note: with {curve['draws']:,} draws the smallest p ({floor}) times "
            f"{tested:,} specifications cannot pass Holm's first step; use more --draws"
        )


def _quantile_text(quantiles: dict, number) -> str:
    return "  ".join(f"{int(key[1:])}% {number(v)}" for key, v in quantiles.items())


def _effect(value: float) -> str:
    return f"{value:+.3f}"


def _p_number(p: float) -> str:
    """A p quantile: three decimals, or two significant digits below 0.001 (never 0.000)."""
    return f"{p:.3f}" if p >= 0.001 else f"{p:.1e}"


def _count_share(count: int, n: int) -> str:
    return f"{100 * count / n:.0f}% ({count:,} of {n:,})" if n else f"- (0 of {n})"


def _print_by_n(curve: dict) -> None:
    print(f"  {'N events':>10}  {'specs':>6}  {'positive':>16}  {'p < 0.05 raw':>16}  Holm  BH")
    for row in curve["by_n"]:
        low, high = row["n_min"], row["n_max"]
        span = f"{low}" if high == low else f"{low}+" if high is None else f"{low}-{high}"
        tested = row["tested"]
        print(
            f"  {span:>10}  {row['specs']:>6,}  {_count_share(row['positive_effect'], tested):>16}"
            f"  {_count_share(row['significant_raw'], tested):>16}  "
            f"{row['significant_holm']:>4}  {row['significant_bh']:>2}"
        )


def _print_default_rule(curve: dict) -> None:
    for row in curve["default_rule"]:
        rule = (
            f"drought {row['drought_sessions']}, volume {row['volume_mult']:g}x, "
            f"hold {row['hold_sessions']}, +{row['horizon_days']} d"
        )
        if row["n_events"] == 0:
            print(f"  default rule ({rule}), {row['coin']}: N = 0, no event with data")
            continue
        print(
            f"  default rule ({rule}), {row['coin']}: N = {row['n_events']}, effect "
            f"{row['effect']:+.3f}, {format_p(row['p_value'], curve['draws'])}"
            f"{', an anecdote' if row['anecdote'] else ''}"
        )
