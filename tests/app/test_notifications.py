"""Notifications: a refresh that finds a new breakout notifies once (status line and
desktop), the same refresh again does not, switched off does not, a changed verdict does;
without a tray only the status line says it; the switches' settings round trip, bad values
reset and named; the periodic refresh's timer."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QObject, QSettings, Signal

from app.notifications import CHANNEL, BreakoutNotifications
from app.refresh_timer import MINUTE_MS, PeriodicRefresh
from app.settings import NOTIFY_KEY, REFRESH_KEY, NotificationChoice, SettingsStore
from models.analysis.breakout_params import BreakoutParams
from models.session.loading.demo import demo_session
from models.session.prepared import session_breakouts
from tests.app.evidence_rig import drain, market, rig
from tests.app.widget_doubles import NotifierDouble, SpecRecorder
from tests.test_watch import _series
from widgets.protocols import StatusNoticeView


class FakeData(QObject):
    """``DataController``'s part the notifications and the timer use."""

    session_loaded = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.offline = False
        self.refreshed = 0

    def refresh(self) -> None:
        self.refreshed += 1


def _cut(session, day):
    """``session`` as a cache that ends on ``day`` held it."""
    equity = replace(session.equity, frame=session.equity.frame.loc[:day])
    crypto = [replace(s, frame=s.frame.loc[:day]) for s in session.crypto]
    return replace(session, equity=equity, crypto=crypto)


@pytest.fixture
def rigs(qtbot, tmp_path):
    made = []

    def build(available=True, choice=None):
        r = rig()
        r.store = SettingsStore(
            QSettings(str(tmp_path / f"s{len(made)}.ini"), QSettings.Format.IniFormat)
        )
        if choice is not None:
            r.store.save_notification_choice(choice)
        r.data, r.status, r.notifier = (
            FakeData(),
            SpecRecorder(StatusNoticeView),
            NotifierDouble(available),
        )
        r.n = BreakoutNotifications(r.data, r.w, r.view, r.store, r.status, r.notifier)
        r.found = []
        r.n.changes_found.connect(r.found.append)
        made.append(r)
        return r

    yield build
    for r in made:
        drain(r)


def _load(qtbot, r, session) -> None:
    r.data.session_loaded.emit(session)
    qtbot.waitUntil(lambda: not r.w.is_busy(CHANNEL), timeout=20_000)
    qtbot.wait(20)


@pytest.fixture(scope="module")
def history():
    session = market(cycles=3)
    last = session_breakouts(session, BreakoutParams()).events[-1]
    sessions = session.equity.frame.index
    at = sessions.get_loc(last.date)
    return SimpleNamespace(
        full=session,
        before=_cut(session, sessions[at - 1]),  # the day before the last breakout
        pending=_cut(session, sessions[at + 2]),  # two sessions into its hold
        last=last,
    )


def test_a_new_breakout_notifies_once(qtbot, rigs, history):
    r = rigs()
    _load(qtbot, r, history.before)  # what the window showed
    assert r.found == [] and r.status.calls == []
    _load(qtbot, r, history.full)  # the refresh brings the breakout
    assert len(r.found) == 1
    news = [c for c in r.found[0] if c.rule == "ath_drought"]
    assert [(c.date, c.kind) for c in news] == [(history.last.date, "new")]
    said = r.status.last("show_notice")[0]
    assert f"New breakout (ATH after drought) on {history.last.date:%Y-%m-%d}: Held" in said
    title, text = r.notifier.last("show_message")
    assert "breakouts" in title and text == said.replace("; ", "\n")
    _load(qtbot, r, history.full)  # the same refresh again: nothing new
    assert len(r.found) == 1 and r.notifier.count("show_message") == 1


def test_a_changed_verdict_notifies(qtbot, rigs, history):
    r = rigs()
    _load(qtbot, r, history.pending)
    _load(qtbot, r, history.full)
    changed = [c for c in r.found[0] if c.date == history.last.date and c.rule == "ath_drought"]
    assert [(c.kind, c.before, c.verdict) for c in changed] == [("changed", "pending", "held")]
    assert "now Held, was Pending" in r.status.last("show_notice")[0]


def test_switched_off_nothing_is_said(qtbot, rigs, history):
    r = rigs(choice=NotificationChoice(notify=False))
    assert r.n.choice.notify is False
    _load(qtbot, r, history.before)
    _load(qtbot, r, history.full)
    assert r.found == [] and r.status.calls == [] and r.notifier.calls == []


def test_without_a_tray_only_the_status_line_says_it(qtbot, rigs, history):
    r = rigs(available=False)
    _load(qtbot, r, history.before)
    _load(qtbot, r, history.full)
    assert r.status.count("show_notice") == 1
    assert r.notifier.names() == ["is_available"]


def test_new_rules_are_compared_with_the_shown_session_judged_under_them(qtbot, rigs, history):
    r = rigs()
    _load(qtbot, r, history.before)
    r.view.set_params(replace(BreakoutParams(), drought_sessions=250))  # judged again
    qtbot.waitUntil(lambda: not r.w.is_busy(CHANNEL), timeout=20_000)
    _load(qtbot, r, history.full)
    cut = history.before.equity.frame.index[-1]
    assert r.found and all(c.kind == "new" and c.date > cut for c in r.found[0])


def test_another_equity_or_demo_data_is_not_compared(qtbot, rigs, history):
    r = rigs()
    _load(qtbot, r, history.before)
    spy = replace(history.full, equity=_series("SPY", history.full.equity.frame))
    _load(qtbot, r, spy)  # another equity: only sets what is shown
    assert r.found == []
    _load(qtbot, r, demo_session())  # demo data: nothing compared, and it forgets
    _load(qtbot, r, history.full)
    assert r.found == []


def test_the_switches_round_trip_and_bad_values_reset(tmp_path):
    path = str(tmp_path / "settings.ini")
    store = SettingsStore(QSettings(path, QSettings.Format.IniFormat))
    assert store.notification_choice() == NotificationChoice(True, 0) and store.resets == []
    store.save_notification_choice(NotificationChoice(False, 60))
    again = SettingsStore(QSettings(path, QSettings.Format.IniFormat))
    assert again.notification_choice() == NotificationChoice(False, 60)
    raw = QSettings(path, QSettings.Format.IniFormat)
    raw.setValue(NOTIFY_KEY, "perhaps")
    raw.setValue(REFRESH_KEY, 7)
    raw.sync()
    bad = SettingsStore(QSettings(path, QSettings.Format.IniFormat))
    assert bad.notification_choice() == NotificationChoice()
    assert bad.resets == [NOTIFY_KEY, REFRESH_KEY]


def test_the_choice_is_saved_when_switched(qtbot, rigs):
    r = rigs()
    chosen = []
    r.n.choice_changed.connect(chosen.append)
    r.n.set_refresh_minutes(15)
    r.n.set_notify(False)
    assert chosen == [NotificationChoice(True, 15), NotificationChoice(False, 15)]
    assert r.store.notification_choice() == NotificationChoice(False, 15)


def test_the_periodic_refresh_ticks_only_when_online_and_idle(qtbot):
    r = rig()
    data = FakeData()
    timer = PeriodicRefresh(data, r.w)
    assert not timer.timer.isActive() and timer.minutes == 0  # off by default
    timer.set_minutes(60)
    assert timer.timer.interval() == 60 * MINUTE_MS and timer.minutes == 60
    timer.tick()
    assert data.refreshed == 1
    data.offline = True
    timer.tick()
    assert data.refreshed == 1
    timer.set_minutes(0)
    assert not timer.timer.isActive()
