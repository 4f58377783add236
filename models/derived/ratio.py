"""The ratio of two series: ``ETH/USDT / BTC/USDT``, ``^RUT / ^GSPC``."""

from __future__ import annotations

import numpy as np
import pandas as pd

from models.derived.closes import positive_closes


def ratio_closes(numerator: pd.Series, denominator: pd.Series) -> pd.Series:
    """``numerator / denominator`` on the dates both have a close.

    Two series on one calendar keep it; when a New York series meets a 24/7 one, the
    dates both hold are the New York sessions, so each session close meets the coin's
    close of that UTC day (``models.derived.recipe``). A missing, zero or negative close
    on either side leaves that date out.
    """
    a, b = positive_closes(numerator).align(positive_closes(denominator), join="inner")
    with np.errstate(divide="ignore", invalid="ignore"):
        values = a.to_numpy(dtype="float64") / b.to_numpy(dtype="float64")
    ratio = pd.Series(values, index=a.index, name="close")
    return ratio[np.isfinite(ratio.to_numpy())]
