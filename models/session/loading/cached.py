"""The first step of every window load: what the cache holds, at once, without a network."""

from __future__ import annotations

from models.errors import CacheCorrupt, InvalidParameter, NotCachedOffline
from models.market.frames import DAILY
from models.market.instruments import Catalogue, Instrument
from models.notices import CACHE_SET_ASIDE
from models.session.loading.derived import derive_into, with_inputs
from models.session.loading.volume_proxy import load_volume_proxy
from models.session.session import LoadOutcome, Selection


def load_cached(
    repository, catalogue: Catalogue, selection: Selection, offline: bool, control
) -> LoadOutcome:
    """Every instrument of ``selection`` as the cache holds it, and the equity's volume proxy.

    An instrument whose cached file was unreadable (set aside by the cache, a
    ``cache_set_aside`` notice) gets a ``CacheCorrupt`` error saying so. ``offline``, an
    instrument with nothing cached gets ``NotCachedOffline`` (online it is fetched
    next). A derived instrument is computed from its cached inputs
    (``models.session.loading.derived``). Stops at ``control``'s cancel.
    """
    outcome = LoadOutcome(selection)
    for instrument in with_inputs(selection.instruments):
        control.check_cancelled()
        try:
            read = repository.read_cached(instrument, DAILY)
        except InvalidParameter as err:  # an exchange name no exchange has: that one only
            outcome.errors[instrument] = err
            continue
        outcome.notices.extend(read.notices)
        if read.series is not None and read.series.rows:
            outcome.series[instrument] = read.series
            outcome.notices.extend(read.series.notices)
        elif any(n.kind == CACHE_SET_ASIDE for n in read.notices):
            told = next(n for n in read.notices if n.kind == CACHE_SET_ASIDE)
            moved = told.detail("moved") != "no"
            text = _set_aside(instrument, offline) if moved else told.text
            outcome.errors[instrument] = CacheCorrupt(text, told.detail("path"), moved)
        elif offline:
            text = f"{instrument.label}: nothing cached and the app is offline."
            outcome.errors[instrument] = NotCachedOffline(text)
    outcome.volume_proxy = load_volume_proxy(repository, catalogue, selection.equity)
    return derive_into(outcome, quiet_when_absent=not offline)


def _set_aside(instrument: Instrument, offline: bool) -> str:
    then = "it will be refetched when online." if offline else "it is being refetched."
    return f"{instrument.label}'s cached file was unreadable and was set aside; {then}"
