"""Fixtures the app tests share: translations, and a DataController rig recording its
signals (the window's data tests)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool

from app.data_controller import DataController
from app.translations import install_translators, use_locale_of
from app.workers import WorkerPool
from models.market.instruments import load_catalogue


@pytest.fixture
def translated(qapp):
    """``translated(language)`` installs the UI language's translators and number locale;
    both are taken back after the test (the next test speaks English)."""
    installed = []

    def install(language):
        installed.extend(install_translators(qapp, language))
        return installed

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)
    use_locale_of("en")


@pytest.fixture
def make(qtbot):
    """``make(repo, **options)``: a DataController on ``repo`` with its own workers, as
    ``t.c`` (``t.w`` the workers, ``t.repo``), each main signal recorded on ``t``."""
    made = []

    def build(repo, **kwargs):
        workers = WorkerPool(QThreadPool())
        kwargs.setdefault("refresh_delay_ms", 60_000)  # no background refresh unless asked
        controller = DataController(repo, workers, load_catalogue(), **kwargs)
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
