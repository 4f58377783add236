"""The crash-safe on-disk series cache.

Layout under the cache root (``models.market.paths.default_cache_dir``)::

    series/<key>/manifest.json      what the series holds: chunks, range, metadata
    series/<key>/c000007-ab12cd.bin immutable chunk files (``models.market.cache.chunks``)
    locks/<key>.lock                one lock file per series (outside the series folder)
    corrupt/<key>-<time>/           unreadable series moved aside, kept for inspection

Format chosen by measurement (``bench/bench_cache.py``): a load of 1M one-minute rows
is one read per chunk into ready column arrays; an incremental refresh writes one small
chunk and replaces the manifest, so it costs time in proportion to the new rows.

Guarantees:

* **Atomic versions.** Every file is written under a temporary name in its own
  directory, fsync'ed and ``os.replace``'d; chunks are never modified once written and
  a version becomes visible only when the manifest naming it is replaced. A process
  killed at any moment (SIGKILL, power loss after fsync) leaves the previous version
  fully readable; leftover temporary or unreferenced chunk files are ignored by readers
  and deleted by the next writer of that series.
* **Concurrent writers.** Every write of a series holds ``locks/<key>.lock`` (filelock)
  and re-reads the manifest inside the lock, so two processes appending to the same
  series end with the union of their rows (the later write wins on equal timestamps).
  Readers take no lock; if a writer compacted chunks away mid-read they retry.
* **Corruption.** A bad manifest, a missing or truncated chunk, a size mismatch or
  unsorted times make ``read`` move the series folder to ``corrupt/`` and raise
  ``CacheCorrupt`` whose message tells the user; the next ``read`` returns ``None``,
  so the caller refetches. A writer meeting a corrupt series moves it aside the same
  way, starts afresh and records the message in ``SeriesCache.notices``.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pandas as pd
from filelock import FileLock, Timeout

from models.errors import CacheCorrupt, DataError
from models.market.cache.chunks import (
    ChunkUnreadable,
    chunk_is_sound,
)
from models.market.cache.manifest import (
    Manifest,
    ManifestUnreadable,
    SeriesKey,
    load_manifest,
    save_manifest,
)
from models.market.cache.summary import MANIFEST, CachedSeries, SeriesInfo, cached_of, info_of
from models.market.cache.versions import (
    add_rows,
    contract_rows,
    merged_rows,
    note_fetch,
    remove_unreferenced,
    replace_rows,
)
from models.market.instruments import Instrument
from models.notices import CACHE_ENTRY_SKIPPED, CACHE_REBUILT, CACHE_SET_ASIDE, Notice

__all__ = ["CachedSeries", "SeriesCache", "SeriesInfo", "SeriesKey"]

LOCK_TIMEOUT_S = 60.0


@dataclass
class SeriesCache:
    """The on-disk cache of price series; see the module docstring for its guarantees."""

    root: Path
    notices: list[Notice] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.root = Path(self.root)

    # -- reading ---------------------------------------------------------------------------

    def read(self, key: SeriesKey) -> CachedSeries | None:
        """The cached series, or None when nothing is cached.

        Raises ``CacheCorrupt`` after moving an unreadable series to ``corrupt/``.
        """
        reason = ""
        for _ in range(5):
            try:
                found = self._read_once(key)
            except _Stale:
                continue  # a writer replaced the manifest while we read: read the new one
            except _Broken as err:
                reason = str(err)
                break
            return found
        return self._set_aside_or_reread(key, reason or "it kept changing while being read")

    def has(self, key: SeriesKey) -> bool:
        """True when a folder exists for ``key`` (readable or not: ``read`` will tell)."""
        return self._dir(key).is_dir()

    def info(self, key: SeriesKey) -> SeriesInfo | None:
        """Manifest-only summary of one series (None when absent or unreadable)."""
        with contextlib.suppress(ManifestUnreadable):
            manifest = load_manifest(self._dir(key) / MANIFEST)
            return info_of(manifest, self._dir(key)) if manifest else None
        return None

    def list(self) -> list[SeriesInfo]:
        """Every readable series, sorted by symbol, source, exchange and timeframe."""
        out = []
        for directory in self._series_dirs():
            try:
                manifest = load_manifest(directory / MANIFEST)
            except ManifestUnreadable as err:
                text = f"Skipped an unreadable cache entry {directory.name}: {err}"
                notice = Notice(CACHE_ENTRY_SKIPPED, "", text)
                if notice not in self.notices:
                    self.notices.append(notice)
                continue
            if manifest is not None:
                out.append(info_of(manifest, directory))
        return sorted(out, key=lambda i: (i.symbol, i.source, i.exchange, i.timeframe))

    def size_bytes(self) -> int:
        """Bytes used by everything under the cache root (series, locks, set-aside files)."""
        total = 0
        for path in self.root.rglob("*"):
            with contextlib.suppress(OSError):
                if path.is_file():
                    total += path.stat().st_size
        return total

    # -- writing ---------------------------------------------------------------------------

    def append(
        self,
        key: SeriesKey,
        frame: pd.DataFrame,
        provenance: np.ndarray | int,
        instrument: Instrument,
        *,
        fetched_at: datetime | None = None,
        library_version: str = "",
        covered_start: pd.Timestamp | None = None,
        head_complete: bool = False,
    ) -> SeriesInfo:
        """Add rows (a contract frame) to a series, creating it if needed; later rows win.

        Writes one new chunk and then atomically replaces the manifest, under the
        series lock; the previous version stays readable until that replace.
        ``covered_start`` (default: the first new row) widens the recorded covered range.
        """
        rows = contract_rows(frame, provenance, key.timeframe)
        with self._locked(key):
            directory = self._dir(key)
            manifest = self._manifest_for_write(key, directory, instrument)
            note_fetch(manifest, fetched_at, library_version, covered_start, head_complete)
            if len(rows):
                add_rows(manifest, directory, rows)
            save_manifest(directory / MANIFEST, manifest)
            remove_unreferenced(directory, manifest)
            return info_of(manifest, directory)

    def write(
        self,
        key: SeriesKey,
        frame: pd.DataFrame,
        provenance: np.ndarray | int,
        instrument: Instrument,
        *,
        fetched_at: datetime | None = None,
        library_version: str = "",
        head_complete: bool = False,
    ) -> SeriesInfo:
        """Replace the whole series with ``frame`` (one chunk), atomically, under its lock."""
        rows = contract_rows(frame, provenance, key.timeframe)
        with self._locked(key):
            directory = self._dir(key)
            directory.mkdir(parents=True, exist_ok=True)
            manifest = Manifest.new(key, instrument)
            note_fetch(manifest, fetched_at, library_version, None, head_complete)
            replace_rows(manifest, directory, rows)
            save_manifest(directory / MANIFEST, manifest)
            remove_unreferenced(directory, manifest)
            return info_of(manifest, directory)

    def compact(self, key: SeriesKey) -> None:
        """Rewrite a series as a single chunk (same rows); a no-op when absent."""
        with self._locked(key):
            directory = self._dir(key)
            manifest = load_manifest(directory / MANIFEST)
            if manifest is None or len(manifest.chunks) <= 1:
                return
            replace_rows(manifest, directory, merged_rows(manifest, directory))
            save_manifest(directory / MANIFEST, manifest)
            remove_unreferenced(directory, manifest)

    def remove(self, key: SeriesKey) -> bool:
        """Delete one series; True if it existed."""
        return self._remove_folder(key.dirname, key.symbol)

    def remove_all(self) -> int:
        """Delete every series, readable or not, and the set-aside ones; returns how many."""
        removed = sum(self._remove_folder(d.name, d.name) for d in self._series_dirs())
        return removed + self.remove_set_aside()

    def remove_set_aside(self) -> int:
        """Delete the ``corrupt/`` folder; returns how many set-aside series it held."""
        stash = self.root / "corrupt"
        count = len(list(stash.iterdir())) if stash.is_dir() else 0
        shutil.rmtree(stash, ignore_errors=True)
        return count

    # -- internals -------------------------------------------------------------------------

    def _dir(self, key: SeriesKey) -> Path:
        return self.root / "series" / key.dirname

    def _series_dirs(self) -> list[Path]:
        base = self.root / "series"
        return sorted(p for p in base.iterdir() if p.is_dir()) if base.is_dir() else []

    def _remove_folder(self, dirname: str, label: str) -> bool:
        with self._locked_name(dirname, label):
            directory = self.root / "series" / dirname
            if not directory.exists():
                return False
            shutil.rmtree(directory, ignore_errors=True)
            return True

    def _locked(self, key: SeriesKey) -> contextlib.AbstractContextManager[None]:
        return self._locked_name(key.dirname, key.symbol)

    @contextlib.contextmanager
    def _locked_name(self, dirname: str, label: str) -> Iterator[None]:
        locks = self.root / "locks"
        locks.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(locks / f"{dirname}.lock"), timeout=LOCK_TIMEOUT_S)
        try:
            lock.acquire()
        except Timeout as err:
            raise DataError(
                f"The cache for {label} is locked by another running copy of the app; "
                "try again when it has finished."
            ) from err
        try:
            yield
        finally:
            lock.release()

    def _read_once(self, key: SeriesKey) -> CachedSeries | None:
        directory = self._dir(key)
        path = directory / MANIFEST
        try:
            manifest = load_manifest(path)
        except ManifestUnreadable as err:
            raise _Broken(str(err)) from err
        if manifest is None:
            return None
        try:
            rows = merged_rows(manifest, directory)
        except ChunkUnreadable as err:
            if _manifest_changed(path, manifest):
                raise _Stale() from err
            raise _Broken(str(err)) from err
        return cached_of(manifest, directory, rows)

    def _set_aside_or_reread(self, key: SeriesKey, reason: str) -> CachedSeries | None:
        with self._locked(key):
            # Under the lock no writer is active: if it reads now, a writer repaired it.
            with contextlib.suppress(_Broken, _Stale):
                return self._read_once(key)
            moved = self._move_aside(key)
        message = (
            f"The cached {key.symbol} ({key.timeframe}) data could not be read ({reason}); "
            f"it was moved to {moved} and will be fetched again."
        )
        self.notices.append(Notice(CACHE_SET_ASIDE, key.symbol, message))
        raise CacheCorrupt(message)

    def _move_aside(self, key: SeriesKey) -> Path:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        target = self.root / "corrupt" / f"{key.dirname}-{stamp}-{uuid.uuid4().hex[:6]}"
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(self._dir(key), target)
        return target

    def _manifest_for_write(
        self, key: SeriesKey, directory: Path, instrument: Instrument
    ) -> Manifest:
        try:
            manifest = load_manifest(directory / MANIFEST)
            for chunk in manifest.chunks if manifest else []:
                if not chunk_is_sound(directory / chunk.file, chunk.rows):
                    raise ChunkUnreadable(f"{chunk.file} is missing or has the wrong size")
        except (ManifestUnreadable, ChunkUnreadable) as err:
            moved = self._move_aside(key)
            text = (
                f"The cached {key.symbol} ({key.timeframe}) data could not be read ({err}); "
                f"it was moved to {moved} and is being rebuilt."
            )
            self.notices.append(Notice(CACHE_REBUILT, key.symbol, text))
            manifest = None
        directory.mkdir(parents=True, exist_ok=True)
        return manifest or Manifest.new(key, instrument)


class _Broken(Exception):
    """The series on disk is unreadable."""


class _Stale(Exception):
    """The manifest changed under a reader."""


def _manifest_changed(path: Path, seen: Manifest) -> bool:
    try:
        return load_manifest(path) != seen
    except ManifestUnreadable:
        return False
