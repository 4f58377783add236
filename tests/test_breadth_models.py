"""The breadth index in the Qt-free core of the window: drawn apart from the coins,
still a statistics target, shown in pictures that chart it; and when a target is judged."""

from __future__ import annotations

import pandas as pd
import pytest

from models.analysis.breakouts import BreakoutParams
from models.derived.series import derive
from models.derived.time_to_target import time_to_target
from models.market.instruments import load_catalogue
from models.records.snapshot import panes_for
from models.session import scales
from models.session.prepared import prepare
from models.session.session import Session
from models.vocabulary import DEFAULT_PANES, PANES
from tests.app.fakes import series_for, synthetic_frame

CATALOGUE = load_catalogue()
SEASON = "altseason(ETH-USD, SOL-USD, XRP-USD)"


def _loaded(*symbols: str, start="2019-01-01") -> dict:
    out = {}
    for seed, symbol in enumerate(symbols, 2):
        instrument = CATALOGUE.resolve(symbol)
        frame = synthetic_frame(start, 900, not instrument.is_crypto, seed=seed)
        out[instrument] = series_for(instrument, frame, True)
    return out


def _session(*texts: str) -> Session:
    loaded = _loaded("^RUT", "BTC-USD", "ETH-USD", "SOL-USD", "XRP-USD", start="2018-01-01")
    crypto = []
    for text in texts:
        instrument = CATALOGUE.resolve(text)
        crypto.append(derive(instrument, loaded) if instrument.is_derived else loaded[instrument])
    equity = loaded[CATALOGUE.resolve("^RUT")]
    return Session(equity, crypto, "cache")


@pytest.mark.parametrize(
    ("text", "breadth"),
    [("altseason", True), ("altseason(window=60)", True), (SEASON, True),
     ("ETH-USD / BTC-USD", False), ("basket(SOL-USD, XRP-USD)", False), ("BTC-USD", False)],
)  # fmt: skip
def test_only_the_altseason_index_is_a_breadth_index(text, breadth):
    assert CATALOGUE.resolve(text).is_breadth is breadth


def test_a_breadth_index_is_drawn_apart_from_the_coins_and_can_be_the_target():
    session = _session("BTC-USD", SEASON)
    prepared = prepare(session, BreakoutParams(), target=SEASON)
    assert [o.key for o in prepared.overlays] == ["BTC-USD"]
    assert [o.key for o in prepared.breadth] == [SEASON]
    assert prepared.primary_key == SEASON and set(prepared.pairs) == {"BTC-USD", SEASON}
    # no scale, anchor or log axis of the coins' pane looks at the index: it starts 90 days
    # later than BTC, and the lines are anchored where BTC starts
    index_start = prepared.breadth[0].dates[0]
    assert scales.common_anchor(prepared, 0) < index_start
    assert set(scales.scaled_values(prepared, "index", prepared.anchor_date)) == {"BTC-USD"}


def test_a_picture_shows_the_breadth_pane_when_an_index_is_charted():
    plain = prepare(_session("BTC-USD"), BreakoutParams())
    season = prepare(_session("BTC-USD", SEASON), BreakoutParams())
    assert panes_for(plain) == {p: p in DEFAULT_PANES for p in PANES}
    assert panes_for(season) == dict.fromkeys(PANES, True)


def test_time_to_target_says_from_when_to_when_the_target_can_be_judged():
    session = _session(SEASON)
    index = session.crypto[0]
    events = [type("E", (), {"date": pd.Timestamp("2019-06-03"), "confirmed": True})()]
    result = time_to_target(index, events)
    # the index is judged where 8 alts count: never with three
    assert result.judged is None and not result.cycles[0].studied
    coin = _loaded("BTC-USD")[CATALOGUE.resolve("BTC-USD")]  # judged from its 90th day
    plain = time_to_target(coin, events)
    first = coin.frame.index[0] + pd.Timedelta(days=89)
    assert plain.judged == (first, coin.frame.index[-1])


def test_a_return_from_an_index_at_zero_is_undefined_not_infinite():
    from models.session.prepared import lag_returns

    prepared = prepare(_session(SEASON), BreakoutParams(), target=SEASON)
    index = prepared.session.crypto[0].frame["close"]
    zero = index[index == 0].index[0]
    after = index[(index.index > zero) & (index > 0)].index[0]
    lag = int((after - zero).days)
    event = type("E", (), {"date": zero})()
    returns = lag_returns(prepared, [event], lag)
    assert returns.isna().all()  # n/a in the breakout table, never "+inf%"
    before = index[(index.index < zero) & (index > 0)].index[-1]
    down = lag_returns(prepared, [type("E", (), {"date": before})()], int((zero - before).days))
    assert down.iloc[0] == pytest.approx(-1.0)  # down to 0 is -100%, a real figure
