"""Derived series in the loading core: read the inputs, compute, recompute when they change."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from models.derived.series import DerivedSeries
from models.errors import NetworkDown, NoDataInRange, NotCachedOffline
from models.market.fetch_control import FetchControl
from models.market.instruments import load_catalogue
from models.market.repository import Repository
from models.notices import INPUTS_MISSING, SURVIVORSHIP
from models.session.loading.cached import load_cached
from models.session.loading.derived import derive_into, with_inputs
from models.session.loading.fetching import FetchAnswer, fetched_outcome
from models.session.loading.headless import LoadRequest, load_session
from models.session.session import LoadOutcome, resolve_selection
from tests.app.fakes import series_for, synthetic_frame

CATALOGUE = load_catalogue()
RATIO = "ETH/USDT / BTC/USDT"
SEASON = "altseason(ETH/USDT, SOL/USDT, XRP/USDT)"


def _instrument(text: str):
    return CATALOGUE.resolve(text)


def _repository(tmp_path, **frames) -> Repository:
    repo = Repository(tmp_path / "cache", sources={}, offline=True)
    for symbol, frame in frames.items():
        repo.save_imported(_instrument(symbol), frame, "1d")
    return repo


def _coins(*symbols: str, days: int = 400) -> dict:
    return {
        s: synthetic_frame("2021-01-01", days, False, seed=i + 3) for i, s in enumerate(symbols)
    }


def _write(tmp_path, name: str, frame: pd.DataFrame):
    path = tmp_path / name
    frame.rename_axis("date").to_csv(path, date_format="%Y-%m-%d", float_format="%.6f")
    return path


def test_inputs_replace_derived_instruments_each_once():
    selection = resolve_selection(
        CATALOGUE, "^RUT", ["BTC/USDT", RATIO, "basket(SOL/USDT, ETH/USDT)"]
    )
    assert [i.label for i in with_inputs(selection.instruments)] == [
        "^RUT", "BTC/USDT", "ETH/USDT", "SOL/USDT",
    ]  # fmt: skip


def test_the_cache_load_computes_a_ratio_from_its_cached_inputs(tmp_path):
    frames = {"^RUT": synthetic_frame("2021-01-01", 300, True), **_coins("ETH/USDT", "BTC/USDT")}
    repo = _repository(tmp_path, **frames)
    selection = resolve_selection(CATALOGUE, "^RUT", [RATIO])
    outcome = load_cached(repo, CATALOGUE, selection, True, FetchControl())
    ratio = outcome.series[_instrument(RATIO)]
    assert isinstance(ratio, DerivedSeries) and ratio.from_cache
    cached = frames["ETH/USDT"]["close"] / frames["BTC/USDT"]["close"]
    assert np.allclose(ratio.frame["close"].to_numpy(), cached.to_numpy())
    session = outcome.session("cache")
    assert [s.instrument.label for s in session.crypto] == [RATIO]
    assert not outcome.errors


def test_offline_a_missing_input_is_said_on_the_derived_series_too(tmp_path):
    repo = _repository(tmp_path, **{"^RUT": synthetic_frame("2021-01-01", 300, True)},
                       **_coins("ETH/USDT"))  # fmt: skip
    selection = resolve_selection(CATALOGUE, "^RUT", [RATIO])
    outcome = load_cached(repo, CATALOGUE, selection, True, FetchControl())
    error = outcome.errors[_instrument(RATIO)]
    assert isinstance(error, NotCachedOffline) and "BTC/USDT" in str(error)
    online = load_cached(repo, CATALOGUE, selection, False, FetchControl())
    assert _instrument(RATIO) not in online.errors  # a fetch follows and brings it


def test_altseason_does_without_an_alt_that_is_not_cached_and_says_so(tmp_path):
    repo = _repository(tmp_path, **{"^RUT": synthetic_frame("2021-01-01", 300, True)},
                       **_coins("BTC/USDT", "ETH/USDT", "SOL/USDT"))  # fmt: skip
    selection = resolve_selection(CATALOGUE, "^RUT", [SEASON])
    outcome = load_cached(repo, CATALOGUE, selection, True, FetchControl())
    season = outcome.series[_instrument(SEASON)]
    assert set(season.coins) == {2}
    assert not outcome.errors  # XRP/USDT's "not cached" became the series' own notice
    kinds = [n.kind for n in outcome.notices]
    assert SURVIVORSHIP in kinds and INPUTS_MISSING in kinds


def test_a_fetch_recomputes_the_derived_series_from_the_new_bars():
    eth, btc = (_instrument(s) for s in ("ETH/USDT", "BTC/USDT"))
    selection = resolve_selection(CATALOGUE, "^RUT", [RATIO])
    old = {i: series_for(i, synthetic_frame("2021-01-01", 100, False, seed=n), True)
           for n, i in enumerate((eth, btc))}  # fmt: skip
    shown = derive_into(LoadOutcome(selection, series=dict(old))).series[_instrument(RATIO)]
    newer = {i: series_for(i, synthetic_frame("2021-01-01", 120, False, seed=n), False)
             for n, i in enumerate((eth, btc))}  # fmt: skip
    answers = [FetchAnswer(i, series=s) for i, s in newer.items()]
    outcome = fetched_outcome(selection, {_instrument(RATIO): shown}, answers)
    ratio = outcome.series[_instrument(RATIO)]
    assert ratio.rows == 120 and not ratio.from_cache and ratio is not shown
    # one input failed this time: the other's new bars meet the failed one's shown bars
    answers = [FetchAnswer(eth, series=newer[eth]), FetchAnswer(btc, error=NetworkDown("down"))]
    outcome = fetched_outcome(selection, {_instrument(RATIO): shown}, answers)
    mixed = outcome.series[_instrument(RATIO)]
    assert mixed.inputs[btc] is old[btc] and mixed.inputs[eth] is newer[eth]
    assert isinstance(outcome.errors[btc], NetworkDown) and _instrument(RATIO) not in outcome.errors


def test_a_failed_required_input_leaves_the_shown_series_or_says_why():
    eth, btc = (_instrument(s) for s in ("ETH/USDT", "BTC/USDT"))
    selection = resolve_selection(CATALOGUE, "^RUT", [RATIO])
    answers = [
        FetchAnswer(eth, series=series_for(eth, synthetic_frame("2021-01-01", 50, False), False)),
        FetchAnswer(btc, error=NetworkDown("no connection")),
    ]
    outcome = fetched_outcome(selection, {}, answers)
    assert outcome.errors[_instrument(RATIO)] is outcome.errors[btc]


def test_the_command_lines_load_takes_inputs_from_imports_and_the_cache(tmp_path):
    frames = _coins("ETH/USDT", "BTC/USDT")
    repo = _repository(tmp_path, **{"^RUT": synthetic_frame("2021-01-01", 300, True)},
                       **{"BTC/USDT": frames["BTC/USDT"]})  # fmt: skip
    request = LoadRequest(
        "^RUT", (RATIO,), imports=(f"ETH/USDT={_write(tmp_path, 'eth.csv', frames['ETH/USDT'])}",)
    )
    loaded = load_session(request, CATALOGUE, repo)
    ratio = loaded.session.crypto[0]
    assert ratio.instrument.label == RATIO and ratio.provenance_summary == "imported"
    # both inputs were imported: no exchange served them, so none is named (issue 12)
    assert ratio.source == "derived from ETH/USDT, BTC/USDT"
    with pytest.raises(NoDataInRange, match="data refresh SOL/USDT"):
        load_session(LoadRequest("^RUT", ("SOL/USDT / BTC/USDT",)), CATALOGUE, repo)


def test_the_command_lines_load_tolerates_missing_alts_but_not_a_missing_benchmark(tmp_path):
    repo = _repository(tmp_path, **_coins("BTC/USDT", "ETH/USDT"))
    season = load_session(LoadRequest(SEASON), CATALOGUE, repo).session.equity
    assert set(season.coins) == {1} and INPUTS_MISSING in [n.kind for n in season.caveats]
    empty = _repository(tmp_path / "other", **_coins("ETH/USDT"))
    with pytest.raises(NoDataInRange, match="BTC/USDT"):
        load_session(LoadRequest(SEASON), CATALOGUE, empty)
