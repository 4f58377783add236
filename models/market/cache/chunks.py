"""Chunk files of the series cache: the on-disk row format, atomic writes and row merging.

A chunk holds rows in one immutable binary file, laid out so one ``readinto`` gives
ready-to-use column arrays without copying or parsing:

    header   16 bytes: b"LCCHUNK1" + row count n (little-endian int64)
    times    n x int64    nanoseconds since the epoch (UTC instants, or naive dates)
    values   5 x n float64 column-major: open, high, low, close, volume
    codes    n x uint8    ``models.market.series.Provenance`` per row

Files are only ever created by ``atomic_write``: written under a temporary name in the
target directory, flushed, fsync'ed, then ``os.replace``'d over the final name, and the
directory is fsync'ed. A reader therefore sees either no file or the complete file.

Each chunk's CRC-32 over all its bytes is recorded in the manifest when it is written
and verified as it is read (the bytes pass through ``zlib.crc32`` once, ~2 GB/s): a
flipped byte that keeps the size is corruption, not a price. A chunk written before
checksums existed has none in the manifest; it is read as before, and the next write of
its series records its checksum (``versions.seal``).
"""

from __future__ import annotations

import contextlib
import os
import time
import uuid
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np
import pandas as pd

from models.market.frames import COLUMNS, is_daily

MAGIC = b"LCCHUNK1"
HEADER_BYTES = 16
TEMP_PREFIX = ".tmp-"
BYTES_PER_ROW = 8 + 5 * 8 + 1


class ChunkUnreadable(Exception):
    """A chunk file is missing, truncated or not in the chunk format (the cache decides)."""


@dataclass
class Rows:
    """Rows as plain arrays: sorted unique ``times`` (int64 ns), ``values`` (5 x n), ``codes``."""

    times: np.ndarray
    values: np.ndarray
    codes: np.ndarray

    def __len__(self) -> int:
        return len(self.times)

    def slice(self, lo: int, hi: int) -> Rows:
        """Rows ``lo:hi`` as views of the same memory."""
        return Rows(self.times[lo:hi], self.values[:, lo:hi], self.codes[lo:hi])


def chunk_bytes(rows: int) -> int:
    """Exact size in bytes of a chunk file holding ``rows`` rows."""
    return HEADER_BYTES + rows * BYTES_PER_ROW


def frame_to_rows(frame: pd.DataFrame, codes: np.ndarray | int) -> Rows:
    """Contract frame (sorted, unique index) + provenance codes -> ``Rows``, copying little."""
    times = np.asarray(frame.index.as_unit("ns").asi8, dtype="<i8")
    values = np.ascontiguousarray(frame.loc[:, list(COLUMNS)].to_numpy(dtype="<f8").T)
    codes = np.broadcast_to(np.asarray(codes, dtype=np.uint8), times.shape)
    return Rows(times, values, np.ascontiguousarray(codes))


def rows_to_frame(rows: Rows, timeframe: str) -> pd.DataFrame:
    """``Rows`` -> a contract frame for ``timeframe`` sharing the arrays' memory."""
    index = pd.DatetimeIndex(rows.times.view("datetime64[ns]"))
    daily = is_daily(timeframe)
    index = index.rename("date") if daily else index.tz_localize("UTC").rename("time")
    return pd.DataFrame(rows.values.T, index=index, columns=list(COLUMNS), copy=False)


