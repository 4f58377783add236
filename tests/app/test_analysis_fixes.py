"""models.session.prepared and scales: the return at the current lag, one common anchor,
the volume proxy, the log-scale ghost line and the event study counting only events with
crypto data."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import models.session.prepared as analysis
from app.overlays import ghost_label
from models.analysis.breakouts import BreakoutParams
from models.analysis.normalise import anchor_value
from models.market.instruments import load_catalogue
from models.session import scales
from models.session.session import Session
from tests.app.fakes import series_for, synthetic_frame

CATALOGUE = load_catalogue()


def _equity(volume: float | None = None, start: str = "2019-01-01", days: int = 700):
    frame = synthetic_frame(start, days, True, seed=3)
    if volume is not None:
        frame["volume"] = volume
    return series_for(CATALOGUE.resolve("^RUT"), frame, True)


def _crypto(symbol: str, start: str, days: int, seed: int = 9):
    return series_for(CATALOGUE.resolve(symbol), synthetic_frame(start, days, False, seed), True)


def _level_params(session: Session) -> BreakoutParams:
    """A level in the middle of the equity's range: the random walk crosses it."""
    level = float(session.equity.frame["close"].median())
    return BreakoutParams(rule="level", level=level, hold_sessions=0, cooldown_sessions=20)


def _prepared(session: Session) -> analysis.Prepared:
    return analysis.prepare(session, _level_params(session))


def test_lag_returns_are_crypto_returns_from_each_event_to_the_lag():
    session = Session(_equity(), [_crypto("BTC/USDT", "2019-01-01", 1000)], "cache")
    prepared = _prepared(session)
    events = prepared.breakouts.events
    assert events
    returns = analysis.lag_returns(prepared, events, 60)
    close = session.crypto[0].frame["close"]
    for event in events:
        later = pd.Timestamp(event.date) + pd.Timedelta(days=60)
        expected = close[later] / close[event.date] - 1.0 if later in close.index else np.nan
        assert returns[event.date] == pytest.approx(expected, nan_ok=True)
    assert np.isfinite(returns.to_numpy()).sum() >= 1


def test_lag_returns_at_a_negative_lag_are_the_rise_into_the_event():
    session = Session(_equity(), [_crypto("BTC/USDT", "2019-01-01", 1000)], "cache")
    prepared = _prepared(session)
    events = [e for e in prepared.breakouts.events if e.date >= pd.Timestamp("2019-03-01")]
    assert events
    returns = analysis.lag_returns(prepared, events, -45)
    close = session.crypto[0].frame["close"]
    for event in events:
        earlier = pd.Timestamp(event.date) - pd.Timedelta(days=45)
        assert returns[event.date] == pytest.approx(close[event.date] / close[earlier] - 1.0)


def test_lag_returns_are_nan_before_the_crypto_existed():
    session = Session(_equity(), [_crypto("BTC/USDT", "2020-06-01", 600)], "cache")
    prepared = _prepared(session)
    early = [e for e in prepared.breakouts.events if e.date < pd.Timestamp("2020-06-01")]
    assert early
    returns = analysis.lag_returns(prepared, early, 30)
    assert np.isnan(returns.to_numpy()).all()


def test_event_study_counts_only_events_with_crypto_data():
    session = Session(_equity(), [_crypto("BTC/USDT", "2020-06-01", 600)], "cache")
    prepared = _prepared(session)
    events = prepared.breakouts.events
    with_data = [e for e in events if e.date >= pd.Timestamp("2020-06-01")]
    assert with_data and len(with_data) < len(events)
    study = analysis.event_study_for(prepared, events, 30, draws=10)
    assert study.n_events == len(with_data)
    assert analysis.events_with_crypto(prepared, events) == with_data


def test_common_anchor_is_on_or_after_every_first_bar_at_the_lag():
    late = _crypto("ETH/USDT", "2019-08-01", 700, seed=4)
    session = Session(_equity(), [_crypto("BTC/USDT", "2019-01-01", 1000), late], "cache")
    prepared = _prepared(session)
    assert scales.common_anchor(prepared, 0) == pd.Timestamp("2019-08-01")
    # crypto of t-60 is drawn at t: the late series has a bar at the anchor only from
    # its first bar + 60 days
    assert scales.common_anchor(prepared, -60) == pd.Timestamp("2019-09-30")
    assert scales.common_anchor(prepared, 0, "2020-03-05 13:00") == pd.Timestamp("2020-03-05")


def test_index_factors_base_a_late_series_on_the_same_date_as_the_others():
    late = _crypto("ETH/USDT", "2019-08-01", 700, seed=4)
    session = Session(_equity(), [_crypto("BTC/USDT", "2019-01-01", 1000), late], "cache")
    prepared = _prepared(session)
    anchor, lag = prepared.anchor_date, -60
    values = scales.scaled_values(prepared, "index", anchor)
    lag_anchor = scales.common_anchor(prepared, lag)
    factors = scales.lag_factors(prepared, "index", lag, anchor, 0, lag_anchor)
    for overlay in prepared.overlays:
        drawn = values[overlay.key] * factors[overlay.key]
        at = anchor_value(drawn, overlay.dates, lag_anchor, lag)
        assert at == pytest.approx(100.0), overlay.key


def test_zero_volume_falls_back_to_the_cached_proxy():
    iwm = series_for(
        CATALOGUE.resolve("IWM"), synthetic_frame("2019-01-01", 700, True, seed=5), True
    )
    session = Session(_equity(volume=0.0), [_crypto("BTC/USDT", "2019-01-01", 1000)], "cache")
    session.volume_proxy = iwm
    prepared = _prepared(session)
    assert prepared.breakouts.events
    assert {e.volume_source for e in prepared.breakouts.events} == {"IWM"}
    assert prepared.breakouts.volume_source == "IWM"
    assert np.isfinite(prepared.breakouts.volume.to_numpy()).all()
    again = analysis.redetect(prepared, _level_params(session))
    assert again.volume_source == "IWM"


def test_zero_volume_without_a_proxy_says_how_to_get_one():
    session = Session(_equity(volume=0.0), [_crypto("BTC/USDT", "2019-01-01", 1000)], "cache")
    prepared = _prepared(session)
    assert prepared.breakouts.volume_source == ("no usable volume; import IWM to use it as a proxy")


def test_price_ghost_is_rebased_onto_the_primary_crypto_at_the_anchor():
    session = Session(_equity(), [_crypto("BTC/USDT", "2019-01-01", 1000)], "cache")
    prepared = _prepared(session)
    anchor = pd.Timestamp("2020-02-03")
    ghost = scales.ghost_values(prepared, "price", anchor)
    equity = session.equity.frame
    btc = session.crypto[0].frame["close"]
    assert ghost[equity.index.get_loc(anchor)] == pytest.approx(btc[anchor])
    ratio = ghost / equity["close"].to_numpy()
    assert np.allclose(ratio, ratio[0])  # a rescale: percentage moves are kept
    # with crypto of t+30 drawn at t, the ghost meets the line where it is drawn
    shifted = scales.ghost_values(prepared, "price", anchor, 30)
    later = anchor + pd.Timedelta(days=30)
    assert shifted[equity.index.get_loc(anchor)] == pytest.approx(btc[later])
    assert scales.ghost_target(prepared, "price") == "BTC/USDT"
    assert scales.ghost_target(prepared, "index") is None
    assert ghost_label(prepared, "price") == "^RUT (rebased to BTC/USDT)"
    assert ghost_label(prepared, "index") == "^RUT (rebased)"
