"""The one cut of the inputs at a day: what could be known by that day's close.

A bar is known as of DATE when its date is on or before DATE: an equity's New York
session date, a crypto's UTC day, a FRED value's publication date (the source and the
importer re-date FRED series by publication, ``models.cascade.publication``, so the cut
needs no rule of its own). An intraday bar is known when it opened before the end of
that UTC day. Derived series (a ratio, a basket, the altseason index, NETLIQ) are
computed again from their inputs cut the same way, so each is exactly what a cache
holding only those bars would give: an alt without a bar by then is absent, and named so.

Everything downstream takes the cut series and nothing else, so no statistic sees a
later bar: a breakout whose hold needs sessions after the day is pending, a forward
return that ends after it is incomplete, the CCF pairs only returns that ended by then.
Every command's ``--as-of`` and the window's date cursor call ``session_as_of`` (or
``loaded_as_of``).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pandas as pd

from models.analysis.align import AlignedPair, day_numbers
from models.derived.series import DerivedSeries, derive
from models.errors import InvalidParameter, NoDataInRange, NoOverlap
from models.market.series import MarketSeries
from models.session.session import Session

#: how the outputs state the cut (the caption's phrase is ``models.records.caption``'s)
AS_OF_WORDS = "only the bars known by that day's close (FRED values by publication)"


def as_of_day(value) -> pd.Timestamp:
    """``value`` (a date, a ``YYYY-MM-DD`` text, a timestamp) as a day at midnight, no
    time zone: the day whose close is the cut."""
    stamp = pd.Timestamp(value)
    if stamp.tzinfo is not None:
        stamp = stamp.tz_convert("UTC").tz_localize(None)
    return stamp.normalize()


def as_of_line(day: pd.Timestamp) -> str:
    """``as of 2020-11-13: only the bars known by that day's close ...``: one line for
    every text output that was cut."""
    return f"as of {as_of_day(day):%Y-%m-%d}: {AS_OF_WORDS}"


def known_rows(index: pd.DatetimeIndex, day: pd.Timestamp) -> int:
    """How many of the sorted ``index``'s bars are known by ``day``'s close."""
    day = as_of_day(day)
    if index.tz is not None:  # intraday instants: known when they opened before the day ended
        end = (day + pd.Timedelta(days=1)).tz_localize("UTC")
        return int(index.searchsorted(end, side="left"))
    return int(index.searchsorted(day, side="right"))


def series_as_of(series: MarketSeries, day: pd.Timestamp) -> MarketSeries:
    """``series`` as it was known by ``day``'s close (a derived series computed again
    from its inputs so cut). Raises ``NoDataInRange`` when nothing of it was known."""
    if isinstance(series, DerivedSeries):
        return _derived_as_of(series, day)
    rows = known_rows(series.frame.index, day)
    if rows == 0:
        raise NoDataInRange(
            f"{series.instrument.label} has no bars on or before {as_of_day(day):%Y-%m-%d}."
        )
    if rows == len(series.frame):
        return series
    return replace(
        series,
        frame=series.frame.iloc[:rows],
        provenance=series.provenance[:rows],
        notices=list(series.notices),
    )


def _derived_as_of(series: DerivedSeries, day: pd.Timestamp) -> DerivedSeries:
    """Derive ``series`` again from the inputs known by ``day``: an input with no bar
    by then is left out, as the loaders leave out one the cache does not hold."""
    known = {}
    for instrument, plain in series.inputs.items():
        try:
            known[instrument] = series_as_of(plain, day)
        except NoDataInRange:
            continue
    if all(known.get(i) is s for i, s in series.inputs.items()):
        return series  # every input wholly known: the same series
    return derive(series.instrument, known)


def session_as_of(session: Session, day: pd.Timestamp) -> Session:
    """``session`` with every series (the volume proxy included: absent when it has no
    bar by then) as known by ``day``'s close."""
    proxy = session.volume_proxy
    if proxy is not None:
        try:
            proxy = series_as_of(proxy, day)
        except NoDataInRange:
            proxy = None
    return replace(
        session,
        equity=series_as_of(session.equity, day),
        crypto=[series_as_of(s, day) for s in session.crypto],
        volume_proxy=proxy,
    )


def loaded_as_of(loaded, day: pd.Timestamp):
    """A ``models.session.loading.headless.Loaded`` with its session cut at ``day``."""
    return replace(loaded, session=session_as_of(loaded.session, day))


def pair_as_of(pair: AlignedPair, day: pd.Timestamp) -> AlignedPair:
    """An aligned pair as ``align`` gives it on the two series cut at ``day``, taken from
    the pair of the whole series without aligning again (the walk-forward's and the
    replay's saving: one alignment for every day). ``sessions`` and ``calendar`` pairs
    only: a weekly row is the last session of its week, which a cut can move. Raises
    ``NoOverlap`` when the cut leaves the two nothing in common."""
    if pair.policy not in ("sessions", "calendar"):
        raise InvalidParameter(f"A {pair.policy} pair is aligned again on the cut series.")
    today = int(day_numbers(pd.DatetimeIndex([as_of_day(day)]))[0])
    known = pair.crypto_daily[: max(0, today - pair.crypto_day0 + 1)]
    priced = np.flatnonzero(np.isfinite(known))
    sessions = pair.day_numbers[~pair.carried]
    sessions = sessions[sessions <= today]
    if not len(priced) or not len(sessions):
        raise NoOverlap(f"By {as_of_day(day):%Y-%m-%d} the two series have nothing in common.")
    crypto_last = pair.crypto_day0 + int(priced[-1])
    rows = int(np.searchsorted(pair.day_numbers, min(int(sessions[-1]), crypto_last), "right"))
    if rows == 0:
        raise NoOverlap(f"By {as_of_day(day):%Y-%m-%d} the two series have nothing in common.")
    equity, crypto = pair.equity[:rows], pair.crypto[:rows]
    return AlignedPair(
        dates=pair.dates[:rows],
        equity=equity,
        crypto=crypto,
        carried=pair.carried[:rows],
        policy=pair.policy,
        day_numbers=pair.day_numbers[:rows],
        crypto_day0=pair.crypto_day0,
        crypto_daily=known[: int(priced[-1]) + 1],
        n=int((np.isfinite(equity) & np.isfinite(crypto)).sum()),
    )
