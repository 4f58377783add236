"""Progress reporting and cancellation shared by every fetch.

A worker thread owns a ``FetchControl``; the fetch code calls ``report`` after each
page and ``check_cancelled`` between pages. ``cancel`` may be called from any thread.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from models.errors import Cancelled

ProgressCallback = Callable[[int, int, str], None]


@dataclass
class FetchControl:
    """Progress sink and cancel flag for one fetch.

    ``on_progress(done, expected, message)`` is called from the fetching thread;
    ``expected`` may be 0 when the number of pages is not known yet.
    """

    on_progress: ProgressCallback | None = None
    _cancel: threading.Event = field(default_factory=threading.Event, repr=False)

    def cancel(self) -> None:
        """Ask the fetch to stop at the next page boundary (thread-safe)."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        """True once ``cancel`` was called."""
        return self._cancel.is_set()

    def check_cancelled(self) -> None:
        """Raise ``Cancelled`` if the user asked to stop."""
        if self._cancel.is_set():
            raise Cancelled("Cancelled by the user; the cache keeps what it had.")

    def wait(self, seconds: float) -> None:
        """Sleep ``seconds`` (a back-off) in short slices, raising ``Cancelled`` as soon as
        the user cancels."""
        deadline = time.monotonic() + seconds
        while True:
            self.check_cancelled()
            left = deadline - time.monotonic()
            if left <= 0:
                return
            time.sleep(min(left, 0.05))

    def report(self, done: int, expected: int, message: str = "") -> None:
        """Report pages done out of pages expected."""
        if self.on_progress is not None:
            self.on_progress(done, expected, message)


class LinkedControl(FetchControl):
    """A control that also stops when ``parent`` does (one source's fetches within a
    request: the user's Cancel stops them all, an unreachable source only its own).
    Progress goes to the parent's sink."""

    def __init__(self, parent: FetchControl) -> None:
        super().__init__(parent.on_progress)
        self.parent = parent

    @property
    def cancelled(self) -> bool:
        """True once this control or its parent was cancelled."""
        return self._cancel.is_set() or self.parent.cancelled

    def check_cancelled(self) -> None:
        """Raise ``Cancelled`` if this control or its parent was cancelled."""
        self.parent.check_cancelled()
        super().check_cancelled()

    def report(self, done: int, expected: int, message: str = "") -> None:
        """Report through the parent (which may be a linked control itself)."""
        self.parent.report(done, expected, message)
