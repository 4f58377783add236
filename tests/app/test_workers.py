"""WorkerPool: results arrive on the GUI thread, the newest request wins, cancel drops results."""

from __future__ import annotations

import functools
import threading
import time

import pytest
from PySide6.QtCore import QObject, QThread, QThreadPool

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


class _Holder(QObject):
    """A QObject a careless task could take along to a pool thread."""

    def work(self, control):
        return 1


def _plain_task(value, control):
    return value * 2


def test_a_task_holding_a_qobject_is_refused_before_it_runs(qtbot, workers):
    """The regression behind the old closure-release workaround: a task that held the last
    reference to a QObject freed it on a pool thread, whose timers then fired into freed
    memory. Such a task is now refused at submit, whichever way it holds the QObject."""
    holder = _Holder()
    ran = []
    closure = lambda control: ran.append(holder)  # noqa: E731
    default = lambda control, h=holder: ran.append(h)  # noqa: E731
    for task, arguments in [
        (closure, ()),
        (holder.work, ()),
        (default, ()),
        (_plain_task, (holder,)),
        (functools.partial(_plain_task, holder), ()),
    ]:
        with pytest.raises(TypeError, match="must not hold a QObject"):
            workers.submit("stats", task, *arguments)
        with pytest.raises(TypeError, match="_Holder"):
            workers.submit_many("stats", task, [arguments])
    assert not workers.is_busy("stats") and ran == []
    holder.deleteLater()


def test_a_plain_function_runs_with_its_arguments_and_the_control(qtbot, workers):
    with qtbot.waitSignal(workers.result_ready, timeout=3000) as blocker:
        workers.submit("stats", _plain_task, 21)
    assert blocker.args[2] == 42


def test_a_batch_runs_at_once_and_delivers_every_result_in_order(qtbot, workers):
    """submit_many: one request, tasks side by side on the network pool (none waits for
    another to end), the results as one list in the order asked."""
    arrived = threading.Barrier(3, timeout=3)

    def meet(value, control):
        arrived.wait()  # only passes when all three run at the same time
        return value

    with qtbot.waitSignal(workers.result_ready, timeout=5000) as blocker:
        workers.submit_many("fetch", meet, [(1,), (2,), (3,)], io=True)
    assert blocker.args[0] == "fetch" and blocker.args[2] == [1, 2, 3]
    assert not workers.is_busy("fetch")


def test_one_cancel_stops_every_task_of_a_batch(qtbot, workers):
    started = threading.Semaphore(0)
    stopped = []

    def wait_for_cancel(name, control):
        started.release()
        for _ in range(300):
            time.sleep(0.01)
            try:
                control.check_cancelled()
            except Cancelled:
                stopped.append(name)
                raise
        return name

    workers.submit_many("fetch", wait_for_cancel, [("a",), ("b",)], io=True)
    assert started.acquire(timeout=3) and started.acquire(timeout=3)
    assert workers.cancel("fetch")
    workers.wait_for_done(3000)
    assert sorted(stopped) == ["a", "b"]
    assert not workers.is_busy("fetch")


def test_the_first_failure_of_a_batch_is_delivered_and_stops_the_rest(qtbot, workers):
    def fail_or_wait(fail, control):
        if fail:
            raise NetworkDown("down")
        for _ in range(300):
            time.sleep(0.01)
            control.check_cancelled()
        return "finished"

    results = []
    workers.result_ready.connect(lambda *a: results.append(a))
    with qtbot.waitSignal(workers.task_failed, timeout=3000) as blocker:
        workers.submit_many("fetch", fail_or_wait, [(False,), (True,)], io=True)
    assert isinstance(blocker.args[2], NetworkDown)
    workers.wait_for_done(3000)
    assert results == []
