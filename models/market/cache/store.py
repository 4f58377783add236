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
    Rows,
    chunk_is_sound,
    frame_to_rows,
    merge_rows,
    overlapping_codes,
    read_chunks,
    rows_to_frame,
    write_chunk,
)
from models.market.cache.manifest import (
    Chunk,
    Manifest,
    ManifestUnreadable,
    SeriesKey,
    load_manifest,
    save_manifest,
)
from models.market.frames import is_daily
from models.market.instruments import Instrument
from models.market.series import Provenance

#: an append that would leave more chunks than this rewrites the series as one chunk
MAX_CHUNKS = 24
LOCK_TIMEOUT_S = 60.0
MANIFEST = "manifest.json"


@dataclass
class SeriesInfo:
    """What ``data list`` shows about one cached series (read from its manifest only)."""

    symbol: str
    source: str
    exchange: str
    timeframe: str
    name: str
    calendar: str
    asset_class: str
    first: pd.Timestamp | None
    last: pd.Timestamp | None
    rows: int
    provenance: str
    fetched_at: datetime | None
    library_version: str
    size_bytes: int
    chunks: int

    @property
    def key(self) -> SeriesKey:
        """The cache key of this series."""
        return SeriesKey(self.source, self.exchange, self.symbol, self.timeframe)


@dataclass
class CachedSeries:
    """A series read from the cache: contract frame, provenance codes and metadata.

    ``covered_start`` is the earliest time already asked of the source (at or before the
    first bar); ``head_complete`` is True once a fetch "from the earliest available" ran.
    """

    info: SeriesInfo
    frame: pd.DataFrame
    provenance: np.ndarray
    covered_start: pd.Timestamp | None
    head_complete: bool


@dataclass
class SeriesCache:
    """The on-disk cache of price series; see the module docstring for its guarantees."""

    root: Path
    notices: list[str] = field(default_factory=list)

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
            return _info(manifest, self._dir(key)) if manifest else None
        return None

    def list(self) -> list[SeriesInfo]:
        """Every readable series, sorted by symbol, source, exchange and timeframe."""
        out = []
        for directory in self._series_dirs():
            try:
                manifest = load_manifest(directory / MANIFEST)
            except ManifestUnreadable as err:
                notice = f"Skipped an unreadable cache entry {directory.name}: {err}"
                if notice not in self.notices:
                    self.notices.append(notice)
                continue
            if manifest is not None:
                out.append(_info(manifest, directory))
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
        rows = _contract_rows(frame, provenance, key.timeframe)
        with self._locked(key):
            directory = self._dir(key)
            manifest = self._manifest_for_write(key, directory, instrument)
            _note_fetch(manifest, fetched_at, library_version, covered_start, head_complete)
            if len(rows):
                self._add_rows(manifest, directory, rows)
            save_manifest(directory / MANIFEST, manifest)
            _remove_unreferenced(directory, manifest)
            return _info(manifest, directory)

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
        rows = _contract_rows(frame, provenance, key.timeframe)
        with self._locked(key):
            directory = self._dir(key)
            directory.mkdir(parents=True, exist_ok=True)
            manifest = Manifest.new(key, instrument)
            _note_fetch(manifest, fetched_at, library_version, None, head_complete)
            self._replace_rows(manifest, directory, rows)
            save_manifest(directory / MANIFEST, manifest)
            _remove_unreferenced(directory, manifest)
            return _info(manifest, directory)

    def compact(self, key: SeriesKey) -> None:
        """Rewrite a series as a single chunk (same rows); a no-op when absent."""
        with self._locked(key):
            directory = self._dir(key)
            manifest = load_manifest(directory / MANIFEST)
            if manifest is None or len(manifest.chunks) <= 1:
                return
            self._replace_rows(manifest, directory, self._merged(manifest, directory))
            save_manifest(directory / MANIFEST, manifest)
            _remove_unreferenced(directory, manifest)

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
            rows = self._merged(manifest, directory)
        except ChunkUnreadable as err:
            if _manifest_changed(path, manifest):
                raise _Stale() from err
            raise _Broken(str(err)) from err
        return _cached(manifest, directory, rows)

    def _merged(self, manifest: Manifest, directory: Path) -> Rows:
        return read_chunks([(directory / c.file, c.rows) for c in manifest.chunks])

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
        self.notices.append(message)
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
            self.notices.append(
                f"The cached {key.symbol} ({key.timeframe}) data could not be read ({err}); "
                f"it was moved to {moved} and is being rebuilt."
            )
            manifest = None
        directory.mkdir(parents=True, exist_ok=True)
        return manifest or Manifest.new(key, instrument)

    def _add_rows(self, manifest: Manifest, directory: Path, rows: Rows) -> None:
        if len(manifest.chunks) + 1 > MAX_CHUNKS:
            merged = merge_rows([self._merged(manifest, directory), rows])
            self._replace_rows(manifest, directory, merged)
            return
        _count_replaced(manifest, directory, rows)
        chunk = self._new_chunk(manifest, directory, rows)
        manifest.chunks.append(chunk)
        manifest.first = min(manifest.first, chunk.first) if manifest.rows else chunk.first
        manifest.last = max(manifest.last, chunk.last) if manifest.rows else chunk.last
        manifest.rows += len(rows)
        for code, count in zip(*np.unique(rows.codes, return_counts=True), strict=True):
            manifest.provenance[int(code)] = manifest.provenance.get(int(code), 0) + int(count)

    def _replace_rows(self, manifest: Manifest, directory: Path, rows: Rows) -> None:
        manifest.chunks = [self._new_chunk(manifest, directory, rows)] if len(rows) else []
        manifest.rows = len(rows)
        manifest.first = int(rows.times[0]) if len(rows) else 0
        manifest.last = int(rows.times[-1]) if len(rows) else 0
        codes, counts = np.unique(rows.codes, return_counts=True)
        manifest.provenance = {int(c): int(n) for c, n in zip(codes, counts, strict=True)}

    def _new_chunk(self, manifest: Manifest, directory: Path, rows: Rows) -> Chunk:
        manifest.generation += 1
        name = f"c{manifest.generation:06d}-{uuid.uuid4().hex[:6]}.bin"
        size = write_chunk(directory / name, rows)
        return Chunk(name, len(rows), int(rows.times[0]), int(rows.times[-1]), size)


