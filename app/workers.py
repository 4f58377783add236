"""Background work: callables run on a QThreadPool, results come back by queued signals.

A request belongs to a *channel* ("load", "fetch", "stats" ...). Submitting a new request
on a channel cancels the previous one on that channel (through its ``FetchControl``) and
makes it stale: only the newest request's result, failure or progress reaches the GUI.

The runnable never owns a QObject (the pool deletes runnables on a worker thread); it
emits through the signals of a dispatcher QObject that lives on the GUI thread, so every
emission from a worker is queued to the GUI thread's event loop.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from models.market.fetch_control import FetchControl

log = logging.getLogger(__name__)

Task = Callable[[FetchControl], Any]

#: how often (seconds) a running Python thread must offer the GIL to the others. The
#: default 5 ms lets two busy workers keep the GUI thread waiting 10-20 ms per turn and
#: over 50 ms in bad cases (measured in tests/app/test_event_loop_stall.py); 1 ms keeps
#: the event loop responsive at a cost of a few percent of worker throughput.
GIL_SWITCH_INTERVAL_S = 0.001


class _Dispatcher(QObject):
    """Carries results from worker threads to the GUI thread (queued connections)."""

    finished = Signal(str, int, object)
    failed = Signal(str, int, object)
    progressed = Signal(str, int, int, int, str)
    released = Signal(object)


class _Job(QRunnable):
    """One call of ``task(control)`` on a pool thread; reports through the dispatcher."""

    def __init__(self, channel: str, request_id: int, task: Task, control, dispatcher) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._channel = channel
        self._request_id = request_id
        self._task = task
        self._control = control
        self._dispatcher = dispatcher

    def run(self) -> None:
        try:
            result = self._task(self._control)
        except BaseException as exc:  # a worker must never die silently
            if not isinstance(exc, Exception):
                log.debug("worker interrupted", exc_info=True)
            self._dispatcher.failed.emit(self._channel, self._request_id, exc)
        else:
            self._dispatcher.finished.emit(self._channel, self._request_id, result)
        finally:
            self._release_task()

    def _release_task(self) -> None:
        # A task closure may hold the last reference to a QObject (a controller). Freed
        # here, on the pool thread, that QObject would die off its thread and leave its
        # timers registered with the GUI thread's event loop, which later fires into
        # freed memory. Hand the reference to the GUI thread to be dropped there.
        task, self._task = self._task, None
        self._dispatcher.released.emit(task)


@dataclass
class _Pending:
    request_id: int
    control: FetchControl


class WorkerPool(QObject):
    """Runs tasks off the GUI thread; per channel the newest request wins.

    ``submit(channel, task)`` returns a request id; ``task(control)`` runs on a pool
    thread and may call ``control.report`` and ``control.check_cancelled``.
    """

    result_ready = Signal(str, int, object)  # channel, request id, result
    task_failed = Signal(str, int, object)  # channel, request id, exception
    progress_reported = Signal(str, int, int, str)  # channel, done, expected, message
    busy_changed = Signal(str, bool)  # channel, busy

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        sys.setswitchinterval(min(sys.getswitchinterval(), GIL_SWITCH_INTERVAL_S))
        self._pool = pool or QThreadPool.globalInstance()
        self._dispatcher = _Dispatcher(self)
        self._dispatcher.finished.connect(self._on_finished)
        self._dispatcher.failed.connect(self._on_failed)
        self._dispatcher.progressed.connect(self._on_progressed)
        self._dispatcher.released.connect(self._on_released)
        self._pending: dict[str, _Pending] = {}
        self._next_id = 0
        self.dropped = 0  # stale results thrown away (for tests and diagnostics)

    def submit(self, channel: str, task: Task) -> int:
        """Run ``task`` on the pool; cancels and supersedes any earlier request on ``channel``."""
        self.cancel(channel, quiet=True)
        self._next_id += 1
        request_id = self._next_id
        control = FetchControl(on_progress=self._progress_sink(channel, request_id))
        self._pending[channel] = _Pending(request_id, control)
        self._pool.start(_Job(channel, request_id, task, control, self._dispatcher))
        self.busy_changed.emit(channel, True)
        return request_id

    def cancel(self, channel: str, quiet: bool = False) -> bool:
        """Cancel the running request on ``channel``; its result will be dropped."""
        pending = self._pending.pop(channel, None)
        if pending is None:
            return False
        pending.control.cancel()
        if not quiet:
            self.busy_changed.emit(channel, False)
        return True

    def is_busy(self, channel: str) -> bool:
        """True while a request on ``channel`` has not reported back."""
        return channel in self._pending

    def wait_for_done(self, msecs: int = 5000) -> bool:
        """Block until the pool is idle (shutdown and tests only, never in a handler)."""
        return self._pool.waitForDone(msecs)

    def _progress_sink(self, channel: str, request_id: int):
        signal = self._dispatcher.progressed

        def report(done: int, expected: int, message: str) -> None:
            signal.emit(channel, request_id, int(done), int(expected), str(message))

        return report

    def _take_if_current(self, channel: str, request_id: int) -> bool:
        pending = self._pending.get(channel)
        if pending is None or pending.request_id != request_id:
            self.dropped += 1
            return False
        del self._pending[channel]
        self.busy_changed.emit(channel, False)
        return True

    @Slot(str, int, object)
    def _on_finished(self, channel: str, request_id: int, result: object) -> None:
        if self._take_if_current(channel, request_id):
            self.result_ready.emit(channel, request_id, result)

    @Slot(str, int, object)
    def _on_failed(self, channel: str, request_id: int, error: object) -> None:
        if self._take_if_current(channel, request_id):
            self.task_failed.emit(channel, request_id, error)

    @Slot(object)
    def _on_released(self, task: object) -> None:
        """Drops a finished task's closure on the GUI thread (see ``_Job._release_task``)."""

    @Slot(str, int, int, int, str)
    def _on_progressed(self, channel: str, request_id: int, done: int, expected: int, msg: str):
        pending = self._pending.get(channel)
        if pending is not None and pending.request_id == request_id:
            self.progress_reported.emit(channel, done, expected, msg)
