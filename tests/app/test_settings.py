"""SettingsStore: the persisted view state round-trips through an INI file, bad values fall
back safely, and the window layout is kept."""

from __future__ import annotations

import os

import pandas as pd
from PySide6.QtCore import QByteArray, QSettings

from app.settings import SETTINGS_ENV, SettingsStore, open_qsettings
from models.analysis.breakout_params import BreakoutParams
from models.session.view_state import ViewState


def _store(path) -> SettingsStore:
    return SettingsStore(QSettings(str(path), QSettings.Format.IniFormat))


def test_every_persisted_field_round_trips(tmp_path):
    chosen = ViewState(
        equity="IWM",
        crypto=("ETH/USDT", "SOL/USDT@kraken"),
        exchange="kraken",
        statistics_target="SOL/USDT@kraken",
        lag_days=-42,
        scale="percent",
        log_axis="on",
        equity_style="line",
        equity_log=True,
        panes=("equity", "crypto"),
        theme="dark",
        params=BreakoutParams(rule="n_day_high", n_days=250, min_pct=1.5, level=2600.0),
    )
    _store(tmp_path / "s.ini").save(chosen)
    # a fresh QSettings proves the values came from the file, not from memory
    assert _store(tmp_path / "s.ini").load() == chosen


def test_the_dates_in_view_are_not_persisted(tmp_path):
    span = (pd.Timestamp("2020-01-06"), pd.Timestamp("2021-03-01"))
    _store(tmp_path / "s.ini").save(ViewState(lag_days=7, visible=span))
    loaded = _store(tmp_path / "s.ini").load()
    assert loaded.visible is None and loaded.lag_days == 7


def test_missing_file_gives_defaults(tmp_path):
    assert _store(tmp_path / "none.ini").load() == ViewState()


def test_out_of_range_and_garbage_values_fall_back(tmp_path):
    path = tmp_path / "bad.ini"
    raw = QSettings(str(path), QSettings.Format.IniFormat)
    raw.setValue("session/lag_days", 9999)
    raw.setValue("chart/scale", "banana")
    raw.setValue("ui/theme", "neon")
    raw.setValue("session/crypto", "{not json")
    raw.setValue("panes/volume", "false")
    raw.setValue("detector/params", '{"rule": "level", "n_days": "many"}')
    raw.sync()
    loaded = _store(path).load()
    assert loaded.lag_days == 365
    assert loaded.scale == "index"
    assert loaded.theme == "light"
    assert loaded.crypto == ViewState().crypto
    assert loaded.panes_shown()["volume"] is False
    assert loaded.params == BreakoutParams()


def test_newer_schema_is_not_trusted(tmp_path):
    path = tmp_path / "future.ini"
    raw = QSettings(str(path), QSettings.Format.IniFormat)
    raw.setValue("schema_version", 99)
    raw.setValue("ui/theme", "dark")
    raw.sync()
    assert _store(path).load().theme == "light"


def test_window_layout_round_trips(tmp_path):
    store = _store(tmp_path / "w.ini")
    assert store.window_layout() == (None, None)
    store.save_window(QByteArray(b"\x01geometry\x00"), QByteArray(b"\x02state"))
    geometry, state = _store(tmp_path / "w.ini").window_layout()
    assert bytes(geometry) == b"\x01geometry\x00"
    assert bytes(state) == b"\x02state"


def test_environment_variable_selects_the_ini_file():
    qs = open_qsettings()
    assert qs.fileName() == os.environ[SETTINGS_ENV]
    assert qs.format() == QSettings.Format.IniFormat


def _tampered(path, **values) -> None:
    raw = QSettings(str(path), QSettings.Format.IniFormat)
    for key, value in values.items():
        raw.setValue(key.replace("__", "/"), value)
    raw.sync()


def test_a_tampered_settings_file_falls_back_key_by_key_and_names_each_key(tmp_path):
    """Issue 10, defect 7: crypto=[1, 2, null] stopped the app, rule "bogus" or n_days -5
    blanked the chart on every start, equity ../../etc/passwd left an empty window."""
    path = tmp_path / "tampered.ini"
    _tampered(
        path,
        session__crypto="[1, 2, null]",
        session__equity="../../etc/passwd",
        session__exchange="x" * 300,
        session__lag_days="abc",
        chart__scale="banana",
        detector__params='{"rule": "bogus", "n_days": -5, "min_pct": 2.5}',
    )
    store = _store(path)
    loaded = store.load()
    default = ViewState()
    assert loaded.crypto == default.crypto and loaded.equity == default.equity
    assert loaded.exchange == "" and loaded.lag_days == 0 and loaded.scale == "index"
    assert loaded.params == BreakoutParams(min_pct=2.5)  # the sound field is kept
    assert sorted(store.resets) == sorted(
        [
            "session/crypto",
            "session/equity",
            "session/exchange",
            "session/lag_days",
            "chart/scale",
            "detector/params.rule",
            "detector/params.n_days",
        ]
    )


def test_n_days_as_text_and_a_level_rule_without_a_level_fall_back(tmp_path):
    path = tmp_path / "t.ini"
    _tampered(path, detector__params='{"rule": "level", "n_days": "abc"}')
    store = _store(path)
    assert store.load().params == BreakoutParams()
    assert sorted(store.resets) == ["detector/params.n_days", "detector/params.rule"]


def test_a_sound_file_resets_nothing(tmp_path):
    store = _store(tmp_path / "s.ini")
    store.save(ViewState(crypto=("SOL/USDT@kraken",), lag_days=-30))
    assert store.load().crypto == ("SOL/USDT@kraken",) and store.resets == []


def test_the_window_says_which_settings_were_reset(qtbot, make_window):
    """The status bar names the keys that fell back (issue 10, defect 7)."""
    from tests.app.fakes import synthetic_frame

    _tampered(os.environ[SETTINGS_ENV], session__equity="../../etc/passwd")
    cached = {
        "^RUT": synthetic_frame("2020-01-01", 300, True),
        "BTC/USDT": synthetic_frame("2020-01-01", 420, False),
        "ETH/USDT": synthetic_frame("2020-01-01", 420, False, seed=2),
    }
    window = make_window(cached)
    qtbot.waitUntil(lambda: any("session/equity" in e for e in window.status.errors()))
    qtbot.waitUntil(lambda: window.data.session is not None)
    assert window.data.session.equity.instrument.symbol == "^RUT"


def test_settings_written_before_the_log_axis_switch_read_as_price_on_a_log_axis(tmp_path):
    _store(tmp_path / "s.ini").save(ViewState())
    older = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    older.setValue("chart/scale", "log")  # what a version before the log switch wrote
    older.remove("chart/log_axis")
    older.sync()
    loaded = _store(tmp_path / "s.ini").load()
    assert (loaded.scale, loaded.log_axis) == ("price", "on")
    assert ViewState().log_axis == "auto"  # the default: log only when the view spans 10x


def test_file_dialogs_remember_their_folder(tmp_path):
    store = _store(tmp_path / "s.ini")
    assert store.folder("export") == ""
    store.save_folder("export", str(tmp_path))
    assert _store(tmp_path / "s.ini").folder("export") == str(tmp_path)
    assert _store(tmp_path / "s.ini").folder("import") == ""
