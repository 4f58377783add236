"""Net liquidity: the Fed's balance sheet less the Treasury's account and the reverse repo.

``NETLIQ = WALCL - WTREGEN - 1000 x RRPONTSYD`` in millions of USD (WALCL and WTREGEN are
in millions, RRPONTSYD in billions). It is a derived series like a ratio or a basket:
typed ``NETLIQ``, its three FRED inputs cached and refreshed as any series, the value
computed whenever they load (``models.derived.series``).

Its inputs arrive dated by publication (``models.cascade.publication``): WALCL and WTREGEN
on the session after Thursday's H.4.1 release, RRPONTSYD on the day of each operation.
NETLIQ is computed on WALCL's dates: each week's WALCL less the WTREGEN of the same
release and the reverse repo's last value known that day (carried over days it has none,
holidays and the sporadic years before 2013). So on each date it is the net liquidity a
trader could have computed at that close, never a number published later.
"""

from __future__ import annotations

import pandas as pd

#: the inputs, as typed, in the order of the formula
NETLIQ_INPUTS: tuple[str, ...] = ("FRED:WALCL", "FRED:WTREGEN", "FRED:RRPONTSYD")
#: how NETLIQ is typed
NETLIQ_SYMBOL = "NETLIQ"
#: the formula in words, for names, captions and tooltips
NETLIQ_FORMULA = "WALCL - WTREGEN - 1000 x RRPONTSYD (millions of USD, dated by publication)"


def net_liquidity(walcl: pd.Series, wtregen: pd.Series, rrp_billions: pd.Series) -> pd.Series:
    """Net liquidity on WALCL's dates, each input's last value known on the date (see the
    module docstring); dates before WTREGEN or the reverse repo have a value are dropped."""
    dates = pd.DatetimeIndex(walcl.index)
    account = _as_of(wtregen, dates)
    repo = _as_of(rrp_billions, dates)
    value = walcl.to_numpy() - account - 1000.0 * repo
    out = pd.Series(value, index=dates, name="close")
    return out[out.notna()]


def _as_of(values: pd.Series, dates: pd.DatetimeIndex):
    """The last value of ``values`` on or before each date (NaN before the first)."""
    values = values.dropna().sort_index()
    return values.reindex(values.index.union(dates)).ffill().reindex(dates).to_numpy()