class _Broken(Exception):
    """The series on disk is unreadable."""


class _Stale(Exception):
    """The manifest changed under a reader."""


def _contract_rows(frame: pd.DataFrame, provenance: np.ndarray | int, timeframe: str) -> Rows:
    """Rows of a contract frame; refuses what would be stored wrongly (a programming error)."""
    tz = frame.index.tz if isinstance(frame.index, pd.DatetimeIndex) else "not a DatetimeIndex"
    if (tz is None) != is_daily(timeframe) or (tz is not None and str(tz) != "UTC"):
        raise ValueError(
            f"a {timeframe} frame needs a contract index (see models.market.frames.conform)"
        )
    rows = frame_to_rows(frame, provenance)
    if len(rows) > 1 and not bool((rows.times[1:] > rows.times[:-1]).all()):
        raise ValueError("rows must be sorted and unique (see models.market.frames.conform)")
    return rows


def _manifest_changed(path: Path, seen: Manifest) -> bool:
    try:
        return load_manifest(path) != seen
    except ManifestUnreadable:
        return False


def _note_fetch(
    manifest: Manifest,
    fetched_at: datetime | None,
    library_version: str,
    covered_start: pd.Timestamp | None,
    head_complete: bool,
) -> None:
    if fetched_at is not None:
        manifest.fetched_at = fetched_at.isoformat()
    if library_version:
        manifest.library_version = library_version
    if covered_start is not None:
        stamp = int(pd.Timestamp(covered_start).as_unit("ns").value)
        current = manifest.covered_start
        manifest.covered_start = stamp if current is None else min(current, stamp)
    manifest.head_complete = manifest.head_complete or head_complete


def _count_replaced(manifest: Manifest, directory: Path, rows: Rows) -> None:
    """Subtract from the row and provenance counts the rows that ``rows`` will overwrite."""
    pending = rows.times
    for chunk in reversed(manifest.chunks):  # the newest copy of a time is the live one
        if not len(pending) or chunk.last < pending[0] or chunk.first > pending[-1]:
            continue
        found, codes = overlapping_codes(directory / chunk.file, chunk.rows, pending)
        for code, count in zip(*np.unique(codes, return_counts=True), strict=True):
            manifest.provenance[int(code)] -= int(count)
        manifest.rows -= int(found.sum())
        pending = pending[~found]
    manifest.provenance = {c: n for c, n in manifest.provenance.items() if n > 0}


def _remove_unreferenced(directory: Path, manifest: Manifest) -> None:
    """Delete orphans (temporary files, chunks of older versions); call under the lock."""
    keep = {MANIFEST, *(c.file for c in manifest.chunks)}
    for path in directory.iterdir():
        if path.name not in keep:
            with contextlib.suppress(OSError):
                path.unlink()  # on Windows a reader may still hold it open: next time


def _stamp(ns: int, timeframe: str) -> pd.Timestamp:
    stamp = pd.Timestamp(ns, unit="ns")
    return stamp if is_daily(timeframe) else stamp.tz_localize("UTC")


def _info(manifest: Manifest, directory: Path) -> SeriesInfo:
    key, tf = manifest.key, manifest.key.timeframe
    codes = sorted(c for c, n in manifest.provenance.items() if n > 0)
    size = sum(c.bytes for c in manifest.chunks)
    with contextlib.suppress(OSError):
        size += (directory / MANIFEST).stat().st_size
    return SeriesInfo(
        symbol=key.symbol,
        source=key.source,
        exchange=key.exchange,
        timeframe=tf,
        name=manifest.name,
        calendar=manifest.calendar,
        asset_class=manifest.asset_class,
        first=_stamp(manifest.first, tf) if manifest.rows else None,
        last=_stamp(manifest.last, tf) if manifest.rows else None,
        rows=manifest.rows,
        provenance="+".join(Provenance(c).name.lower() for c in codes) or "empty",
        fetched_at=datetime.fromisoformat(manifest.fetched_at) if manifest.fetched_at else None,
        library_version=manifest.library_version,
        size_bytes=size,
        chunks=len(manifest.chunks),
    )


def _cached(manifest: Manifest, directory: Path, rows: Rows) -> CachedSeries:
    tf = manifest.key.timeframe
    info = _info(manifest, directory)
    info.rows = len(rows)  # the rows actually read are the truth
    start = manifest.covered_start
    if len(rows) and (start is None or start > rows.times[0]):
        start = int(rows.times[0])
    return CachedSeries(
        info=info,
        frame=rows_to_frame(rows, tf),
        provenance=rows.codes,
        covered_start=_stamp(start, tf) if start is not None else None,
        head_complete=manifest.head_complete,
    )
