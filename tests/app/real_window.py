"""The main window on a cache of the real files, for the ``realdata`` window tests."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def real_window(qtbot, cache, size: tuple[int, int]) -> Iterator:
    """A shown, offline main window on ``cache`` at ``size``; its workers drained after."""
    from app.bootstrap import build_window

    args = argparse.Namespace(offline=True, cache_dir=str(cache), demo=False, imports=[])
    window, workers = build_window(args)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    try:
        yield window
    finally:
        workers.cancel("data.fetch")
        workers.wait_for_done(30_000)
