"""A child process for CPU-heavy pure tasks, so their Python code never shares the GUI
thread's interpreter lock (see ``app.workers``).

One child per process, started with the spawn method on first use and kept: the first
task pays its start (~1 s: the child imports numpy, pandas and the models), the others
none. A task is a picklable module-level function (or a ``functools.partial`` of one)
with picklable arguments; it is called as ``task(*arguments, control)``. The calling
thread polls the answer, so a cancel stops waiting at once.

The child's control talks back: what the task reports (``control.report``) reaches the
caller's control (and so the progress bar), and the caller's cancel reaches the task's
next ``check_cancelled`` (the cascade stops between two hops), through a queue and a
shared "cancelled task" number made with the child. A task that checks nothing finishes
its call; the child then takes the next.
"""

from __future__ import annotations

import atexit
import itertools
import threading
from concurrent.futures import TimeoutError as FutureTimeout

from models.errors import Cancelled
from models.market.fetch_control import FetchControl

_POLL_S = 0.05
_lock = threading.Lock()
_executor = None  # a concurrent.futures.ProcessPoolExecutor, made on first use
_talk = None  # (progress queue, cancelled task number), shared with the child
_tokens = itertools.count(1)
_reports: dict[int, list] = {}  # progress read off the queue for a task not yet told
_child_talk = None  # in the child: what ``_child_started`` was given
_closed = False  # set by ``shutdown``: no child is started after it
#: at exit, how long the child may take to finish the call it has (or is being sent)
SHUTDOWN_GRACE_S = 5.0


def run_apart(task, arguments: tuple, control: FetchControl):
    """``task(*arguments, control)`` in the child process; what it reports reaches
    ``control``; raises what the task raised, or ``Cancelled`` as soon as ``control`` is
    cancelled (and the task at its next check)."""
    control.check_cancelled()
    token = next(_tokens)
    future = _pool().submit(_call, task, tuple(arguments), token)
    try:
        while True:
            try:
                result = future.result(timeout=_POLL_S)
            except FutureTimeout:
                _relay(token, control)
                if control.cancelled:
                    _talk[1].value = token
                    future.cancel()
                    control.check_cancelled()
            else:
                _relay(token, control)
                return result
    finally:
        with _lock:
            _reports.pop(token, None)


def shutdown() -> None:
    """Stop the child (at exit): queued tasks are dropped, the call the child has (or is
    being sent) may finish within ``SHUTDOWN_GRACE_S``, then the child is ended; a task
    submitted afterwards is cancelled instead of starting another child.

    Ending the child at once hung the exit now and then: a child still starting (or busy)
    had not read the large call being written to it, nor finished writing its result, and
    the pool's threads, which the interpreter joins at exit, waited on those pipes for ever
    (the parent holds their other ends)."""
    global _executor, _closed
    with _lock:
        _closed = True
        executor, _executor = _executor, None
    if executor is None:
        return
    processes = list(getattr(executor, "_processes", {}).values())
    manager = getattr(executor, "_executor_manager_thread", None)  # shutdown forgets it
    executor.shutdown(wait=False, cancel_futures=True)
    if manager is not None:
        manager.join(SHUTDOWN_GRACE_S)
    for process in processes:
        if process.is_alive():
            process.terminate()


def _pool():
    global _executor, _talk
    with _lock:
        if _closed:
            raise Cancelled("The application is closing.")
        if _executor is None:
            # imported here: multiprocessing costs start-up time the window need not pay
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            context = multiprocessing.get_context("spawn")
            # a simple queue: a report is in the pipe when ``report`` returns (a Queue's
            # feeder thread could send the last ones after the task's result)
            _talk = (context.SimpleQueue(), context.Value("q", 0))
            _executor = ProcessPoolExecutor(
                max_workers=1, mp_context=context, initializer=_child_started, initargs=_talk
            )
            atexit.register(shutdown)
        return _executor


def _relay(token: int, control: FetchControl) -> None:
    """Hand ``control`` what the task ``token`` reported (other tasks' reports wait for
    their own callers)."""
    with _lock:
        while True:
            try:
                if _talk[0].empty():
                    break
                told, *report = _talk[0].get()
            except (OSError, ValueError):
                break
            _reports.setdefault(told, []).append(report)
        mine = _reports.pop(token, [])
    for done, expected, message in mine:
        control.report(done, expected, message)


# --- in the child --------------------------------------------------------------------------


def _child_started(progress, cancelled) -> None:
    global _child_talk
    _child_talk = (progress, cancelled)


class _ChildControl(FetchControl):
    """The control a task gets in the child: reports go to the caller, and it is
    cancelled once the caller cancelled this task."""

    def __init__(self, token: int) -> None:
        super().__init__()
        self.token = token

    @property
    def cancelled(self) -> bool:
        return _child_talk is not None and _child_talk[1].value == self.token

    def check_cancelled(self) -> None:
        if self.cancelled:
            raise Cancelled("Cancelled by the user.")

    def report(self, done: int, expected: int, message: str = "") -> None:
        if _child_talk is not None:
            _child_talk[0].put((self.token, int(done), int(expected), str(message)))


def _call(task, arguments: tuple, token: int = 0):
    return task(*arguments, _ChildControl(token))
