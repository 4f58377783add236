"""From ``main.py export`` arguments to an ``ExportSnapshot``: data, analytics, chart choices.

Data comes from ``--demo`` (synthetic, watermarked), from ``--import SYMBOL=FILE``
(read, checked and saved to the cache first; an imported series is used as imported,
never topped up from the network), or from the cache, which fetches the missing bars
unless ``--offline``. Statistics are computed over the whole data, as in the window;
``--start``/``--end`` choose the dates shown.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass

import pandas as pd

import models.session.prepared as analysis
from app.commands import common
from models.analysis.breakouts import BreakoutParams
from models.errors import (
    DataError,
    InvalidParameter,
    NoDataInRange,
    NoOverlap,
    UnknownSymbol,
)
from models.market.instruments import load_catalogue
from models.market.series import MarketSeries
from models.records.snapshot import ExportSnapshot, complete_statistics
from models.session.session import Session
from models.vocabulary import LAG_LIMIT_DAYS, SCALES  # noqa: F401  (re-exported for the CLI)

MAX_LAG_DAYS = LAG_LIMIT_DAYS


@dataclass(frozen=True)
class ChartChoices:
    """The chart options of the command line, checked."""

    equity: str
    crypto: tuple[str, ...]
    lag_days: int
    scale: str
    theme: str
    start: pd.Timestamp | None
    end: pd.Timestamp | None


def choices_from(args: argparse.Namespace) -> ChartChoices:
    """Check the chart options; raises ``InvalidParameter`` with a one-line reason."""
    catalogue = load_catalogue()
    crypto = tuple(s.strip() for s in (args.crypto or "").split(",") if s.strip())
    lag = int(args.lag)
    if not -MAX_LAG_DAYS <= lag <= MAX_LAG_DAYS:
        raise InvalidParameter(f"--lag {lag} is outside -{MAX_LAG_DAYS}..{MAX_LAG_DAYS} days.")
    start, end = parse_date(args.start, "--start"), parse_date(args.end, "--end")
    if start is not None and end is not None and start > end:
        raise InvalidParameter(f"--start {start:%Y-%m-%d} is after --end {end:%Y-%m-%d}.")
    return ChartChoices(
        equity=(args.equity or catalogue.default_equity).strip(),
        crypto=crypto or catalogue.default_crypto,
        lag_days=lag,
        scale=args.scale,
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
    loader = _Loader(args, choices)
    session = loader.session()
    prepared = analysis.prepare(session, params)
    if not prepared.pairs:  # nothing to compare: a picture without its statistics
        raise NoOverlap(prepared.warnings[0] if prepared.warnings else "No series overlap.")
    for warning in prepared.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    proxy = getattr(args, "volume_proxy", None)
    if proxy:
        prepared.breakouts = _detect_with_proxy(loader, session, params, proxy)
    snapshot = ExportSnapshot(
        session=session,
        prepared=prepared,
        lag_days=choices.lag_days,
        scale=choices.scale,
        params=params,
        breakouts=prepared.breakouts,
        theme=choices.theme,
    )
    snapshot.visible = _visible(snapshot, choices)
    return complete_statistics(snapshot)


class _Loader:
    """Finds series by what the user typed: demo data, this run's imports, the cache."""

    def __init__(self, args: argparse.Namespace, choices: ChartChoices) -> None:
        self.demo = bool(getattr(args, "demo", False))
        self.choices = choices
        self.repository = None if self.demo else common.open_repository(args)
        saved = [] if self.demo else common.apply_imports(self.repository, args)
        self.imported = {s.instrument.symbol.upper(): s for s in saved}

    def session(self) -> Session:
        """The equity and crypto series the options ask for."""
        texts = (self.choices.equity, *self.choices.crypto)
        if self.demo:
            return _demo_session(texts)
        series = [self.series(text) for text in texts]
        return Session(series[0], series[1:], "import" if self.imported else "cache")

    def series(self, text: str) -> MarketSeries:
        """One instrument's daily series (an import as imported; else cache, topped up)."""
        instrument = common.resolve(text)
        found = self.imported.get(instrument.symbol.upper())
        if found is None:
            found = self._fetched(instrument)
        if found.frame.empty:
            raise NoDataInRange(f"No prices for {instrument.label}.")
        return found

    def _fetched(self, instrument) -> MarketSeries:
        """The cache topped up from the source; when the top-up fails, the cached bars
        with a warning (a scheduled snapshot still gets drawn, and says how old it is)."""
        try:
            return self.repository.get(instrument, self.choices.start, self.choices.end)
        except (UnknownSymbol, InvalidParameter):
            raise
        except DataError as exc:
            cached = self.repository.load(instrument, "1d")
            if cached is None or cached.frame.empty:
                raise
            warning = (
                f"{instrument.label} could not be refreshed ({exc}); "
                f"using the cached bars up to {cached.last:%Y-%m-%d}"
            )
            print(f"warning: {warning}", file=sys.stderr)
            cached.warnings.append(warning)
            return cached


def _detect_with_proxy(loader: _Loader, session: Session, params: BreakoutParams, proxy: str):
    """Breakouts confirmed with ``proxy``'s volume where the equity's own is missing."""
    from models.analysis.breakouts import detect_breakouts

    if loader.demo:
        raise InvalidParameter("--volume-proxy needs real data; the demo index has its volume.")
    volume = loader.series(proxy).frame["volume"]
    return detect_breakouts(session.equity.frame, params, volume)


def _demo_session(texts: tuple[str, ...]) -> Session:
    from models.market.demo import demo_bundle

    bundle = demo_bundle()
    every = [bundle.equity, *bundle.crypto]
    picked = [_demo_pick(every, text) for text in texts]
    return Session(picked[0], picked[1:], "demo")


def _demo_pick(every: list[MarketSeries], text: str) -> MarketSeries:
    wanted = text.strip().upper().removeprefix("DEMO ").partition("@")[0]
    for series in every:
        if series.instrument.symbol.upper().removeprefix("DEMO ") == wanted:
            return series
    known = ", ".join(s.instrument.symbol.removeprefix("DEMO ") for s in every)
    raise InvalidParameter(f"The demo data has no {text}; it has {known}.")


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