def fsync_dir(directory: Path) -> None:
    """Make a rename in ``directory`` durable (a no-op where directories cannot be opened)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return  # Windows: directory handles cannot be opened this way; rename is durable
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, write: Callable[[BinaryIO], None], sync_dir: bool = True) -> None:
    """Create or replace ``path`` so that any reader or crash sees the old or the new file.

    ``write(f)`` fills a temporary file in the same directory; it is fsync'ed, renamed
    over ``path`` with ``os.replace`` and (unless ``sync_dir`` is False) the directory is
    fsync'ed. On any failure the temporary file is removed and ``path`` is untouched.
    """
    temp = path.with_name(f"{TEMP_PREFIX}{uuid.uuid4().hex[:12]}-{path.name}")
    try:
        with open(temp, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        _replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    if sync_dir:
        fsync_dir(path.parent)


def _replace(source: Path, target: Path, attempts: int = 20) -> None:
    # Windows refuses to replace a file another process has open for a moment (a reader
    # of the manifest); POSIX never does, so this loop only ever retries there.
    for attempt in range(attempts):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.01)


def write_chunk(path: Path, rows: Rows) -> tuple[int, int]:
    """Atomically write ``rows`` as a chunk file; returns its size in bytes and CRC-32."""
    crc = 0

    def fill(handle: BinaryIO) -> None:
        nonlocal crc
        for part in _parts(rows):
            handle.write(part)
            crc = zlib.crc32(part, crc)

    # No directory fsync here: a chunk only matters once a manifest names it, and the
    # manifest's own atomic_write fsyncs this same directory after it.
    atomic_write(path, fill, sync_dir=False)
    return chunk_bytes(len(rows)), crc


def _parts(rows: Rows) -> list:
    return [
        MAGIC + np.int64(len(rows)).astype("<i8").tobytes(),
        np.ascontiguousarray(rows.times, dtype="<i8").data,
        np.ascontiguousarray(rows.values, dtype="<f8").data,
        np.ascontiguousarray(rows.codes, dtype=np.uint8).data,
    ]


def file_crc(path: Path) -> int:
    """CRC-32 of a whole file, read in blocks (a chunk written before checksums existed)."""
    crc = 0
    with open(path, "rb") as handle:
        while block := handle.read(1 << 22):
            crc = zlib.crc32(block, crc)
    return crc


def read_chunks(chunks: list[tuple[Path, int, int | None]]) -> Rows:
    """Read chunk files (path, expected rows, CRC-32 or None) in order and merge them,
    later chunks winning.

    Each chunk is read straight into its slice of the output arrays, so the usual case
    (appended chunks, a refetched last bar) costs one pass over the bytes and no copy.
    Raises ``ChunkUnreadable`` for a missing, truncated, mis-sized or unsorted chunk and
    for one whose bytes do not match its checksum.
    """
    total = sum(rows for _, rows, _ in chunks)
    out = Rows(np.empty(total, "<i8"), np.empty((5, total), "<f8"), np.empty(total, np.uint8))
    offsets = np.cumsum([0] + [rows for _, rows, _ in chunks]).tolist()
    parts = []
    for (path, rows, crc), lo in zip(chunks, offsets, strict=False):
        part = out.slice(lo, lo + rows)
        _read_into(path, rows, part, crc)
        parts.append(part)
    return _merge_in_place(out, parts, offsets)


def _read_into(path: Path, rows: int, dest: Rows, crc: int | None = None) -> None:
    expected = chunk_bytes(rows)
    try:
        with open(path, "rb", buffering=0) as handle:
            size = os.fstat(handle.fileno()).st_size
            if size != expected:
                raise ChunkUnreadable(f"{path.name} has {size} bytes, expected {expected}")
            header = handle.read(HEADER_BYTES)
            if header[:8] != MAGIC or int.from_bytes(header[8:16], "little") != rows:
                raise ChunkUnreadable(f"{path.name} is not a chunk of {rows} rows")
            seen = zlib.crc32(header)
            for target in (dest.times, *dest.values, dest.codes):
                _fill(handle, path, target)
                if crc is not None:
                    seen = zlib.crc32(memoryview(target).cast("B"), seen)
    except FileNotFoundError as err:
        raise ChunkUnreadable(f"{path.name} is missing") from err
    if crc is not None and seen != crc:
        raise ChunkUnreadable(f"{path.name} does not match its checksum (its bytes were changed)")
    if rows > 1 and not bool((dest.times[1:] > dest.times[:-1]).all()):
        raise ChunkUnreadable(f"{path.name} holds unsorted or duplicate times")


def _fill(handle, path: Path, target: np.ndarray) -> None:
    view = memoryview(target).cast("B")
    done = 0
    while done < len(view):
        got = handle.readinto(view[done:])
        if not got:
            raise ChunkUnreadable(f"{path.name} is truncated")
        done += got


def _merge_in_place(out: Rows, parts: list[Rows], offsets: list[int]) -> Rows:
    """Close the gaps left by overwritten tails by moving later rows down; else merge."""
    keeps = [_kept_prefix(part, parts[i + 1 :]) for i, part in enumerate(parts)]
    if any(k is None for k in keeps) or not _ascending(parts, keeps):
        return merge_rows(parts)  # interleaved or out-of-order chunks: the general path
    end = 0
    for lo, keep in zip(offsets, keeps, strict=False):
        if keep and lo != end:
            out.times[end : end + keep] = out.times[lo : lo + keep]
            out.values[:, end : end + keep] = out.values[:, lo : lo + keep]
            out.codes[end : end + keep] = out.codes[lo : lo + keep]
        end += keep
    return out.slice(0, end)


def _ascending(parts: list[Rows], keeps: list[int]) -> bool:
    previous = None
    for part, keep in zip(parts, keeps, strict=True):
        if not keep:
            continue
        if previous is not None and part.times[0] <= previous:
            return False
        previous = part.times[keep - 1]
    return True


def chunk_is_sound(path: Path, rows: int) -> bool:
    """Cheap check (no read): the chunk file exists with the size ``rows`` implies."""
    try:
        return path.stat().st_size == chunk_bytes(rows)
    except OSError:
        return False


def overlapping_codes(path: Path, rows: int, times: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Which of the sorted ``times`` a chunk holds, and those rows' provenance codes.

    Memory-maps the chunk and binary-searches it, so the cost follows ``len(times)``,
    not the chunk size (an incremental refresh must not read the whole history).
    """
    mapped = np.memmap(path, dtype=np.uint8, mode="r", shape=(chunk_bytes(rows),))
    try:
        held = mapped[HEADER_BYTES : HEADER_BYTES + 8 * rows].view("<i8")
        lo = int(np.searchsorted(held, times[0], "left"))
        hi = int(np.searchsorted(held, times[-1], "right"))
        window = np.array(held[lo:hi])
        found = np.isin(times, window, assume_unique=True)
        positions = lo + np.searchsorted(window, times[found])
        codes_at = HEADER_BYTES + 48 * rows
        codes = np.array(mapped[codes_at : codes_at + rows][positions])
    finally:
        del mapped  # release the mapping at once (Windows cannot delete a mapped file)
    return found, codes


