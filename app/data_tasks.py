"""The data controller's worker tasks that are its own (the loading core's are in
``models.session.loading``): plain functions of explicit arguments, run on the pool."""

from __future__ import annotations

from collections.abc import Callable

from models.market.cache_report import cache_report
from models.market.instruments import Instrument
from models.session.session import Session


def demo_task(loader: Callable[[], Session], control) -> Session:
    """The worker task of ``load_demo``: the demo session (never written to the cache)."""
    control.check_cancelled()
    return loader()


def clear_series_task(repository, instrument: Instrument, control):
    """The worker task of ``clear_series``: delete the series, report the cache."""
    control.check_cancelled()
    repository.clear(instrument)
    return cache_report(repository)
