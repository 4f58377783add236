"""DataController: cache first then fetch, wrong symbols, offline banner, cancel, import, demo."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool

from app.data_controller import DataController
from app.workers import WorkerPool
from models.market.instruments import load_catalogue
from models.market.series import Provenance
from models.session.session import Selection, Session
from tests.app.fakes import FakeRepository, series_for, synthetic_frame

CATALOGUE = load_catalogue()


def _cache_all() -> dict:
    return {
        "^RUT": synthetic_frame("2020-01-01", 300, True),
        "BTC/USDT": synthetic_frame("2020-01-01", 300, False),
        "ETH/USDT": synthetic_frame("2020-01-01", 300, False),
    }


@pytest.fixture
def make(qtbot):
    made = []

    def build(repo, **kwargs):
        pool = QThreadPool()
        workers = WorkerPool(pool)
        controller = DataController(repo, workers, CATALOGUE, refresh_delay_ms=20, **kwargs)
        sessions, errors, banners, rejected = [], [], [], []
        controller.session_loaded.connect(sessions.append)
        controller.error_reported.connect(errors.append)
        controller.nothing_to_show.connect(banners.append)
        controller.symbol_rejected.connect(rejected.append)
        made.append((workers, controller))
        return SimpleNamespace(
            c=controller,
            w=workers,
            sessions=sessions,
            errors=errors,
            banners=banners,
            rejected=rejected,
        )

    yield build
    for workers, controller in made:
        workers.cancel("data.fetch")
        workers.wait_for_done(5000)
        # Delete on the GUI thread; see tests/app/test_chart_controller.py's rig.
        controller.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_cached_session_shows_first_then_fetch_refreshes(qtbot, make):
    t = make(FakeRepository(_cache_all(), fetch_delay=0.05))
    assert t.c.select("^RUT", ["BTC/USDT", "ETH/USDT"])
    qtbot.waitUntil(lambda: len(t.sessions) == 2, timeout=5000)
    cached, fresh = t.sessions
    assert cached.origin == "cache" and all(s.from_cache for s in cached.series)
    assert [s.instrument.symbol for s in cached.series] == ["^RUT", "BTC/USDT", "ETH/USDT"]
    assert fresh.origin == "fetch" and not any(s.from_cache for s in fresh.series)


def test_badly_typed_symbol_is_rejected_without_touching_the_chart(qtbot, make):
    t = make(FakeRepository(_cache_all()))
    assert not t.c.select("not a ticker!", ["BTC/USDT"])
    assert t.rejected and "not a Yahoo ticker" in t.rejected[0]
    assert t.sessions == [] and t.c.selection is None


def test_unknown_symbol_keeps_the_current_session(qtbot, make):
    repo = FakeRepository(_cache_all(), unknown={"ZZZZQ"})
    t = make(repo)
    t.c.select("^RUT", ["BTC/USDT"])
    qtbot.waitUntil(lambda: len(t.sessions) == 2, timeout=5000)
    shown = t.c.session
    t.c.select("ZZZZQ", ["BTC/USDT"])
    qtbot.waitUntil(lambda: bool(t.rejected), timeout=5000)
    qtbot.waitUntil(lambda: not t.w.is_busy("data.fetch"), timeout=5000)
    assert "ZZZZQ" in t.rejected[0]
    assert t.c.session is shown and len(t.sessions) == 2


def test_offline_with_empty_cache_asks_for_the_banner(qtbot, make):
    repo = FakeRepository({})
    t = make(repo, offline=True)
    t.c.select("^RUT", ["BTC/USDT"])
    qtbot.waitUntil(lambda: bool(t.banners), timeout=5000)
    assert "Offline" in t.banners[0] and "demo" in t.banners[0]
    assert repo.fetched == [] and t.sessions == []


def test_cancelled_fetch_leaves_session_and_cache_alone(qtbot, make):
    repo = FakeRepository(_cache_all(), fetch_delay=2.0)
    before = {k: v.copy() for k, v in repo.cached.items()}
    t = make(repo)
    finished = []
    t.c.fetch_finished.connect(lambda: finished.append(True))
    t.c.select("^RUT", ["BTC/USDT"])
    qtbot.waitUntil(lambda: len(t.sessions) == 1, timeout=5000)
    qtbot.waitUntil(repo.fetch_started.is_set, timeout=5000)
    t.c.cancel_fetch()
    assert finished == [True]
    qtbot.waitUntil(lambda: t.w.dropped >= 1, timeout=5000)
    assert len(t.sessions) == 1 and t.errors == []
    assert repo.fetched == []
    assert all(repo.cached[k].equals(v) for k, v in before.items())


def _write_csv(path, frame):
    frame.rename_axis("date").to_csv(path, date_format="%Y-%m-%d", float_format="%.6f")
    return path


def test_import_seeds_cache_and_charts_with_the_selection(qtbot, make, tmp_path):
    repo = FakeRepository({"BTC/USDT": synthetic_frame("2020-01-01", 300, False)})
    frame = synthetic_frame("2020-01-01", 200, True)
    t = make(repo, offline=True)
    t.c.select("IWM", ["BTC/USDT"])
    qtbot.waitUntil(lambda: bool(t.banners), timeout=5000)
    t.c.import_file("^RUT", _write_csv(tmp_path / "rut.csv", frame))
    qtbot.waitUntil(lambda: bool(t.sessions), timeout=5000)
    assert t.sessions[0].equity.instrument.symbol == "^RUT"
    pd.testing.assert_frame_equal(repo.cached["^RUT"], frame, check_freq=False, atol=1e-5)


def test_demo_session_is_marked_demo(qtbot, make):
    def demo():
        equity = CATALOGUE.resolve("^RUT")
        btc = CATALOGUE.resolve("BTC/USDT")
        rut = series_for(equity, synthetic_frame("2020-01-01", 50, True), False, Provenance.DEMO)
        coin = series_for(btc, synthetic_frame("2020-01-01", 70, False), False, Provenance.DEMO)
        return Session(rut, [coin], "demo", Selection(equity, (btc,)))

    t = make(FakeRepository({}), offline=True, demo_loader=demo)
    t.c.load_demo()
    qtbot.waitUntil(lambda: bool(t.sessions), timeout=5000)
    assert t.sessions[0].origin == "demo" and t.sessions[0].is_demo


def test_cache_report_and_clear(qtbot, make):
    repo = FakeRepository(_cache_all())
    t = make(repo)
    reports = []
    t.c.cache_report_ready.connect(reports.append)
    t.c.request_cache_report()
    qtbot.waitUntil(lambda: bool(reports), timeout=5000)
    assert reports[0].size_bytes > 0 and len(reports[0].series) == 3
    t.c.clear_cache()
    qtbot.waitUntil(lambda: len(reports) == 2, timeout=5000)
    assert reports[1].size_bytes == 0 and repo.cleared == 1


def test_cached_volume_proxy_rides_with_the_session(qtbot, make):
    """^RUT's volume stand-in (IWM) is loaded from the cache, never fetched."""
    cached = _cache_all()
    cached["IWM"] = synthetic_frame("2020-01-01", 300, True, seed=5)
    t = make(FakeRepository(cached), offline=True)
    assert t.c.select("^RUT", ["BTC/USDT"])
    qtbot.waitUntil(lambda: bool(t.sessions), timeout=5000)
    proxy = t.sessions[-1].volume_proxy
    assert proxy is not None and proxy.instrument.symbol == "IWM" and proxy.rows == 300


def test_missing_volume_proxy_is_not_fetched(qtbot, make):
    repo = FakeRepository(_cache_all())
    t = make(repo)
    assert t.c.select("^RUT", ["BTC/USDT"])
    qtbot.waitUntil(lambda: len(t.sessions) >= 2, timeout=5000)
    assert t.sessions[-1].volume_proxy is None
    assert "IWM" not in repo.fetched
