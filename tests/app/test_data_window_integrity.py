"""The window's data side of issues 10 and 11: working offline and back, Retry while
offline, the demo clearing a failed state's errors, one series cleared from the cache
dialog, a hang cancelled at once, and every error worded in the user's language."""

from __future__ import annotations

import functools
import time

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from app import data_wording as words
from models import errors
from models.market.cache.store import SeriesCache, SeriesKey
from models.market.instruments import load_catalogue
from models.market.repository import Repository
from models.notices import CACHE_SET_ASIDE, FALLBACK_EXCHANGE, Notice
from models.session.loading.demo import demo_session
from resources import path as resource_path
from tests.app.test_data_flow_failures import FailingRepository
from tests.cache_fixtures import BTC, RUT, walk_bars
from tests.wire.exchange_routes import make_exchange_source, running_exchange_servers

CATALOGUE = load_catalogue()
EXTRA = ("errors_cleared", "offline_changed", "retry_refused_offline", "cache_report_ready")


def _record(t, *names: str):
    """Record these signals of ``t.c`` as lists of argument tuples on ``t``."""
    for name in names:
        setattr(t, name, [])
        getattr(t.c, name).connect(lambda *args, n=name: getattr(t, n).append(args))
    return t


def test_retry_while_offline_offers_going_online_which_fetches(qtbot, make):
    """Issue 11: Retry did nothing under --offline and there was no way back online."""
    repo = FailingRepository({})
    t = _record(make(repo, offline=True), *EXTRA)
    t.c.select("^RUT", ["BTC/USDT"])
    qtbot.waitUntil(lambda: bool(t.nothing_to_show))  # nothing cached, offline
    t.c.retry()
    assert t.retry_refused_offline == [()] and repo.asked == []
    t.c.set_offline(False)
    assert t.offline_changed == [(False,)] and repo.offline is False
    qtbot.waitUntil(lambda: bool(t.session_loaded), timeout=10_000)
    assert sorted(repo.asked) == ["BTC/USDT", "^RUT"] and not t.c.offline


def test_work_offline_is_a_checkable_action_that_follows_the_controller(qtbot, make_window):
    window = make_window({}, size=None)
    action = window.data_menu.offline_action
    assert action.isCheckable() and action.isChecked()  # started with --offline
    window.data.set_offline(False)
    assert not action.isChecked()
    action.trigger()
    assert window.data.offline and action.isChecked()


def test_the_demo_clears_the_errors_of_the_failed_state_it_replaces(qtbot, make):
    """Issue 11: "3 errors" stayed in the status bar after the demo replaced them."""
    down = errors.NetworkDown("no route", errors.NetworkDown.NO_CONNECTION)
    repo = FailingRepository({}, failing={s: down for s in ("^RUT", "BTC/USDT", "ETH/USDT")})
    demo = functools.partial(demo_session, years=4)
    t = _record(make(repo, demo_loader=demo), *EXTRA)
    t.c.select("^RUT", ["BTC/USDT", "ETH/USDT"])
    qtbot.waitUntil(lambda: len(t.error_reported) == 3)
    cleared = len(t.errors_cleared)
    t.c.load_demo()
    qtbot.waitUntil(lambda: bool(t.session_loaded))
    assert len(t.errors_cleared) == cleared + 1


def test_clear_series_deletes_one_series_and_reports_the_cache(qtbot, make, tmp_path):
    root = tmp_path / "cache"
    cache = SeriesCache(root)
    cache.append(SeriesKey("yahoo", "", "^RUT", "1d"), walk_bars(_dates(50)), 0, RUT)
    cache.append(SeriesKey("ccxt", "binance", "BTC/USDT", "1d"), walk_bars(_dates(60)), 0, BTC)
    t = _record(make(Repository(root, offline=True), offline=True), *EXTRA)
    t.c.clear_series("BTC/USDT@binance")
    qtbot.waitUntil(lambda: bool(t.cache_report_ready))
    (report,) = t.cache_report_ready[0]
    assert [info.symbol for info in report.series] == ["^RUT"]


def _dates(days: int):
    import pandas as pd

    return pd.date_range("2024-01-01", periods=days)


@pytest.mark.timing
def test_cancel_during_a_hang_over_the_whole_chain_works_at_once(qtbot, make, tmp_path):
    """Issue 10: a hang at every exchange; the window's Cancel must free it at once."""
    with running_exchange_servers(("binance", "bybit"), hang_seconds=20.0) as servers:
        for server in servers.values():
            server.inject("/", "hang", times=100)
        source = make_exchange_source(servers, chain=("binance", "bybit"), timeout_ms=10_000)
        t = _record(
            make(Repository(tmp_path / "cache", sources={"ccxt": source})), "fetch_finished"
        )
        t.c.select("BTC/USDT", ["ETH/USDT"])  # nothing cached: both are fetched
        qtbot.waitUntil(lambda: t.w.is_busy("data.fetch"), timeout=5000)
        time.sleep(0.5)
        started = time.monotonic()
        t.c.cancel_fetch()
        assert t.fetch_finished and time.monotonic() - started < 0.2
        assert any("Fetch cancelled" in n for n in t.notice_reported)
        assert not t.w.is_busy("data.fetch")


def test_network_errors_and_notices_read_in_russian(qapp):
    """Issue 11: Russian and Vietnamese users read English network errors."""
    translator = QTranslator()
    assert translator.load(str(resource_path("i18n") / "liquidity_cascade_ru.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        down = errors.NetworkDown("binance could not be reached", errors.NetworkDown.RESET)
        down.exchange = "binance"
        text = words.error_text(BTC, down)
        assert text.startswith("BTC/USDT: binance недоступен (соединение сброшено)"), text
        moved = Notice(CACHE_SET_ASIDE, "^RUT", "x", (("path", "/c/corrupt/r"),))
        assert "перемещён в /c/corrupt/r" in words.notice_text(moved)
        fallback = Notice(
            FALLBACK_EXCHANGE, "ETH/USDT", "x", (("exchange", "bybit"), ("failed", "binance"))
        )
        assert words.notice_text(fallback) == "ETH/USDT: данные с bybit (binance не ответила)."
        full = errors.StorageError("x", "/c", errors.StorageError.DISK_FULL)
        assert words.describe(full) == "Диск, на котором находится /c, заполнен; освободите место."
    finally:
        QCoreApplication.removeTranslator(translator)
