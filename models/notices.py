"""What the user should be told about data that did load: structured, worded by the view.

A ``Notice`` is information, not a failure (a failure is a ``models.errors.DataError``,
whose type and ``kind`` say what failed):
a cached file that was unreadable and set aside, bars kept from a failed fetch, gaps in
what a source returned, an exchange that stood in for another, a refresh that failed and
left the cached bars in use. The cache, the repository and the sources create them; the
loaders carry them with their results; the window and the command line decide how to
show each ``kind``. Code that acts on a notice tests its ``kind``, never its text.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

#: an unreadable cached series was moved to ``corrupt/``; nothing cached remains for it
CACHE_SET_ASIDE = "cache_set_aside"
#: an unreadable cached series met by a writer was moved aside and is being rebuilt
CACHE_REBUILT = "cache_rebuilt"
#: ``list`` skipped a cache entry whose manifest cannot be read
CACHE_ENTRY_SKIPPED = "cache_entry_skipped"
#: bars a failed fetch delivered before failing were saved
PARTIAL_KEPT = "partial_kept"
#: bars a failed fetch delivered could not be saved (the serving exchange is unknown)
PARTIAL_LOST = "partial_lost"
#: the source returned bars with holes in them
GAP = "gap"
#: the first exchange of the chain failed; another one served the pair
FALLBACK_EXCHANGE = "fallback_exchange"
#: the source holds less history than was asked for
SHORT_HISTORY = "short_history"
#: a refresh failed; the cached bars are used as they are
STALE = "stale"
#: a file's calendar does not look like its instrument's (a warning, not a refusal)
CALENDAR_MISMATCH = "calendar_mismatch"
#: rows of an imported file without any price were skipped
ROWS_SKIPPED = "rows_skipped"
#: the series is synthetic demo data
DEMO = "demo"
#: an intraday file was made daily bars on import (the session rule in the text)
RESAMPLED = "resampled"
#: cached bars dated after today (from before imports were checked) are not used
FUTURE_IGNORED = "future_ignored"
#: folders a killed or failed first write left behind (no manifest): not series
UNFINISHED_WRITES = "unfinished_writes"
#: a derived series was computed without some of its optional inputs (altseason's alts)
INPUTS_MISSING = "inputs_missing"
#: the altseason universe was picked today and flatters the past (a caveat, always said)
SURVIVORSHIP = "survivorship"

KINDS = (
    CACHE_SET_ASIDE,
    CACHE_REBUILT,
    CACHE_ENTRY_SKIPPED,
    PARTIAL_KEPT,
    PARTIAL_LOST,
    GAP,
    FALLBACK_EXCHANGE,
    SHORT_HISTORY,
    STALE,
    CALENDAR_MISMATCH,
    ROWS_SKIPPED,
    DEMO,
    FUTURE_IGNORED,
    UNFINISHED_WRITES,
    RESAMPLED,
    INPUTS_MISSING,
    SURVIVORSHIP,
)


@dataclass(frozen=True)
class Notice:
    """One thing to tell the user: its ``kind`` (one of ``KINDS``), the instrument it is
    about (a label such as ``BTC/USDT``; empty when none), a plain English ``text`` and
    the facts a translated sentence needs (``details``: name and value pairs such as
    ``("path", ...)``, ``("exchange", ...)``, ``("count", ...)``; read with ``detail``)."""

    kind: str
    instrument: str
    text: str
    details: tuple[tuple[str, str], ...] = ()

    def detail(self, name: str, default: str = "") -> str:
        """The value of one of ``details`` (``default`` when absent)."""
        return dict(self.details).get(name, default)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown notice kind {self.kind!r}")

    def __str__(self) -> str:
        return self.text

    def about(self, label: str) -> Notice:
        """The same notice attributed to ``label`` (a source knows a symbol, the
        repository the instrument's label)."""
        return replace(self, instrument=label)


def texts(notices) -> tuple[str, ...]:
    """The texts of ``notices``, in order (for records that store plain sentences)."""
    return tuple(n.text for n in notices)
