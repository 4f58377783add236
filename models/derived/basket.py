"""An equal-weight basket of coins, rebalanced daily on log returns."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from models.derived.closes import positive_closes

#: the basket's level on its first date
START_LEVEL = 100.0


def basket_level(closes: Sequence[pd.Series]) -> tuple[pd.Series, pd.Series]:
    """The basket's level and the number of coins in it at each date.

    The dates are every date any member has a close. A coin enters on its first close
    (it counts from that day; its first return is its next close's) and leaves after its
    last. Each day the basket's log return is the mean of the log returns of the members
    with a close that day, each over the span since its own previous close (a hole in one
    coin is caught up on its next bar); the level starts at ``START_LEVEL`` and compounds
    those returns. Averaging log returns is daily rebalancing to equal weights in log
    terms: the geometric mean of the members' daily price relatives, which a portfolio of
    equal dollar amounts (the arithmetic mean) slightly exceeds.
    """
    cleaned = [positive_closes(c) for c in closes]
    dates = pd.DatetimeIndex(sorted(set().union(*(c.index for c in cleaned))), name="date")
    held = np.zeros(len(dates), dtype=np.int64)
    summed = np.zeros(len(dates))
    counted = np.zeros(len(dates), dtype=np.int64)
    for close in cleaned:
        if close.empty:
            continue
        rows = dates.get_indexer(close.index)
        held[rows] += 1
        values = close.to_numpy()
        summed[rows[1:]] += np.log(values[1:] / values[:-1])
        counted[rows[1:]] += 1
    mean = np.divide(summed, counted, out=np.zeros(len(dates)), where=counted > 0)
    level = START_LEVEL * np.exp(np.cumsum(mean))
    return pd.Series(level, index=dates, name="close"), pd.Series(held, index=dates, name="coins")
