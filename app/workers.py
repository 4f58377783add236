"""Background work: plain functions run on thread pools, results come back by queued signals.

A request belongs to a *channel* ("load", "fetch", "stats" ...). Submitting a new request
on a channel cancels the previous one on that channel (through its ``FetchControl``) and
makes it stale: only the newest request's result, failure or progress reaches the GUI.

A task is a plain function called with explicit arguments and the request's control,
``task(*arguments, control)``. It must not capture a QObject (a bound method, a closure
over one, or one among its arguments): it runs and is freed on a pool thread, where a
QObject must not die. ``submit`` refuses such a task with ``TypeError``.

``submit_many`` runs one function over several argument lists at once, as one request:
the tasks share one control (one cancel stops all), and the result is the list of their
results once the last is done. Tasks that wait on the network (``io=True``) run on a
pool of their own, so a slow fetch never holds up the statistics.

CPU-heavy pure tasks (``apart=True``: the bootstrap statistics) run in a child process
(``app.process_apart``), started once with the spawn method: on a thread their Python
code shared the interpreter lock with the GUI thread, which then took two to three times
as long to lay out and paint a session (measured: 13 ms of presenting became 31-121 ms
while a bootstrap ran on a pool thread). The pool thread waits on the child's answer
holding no lock; a cancel drops the answer at once (the child finishes that call).

The runnable never owns a QObject (the pool deletes runnables on a worker thread); it
emits through the signals of a dispatcher QObject that lives on the GUI thread, so every
emission from a worker is queued to the GUI thread's event loop.
"""

from __future__ import annotations

import functools
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from app import process_apart
from app.process_apart import run_apart
from models.market.fetch_control import FetchControl

log = logging.getLogger(__name__)

Task = Callable[..., Any]

#: how often (seconds) a running Python thread must offer the GIL to the others. The
#: default 5 ms lets two busy workers keep the GUI thread waiting 10-20 ms per turn and
#: over 50 ms in bad cases (measured in tests/app/test_event_loop_stall.py); 1 ms keeps
#: the event loop responsive at a cost of a few percent of worker throughput.
GIL_SWITCH_INTERVAL_S = 0.001

#: threads of the pool for tasks that mostly wait on the network (one per series fetched)
IO_THREADS = 8


class _Dispatcher(QObject):
    """Carries results from worker threads to the GUI thread (queued connections)."""

    finished = Signal(str, int, int, object)  # channel, request id, task index, result
    failed = Signal(str, int, object)
    progressed = Signal(str, int, int, int, str)


class _Job(QRunnable):
    """One call of ``task(*arguments, control)`` on a pool thread; reports through the
    dispatcher."""

    def __init__(
        self, channel: str, request_id: int, index: int, call, control, dispatcher, apart=False
    ):
        super().__init__()
        self._apart = apart
        self.setAutoDelete(True)
        self._channel = channel
        self._request_id = request_id
        self._index = index
        self._call = call
        self._control = control
        self._dispatcher = dispatcher

    def run(self) -> None:
        task, arguments = self._call
        try:
            if self._apart:
                result = run_apart(task, arguments, self._control)
            else:
                result = task(*arguments, self._control)
        except BaseException as exc:  # a worker must never die silently
            if not isinstance(exc, Exception):
                log.debug("worker interrupted", exc_info=True)
            self._dispatcher.failed.emit(self._channel, self._request_id, exc)
        else:
            self._dispatcher.finished.emit(self._channel, self._request_id, self._index, result)


@dataclass
class _Pending:
    request_id: int
    control: FetchControl
    expected: int = 1
    many: bool = False  # deliver a list of results (``submit_many``), not the one result
    results: dict[int, Any] = field(default_factory=dict)


