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
