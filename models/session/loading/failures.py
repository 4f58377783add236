"""Which series failed this session, remembered in one place.

A series that failed is not fetched again on later selection changes (that would repeat
a slow failure on every click), only on an explicit Retry or Refresh, or when the user
types it again after it left the selection. A cache load also hands the fetch that
follows it the errors it found (a cached file set aside), so that a failed refetch still
says the cached file was lost.
"""

from __future__ import annotations

from collections.abc import Iterable

from models.errors import DataError
from models.market.instruments import Instrument
from models.session.session import LoadOutcome


class FailureMemory:
    """The failures of this session, and the errors a cache load carries to its fetch."""

    def __init__(self) -> None:
        self._failed: dict[Instrument, DataError] = {}
        self._carried: dict[Instrument, DataError] = {}

    def __contains__(self, instrument: Instrument) -> bool:
        return instrument in self._failed

    def as_dict(self) -> dict[Instrument, DataError]:
        """A copy of the failures, by instrument."""
        return dict(self._failed)

    def not_failed(self, instruments: Iterable[Instrument]) -> list[Instrument]:
        """``instruments`` less those that failed this session."""
        return [i for i in instruments if i not in self._failed]

    def remember(self, errors: dict[Instrument, DataError]) -> None:
        """These fetches failed: do not try them again until asked."""
        self._failed.update(errors)

    def forget(self, instruments: Iterable[Instrument]) -> None:
        """Try these again (Retry, Refresh, an import, typed again after leaving)."""
        for instrument in instruments:
            self._failed.pop(instrument, None)

    def recall_into(self, outcome: LoadOutcome, missing: Iterable[Instrument]) -> None:
        """Name the remembered failure of each ``missing`` instrument in ``outcome``."""
        for instrument in missing:
            if instrument in self._failed:
                outcome.errors[instrument] = self._failed[instrument]

    def carry(self, errors: dict[Instrument, DataError]) -> None:
        """Hand a cache load's errors to the fetch that follows it."""
        self._carried = dict(errors)

    def settle_fetch(self, outcome: LoadOutcome) -> None:
        """Remember the fetch's failures and join the carried errors into ``outcome``.

        A carried error stays when the fetch did not bring the series; where the fetch
        failed too, the fetch's error carries it (``carried``) and both are said.
        """
        self.remember(outcome.errors)
        carried, self._carried = self._carried, {}
        for instrument, error in carried.items():
            fetch_error = outcome.errors.get(instrument)
            if fetch_error is None:
                if instrument not in outcome.series:
                    outcome.errors[instrument] = error
            elif fetch_error is not error:
                # both are said: the fetch's error keeps its fields and carries the other
                fetch_error.carried = error
                outcome.errors[instrument] = fetch_error