class WorkerPool(QObject):
    """Runs tasks off the GUI thread; per channel the newest request wins.

    ``submit(channel, task, *arguments)`` returns a request id; ``task(*arguments,
    control)`` runs on a pool thread and may call ``control.report`` and
    ``control.check_cancelled``. ``io_pool`` runs the ``io=True`` requests (default: a
    pool of ``IO_THREADS`` threads of its own).
    """

    result_ready = Signal(str, int, object)  # channel, request id, result
    task_failed = Signal(str, int, object)  # channel, request id, exception
    progress_reported = Signal(str, int, int, str)  # channel, done, expected, message
    busy_changed = Signal(str, bool)  # channel, busy

    def __init__(
        self,
        pool: QThreadPool | None = None,
        parent: QObject | None = None,
        io_pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        sys.setswitchinterval(min(sys.getswitchinterval(), GIL_SWITCH_INTERVAL_S))
        self._pool = pool or QThreadPool.globalInstance()
        if io_pool is None:
            io_pool = QThreadPool(self)
            io_pool.setMaxThreadCount(IO_THREADS)
        self._io_pool = io_pool
        self._dispatcher = _Dispatcher(self)
        self._dispatcher.finished.connect(self._on_finished)
        self._dispatcher.failed.connect(self._on_failed)
        self._dispatcher.progressed.connect(self._on_progressed)
        self._pending: dict[str, _Pending] = {}
        self._next_id = 0
        self.dropped = 0  # stale results thrown away (for tests and diagnostics)

    def submit(
        self, channel: str, task: Task, *arguments, io: bool = False, apart: bool = False
    ) -> int:
        """Run ``task(*arguments, control)`` on a pool thread (``apart``: in the child
        process, for a CPU-heavy pure task whose arguments and result pickle); cancels and
        supersedes any earlier request on ``channel``. Raises ``TypeError`` if the task
        holds a QObject."""
        return self._start(channel, [(task, arguments)], many=False, io=io, apart=apart)

    def submit_many(
        self, channel: str, task: Task, argument_lists: Sequence[tuple], *, io: bool = False
    ) -> int:
        """Run ``task(*arguments, control)`` for every entry of ``argument_lists`` at once,
        as one request on ``channel``.

        The tasks share one control: one cancel stops them all. ``result_ready`` carries
        the list of their results, in order, once the last is done; the first failure
        is delivered as ``task_failed`` instead, and the other tasks are cancelled.
        """
        calls = [(task, tuple(arguments)) for arguments in argument_lists]
        return self._start(channel, calls, many=True, io=io)

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

    def shutdown(self, msecs: int = 3000) -> bool:
        """At exit: stop the child process of the ``apart`` tasks, then wait for both
        pools (their threads stop waiting on it at once)."""
        for channel in list(self._pending):
            self.cancel(channel, quiet=True)
        process_apart.shutdown()
        return self.wait_for_done(msecs)

    def wait_for_done(self, msecs: int = 5000) -> bool:
        """Block until both pools are idle (shutdown and tests only, never in a handler)."""
        return self._io_pool.waitForDone(msecs) and self._pool.waitForDone(msecs)

    def _start(self, channel: str, calls: list, *, many: bool, io: bool, apart=False) -> int:
        for task, arguments in calls:
            refuse_qobjects(task, arguments)
        self.cancel(channel, quiet=True)
        self._next_id += 1
        request_id = self._next_id
        control = FetchControl(on_progress=self._progress_sink(channel, request_id))
        self._pending[channel] = _Pending(request_id, control, len(calls), many)
        pool = self._io_pool if io else self._pool
        for index, call in enumerate(calls):
            pool.start(_Job(channel, request_id, index, call, control, self._dispatcher, apart))
        self.busy_changed.emit(channel, True)
        if not calls:  # nothing to run: done at once (queued, like any other result)
            self._dispatcher.finished.emit(channel, request_id, -1, None)
        return request_id

    def _progress_sink(self, channel: str, request_id: int):
        signal = self._dispatcher.progressed

        def report(done: int, expected: int, message: str) -> None:
            signal.emit(channel, request_id, int(done), int(expected), str(message))

        return report

    def _current(self, channel: str, request_id: int) -> _Pending | None:
        pending = self._pending.get(channel)
        if pending is None or pending.request_id != request_id:
            self.dropped += 1
            return None
        return pending

    def _take(self, channel: str) -> None:
        del self._pending[channel]
        self.busy_changed.emit(channel, False)

    @Slot(str, int, int, object)
    def _on_finished(self, channel: str, request_id: int, index: int, result: object) -> None:
        pending = self._current(channel, request_id)
        if pending is None:
            return
        if index >= 0:
            pending.results[index] = result
        if len(pending.results) < pending.expected:
            return
        self._take(channel)
        if pending.many:
            result = [pending.results[i] for i in range(pending.expected)]
        self.result_ready.emit(channel, request_id, result)

    @Slot(str, int, object)
    def _on_failed(self, channel: str, request_id: int, error: object) -> None:
        pending = self._current(channel, request_id)
        if pending is not None:
            self._take(channel)
            pending.control.cancel()  # the siblings of a batch stop at their next check
            self.task_failed.emit(channel, request_id, error)

    @Slot(str, int, int, int, str)
    def _on_progressed(self, channel: str, request_id: int, done: int, expected: int, msg: str):
        pending = self._pending.get(channel)
        if pending is not None and pending.request_id == request_id:
            self.progress_reported.emit(channel, done, expected, msg)


def refuse_qobjects(task: Task, arguments: tuple = ()) -> None:
    """Raise ``TypeError`` when ``task`` or its ``arguments`` hold a QObject: a bound method
    of one, a closure or default over one, or one passed along (see the module docstring)."""
    held = qobjects_held(task, arguments)
    if held:
        names = ", ".join(sorted({type(o).__name__ for o in held}))
        raise TypeError(
            f"a worker task must not hold a QObject ({names}): pass plain data and "
            "call a module-level function"
        )


def qobjects_held(task: Task, arguments: tuple = ()) -> list[QObject]:
    """The QObjects ``task`` would carry to a pool thread (see ``refuse_qobjects``)."""
    if isinstance(task, functools.partial):
        held = qobjects_held(task.func, task.args + tuple(task.keywords.values()))
        return held + [a for a in arguments if isinstance(a, QObject)]
    values = list(arguments)
    values.append(getattr(task, "__self__", None))
    values.extend(getattr(task, "__defaults__", None) or ())
    for cell in getattr(task, "__closure__", None) or ():
        try:
            values.append(cell.cell_contents)
        except ValueError:  # a cell not filled yet
            continue
    return [v for v in values if isinstance(v, QObject)]
