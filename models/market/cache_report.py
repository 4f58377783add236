"""What the cache dialog shows: the cache's size on disk and the series it holds."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class CacheReport:
    """The cache's size on disk and what it holds (``Repository.list_series`` entries)."""

    size_bytes: int
    series: list = field(default_factory=list)


def cache_report(repository, control=None) -> CacheReport:
    """The size and contents of ``repository``'s cache (a worker task: it walks the disk)."""
    return CacheReport(repository.cache_size_bytes(), repository.list_series())


def clear_cache(repository, control=None) -> CacheReport:
    """Delete every cached series, then report the (empty) cache."""
    repository.clear()
    return cache_report(repository)
