"""One loading core under the window, the command line and the headless export.

The window's worker task, ``events``/``leadlag`` and ``main.py export`` each load a
session from the same cache: the series and the volume proxy come out equal, because
they come from the same functions (``models.session.loading``). And the window's worker
tasks are module-level functions with explicit arguments that hold no QObject.
"""

from __future__ import annotations

import argparse
import inspect

import pandas as pd
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool

from app.commands import analytics_input
from app.commands.export_snapshot import load_snapshot
from app.data_controller import DataController
from app.workers import WorkerPool, qobjects_held
from models.analysis.breakout_params import BreakoutParams
from models.market.instruments import load_catalogue
from models.market.repository import Repository
from tests.app.fakes import FakeRepository, synthetic_frame

CATALOGUE = load_catalogue()


def _cache(tmp_path) -> Repository:
    repository = Repository(tmp_path / "cache", sources={}, offline=True)
    for symbol, frame in {
        "^RUT": synthetic_frame("2019-01-01", 600, True, seed=3),
        "BTC/USDT": synthetic_frame("2019-01-01", 900, False, seed=4),
        "IWM": synthetic_frame("2019-01-01", 600, True, seed=5),
    }.items():
        repository.save_imported(CATALOGUE.resolve(symbol), frame, "1d")
    return repository


def _args(tmp_path, **extra) -> argparse.Namespace:
    values = dict(cache_dir=str(tmp_path / "cache"), offline=True, demo=False, imports=[])
    return argparse.Namespace(**(values | extra))


def _window_session(qtbot, repository):
    workers = WorkerPool(QThreadPool())
    controller = DataController(repository, workers, CATALOGUE, offline=True)
    sessions = []
    controller.session_loaded.connect(sessions.append)
    controller.select("^RUT", ["BTC/USDT"])
    qtbot.waitUntil(lambda: bool(sessions), timeout=5000)
    workers.wait_for_done(5000)
    controller.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return sessions[-1]


def _same(a, b) -> None:
    assert a.instrument == b.instrument
    pd.testing.assert_frame_equal(a.frame, b.frame)


def test_window_commands_and_export_load_equal_sessions_from_one_cache(qtbot, qapp, tmp_path):
    window = _window_session(qtbot, _cache(tmp_path))
    command = analytics_input.load_for(_args(tmp_path, volume_proxy=None), "^RUT", "BTC/USDT")
    export_args = _args(
        tmp_path,
        equity="^RUT",
        crypto="BTC/USDT",
        lag=0,
        start=None,
        end=None,
        scale="index",
        theme="light",
        volume_proxy=None,
    )
    exported = load_snapshot(export_args, BreakoutParams()).session
    for session in (command.session, exported):
        assert session.selection == window.selection
        for ours, theirs in zip(session.series, window.series, strict=True):
            _same(ours, theirs)
        # one volume-proxy policy: the catalogue's IWM for ^RUT, from the cache, everywhere
        _same(session.volume_proxy, window.volume_proxy)
        assert session.volume_proxy.instrument.symbol == "IWM"


class _RecordingPool(WorkerPool):
    """A WorkerPool that keeps every task submitted to it, with its arguments."""

    def __init__(self) -> None:
        super().__init__(QThreadPool())
        self.submitted: list[tuple] = []

    def submit(self, channel, task, *arguments, io=False):
        self.submitted.append((channel, task, arguments))
        return super().submit(channel, task, *arguments, io=io)

    def submit_many(self, channel, task, argument_lists, *, io=False):
        for arguments in argument_lists:
            self.submitted.append((channel, task, tuple(arguments)))
        return super().submit_many(channel, task, argument_lists, io=io)


@pytest.fixture
def recording(qtbot):
    pool = _RecordingPool()
    repository = FakeRepository({"^RUT": synthetic_frame("2020-01-01", 300, True)})
    controller = DataController(repository, pool, CATALOGUE, refresh_delay_ms=10)
    yield controller, pool
    pool.cancel("data.fetch")
    pool.wait_for_done(5000)
    controller.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_data_controllers_worker_tasks_hold_no_qobject(qtbot, recording, tmp_path):
    controller, pool = recording
    done = []
    controller.session_loaded.connect(done.append)
    controller.select("^RUT", ["BTC/USDT"])  # the cache load, then a fetch of BTC/USDT
    qtbot.waitUntil(lambda: len(done) >= 1, timeout=5000)
    qtbot.waitUntil(lambda: not pool.is_busy("data.fetch"), timeout=5000)
    controller.import_file("^RUT", tmp_path / "missing.csv")
    controller.request_cache_report()
    controller.load_demo()
    qtbot.waitUntil(lambda: not pool.is_busy("data.demo"), timeout=10_000)
    channels = {channel.rsplit(".", 1)[0] if "import" in channel else channel
                for channel, _, _ in pool.submitted}  # fmt: skip
    assert {"data.load", "data.fetch", "data.import", "data.cache", "data.demo"} <= channels
    for channel, task, arguments in pool.submitted:
        assert inspect.isfunction(task), (channel, task)
        assert task.__qualname__ == task.__name__, f"{channel}: {task.__qualname__} is nested"
        assert inspect.getclosurevars(task).nonlocals == {}, channel
        assert qobjects_held(task, arguments) == [], channel
        assert task.__module__.startswith(("models.", "app.data_tasks")), task.__module__
