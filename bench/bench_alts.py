"""Altcoin speed: loading a universe from the cache and computing the altseason index.

* ``load_30_daily_series_ms``: the window's first step (``load_cached``) reading 30
  cached daily series of 10 years each (target <= 150 ms);
* ``load_altseason_from_cache_ms``: the same step for ``^RUT`` and ``altseason`` (the
  catalogue's 30 alts and BTC-USD read, the index derived);
* ``altseason_30x10y_ms``: the index over 30 coins x 10 years of daily closes
  (``models.derived.altseason.altseason_index``; target <= 30 ms);
* ``altseason_derive_30x10y_ms``: the same through ``derive`` (the series, its
  provenance per row, its notices).

The bars are synthetic random walks, written to a temporary cache once.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.timing import median_ms  # noqa: E402
from models.derived.altseason import altseason_index  # noqa: E402
from models.derived.series import derive  # noqa: E402
from models.market.fetch_control import FetchControl  # noqa: E402
from models.market.frames import COLUMNS  # noqa: E402
from models.market.instruments import load_catalogue  # noqa: E402
from models.market.repository import Repository  # noqa: E402
from models.session.loading.cached import load_cached  # noqa: E402
from models.session.session import Selection, resolve_selection  # noqa: E402

DAYS = 3_653  # ten years of UTC days


def _closes(seed: int, days: int = DAYS) -> pd.Series:
    rng = np.random.default_rng(seed)
    dates = pd.date_range("2016-01-01", periods=days, freq="D", name="date")
    return pd.Series(10 * np.exp(np.cumsum(rng.normal(0, 0.04, days))), index=dates)


def _frame(close: pd.Series) -> pd.DataFrame:
    data = {c: close.to_numpy() for c in COLUMNS[:4]} | {"volume": np.full(len(close), 1e6)}
    return pd.DataFrame(data, index=close.index)[list(COLUMNS)]


def _filled_cache(root: Path):
    catalogue = load_catalogue()
    repo = Repository(root, sources={}, offline=True)
    universe = [catalogue.resolve(s) for s in catalogue.altseason.universe]
    btc = catalogue.resolve(catalogue.altseason.benchmark)
    rut = catalogue.resolve("^RUT")
    for seed, instrument in enumerate([btc, *universe]):
        repo.save_imported(instrument, _frame(_closes(seed)), "1d")
    sessions = _closes(99)[lambda s: s.index.day_of_week < 5]
    repo.save_imported(rut, _frame(sessions), "1d")
    return catalogue, repo, universe


def run(quick: bool) -> dict[str, float]:
    """The figures above (medians, milliseconds)."""
    repeats = 5 if quick else 20
    with tempfile.TemporaryDirectory() as folder:
        catalogue, repo, universe = _filled_cache(Path(folder) / "cache")
        thirty = Selection(universe[0], tuple(universe[1:]))
        season = resolve_selection(catalogue, "^RUT", ["altseason"])
        control = FetchControl()
        figures = {
            "load_30_daily_series_ms": median_ms(
                lambda: load_cached(repo, catalogue, thirty, True, control), repeats
            ),
            "load_altseason_from_cache_ms": median_ms(
                lambda: load_cached(repo, catalogue, season, True, control), repeats
            ),
        }
        loaded = load_cached(repo, catalogue, season, True, control).series
    btc, alts = _closes(1000), [_closes(seed) for seed in range(30)]
    figures["altseason_30x10y_ms"] = median_ms(lambda: altseason_index(btc, alts, 90), repeats * 2)
    instrument = season.crypto[0]
    figures["altseason_derive_30x10y_ms"] = median_ms(
        lambda: derive(instrument, loaded), repeats * 2
    )
    return figures


if __name__ == "__main__":
    for name, value in run(quick="--quick" in sys.argv).items():
        print(f"{name:40s} {value:10.2f}")
