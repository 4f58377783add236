"""What ``events`` and ``leadlag`` share: finding the series and the breakout options.

A series comes from ``--demo`` (synthetic, labelled DEMO), from ``--import SYMBOL=FILE``
(read, checked and saved to the cache first, like every other command) or from the
cache. The calendar of an imported series is the catalogue's when the symbol is
known, else what the file shows (weekend bars mean 24/7). Nothing is fetched here.
"""

from __future__ import annotations

import argparse
import math
import sys
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING

from app.commands import common
from models.analysis.breakout_params import RULES, BreakoutParams
from models.errors import InvalidParameter, NoDataInRange
from models.market.instruments import Instrument

if TYPE_CHECKING:
    import pandas as pd

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


@dataclass
class LoadedSeries:
    """A daily series ready for the analytics, with where it came from."""

    symbol: str
    frame: pd.DataFrame
    calendar: str
    origin: str  # 'cache', 'import' or 'demo'
    is_demo: bool = False
    warnings: list[str] = field(default_factory=list)
    volume_proxy: str = ""


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


class SeriesLoader:
    """Finds daily series by symbol: demo data, this run's imports, then the cache.

    Imports are read, checked and saved once, when the loader is made.
    """

    def __init__(self, args: argparse.Namespace) -> None:
        self.demo = bool(getattr(args, "demo", False))
        self.repository = None if self.demo else common.open_repository(args)
        self.imported = {} if self.demo else _import_files(self.repository, args)

    def get(self, symbol: str) -> LoadedSeries:
        """The series for ``symbol``; raises ``NoDataInRange`` when there is none."""
        if self.demo:
            return _demo_series(symbol)
        instrument = common.resolve(symbol)
        imported = self.imported.get(instrument.symbol.upper())
        if imported is not None:
            return imported
        series = self.repository.load(instrument, "1d")
        if series is None or series.frame.empty:
            raise NoDataInRange(
                f"No daily prices for {instrument.label} in the cache; run "
                f"'main.py data refresh {instrument.label}' or pass "
                f"--import {instrument.label}=FILE."
            )
        return LoadedSeries(
            instrument.label,
            series.frame,
            instrument.calendar,
            "cache",
            series.is_demo,
            list(series.warnings),
            instrument.volume_proxy,
        )

    def optional(self, symbol: str) -> LoadedSeries | None:
        """A series that helps but is not required (a volume proxy): None when unavailable."""
        try:
            return self.get(symbol)
        except (NoDataInRange, InvalidParameter):
            return None


def _import_files(repository, args: argparse.Namespace) -> dict[str, LoadedSeries]:
    specs = list(getattr(args, "imports", None) or [])
    if not specs:
        return {}
    pending = common.read_imports(specs)
    for item in pending:
        warning = item.calendar_warning()
        if warning and item.instrument.in_catalogue:
            print(warning, file=sys.stderr)
    saved = common.save_imports(repository, pending)
    out = {}
    for item, series in zip(pending, saved, strict=True):
        calendar = _calendar_of(item.instrument, item.imported.calendar_hint)
        out[item.instrument.symbol.upper()] = LoadedSeries(
            item.instrument.label,
            series.frame,
            calendar,
            "import",
            volume_proxy=item.instrument.volume_proxy,
        )
    return out


def _calendar_of(instrument: Instrument, hint: str) -> str:
    """The catalogue's calendar for a known symbol, else the file's (weekend bars: 24/7)."""
    return instrument.calendar if instrument.in_catalogue else hint


def _demo_series(symbol: str) -> LoadedSeries:
    from models.market.demo import demo_bundle

    bundle = demo_bundle()
    every = [bundle.equity, *bundle.crypto]
    wanted = symbol.strip().upper()
    for series in every:
        name = series.instrument.symbol.upper()
        if wanted in (name, name.removeprefix("DEMO ")):
            return LoadedSeries(
                series.instrument.symbol,
                series.frame,
                series.instrument.calendar,
                "demo",
                True,
                list(series.warnings),
            )
    known = ", ".join(s.instrument.symbol.removeprefix("DEMO ") for s in every)
    raise InvalidParameter(f"The demo has no {symbol}; it has {known}.")


def json_value(value):
    """A value fit for strict JSON: NaN and infinities become null, numpy scalars Python."""
    if isinstance(value, dict):
        return {str(k): json_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_value(v) for v in value]
    import pandas as pd  # lazily: the command line's --help must not pay for pandas

    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def add_analysis_parser(subparsers, add_common_options, name: str, help_text: str, doc: str):
    """The parser ``events`` and ``leadlag`` share: common options, one-line errors, --equity."""
    parser = subparsers.add_parser(
        name,
        help=help_text,
        description=common.plain(doc),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    common.one_line_errors(parser)
    add_common_options(parser)
    parser.add_argument(
        "--equity", type=common.symbol, metavar="SYMBOL", help="equity index (default: ^RUT)"
    )
    return parser
