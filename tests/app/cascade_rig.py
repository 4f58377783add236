"""A cascade controller on a fake repository, for the cascade's app tests: a cached chain
with planted leads, a real cascade view, its own worker pool and settings file."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import QSettings, QThreadPool

from app.cascade_controller import CascadeController
from app.settings import SettingsStore
from app.view_state import ViewStateOwner
from app.workers import WorkerPool
from models.cascade.demo import planted_chain
from models.cascade.stages import parse_chain
from models.market.frames import line_frame
from models.market.instruments import load_catalogue
from models.session.view_state import ViewState
from tests.app.fakes import FakeRepository
from widgets.cascade.panel import CascadePanel

#: a small chain of every calendar: weekly FRED, two session stages and a 24/7 coin
CHAIN = parse_chain("FRED:WALCL, SPY, ^RUT, BTC-USD")
LEADS = (10, 20, 30)
CALENDARS = ("weekly", "sessions", "sessions", "daily")


def cached_chain(days: int = 1500, seed: int = 3) -> dict:
    """The chain's series by symbol, as a fake repository caches them (planted leads, a
    slow wave so the stages turn in order)."""
    levels = planted_chain(LEADS, CALENDARS, days, 0.5, seed, "2015-01-02", (0.4, 730, 0.5))
    return {stage.symbol: line_frame(level) for stage, level in zip(CHAIN, levels, strict=True)}


class CascadeRig(SimpleNamespace):
    """``c`` the controller, ``panel`` the view, ``w`` the workers, ``repo``, ``store``,
    ``view`` (the view state's owner), ``data`` (repository and offline), ``shown`` the
    analyses shown, ``progress`` every progress the view was given."""

    def wait_shown(self, qtbot, count: int = 1, timeout: int = 20_000) -> None:
        qtbot.waitUntil(lambda: len(self.shown) >= count, timeout=timeout)

    def wait_idle(self, qtbot, timeout: int = 20_000) -> None:
        qtbot.waitUntil(lambda: not self.panel.is_busy(), timeout=timeout)


def build_rig(qtbot, tmp_path, cached=None, *, offline=True, chain=CHAIN, fetch_delay=0.0):
    """A ``CascadeRig`` (inactive: call ``rig.c.set_active(True)`` to run)."""
    repo = FakeRepository(cached_chain() if cached is None else cached, fetch_delay=fetch_delay)
    workers = WorkerPool(QThreadPool(), io_pool=QThreadPool())
    store = SettingsStore(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    store.save_cascade_chain(chain)
    view = ViewStateOwner(ViewState(), store)
    data = SimpleNamespace(repository=repo, offline=offline)
    panel = CascadePanel()
    qtbot.addWidget(panel)
    panel.resize(1400, 420)
    controller = CascadeController(panel, workers, data, load_catalogue(), store, view)
    rig = CascadeRig(
        c=controller, panel=panel, w=workers, repo=repo, store=store, view=view, data=data
    )
    rig.shown, rig.progress = [], []
    controller.analysis_shown.connect(rig.shown.append)
    recorded = panel.show_progress

    def record(done, expected, text):
        rig.progress.append((done, expected, text))
        recorded(done, expected, text)

    panel.show_progress = record  # the controller calls it through the instance
    return rig


def slow_prepare(loaded, options, control):
    """``prepare_cascade`` after about 20 seconds of steps that each check the cancel (a
    long hop), for the cancel tests: unless the cancel reaches it, the child is busy that
    long. A module-level function, so it runs in the child process as the real task."""
    import time

    from models.cascade.analysis import prepare_cascade

    control.report(0, 8, "a long first hop")
    for _ in range(4000):
        control.check_cancelled()
        time.sleep(0.005)
    return prepare_cascade(loaded, options, control)


def drain(rig) -> None:
    """Cancel what still runs and wait for both pools."""
    rig.c.cancel()
    rig.w.wait_for_done(10_000)
