"""A child process for CPU-heavy pure tasks, so their Python code never shares the GUI
thread's interpreter lock (see ``app.workers``).

One child per process, started with the spawn method on first use and kept: the first
task pays its start (~1 s: the child imports numpy, pandas and the models), the others
none. A task is a picklable module-level function (or a ``functools.partial`` of one)
with picklable arguments; it is called as ``task(*arguments, control)`` with a control
of its own (nothing is reported from the child). The calling thread polls the answer, so
a cancel stops waiting at once; the child finishes that call and takes the next.
"""

from __future__ import annotations

import atexit
import threading
from concurrent.futures import TimeoutError as FutureTimeout

from models.market.fetch_control import FetchControl

_POLL_S = 0.05
_lock = threading.Lock()
_executor = None  # a concurrent.futures.ProcessPoolExecutor, made on first use


def run_apart(task, arguments: tuple, control: FetchControl):
    """``task(*arguments, control)`` in the child process; raises what the task raised,
    or ``Cancelled`` as soon as ``control`` is cancelled."""
    control.check_cancelled()
    future = _pool().submit(_call, task, tuple(arguments))
    while True:
        try:
            return future.result(timeout=_POLL_S)
        except FutureTimeout:
            if control.cancelled:
                future.cancel()
                control.check_cancelled()


def shutdown() -> None:
    """Stop the child (at exit): queued tasks are dropped, a running one is ended."""
    global _executor
    with _lock:
        executor, _executor = _executor, None
    if executor is None:
        return
    processes = list(getattr(executor, "_processes", {}).values())
    executor.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()


def _pool():
    global _executor
    with _lock:
        if _executor is None:
            # imported here: multiprocessing costs start-up time the window need not pay
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            context = multiprocessing.get_context("spawn")
            _executor = ProcessPoolExecutor(max_workers=1, mp_context=context)
            atexit.register(shutdown)
        return _executor


def _call(task, arguments: tuple):
    return task(*arguments, FetchControl())
