"""Derived series in the loading core: load the inputs, then compute (``models.derived``).

The loaders never read or fetch a derived instrument itself. Each has one hook here:

* the cache load and the window's fetch work on ``with_inputs(instruments)`` (every
  derived instrument replaced by the plain ones it is computed from, so a 30-alt
  universe is fetched as 30 concurrent tasks of one batch, with one progress bar);
* their outcomes go through ``derive_into``, which computes each derived instrument of
  the selection from the series loaded (and from the inputs of the derived series
  already shown, when a refresh brought only some of them back);
* ``load_derived`` serves the command line's ``load_session``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from models.derived.series import DerivedSeries, derive, plain_inputs, required_inputs
from models.errors import DataError
from models.market.instruments import Instrument
from models.market.series import MarketSeries
from models.session.session import LoadOutcome


def with_inputs(instruments: Iterable[Instrument]) -> list[Instrument]:
    """``instruments`` with each derived one replaced by its plain inputs, each once."""
    return plain_inputs(instruments)


def derive_into(outcome: LoadOutcome, quiet_when_absent: bool = False) -> LoadOutcome:
    """Compute each derived instrument of ``outcome.selection`` into ``outcome.series``.

    A derived series whose required inputs are missing gets an error (the failed
    input's own, else one naming them), unless one is already shown (a refresh that
    failed keeps the chart) or ``quiet_when_absent`` and no input failed (the cache
    load before a fetch). Errors of optional inputs (alts of the altseason universe
    outside the selection) become the derived series' ``inputs_missing`` notice.
    """
    selected = set(outcome.selection.instruments)
    for instrument in outcome.selection.instruments:
        if not instrument.is_derived:
            continue
        previous = outcome.series.get(instrument)
        available = dict(previous.inputs) if isinstance(previous, DerivedSeries) else {}
        available.update(outcome.series)
        try:
            series = derive(instrument, available)
        except DataError as exc:
            if previous is None:
                quiet = quiet_when_absent and not _has_required(instrument, available)
                _refuse(outcome, instrument, exc, quiet)
            continue
        outcome.series[instrument] = series
        outcome.errors.pop(instrument, None)
        outcome.notices.extend(series.caveats)
        required = set(required_inputs(instrument))
        for leaf in plain_inputs([instrument]):
            if leaf not in selected and leaf not in required:
                outcome.errors.pop(leaf, None)
    return outcome


def load_derived(
    instrument: Instrument, load: Callable[[Instrument], MarketSeries]
) -> DerivedSeries:
    """``instrument`` computed from its inputs, each loaded by ``load`` (the command
    line's source: imports, cache, top-up). A required input's failure is raised as it
    is (its message names the series and what to do); an optional one is left out."""
    required = set(required_inputs(instrument))
    available: dict[Instrument, MarketSeries] = {}
    for leaf in plain_inputs([instrument]):
        try:
            available[leaf] = load(leaf)
        except DataError:
            if leaf in required:
                raise
    return derive(instrument, available)


def _refuse(outcome: LoadOutcome, instrument: Instrument, error: DataError, quiet: bool) -> None:
    """Record why ``instrument`` is missing: a required input's failure, else ``error``
    unless ``quiet`` (an input is simply not loaded yet and a fetch follows)."""
    failed = [outcome.errors[i] for i in required_inputs(instrument) if i in outcome.errors]
    if failed:
        outcome.errors[instrument] = failed[0]
    elif not quiet:
        outcome.errors[instrument] = error


def _has_required(instrument: Instrument, available) -> bool:
    return all(i in available and available[i].rows for i in required_inputs(instrument))
