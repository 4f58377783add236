"""Issue 11's rules without a screen: the log axis and when "auto" picks it, colours that
follow the symbol, the equity charted alone, range presets and Fit's span, the caption
in another language, export file names, and the data CSV's lagged head."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
import pandas as pd
import pytest

import models.session.prepared as analysis
from models.analysis.breakouts import BreakoutParams
from models.market.instruments import load_catalogue
from models.records.caption import PHRASES, CaptionWords, caption_lines
from models.records.data_export import aligned_table
from models.records.file_names import export_stem, symbol_part
from models.records.snapshot import ExportSnapshot, complete_statistics
from models.session import scales
from models.session.session import LoadOutcome, Selection, Session
from models.session.view_ranges import preset_span
from models.session.view_state import ViewState
from models.vocabulary import KNOWN_SERIES_COLOURS, series_asset, series_colours
from tests.app.fakes import series_for, synthetic_frame

CATALOGUE = load_catalogue()
WHEN = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)


def _series(symbol: str, start: str, days: int, weekdays: bool, seed: int, growth=0.0):
    frame = synthetic_frame(start, days, weekdays, seed=seed)
    if growth:
        trend = np.exp(np.linspace(0.0, growth, len(frame)))
        frame[["open", "high", "low", "close"]] = frame[["open", "high", "low", "close"]].mul(
            trend, axis=0
        )
    return series_for(CATALOGUE.resolve(symbol), frame, True)


def _prepared(*crypto, equity_days=1500):
    equity = _series("^RUT", "2018-01-01", equity_days, True, 3)
    return analysis.prepare(Session(equity, list(crypto), "cache"), BreakoutParams())


# --- 1. scales that read --------------------------------------------------------------


def test_auto_log_axis_turns_on_past_a_tenfold_range_only():
    assert scales.log_axis_shown("auto", (100.0, 1001.0)) is True
    assert scales.log_axis_shown("auto", (100.0, 999.0)) is False
    assert scales.log_axis_shown("on", (100.0, 101.0)) is True
    assert scales.log_axis_shown("off", (1.0, 1e6)) is False
    assert scales.log_axis_shown("on", (-5.0, 10.0)) is False  # a log axis cannot hold it
    with pytest.raises(ValueError):
        scales.log_axis_shown("sometimes", (1.0, 2.0))


def test_the_values_in_view_decide_the_axis():
    # a coin that rises 60-fold over the data, flat over its first months
    rocket = _series("ETH/USDT", "2018-01-01", 2000, False, 5, growth=np.log(60))
    prepared = _prepared(rocket)
    anchor = scales.common_anchor(prepared, 0)
    whole = scales.drawn_range(prepared, "index", anchor, 0, "2018-01-01", "2023-06-01")
    assert whole[1] / whole[0] > 10 and scales.log_axis_shown("auto", whole)
    first_months = scales.drawn_range(prepared, "index", anchor, 0, "2018-01-01", "2018-03-01")
    assert not scales.log_axis_shown("auto", first_months)
    # percent is read as 100 + percent: -50%..+900% spans 20x
    percent = scales.drawn_range(prepared, "percent", anchor, 0, "2018-01-01", "2023-06-01")
    assert percent[0] > 0


def test_settings_and_snapshots_carry_the_log_axis_choice():
    assert ViewState(scale="log").cleaned().scale == "price"
    assert ViewState(scale="log").cleaned().log_axis == "on"
    assert ViewState(log_axis="maybe").cleaned().log_axis == "auto"


def test_colours_follow_the_symbol_not_the_list_position():
    alone = series_colours(["ETH/USDT"])
    with_btc = series_colours(["BTC/USDT", "ETH/USDT", "SOL/USDT"])
    assert alone["ETH/USDT"] == with_btc["ETH/USDT"] == KNOWN_SERIES_COLOURS["ETH"]
    assert with_btc["BTC/USDT"] == "#f7931a"  # bitcoin orange
    assert (
        series_colours(["DOGE/USDT"])["DOGE/USDT"]
        == series_colours(["BTC/USDT", "DOGE/USDT"])["DOGE/USDT"]
    )
    # the same coin twice (two quotes) is told apart
    both = series_colours(["BTC/USDT", "BTC-USD"])
    assert both["BTC/USDT"] != both["BTC-USD"]
    assert series_asset("DEMO BTC/USDT@kraken") == "BTC" and series_asset("ETH/BTC") == "ETH/BTC"


def test_prepared_overlays_take_their_symbol_colours():
    eth = _series("ETH/USDT", "2018-01-01", 1500, False, 5)
    btc = _series("BTC/USDT", "2018-01-01", 1500, False, 6)
    first = {o.key: o.colour for o in _prepared(eth).overlays}
    both = {o.key: o.colour for o in _prepared(btc, eth).overlays}
    assert first["ETH/USDT"] == both["ETH/USDT"]


# --- 4. any subset draws ---------------------------------------------------------------


def test_the_equity_alone_is_a_session_and_prepares_without_statistics():
    rut = CATALOGUE.resolve("^RUT")
    btc = CATALOGUE.resolve("BTC/USDT")
    equity = _series("^RUT", "2018-01-01", 1500, True, 3)
    outcome = LoadOutcome(Selection(rut, (btc,)), {rut: equity})
    session = outcome.session("cache")
    assert session is not None and session.crypto == []
    assert LoadOutcome(Selection(rut, (btc,)), {}).session("cache") is None  # no equity
    prepared = analysis.prepare(session, BreakoutParams())
    assert prepared.primary_key is None and prepared.stats is None and prepared.overlays == []
    assert prepared.breakouts is not None
    assert analysis.cross_correlation_for(prepared) is None
    snap = complete_statistics(
        ExportSnapshot(session, prepared, 0, "index", BreakoutParams(), prepared.breakouts)
    )
    text = "\n".join(line.text for line in caption_lines(snap, WHEN))
    assert "^RUT" in text and " vs " not in text
    assert len(aligned_table(snap)) == equity.rows  # the equity's closes, no crypto columns


# --- 6. ranges and Fit ---------------------------------------------------------------


def test_range_presets_end_at_the_last_bar_and_the_cycle_surrounds_its_breakout():
    btc = _series("BTC/USDT", "2019-06-01", 1200, False, 6)
    prepared = _prepared(btc)
    last = max(s.last for s in prepared.session.series)
    start, end = preset_span(prepared, "1y")
    assert (end - last).days == 10 and 360 <= (last - start).days <= 366
    start, _end = preset_span(prepared, "all")
    assert start < prepared.session.equity.first
    event = type("Event", (), {"date": pd.Timestamp("2020-03-02")})()
    start, end = preset_span(prepared, "cycle", event)
    assert start < event.date < end and (end - start).days > 365
    with pytest.raises(ValueError):
        preset_span(prepared, "cycle")
    with pytest.raises(ValueError):
        preset_span(prepared, "2y")


def test_fit_opens_where_equity_and_crypto_overlap_not_on_the_whole_history():
    btc = _series("BTC/USDT", "2021-01-01", 500, False, 6)
    prepared = _prepared(btc, equity_days=2500)  # the equity from 2018
    start, _end = analysis.overlap_span(prepared)
    assert start > pd.Timestamp("2020-11-01")


# --- 7. file names, the data CSV's head ---------------------------------------------------


def test_export_files_are_named_from_the_symbols_the_lag_and_the_last_bar():
    eth = _series("ETH/USDT", "2019-01-01", 800, False, 5)
    btc = _series("BTC/USDT", "2019-01-01", 800, False, 6)
    equity = _series("^RUT", "2019-01-01", 500, True, 3)
    session = Session(equity, [btc, eth], "cache")
    last = max(s.last for s in session.series)
    assert export_stem(session, 45) == f"rut-btc-eth_lag45_{last:%Y-%m-%d}"
    assert export_stem(session, -30).split("_")[1] == "lag-30"
    assert symbol_part("BTC/USDT@kraken") == "btc" and symbol_part("ETH-USD") == "eth"


def test_the_data_csv_holds_the_first_lag_days_the_chart_draws():
    btc = _series("BTC/USDT", "2019-06-03", 600, False, 6)
    prepared = _prepared(btc)
    snap = ExportSnapshot(prepared.session, prepared, 45, "index", BreakoutParams(), None)
    table = aligned_table(snap)
    column = "BTC/USDT close at t+45d"
    first_drawn = table[column].first_valid_index()
    # crypto of 2019-06-03 is drawn 45 days earlier: those sessions are in the file
    assert first_drawn < pd.Timestamp("2019-06-03")
    assert (pd.Timestamp("2019-06-03") - first_drawn).days <= 47
    assert table.loc[first_drawn, "lag date"] >= "2019-06-03"


# --- 8. the caption in another language ---------------------------------------------------


def test_the_caption_is_built_from_phrases_a_caller_translates():
    btc = _series("BTC/USDT", "2019-01-01", 1200, False, 6)
    prepared = _prepared(btc)
    snap = complete_statistics(
        ExportSnapshot(
            prepared.session, prepared, 20, "index", BreakoutParams(), prepared.breakouts
        )
    )
    marked = {key: "~" + text for key, text in PHRASES.items()}  # a "translation"
    words = CaptionWords(marked, number=lambda v, d: f"{v:.{d}f}".replace(".", ","))
    lines = [line.text for line in caption_lines(snap, WHEN, words)]
    assert lines[-1].startswith("~Last bar:") and "~Not financial advice." in lines[-1]
    assert "~log axis" in lines[2] or "~linear axis" in lines[2]  # the axis is stated
    assert "," in lines[4] and "N = " in lines[4]  # numbers in the caller's format
    english = [line.text for line in caption_lines(snap, WHEN)]
    assert english[2].startswith("Lag +20 days") and "axis" in english[2]
