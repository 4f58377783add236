"""``main.py leadlag`` as text: the report of ``app.commands.leadlag.build_report`` in a few
readable lines, N beside every percentage and p, p at its floor stated as such.
"""

from __future__ import annotations

from app.commands.altseason import print_time_to_target
from app.commands.leadlag import COMPANIONS
from models.analysis.pvalues import format_p
from models.replay.as_of import as_of_line

DEMO_LINE = "DEMO: synthetic data, not market prices; these figures are illustrations only"


def print_report(report: dict) -> None:
    """The lead-lag summary, the correlation at the lag and the event study."""
    demo = " (DEMO data)" if report["demo"] else ""
    if report.get("as_of") is not None:
        print(as_of_line(report["as_of"]))
    if report["demo"]:
        print(DEMO_LINE)
    print(
        f"{report['equity']} vs {report['crypto']}{demo}, {report['first_date']:%Y-%m-%d} to "
        f"{report['last_date']:%Y-%m-%d}, {report['policy']} alignment, "
        f"{report['sampling']} log returns{', prewhitened' if report['prewhitened'] else ''}, "
        f"N = {report['n']:,} returns"
    )
    print_windows(report)
    at = report["correlation_at_lag"]
    print(f"at lag {_days(at['lag_days'])}: correlation {at['correlation']:+.3f}, N = {at['n']:,}")
    print_study(report["event_study"], report["breakout_rule"], report["crypto"])
    if report["crypto"].startswith("altseason"):
        print("note: altseason is a 0-100 index: the returns above are its relative changes")
    print_time_to_target(report["time_to_target"])


def print_windows(report: dict) -> None:
    """The window searched, then the all-lag and 30-90 d lead results not already stated."""
    block = report["bootstrap_block"]
    print(
        f"best lag per window, the one searched first; p is family-wise over each window's "
        f"lags ({report['draws']:,} sign-flip draws, blocks of {block} "
        f"return{'s' if block != 1 else ''}):"
    )
    shown = [report]
    shown += [report[key] for key, _ in COMPANIONS if not _same_window(report[key], report)]
    for window in shown:
        print(f"  {_window_line(window, report['draws'])}")
    if report["caveat"]:
        print(f"note: {report['caveat']}")


def _same_window(a: dict, b: dict) -> bool:
    return (a["min_lag_days"], a["max_lag_days"]) == (b["min_lag_days"], b["max_lag_days"])


def _window_line(window: dict, draws: int) -> str:
    if window["best_lag_days"] is None:
        return f"{window['window_label']}: no lag has equity and crypto returns to pair"
    t = window["best_lag_t"]
    t_text = "" if t is None or t != t else f" (t {t:.2f})"
    return (
        f"{window['window_label']}: best lag {_days(window['best_lag_days'])}, correlation "
        f"{window['best_correlation']:+.3f}{t_text}, N = {window['best_lag_n']:,}, "
        f"{format_p(window['best_lag_p_value'], draws)}"
    )


def _days(days: int) -> str:
    return f"{days:+d} days"


def _pct(value) -> str:
    return "    -" if value is None or value != value else f"{100 * value:+6.1f}%"


def _share(value) -> str:
    return "-" if value is None or value != value else f"{100 * value:.0f}%"


def print_study(study: dict, rule: str, crypto: str) -> None:
    """Every event, N with crypto data, the per-horizon table beside its baseline, the
    family-wise p, the placebo era, and the anecdote warning below its threshold."""
    n, listed = study["n_events"], study["n_listed"]
    print(
        f"event study ({rule}): {listed} breakouts, {n} with {crypto} data (N = {n}), "
        f"{study['n_incomplete']} of them incomplete"
    )
    _print_events(study)
    if n == 0:
        print(f"N = 0: no breakout falls where {crypto} has data; there is nothing to test")
        return
    if study["is_anecdote"]:
        print(f"N = {n}: an anecdote, not evidence (fewer than {study['anecdote_below']} events)")
    _print_horizons(study)
    print(_verdict_line(study))


def _print_events(study: dict) -> None:
    horizons = study["horizons_days"]
    header = "  ".join(f"{f'+{h}d':>7}" for h in horizons)
    print(f"{'date':10}  {'outcome':9}  {header}  {'at lag':>7}")
    for event in study["events"]:
        cells = "  ".join(f"{_pct(event[f'fwd_{h}d']):>7}" for h in horizons)
        outcome = "confirmed" if event["confirmed"] else "failed"
        if event.get("pending"):
            outcome = "pending"
        if event["before_data"]:
            outcome = "no crypto"
        print(f"{event['date']:10}  {outcome:9}  {cells}  {_pct(event['fwd_lag']):>7}")


def _print_horizons(study: dict) -> None:
    draws, primary = study["placebo_draws"], study["primary_horizon_days"]
    print(
        f"{'horizon':>9}  {'N':>3}  {'rose':>11}  {'mean':>7}  {'baseline rose':>19}  "
        f"{'mean':>7}  {'rank':>5}  placebo"
    )
    for row in study["by_horizon"]:
        mark = "*" if row["horizon_days"] == primary else " "
        rose = "-" if row["n_rose"] is None else f"{row['n_rose']} ({_share(row['hit_rate'])})"
        baseline = f"{_share(row['baseline_share_up'])} of {row['baseline_n']:,}"
        rank = "-" if row["mean_rank"] != row["mean_rank"] else f"{row['mean_rank']:.2f}"
        print(
            f"{mark}{'+' + str(row['horizon_days']) + ' d':>8}  {row['n']:>3}  {rose:>11}  "
            f"{_pct(row['mean_return']):>7}  {baseline:>19}  {_pct(row['baseline_mean']):>7}  "
            f"{rank:>5}  {format_p(row['p_value'], draws)}"
        )


def _verdict_line(study: dict) -> str:
    era = study["placebo_era"]
    pool = f"pool {era['first']} to {era['last']}" if era else "no placebo pool"
    horizons = ", ".join(f"+{h} d" for h in study["horizons_days"])
    return (
        f"* headline +{study['primary_horizon_days']} d, fixed before looking; family-wise "
        f"over {horizons} (N = {study['n_events']}): "
        f"{format_p(study['family_p_value'], study['placebo_draws'])}; "
        f"placebo: {study['placebo_statistic']}, {study['placebo_draws']:,} random-date "
        f"draws, {pool}"
    )
