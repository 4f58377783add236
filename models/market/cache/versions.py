"""How a new version of a cached series is written: rows checked, chunks added or replaced,
counts kept, orphans removed. Every function here runs under the series lock
(``models.market.cache.store.SeriesCache``), which then replaces the manifest."""

from __future__ import annotations

import contextlib
import uuid
from datetime import datetime
from pathlib import Path

import numpy as np
import pandas as pd

from models.market.cache.chunks import (
    Rows,
    file_crc,
    frame_to_rows,
    merge_rows,
    overlapping_codes,
    read_chunks,
    write_chunk,
)
from models.market.cache.manifest import Chunk, Manifest
from models.market.cache.summary import MANIFEST
from models.market.frames import is_daily

#: an append that would leave more chunks than this rewrites the series as one chunk
MAX_CHUNKS = 24


def merged_rows(manifest: Manifest, directory: Path) -> Rows:
    """Every live row of the series (later chunks win on equal times)."""
    return read_chunks([(directory / c.file, c.rows, c.crc32) for c in manifest.chunks])


def seal(manifest: Manifest, directory: Path) -> None:
    """Record the checksum of each chunk written before checksums existed, as the file
    holds it now (a one-off read of those old chunks, by the next write of the series)."""
    for chunk in manifest.chunks:
        if chunk.crc32 is None:
            chunk.crc32 = file_crc(directory / chunk.file)


def contract_rows(frame: pd.DataFrame, provenance: np.ndarray | int, timeframe: str) -> Rows:
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


def add_rows(manifest: Manifest, directory: Path, rows: Rows) -> None:
    """Write ``rows`` as one new chunk and count them in ``manifest`` (the rows they
    overwrite uncounted); past ``MAX_CHUNKS`` the whole series becomes one chunk."""
    if len(manifest.chunks) + 1 > MAX_CHUNKS:
        merged = merge_rows([merged_rows(manifest, directory), rows])
        replace_rows(manifest, directory, merged)
        return
    _count_replaced(manifest, directory, rows)
    chunk = _new_chunk(manifest, directory, rows)
    manifest.chunks.append(chunk)
    manifest.first = min(manifest.first, chunk.first) if manifest.rows else chunk.first
    manifest.last = max(manifest.last, chunk.last) if manifest.rows else chunk.last
    manifest.rows += len(rows)
    for code, count in zip(*np.unique(rows.codes, return_counts=True), strict=True):
        manifest.provenance[int(code)] = manifest.provenance.get(int(code), 0) + int(count)


def replace_rows(manifest: Manifest, directory: Path, rows: Rows) -> None:
    """Make ``rows`` the whole series: one new chunk, counts and range recomputed."""
    manifest.chunks = [_new_chunk(manifest, directory, rows)] if len(rows) else []
    manifest.rows = len(rows)
    manifest.first = int(rows.times[0]) if len(rows) else 0
    manifest.last = int(rows.times[-1]) if len(rows) else 0
    codes, counts = np.unique(rows.codes, return_counts=True)
    manifest.provenance = {int(c): int(n) for c, n in zip(codes, counts, strict=True)}


def _new_chunk(manifest: Manifest, directory: Path, rows: Rows) -> Chunk:
    manifest.generation += 1
    name = f"c{manifest.generation:06d}-{uuid.uuid4().hex[:6]}.bin"
    size, crc = write_chunk(directory / name, rows)
    return Chunk(name, len(rows), int(rows.times[0]), int(rows.times[-1]), size, crc)


def note_fetch(
    manifest: Manifest,
    fetched_at: datetime | None,
    library_version: str,
    covered_start: pd.Timestamp | None,
    head_complete: bool,
) -> None:
    """Record a fetch in ``manifest``: when, by which library, and the span asked for."""
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


def remove_unreferenced(directory: Path, manifest: Manifest) -> None:
    """Delete orphans (temporary files, chunks of older versions); call under the lock."""
    keep = {MANIFEST, *(c.file for c in manifest.chunks)}
    for path in directory.iterdir():
        if path.name not in keep:
            with contextlib.suppress(OSError):
                path.unlink()  # on Windows a reader may still hold it open: next time
