"""SettingsStore: every field round-trips through an INI file, bad values fall back safely."""

from __future__ import annotations

import os

from PySide6.QtCore import QByteArray, QSettings

from app.settings import SETTINGS_ENV, AppSettings, SettingsStore, open_qsettings


def _store(path) -> SettingsStore:
    return SettingsStore(QSettings(str(path), QSettings.Format.IniFormat))


def test_every_field_round_trips(tmp_path):
    chosen = AppSettings(
        equity="IWM",
        crypto=["ETH/USDT", "SOL/USDT@kraken"],
        exchange="kraken",
        lag_days=-42,
        scale="log",
        equity_style="line",
        equity_log=True,
        theme="dark",
        detector={"rule": "n_day_high", "n_days": 250, "min_pct": 1.5},
        panes={"equity": True, "volume": False, "crypto": True, "correlation": False},
    )
    _store(tmp_path / "s.ini").save(chosen)
    # a fresh QSettings proves the values came from the file, not from memory
    assert _store(tmp_path / "s.ini").load() == chosen


def test_missing_file_gives_defaults(tmp_path):
    assert _store(tmp_path / "none.ini").load() == AppSettings()


def test_out_of_range_and_garbage_values_fall_back(tmp_path):
    path = tmp_path / "bad.ini"
    raw = QSettings(str(path), QSettings.Format.IniFormat)
    raw.setValue("session/lag_days", 9999)
    raw.setValue("chart/scale", "banana")
    raw.setValue("ui/theme", "neon")
    raw.setValue("session/crypto", "{not json")
    raw.setValue("panes/volume", "false")
    raw.sync()
    loaded = _store(path).load()
    assert loaded.lag_days == 365
    assert loaded.scale == "index"
    assert loaded.theme == "light"
    assert loaded.crypto == AppSettings().crypto
    assert loaded.panes["volume"] is False


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
