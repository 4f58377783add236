"""WorkerPool: results arrive on the GUI thread, the newest request wins, cancel drops results."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread, QThreadPool

from app.workers import WorkerPool
from models.errors import Cancelled, NetworkDown


@pytest.fixture
def workers(qtbot):
    pool = QThreadPool()
    pool.setMaxThreadCount(4)
    w = WorkerPool(pool)
    yield w
    w.wait_for_done(5000)


def test_result_arrives_on_gui_thread(qtbot, workers):
    seen = {}

    def task(control):
        seen["worker_thread"] = threading.get_ident()
        return 42

    gui_thread = QThread.currentThread()
    with qtbot.waitSignal(workers.result_ready, timeout=3000) as blocker:
        workers.submit("stats", task)
    channel, _rid, result = blocker.args
    assert (channel, result) == ("stats", 42)
    assert seen["worker_thread"] != threading.get_ident()
    assert QThread.currentThread() is gui_thread
    assert not workers.is_busy("stats")


def test_newest_request_wins_and_stale_result_is_dropped(qtbot, workers):
    release_first = threading.Event()
    results = []
    workers.result_ready.connect(lambda ch, rid, res: results.append(res))

    def slow_first(control):
        release_first.wait(3)
        return "first"

    workers.submit("stats", slow_first)
    newest = workers.submit("stats", lambda control: "second")
    qtbot.waitUntil(lambda: results == ["second"], timeout=3000)
    release_first.set()
    qtbot.waitUntil(lambda: workers.dropped == 1, timeout=3000)
    assert results == ["second"]
    assert newest == 2


def test_channels_do_not_supersede_each_other(qtbot, workers):
    results = {}
    workers.result_ready.connect(lambda ch, rid, res: results.__setitem__(ch, res))
    workers.submit("load", lambda control: "cache")
    workers.submit("fetch", lambda control: "network")
    qtbot.waitUntil(lambda: len(results) == 2, timeout=3000)
    assert results == {"load": "cache", "fetch": "network"}


def test_cancel_stops_the_task_and_drops_its_result(qtbot, workers):
    started = threading.Event()
    stopped = threading.Event()
    delivered = []
    workers.result_ready.connect(lambda *a: delivered.append(a))
    workers.task_failed.connect(lambda *a: delivered.append(a))

    def long_fetch(control):
        started.set()
        for _ in range(300):
            time.sleep(0.01)
            try:
                control.check_cancelled()
            except Cancelled:
                stopped.set()
                raise
        return "finished"

    workers.submit("fetch", long_fetch)
    assert started.wait(3)
    assert workers.cancel("fetch")
    assert stopped.wait(3), "the task never saw the cancel flag"
    qtbot.waitUntil(lambda: workers.dropped == 1, timeout=3000)
    assert delivered == []
    assert not workers.is_busy("fetch")


def test_failure_is_delivered_as_the_exception(qtbot, workers):
    def failing(control):
        raise NetworkDown("Cannot reach Yahoo Finance.")

    with qtbot.waitSignal(workers.task_failed, timeout=3000) as blocker:
        workers.submit("fetch", failing)
    channel, _rid, error = blocker.args
    assert channel == "fetch"
    assert isinstance(error, NetworkDown)
    assert str(error) == "Cannot reach Yahoo Finance."


def test_progress_of_current_request_is_forwarded(qtbot, workers):
    reports = []
    workers.progress_reported.connect(lambda ch, d, e, m: reports.append((ch, d, e, m)))

    def paged(control):
        for page in range(1, 4):
            control.report(page, 3, f"page {page}")
        return page

    with qtbot.waitSignal(workers.result_ready, timeout=3000):
        workers.submit("fetch", paged)
    assert reports == [("fetch", p, 3, f"page {p}") for p in (1, 2, 3)]


class _Witness:
    """Records on which thread it is finally freed."""

    def __init__(self, freed_on: list) -> None:
        self.freed_on = freed_on

    def __del__(self) -> None:
        self.freed_on.append(threading.get_ident())


def test_task_closure_is_freed_on_the_gui_thread(qtbot, workers):
    """A closure may hold the last reference to a QObject: it must die on its thread."""
    freed_on: list[int] = []

    def submit_task():
        witness = _Witness(freed_on)
        return workers.submit("stats", lambda control: witness is not None)

    with qtbot.waitSignal(workers.result_ready, timeout=3000):
        submit_task()
    workers.wait_for_done(3000)
    qtbot.waitUntil(lambda: bool(freed_on), timeout=3000)
    assert freed_on == [threading.get_ident()]
