"""The child process of the heavy statistics talks back: what a task reports there reaches
its own caller's progress (never another task's), and a cancel reaches the task."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QThreadPool

from app.workers import WorkerPool
from tests.app.apart_tasks import counting_task


def test_reports_reach_their_own_channel_and_a_cancel_reaches_the_task(qtbot):
    workers = WorkerPool(QThreadPool(), io_pool=QThreadPool())
    progress, results = [], {}
    workers.progress_reported.connect(lambda c, d, e, m: progress.append((c, d, e, m)))
    workers.result_ready.connect(lambda c, _i, r: results.__setitem__(c, r))
    try:
        workers.submit("a", counting_task, "a", 5, apart=True)
        workers.submit("b", counting_task, "b", 3, apart=True)  # waits for the child
        qtbot.waitUntil(lambda: len(results) == 2, timeout=30_000)
        assert results == {"a": "a", "b": "b"}
        for channel, steps in (("a", 5), ("b", 3)):
            mine = [(d, e, m) for c, d, e, m in progress if c == channel]
            assert mine == [(n, steps, f"{channel} {n}") for n in range(1, steps + 1)]
        # a long task cancelled: the child is free for the next one at once
        workers.submit("long", counting_task, "long", 2000, apart=True)  # 40 s uncancelled
        qtbot.waitUntil(lambda: any(c == "long" for c, *_ in progress), timeout=10_000)
        workers.cancel("long")
        workers.submit("next", counting_task, "next", 2, apart=True)
        qtbot.waitUntil(lambda: "next" in results, timeout=10_000)
        assert "long" not in results
    finally:
        workers.wait_for_done(15_000)


def test_after_shutdown_a_task_is_cancelled_instead_of_starting_a_child(monkeypatch):
    from app import process_apart
    from models.errors import Cancelled
    from models.market.fetch_control import FetchControl

    monkeypatch.setattr(process_apart, "_executor", None)
    monkeypatch.setattr(process_apart, "_closed", False)
    process_apart.shutdown()  # nothing started: only closed
    assert process_apart._executor is None
    with pytest.raises(Cancelled):
        process_apart.run_apart(len, ((1, 2),), FetchControl())
    assert process_apart._executor is None  # no child was started
