"""From ``main.py export`` arguments to an ``ExportSnapshot``: chart choices checked, data
loaded by the one core (``models.session.loading``), analytics run.

Data comes from ``--demo`` (synthetic, watermarked), from ``--import SYMBOL=FILE``
(read, checked and saved to the cache first; an imported series is used as imported,
never topped up from the network), or from the cache, which fetches the missing bars
unless ``--offline``; the volume proxy is the catalogue's (IWM for ^RUT) unless
``--volume-proxy`` names another. Statistics are computed over the whole data, as in the
window (over the bars known by ``--as-of``'s close when given); ``--start``/``--end``
choose the dates shown.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass

import pandas as pd

import models.session.prepared as analysis
from app.commands.analytics_input import load_for
from models.analysis.breakouts import BreakoutParams
from models.derived.syntax import split_symbols
from models.errors import InvalidParameter, NoDataInRange, NoOverlap
from models.market.instruments import load_catalogue
from models.records.snapshot import ExportSnapshot, complete_statistics, panes_for
from models.vocabulary import LAG_LIMIT_DAYS


@dataclass(frozen=True)
class ChartChoices:
    """The chart options of the command line, checked."""

    equity: str
    crypto: tuple[str, ...]
    lag_days: int
    scale: str
    log_axis: str
    theme: str
    start: pd.Timestamp | None
    end: pd.Timestamp | None


def choices_from(args: argparse.Namespace) -> ChartChoices:
    """Check the chart options; raises ``InvalidParameter`` with a one-line reason."""
    catalogue = load_catalogue()
    crypto = tuple(split_symbols(args.crypto or ""))  # basket(A, B) holds commas
    lag = int(args.lag)
    if not -LAG_LIMIT_DAYS <= lag <= LAG_LIMIT_DAYS:
        raise InvalidParameter(f"--lag {lag} is outside -{LAG_LIMIT_DAYS}..{LAG_LIMIT_DAYS} days.")
    start, end = parse_date(args.start, "--start"), parse_date(args.end, "--end")
    if start is not None and end is not None and start > end:
        raise InvalidParameter(f"--start {start:%Y-%m-%d} is after --end {end:%Y-%m-%d}.")
    scale, log_axis = args.scale, getattr(args, "log_axis", "auto")
    if scale == "log":  # the log axis is a switch of its own now
        scale, log_axis = "price", "on"
    return ChartChoices(
        equity=(args.equity or catalogue.default_equity).strip(),
        crypto=crypto or catalogue.default_crypto,
        lag_days=lag,
        scale=scale,
        log_axis=log_axis,
        theme=args.theme,
        start=start,
        end=end,
    )


def parse_date(text: str | None, flag: str) -> pd.Timestamp | None:
    """A YYYY-MM-DD date, or None when not given."""
    if not text:
        return None
    try:
        stamp = pd.Timestamp(text)
    except (ValueError, TypeError) as exc:
        raise InvalidParameter(f"{flag} '{text}' is not a date (use YYYY-MM-DD).") from exc
    if stamp.tzinfo is not None:
        stamp = stamp.tz_convert("UTC").tz_localize(None)
    return stamp.normalize()


def load_snapshot(args: argparse.Namespace, params: BreakoutParams) -> ExportSnapshot:
    """Load the series, run the analytics and freeze what the image will show."""
    choices = choices_from(args)
    texts = (choices.equity, *choices.crypto)
    loaded = load_for(args, *texts, fetch=True, start=choices.start, end=choices.end)
    session = loaded.session
    prepared = analysis.prepare(session, params)
    if not prepared.pairs:  # nothing to compare: a picture without its statistics
        raise NoOverlap(prepared.warnings[0] if prepared.warnings else "No series overlap.")
    for warning in prepared.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    snapshot = ExportSnapshot(
        session=session,
        prepared=prepared,
        lag_days=choices.lag_days,
        scale=choices.scale,
        log_axis=choices.log_axis,
        params=params,
        breakouts=prepared.breakouts,
        theme=choices.theme,
        as_of=getattr(args, "as_of", None),
        panes=panes_for(prepared),
    )
    snapshot.visible = _visible(snapshot, choices)
    return complete_statistics(snapshot)


def _visible(snapshot: ExportSnapshot, choices: ChartChoices):
    """The dates to show; raises ``NoDataInRange`` when the equity has no bar in them."""
    default_start, default_end = snapshot.shown_span()
    start = choices.start if choices.start is not None else default_start
    end = choices.end if choices.end is not None else default_end
    if start > end:
        raise InvalidParameter(f"--start {start:%Y-%m-%d} is after the last bar shown.")
    equity = snapshot.session.equity
    index = pd.DatetimeIndex(equity.frame.index)
    if index.tz is not None:
        index = index.tz_convert("UTC").tz_localize(None)
    if not ((index >= start) & (index <= end + pd.Timedelta(days=1))).any():
        raise NoDataInRange(
            f"{equity.instrument.label} has no bars between {start:%Y-%m-%d} and {end:%Y-%m-%d} "
            f"(its data runs {index[0]:%Y-%m-%d} to {index[-1]:%Y-%m-%d})."
        )
    return start, end
