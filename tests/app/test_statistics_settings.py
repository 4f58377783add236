"""The window's statistics choices in the view state and the settings: the lag window
searched, the CCF's sampling and the event study's headline horizon are set through the
owner (checked, announced once), persisted, and read back safely."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from app.settings import SettingsStore
from app.view_state import ViewStateOwner
from models.analysis.lag_window import ALL_LAGS, LEAD_30_90, LagWindow
from models.session.view_state import ViewState


def _store(path) -> SettingsStore:
    return SettingsStore(QSettings(str(path), QSettings.Format.IniFormat))


def test_the_owner_sets_and_announces_the_window_sampling_and_horizon(qapp):
    owner = ViewStateOwner(ViewState())
    seen = []
    owner.lag_window_changed.connect(lambda w: seen.append(("window", w)))
    owner.sampling_changed.connect(lambda s: seen.append(("sampling", s)))
    owner.headline_horizon_changed.connect(lambda h: seen.append(("horizon", h)))
    owner.set_lag_window(30, 90)
    owner.set_lag_window(30, 90)  # no change, no signal
    owner.set_lag_window(400, -500)  # clamped to the slider's reach, in order: all lags
    owner.set_sampling("weekly")
    owner.set_headline_horizon(180)
    assert seen == [
        ("window", LEAD_30_90),
        ("window", ALL_LAGS),
        ("sampling", "weekly"),
        ("horizon", 180),
    ]
    owner.set_lag_window(-20, 45)
    assert owner.state.lag_window == LagWindow(-20, 45)
    with pytest.raises(ValueError):
        owner.set_sampling("hourly")
    with pytest.raises(ValueError):
        owner.set_headline_horizon(77)  # the horizons the study shows, nothing else
    owner.deleteLater()


def test_the_choices_are_persisted_and_read_back(tmp_path):
    chosen = ViewState(lag_window=LagWindow(-20, 45), sampling="weekly", headline_horizon=60)
    _store(tmp_path / "s.ini").save(chosen)
    loaded = _store(tmp_path / "s.ini").load()
    assert loaded.lag_window == LagWindow(-20, 45)
    assert (loaded.sampling, loaded.headline_horizon) == ("weekly", 60)
    _store(tmp_path / "p.ini").save(ViewState(lag_window=LEAD_30_90))
    assert _store(tmp_path / "p.ini").load().lag_window == LEAD_30_90  # named again


def test_garbage_in_the_file_falls_back_to_the_defaults(tmp_path):
    path = tmp_path / "bad.ini"
    raw = QSettings(str(path), QSettings.Format.IniFormat)
    raw.setValue("statistics/lag_window_min", "soon")
    raw.setValue("statistics/lag_window_max", 9999)
    raw.setValue("statistics/sampling", "hourly")
    raw.setValue("statistics/headline_horizon", -3)
    raw.sync()
    store = _store(path)
    loaded = store.load()
    assert loaded.lag_window == ALL_LAGS  # each unreadable end falls back to all lags'
    assert {
        "statistics/lag_window_min",
        "statistics/lag_window_max",
        "statistics/sampling",
        "statistics/headline_horizon",
    } <= set(store.resets)  # and the status bar can say so
    assert (loaded.sampling, loaded.headline_horizon) == ("daily", 90)
