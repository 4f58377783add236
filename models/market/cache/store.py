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
* **Corruption.** A bad manifest, a missing or truncated chunk, a size mismatch,
  unsorted times, a chunk or manifest whose bytes no longer match its checksum, or a
  row that breaks a rule of ``models.market.bar_checks`` make ``read`` move the series
  folder to ``corrupt/`` and raise ``CacheCorrupt`` whose message names the series and
  where it went; the next ``read`` returns ``None``, so the caller refetches. A writer
  meeting a corrupt series moves it aside the same way, starts afresh and records the
  message in ``SeriesCache.notices``. On a cache that cannot be written (read-only) the
  series cannot be moved: ``read`` raises ``CacheCorrupt`` saying so, for that series
  only, and every other series reads as before.
* **No manifest-less folders.** A first write builds its folder under a staging name and
  renames it into place (``models.market.cache.folders``); leftovers of killed or
  refused writes are ignored by readers and removed by the next write and ``data clear``.
* **The disk's refusals** (full, read-only, permission, a name too long, a file in the
  way) are ``StorageError``: one sentence naming the path and what to do.
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import numpy as np
import pandas as pd
from filelock import FileLock, Timeout

from models.errors import CacheCorrupt, DataError, StorageError, storage_error
from models.market.bar_checks import first_bad_row, needs_positive
from models.market.cache import folders
from models.market.cache.chunks import ChunkUnreadable, chunk_is_sound
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
    seal,
)
from models.market.instruments import Instrument
from models.notices import CACHE_REBUILT, CACHE_SET_ASIDE, Notice

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
        self.check_root()
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
        """True when a series is stored for ``key`` (its manifest exists, readable or not:
        ``read`` will tell); an unfinished write's folder does not count."""
        return (self._dir(key) / MANIFEST).is_file()

    def info(self, key: SeriesKey) -> SeriesInfo | None:
        """Manifest-only summary of one series (None when absent or unreadable)."""
        with contextlib.suppress(ManifestUnreadable):
            manifest = load_manifest(self._dir(key) / MANIFEST)
            return info_of(manifest, self._dir(key)) if manifest else None
        return None

    def list(self) -> list[SeriesInfo]:
        """Every readable series, sorted by symbol, source, exchange and timeframe.

        A series whose manifest is unreadable is set aside (``cache_set_aside`` notice
        in ``notices``) like ``read`` does; unfinished writes are not series
        (``unfinished``)."""
        self.check_root()
        out = []
        for directory in folders.series_dirs(self.root):
            try:
                manifest = load_manifest(directory / MANIFEST)
            except ManifestUnreadable as err:
                key = folders.key_of(directory.name)
                if key is not None:
                    with contextlib.suppress(CacheCorrupt):
                        self._set_aside_or_reread(key, str(err))
                continue
            if manifest is not None:
                out.append(info_of(manifest, directory))
        return sorted(out, key=lambda i: (i.symbol, i.source, i.exchange, i.timeframe))

    def unfinished(self) -> list[folders.Unfinished]:
        """Folders left by writes that did not finish (no manifest): not series."""
        return folders.unfinished(self.root)

    def size_bytes(self) -> int:
        """Bytes used by everything under the cache root (series, locks, set-aside files)."""
        return folders.folder_size(self.root) if self.root.is_dir() else 0

    def check_root(self) -> None:
        """Raise ``StorageError`` when the cache root is a file, not a folder."""
        if self.root.exists() and not self.root.is_dir():
            raise StorageError(
                f"The cache folder {self.root} is a file, not a folder; point --cache-dir "
                "(or LIQUIDITY_CASCADE_CACHE_DIR) at a folder.",
                str(self.root),
                StorageError.NOT_A_FOLDER,
            )

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
        imported_from: str = "",
    ) -> SeriesInfo:
        """Add rows (a contract frame) to a series, creating it if needed; later rows win.

        Writes one new chunk and then atomically replaces the manifest, under the
        series lock; the previous version stays readable until that replace. A new
        series appears whole, with its manifest (see ``folders``).
        ``covered_start`` (default: the first new row) widens the recorded covered range;
        ``imported_from`` names the file the rows were imported from.
        """
        rows = contract_rows(frame, provenance, key.timeframe)
        with self._writing(key) as directory:
            manifest = self._manifest_for_write(key, directory, instrument)
            note_fetch(manifest, fetched_at, library_version, covered_start, head_complete)
            if imported_from and imported_from not in manifest.imported_from:
                manifest.imported_from.append(imported_from)
            target = self._target(key, directory)
            seal(manifest, target)
            if len(rows):
                add_rows(manifest, target, rows)
            return self._finish(manifest, target, directory)

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
        with self._writing(key) as directory:
            manifest = Manifest.new(key, instrument)
            note_fetch(manifest, fetched_at, library_version, None, head_complete)
            target = self._target(key, directory)
            replace_rows(manifest, target, rows)
            return self._finish(manifest, target, directory)

    def compact(self, key: SeriesKey) -> None:
        """Rewrite a series as a single chunk (same rows); a no-op when absent."""
        with self._writing(key) as directory:
            manifest = load_manifest(directory / MANIFEST)
            if manifest is None or len(manifest.chunks) <= 1:
                return
            replace_rows(manifest, directory, merged_rows(manifest, directory))
            self._finish(manifest, directory, directory)

    def remove(self, key: SeriesKey) -> bool:
        """Delete one series and its unfinished writes; True if the series existed."""
        with self._guarded("clear the cache", self.root), self._locked(key):
            folders.discard_unfinished(self.root, key)
            directory = self._dir(key)
            if not directory.exists():
                return False
            shutil.rmtree(directory)
            return True

    def discard_unfinished(self, key: SeriesKey) -> int:
        """Delete the unfinished writes of ``key`` (not its series); bytes freed."""
        with self._guarded("clear the cache", self.root), self._locked(key):
            return folders.discard_unfinished(self.root, key)

    def remove_all(self) -> int:
        """Delete every series, readable or not, unfinished writes and the set-aside ones;
        returns how many series and set-aside series went."""
        with self._guarded("clear the cache", self.root):
            removed = 0
            for directory in folders.series_dirs(self.root):
                with self._locked_name(directory.name, directory.name):
                    removed += int((directory / MANIFEST).exists())
                    shutil.rmtree(directory)
            for item in folders.unfinished(self.root):
                shutil.rmtree(item.path, ignore_errors=True)
            return removed + self.remove_set_aside()

    def remove_set_aside(self) -> int:
        """Delete the ``corrupt/`` folder; returns how many set-aside series it held."""
        return folders.remove_set_aside(self.root)

    # -- internals -------------------------------------------------------------------------

    def _dir(self, key: SeriesKey) -> Path:
        return self.root / folders.SERIES / key.dirname

    @contextlib.contextmanager
    def _guarded(self, doing: str, path: Path) -> Iterator[None]:
        """Turn the disk's refusals into ``StorageError`` (one sentence, the path)."""
        self.check_root()
        try:
            yield
        except OSError as err:
            raise storage_error(err, path, doing) from err

    @contextlib.contextmanager
    def _writing(self, key: SeriesKey) -> Iterator[Path]:
        with self._guarded("write the cache", self._dir(key)), self._locked(key):
            yield self._dir(key)

    def _target(self, key: SeriesKey, directory: Path) -> Path:
        """Where this write puts its files: the series folder, or for a series that has
        no manifest yet a staging folder (its unfinished writes are removed first)."""
        if (directory / MANIFEST).is_file():
            return directory
        folders.discard_unfinished(self.root, key)
        return folders.staging_dir(self.root, key)

    def _finish(self, manifest: Manifest, target: Path, directory: Path) -> SeriesInfo:
        """Replace the manifest, publish a new series' folder, remove what is no longer
        referenced; the series' summary."""
        save_manifest(target / MANIFEST, manifest)
        if target != directory:
            folders.publish(target, directory)
        remove_unreferenced(directory, manifest)
        return info_of(manifest, directory)

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
        except (ChunkUnreadable, OSError) as err:
            if _manifest_changed(path, manifest):
                raise _Stale() from err
            raise _Broken(str(err)) from err
        bad = first_bad_row(rows.times, rows.values, None, needs_positive(key.source))
        if bad is not None:
            stamp = pd.Timestamp(int(rows.times[bad[0]]), unit="ns")
            raise _Broken(f"the bar of {stamp:%Y-%m-%d %H:%M} is impossible: {bad[2]}")
        return cached_of(manifest, directory, rows)

    def _set_aside_or_reread(self, key: SeriesKey, reason: str) -> CachedSeries | None:
        try:
            with self._locked(key):
                # Under the lock no writer is active: if it reads now, a writer repaired it.
                with contextlib.suppress(_Broken, _Stale):
                    return self._read_once(key)
                moved = folders.move_aside(self.root, self._dir(key), key.dirname)
        except OSError as err:  # a read-only cache: the series cannot be moved
            message = (
                f"The cached {key.symbol} ({key.timeframe}) data could not be read ({reason}) "
                f"and could not be set aside ({storage_error(err, self.root, 'move it')}); "
                "it is skipped."
            )
            details = (*_details(key, ""), ("moved", "no"))
            self._tell(Notice(CACHE_SET_ASIDE, key.symbol, message, details))
            raise CacheCorrupt(message, moved=False) from err
        message = (
            f"The cached {key.symbol} ({key.timeframe}) data could not be read ({reason}); "
            f"it was moved to {moved} and will be fetched again."
        )
        self._tell(Notice(CACHE_SET_ASIDE, key.symbol, message, _details(key, moved)))
        raise CacheCorrupt(message, moved)

    def _tell(self, notice: Notice) -> None:
        if notice not in self.notices:
            self.notices.append(notice)

    def _manifest_for_write(
        self, key: SeriesKey, directory: Path, instrument: Instrument
    ) -> Manifest:
        try:
            manifest = load_manifest(directory / MANIFEST)
            for chunk in manifest.chunks if manifest else []:
                if not chunk_is_sound(directory / chunk.file, chunk.rows):
                    raise ChunkUnreadable(f"{chunk.file} is missing or has the wrong size")
        except (ManifestUnreadable, ChunkUnreadable) as err:
            moved = folders.move_aside(self.root, directory, key.dirname)
            text = (
                f"The cached {key.symbol} ({key.timeframe}) data could not be read ({err}); "
                f"it was moved to {moved} and is being rebuilt."
            )
            self._tell(Notice(CACHE_REBUILT, key.symbol, text, _details(key, moved)))
            manifest = None
        return manifest or Manifest.new(key, instrument)


def _details(key: SeriesKey, moved) -> tuple[tuple[str, str], ...]:
    return (("timeframe", key.timeframe), ("path", str(moved)))


class _Broken(Exception):
    """The series on disk is unreadable."""


class _Stale(Exception):
    """The manifest changed under a reader."""


def _manifest_changed(path: Path, seen: Manifest) -> bool:
    try:
        return load_manifest(path) != seen
    except ManifestUnreadable:
        return False
