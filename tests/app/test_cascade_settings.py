"""The cascade's chain is saved with the settings and read back; a bad value is ignored."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app.settings import SettingsStore
from models.cascade.stages import DEFAULT_CHAIN, invert_stage, parse_chain


def _store(path) -> SettingsStore:
    return SettingsStore(QSettings(str(path), QSettings.Format.IniFormat))


def test_the_chain_round_trips_through_the_settings_file(tmp_path):
    path = tmp_path / "s.ini"
    assert _store(path).cascade_chain() == DEFAULT_CHAIN
    chain = invert_stage(parse_chain("NETLIQ, FRED:DGS10, basket(SOL-USD, ADA-USD), ^RUT"), 1)
    _store(path).save_cascade_chain(chain)
    assert _store(path).cascade_chain() == chain
    assert "-FRED:DGS10" in path.read_text()


def test_an_unreadable_chain_falls_back_to_the_default(tmp_path):
    path = tmp_path / "s.ini"
    q = QSettings(str(path), QSettings.Format.IniFormat)
    for bad in ("not json", '["NETLIQ"]', '{"a": 1}', '["A", "A"]'):
        q.setValue("cascade/stages", bad)
        q.sync()
        assert _store(path).cascade_chain() == DEFAULT_CHAIN