def merge_rows(parts: Iterable[Rows]) -> Rows:
    """Union of row sets where a later part wins on equal times; result sorted and unique.

    Each part must already be sorted and unique. The common cases (appends after the
    end, a refetched last bar) cost one concatenation; only interleaved parts are sorted.
    """
    parts = [p for p in parts if len(p)]
    if not parts:
        return Rows(np.empty(0, "<i8"), np.empty((5, 0), "<f8"), np.empty(0, np.uint8))
    if len(parts) == 1:
        return parts[0]
    kept = [_drop_overwritten(p, parts[i + 1 :]) for i, p in enumerate(parts)]
    kept.sort(key=lambda r: r.times[0] if len(r) else 0)
    merged = _concat(kept)
    if len(merged) > 1 and not bool((merged.times[1:] > merged.times[:-1]).all()):
        order = np.argsort(merged.times, kind="stable")
        merged = Rows(merged.times[order], merged.values[:, order], merged.codes[order])
    return merged


def _overwritten_mask(part: Rows, later: list[Rows]) -> np.ndarray | None:
    """Rows of ``part`` that no later part replaces (None: all of them)."""
    keep = None
    for newer in later:
        if not len(newer):
            continue
        lo = int(np.searchsorted(part.times, newer.times[0], "left"))
        hi = int(np.searchsorted(part.times, newer.times[-1], "right"))
        if hi <= lo:
            continue
        if keep is None:
            keep = np.ones(len(part), dtype=bool)
        keep[lo:hi] &= ~np.isin(part.times[lo:hi], newer.times, assume_unique=True)
    return None if keep is None or keep.all() else keep


def _kept_prefix(part: Rows, later: list[Rows]) -> int | None:
    """How many leading rows survive when only a tail of ``part`` is replaced, else None."""
    keep = _overwritten_mask(part, later)
    if keep is None:
        return len(part)
    kept = int(np.flatnonzero(keep)[-1]) + 1 if keep.any() else 0
    return kept if keep[:kept].all() else None


def _drop_overwritten(part: Rows, later: list[Rows]) -> Rows:
    prefix = _kept_prefix(part, later)
    if prefix is not None:  # only a tail was overwritten: a view, no copy
        return part.slice(0, prefix)
    keep = _overwritten_mask(part, later)
    return Rows(part.times[keep], part.values[:, keep], part.codes[keep])


def _concat(parts: list[Rows]) -> Rows:
    parts = [p for p in parts if len(p)]
    if len(parts) == 1:
        return parts[0]
    return Rows(
        np.concatenate([p.times for p in parts]),
        np.concatenate([p.values for p in parts], axis=1),
        np.concatenate([p.codes for p in parts]),
    )
