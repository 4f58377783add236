"""Fixtures of the window's data tests: a DataController rig recording its signals."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool

from app.data_controller import DataController
from app.workers import WorkerPool
from models.market.instruments import load_catalogue

CATALOGUE = load_catalogue()


@pytest.fixture
def make(qtbot):
    """``make(repo, **options)``: a DataController on ``repo`` with its own workers, as
    ``t.c`` (``t.w`` the workers, ``t.repo``), each main signal recorded on ``t``."""
    made = []

    def build(repo, **kwargs):
        workers = WorkerPool(QThreadPool())
        kwargs.setdefault("refresh_delay_ms", 60_000)  # no background refresh unless asked
        controller = DataController(repo, workers, CATALOGUE, **kwargs)
        t = SimpleNamespace(c=controller, w=workers, repo=repo)
        for name in ("session_loaded", "error_reported", "nothing_to_show", "symbol_rejected",
                     "series_missing", "notice_reported"):  # fmt: skip
            setattr(t, name, [])
            getattr(controller, name).connect(getattr(t, name).append)
        made.append((workers, controller))
        return t

    yield build
    for workers, controller in made:
        workers.cancel("data.fetch")
        workers.wait_for_done(5000)
        controller.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
