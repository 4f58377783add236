"""What ``events``, ``leadlag`` and ``export`` share: loading the series and the breakout
options.

Loading is the one core of ``models.session.loading`` (``load_session``): a series comes
from ``--demo`` (synthetic, labelled DEMO), from ``--import SYMBOL=FILE`` (read, checked
and saved to the cache first, like every other command) or from the cache. The calendar
of an imported series is the catalogue's when the symbol is known, else what the file
shows (weekend bars mean 24/7). ``events`` and ``leadlag`` fetch nothing; ``export``
tops the cache up unless ``--offline``.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import fields

from app.commands import common
from models.analysis.breakout_params import RULES, BreakoutParams

_RULE_OPTIONS = (  # (flag, BreakoutParams field, type, help)
    ("--drought", "drought_sessions", int, "ath_drought: sessions without a new high"),
    ("--n-days", "n_days", int, "n_day_high: look-back in sessions"),
    ("--min-pct", "min_pct", float, "n_day_high: clear the high by this many percent"),
    ("--level", "level", float, "level: the price to break (e.g. 2600)"),
    ("--volume-mult", "volume_mult", float, "volume confirmed at this multiple of its average"),
    ("--volume-window", "volume_window", int, "sessions from the breakout to look for volume"),
    ("--volume-avg", "volume_avg_sessions", int, "sessions in the volume average"),
    ("--hold", "hold_sessions", int, "sessions the close must hold above the level"),
    ("--cooldown", "cooldown_sessions", int, "signals closer than this merge into one event"),
    ("--band-margin", "band_margin_pct", float, "the run ends this many percent below level"),
    ("--band-horizon", "band_horizon_sessions", int, "the run ends after this many sessions"),
)


def add_rule_options(parser: argparse.ArgumentParser) -> None:
    """The breakout rule and its parameters; defaults are the app's (``BreakoutParams()``)."""
    defaults = BreakoutParams()
    group = parser.add_argument_group("breakout rule (defaults as in the app)")
    group.add_argument("--rule", choices=RULES, default=defaults.rule, help="breakout rule")
    for flag, name, kind, text in _RULE_OPTIONS:
        default = getattr(defaults, name)
        group.add_argument(flag, dest=name, type=kind, default=default, help=f"{text} ({default})")
    group.add_argument(
        "--volume-proxy",
        metavar="SYMBOL",
        help="volume to use where the equity's is missing (default: the catalogue's, e.g. IWM)",
    )


def params_from(args: argparse.Namespace) -> BreakoutParams:
    """``BreakoutParams`` from the parsed rule options."""
    names = {f.name for f in fields(BreakoutParams)}
    return BreakoutParams(**{k: v for k, v in vars(args).items() if k in names})


def changed_rule_options(args: argparse.Namespace) -> list[str]:
    """The flags of the rule options in ``args`` that differ from the app's defaults."""
    params, defaults = params_from(args), BreakoutParams()
    flags = {"rule": "--rule"} | {name: flag for flag, name, _, _ in _RULE_OPTIONS}
    return [f for name, f in flags.items() if getattr(params, name) != getattr(defaults, name)]


def add_as_of_option(parser) -> None:
    """``--as-of DATE``, the one cut every analysis command shares: ``load_for`` hands on
    only the bars known by DATE's close (``models.replay.as_of``)."""
    parser.add_argument(
        "--as-of",
        type=common.date,
        metavar="DATE",
        help="only the bars known by DATE's close (YYYY-MM-DD; FRED values by publication)",
    )


def print_as_of(args: argparse.Namespace) -> None:
    """The line a text output starts with when ``--as-of`` cut its inputs."""
    as_of = getattr(args, "as_of", None)
    if as_of is not None:
        from models.replay.as_of import as_of_line

        print(as_of_line(as_of))


def load_for(args: argparse.Namespace, *texts: str, fetch: bool = False, start=None, end=None):
    """The series ``texts`` name (equity first) for a command, as ``args`` says where
    they come from (``--demo``, ``--import``, the cache; topped up over ``start`` ..
    ``end`` when ``fetch`` unless ``--offline``), with the volume proxy
    (``--volume-proxy``, else the catalogue's), cut at ``--as-of`` when given. Prints
    each warning of the load on stderr; returns a
    ``models.session.loading.headless.Loaded``."""
    from models.market.instruments import load_catalogue
    from models.session.loading.headless import LoadRequest, load_session

    demo = bool(getattr(args, "demo", False))
    request = LoadRequest(
        equity=texts[0],
        crypto=tuple(texts[1:]),
        demo=demo,
        imports=tuple(getattr(args, "imports", None) or ()),
        fetch=fetch,  # an --offline repository serves the cache and says so
        start=start,
        end=end,
        volume_proxy=getattr(args, "volume_proxy", None) or "",
    )
    repository = None if demo else common.open_repository(args)
    loaded = common.with_cli_hints(load_session, request, load_catalogue(), repository)
    as_of = getattr(args, "as_of", None)
    if as_of is not None:
        from models.replay.as_of import loaded_as_of

        loaded = loaded_as_of(loaded, as_of)
    for notice in loaded.notices:
        print(f"warning: {notice}", file=sys.stderr)
    return loaded


def add_analysis_parser(subparsers, add_common_options, name: str, help_text: str, doc: str):
    """The parser ``events`` and ``leadlag`` share: ``add_command_parser``'s and --equity."""
    parser = add_command_parser(subparsers, add_common_options, name, help_text, doc)
    parser.add_argument(
        "--equity", type=common.symbol, metavar="SYMBOL", help="equity index (default: ^RUT)"
    )
    return parser


def add_command_parser(subparsers, add_common_options, name: str, help_text: str, doc: str):
    """An analysis command's parser: its docstring as description, one-line errors and the
    common options (``altseason``; ``events`` and ``leadlag`` through
    ``add_analysis_parser``)."""
    parser = subparsers.add_parser(
        name,
        help=help_text,
        description=common.plain(doc),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    common.one_line_errors(parser)
    add_common_options(parser)
    return parser
