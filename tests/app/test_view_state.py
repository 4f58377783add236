"""ViewStateOwner: one owner of what the user looks at; each change announced once; the
settings written when the persisted part changes (debounced), not only on close."""

from __future__ import annotations

import pandas as pd
import pytest
from PySide6.QtCore import QSettings

from app.settings import SettingsStore
from app.view_state import ViewStateOwner
from models.analysis.breakout_params import BreakoutParams
from models.session.view_state import ViewState


class CountingStore(SettingsStore):
    """A real INI-backed store that counts its writes."""

    def __init__(self, path) -> None:
        super().__init__(QSettings(str(path), QSettings.Format.IniFormat))
        self.saves: list[ViewState] = []

    def save(self, state: ViewState) -> None:
        self.saves.append(state)
        super().save(state)


def _signals(owner: ViewStateOwner) -> list[tuple]:
    seen: list[tuple] = []
    for name in (
        "lag_changed",
        "scale_changed",
        "pane_visibility_changed",
        "selection_changed",
        "visible_range_changed",
        "changed",
    ):
        getattr(owner, name).connect(lambda *args, n=name: seen.append((n, *args)))
    return seen


def test_a_change_is_announced_once_and_a_repeat_not_at_all(qtbot):
    owner = ViewStateOwner(ViewState(lag_days=0))
    seen = _signals(owner)
    owner.set_lag(400)  # beyond the slider's reach: clamped
    owner.set_lag(365)
    assert owner.state.lag_days == 365
    assert seen == [("lag_changed", 365), ("changed", owner.state)]


def test_every_part_has_one_setter_and_one_signal(qtbot):
    owner = ViewStateOwner(ViewState())
    seen = _signals(owner)
    owner.set_scale("percent")
    owner.set_pane_visible("volume", False)
    owner.set_selection("IWM", ["ETH/USDT"])
    owner.set_exchange("kraken")
    owner.set_visible_range("2020-01-06", "2021-03-01")
    names = [s[0] for s in seen if s[0] != "changed"]
    assert names == [
        "scale_changed",
        "pane_visibility_changed",
        "selection_changed",
        "selection_changed",
        "visible_range_changed",
    ]
    state = owner.state
    assert state.scale == "percent" and not state.pane_shown("volume")
    assert (state.equity, state.crypto, state.exchange) == ("IWM", ("ETH/USDT",), "kraken")
    assert state.visible == (pd.Timestamp("2020-01-06"), pd.Timestamp("2021-03-01"))
    assert ("selection_changed", "IWM", ["ETH/USDT"], "kraken") in seen


def test_unknown_names_are_refused(qtbot):
    owner = ViewStateOwner(ViewState())
    for call in (
        lambda: owner.set_scale("banana"),
        lambda: owner.set_equity_style("bars"),
        lambda: owner.set_theme("neon"),
        lambda: owner.set_pane_visible("nonsense", True),
    ):
        with pytest.raises(ValueError, match="unknown"):
            call()
    assert owner.state == ViewState()


def test_settings_are_written_when_the_state_rests_not_per_step(qtbot, tmp_path):
    store = CountingStore(tmp_path / "s.ini")
    owner = ViewStateOwner(ViewState(), store, save_delay_ms=50)
    for lag in range(1, 31):  # a slider drag
        owner.set_lag(lag)
    owner.set_params(BreakoutParams(rule="level", level=2000.0))
    assert store.saves == []
    qtbot.waitUntil(lambda: len(store.saves) == 1, timeout=2000)
    qtbot.wait(120)
    assert len(store.saves) == 1
    # written to the file, without the window closing
    again = SettingsStore(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    loaded = again.load()
    assert loaded.lag_days == 30 and loaded.params.level == 2000.0


def test_the_dates_in_view_change_no_settings(qtbot, tmp_path):
    store = CountingStore(tmp_path / "s.ini")
    owner = ViewStateOwner(ViewState(), store, save_delay_ms=20)
    owner.set_visible_range("2020-01-01", "2020-06-01")
    qtbot.wait(80)
    owner.flush()
    assert store.saves == []


def test_flush_writes_a_pending_change_at_once(qtbot, tmp_path):
    store = CountingStore(tmp_path / "s.ini")
    owner = ViewStateOwner(ViewState(), store, save_delay_ms=60_000)
    owner.set_theme("dark")
    owner.flush()
    assert [s.theme for s in store.saves] == ["dark"]
    owner.flush()  # nothing new: no second write
    assert len(store.saves) == 1
