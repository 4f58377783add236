"""A rig for the evidence and watch controllers: a synthetic market prepared as the chart
would have it, a chart-controller stand-in that announces it, the real view-state owner
and worker pool, and views that are either the real widgets or spec-checked doubles."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import QObject, QThreadPool, Signal

from app.view_state import ViewStateOwner
from app.workers import WorkerPool
from models.analysis.breakout_params import BreakoutParams
from models.session.prepared import prepare
from models.session.session import Session
from models.session.view_state import ViewState
from tests.analytics_synth import breakout_market
from tests.test_watch import _series


def market(cycles: int = 3, seed: int = 8) -> Session:
    """^RUT with ``cycles`` breakouts and BTC-USD that rises after each."""
    equity, crypto, _dates = breakout_market(seed=seed, cycles=cycles, jump=0.3)
    return Session(_series("^RUT", equity), [_series("BTC-USD", crypto)], "import")


class FakeCharts(QObject):
    """``ChartController``'s part the controllers read: the live analysis (``live``, here
    always what is shown) and ``prepared_ready``."""

    prepared_ready = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.state = SimpleNamespace(prepared=None)
        self.live = self.state  # no replay here: the live analysis is the one shown

    def show(self, session: Session, params: BreakoutParams) -> None:
        """Prepare ``session`` and announce it, as the chart does once it shows it."""
        self.state.prepared = prepare(session, params)
        self.prepared_ready.emit(self.state.prepared)


def rig(params: BreakoutParams | None = None) -> SimpleNamespace:
    """Workers, charts and the view-state owner (``params`` in force)."""
    view = ViewStateOwner(ViewState(params=params or BreakoutParams()))
    return SimpleNamespace(w=WorkerPool(QThreadPool()), charts=FakeCharts(), view=view)


def drain(r: SimpleNamespace) -> None:
    """Cancel what runs and wait for the pool."""
    for channel in ("evidence.walk", "evidence.heatmap", "watch.rules", "notify.breakouts"):
        r.w.cancel(channel, quiet=True)
    r.w.wait_for_done(20_000)
