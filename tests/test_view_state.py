"""ViewState (models): values forced into range, panes, the persisted part, stored detector
parameters, and when a new session keeps the dates in view."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import pytest

from models.analysis.breakout_params import BreakoutParams
from models.analysis.lag_window import ALL_LAGS, LEAD_30_90, LagWindow
from models.market.instruments import load_catalogue
from models.session.session import Session
from models.session.view_state import (
    ViewState,
    keeps_visible_range,
    params_from_record,
    searchable_window,
)
from models.vocabulary import PANES
from tests.app.fakes import series_for, synthetic_frame

CATALOGUE = load_catalogue()


def test_defaults_follow_the_catalogue():
    state = ViewState()
    assert state.equity == CATALOGUE.default_equity
    assert state.crypto == tuple(CATALOGUE.default_crypto)
    assert state.panes == PANES and state.statistics_target is None


def test_cleaned_forces_every_value_into_range():
    wild = ViewState(
        equity="  ",
        crypto=(" ", "ETH/USDT "),
        exchange=" Kraken ",
        statistics_target="  ",
        lag_days=-1000,
        scale="banana",
        equity_style="bars",
        panes=("crypto", "nonsense", "equity"),
        theme="neon",
    ).cleaned()
    assert wild.equity == CATALOGUE.default_equity
    assert wild.crypto == ("ETH/USDT",) and wild.exchange == "kraken"
    assert wild.statistics_target is None and wild.lag_days == -365
    assert (wild.scale, wild.equity_style, wild.theme) == ("index", "candles", "light")
    assert wild.panes == ("equity", "crypto")  # in PANES order


def test_the_lag_window_sampling_and_headline_horizon_are_forced_into_range():
    state = ViewState()
    assert state.lag_window == ALL_LAGS and state.sampling == "daily"
    assert state.headline_horizon == 90
    reversed_span = ViewState(lag_window=LagWindow(-900, 1000)).cleaned()
    assert reversed_span.lag_window == ALL_LAGS  # clamped to the slider's reach: a preset
    assert ViewState(lag_window=LagWindow(30, 90)).cleaned().lag_window == LEAD_30_90
    custom = ViewState(lag_window=LagWindow(-20, 45, "whatever")).cleaned().lag_window
    assert (custom.min_lag, custom.max_lag, custom.name) == (-20, 45, "")
    assert searchable_window(60, -10) == LagWindow(-10, 60)  # typed the wrong way round
    odd = ViewState(sampling="hourly", headline_horizon=77).cleaned()
    assert (odd.sampling, odd.headline_horizon) == ("daily", 90)
    assert ViewState(sampling="weekly", headline_horizon=180).cleaned().headline_horizon == 180


def test_panes_shown_and_hidden():
    state = ViewState().with_pane("volume", False)
    assert state.panes_shown() == {"equity": True, "volume": False, "crypto": True,
                                   "correlation": True}  # fmt: skip
    assert state.with_pane("volume", True).panes == PANES
    with pytest.raises(ValueError, match="unknown pane"):
        state.with_pane("nonsense", True)


def test_the_persisted_part_leaves_out_the_dates_in_view():
    span = (pd.Timestamp("2020-01-01"), pd.Timestamp("2020-06-01"))
    state = ViewState(lag_days=12, visible=span)
    assert state.visible_start == span[0]
    assert state.persisted() == replace(state, visible=None)


def test_stored_detector_parameters_are_checked():
    assert params_from_record({"rule": "level", "level": 2600, "bogus": 1}) == BreakoutParams(
        rule="level", level=2600
    )
    assert params_from_record({"n_days": "many"}) == BreakoutParams()
    assert params_from_record({"hold_sessions": True}) == BreakoutParams()


def _session(equity_days: int, crypto_days: int, crypto="BTC/USDT") -> Session:
    equity = series_for(
        CATALOGUE.resolve("^RUT"), synthetic_frame("2019-01-01", equity_days, True), True
    )
    coin = series_for(
        CATALOGUE.resolve(crypto), synthetic_frame("2019-01-01", crypto_days, False), True
    )
    return Session(equity, [coin], "cache")


def test_a_session_that_only_adds_bars_keeps_the_dates_in_view():
    shown = _session(500, 700)
    assert keeps_visible_range(shown, _session(505, 707))
    assert keeps_visible_range(shown, _session(500, 700))
    assert not keeps_visible_range(None, shown)
    assert not keeps_visible_range(shown, _session(505, 707, crypto="ETH/USDT"))
    assert not keeps_visible_range(shown, _session(400, 707))  # ends earlier
    later_start = _session(500, 700)
    later_start.crypto[0].frame = later_start.crypto[0].frame.iloc[10:]
    assert not keeps_visible_range(shown, later_start)
