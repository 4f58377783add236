"""The series folders of the cache: which are series, which are unfinished writes, and how
a first write appears atomically.

A series folder exists only with its manifest: the first write of a series builds the
folder under a staging name (``series/.tmp-<random>-<key>``), writes its chunk and
manifest there and renames it into place (``publish``). A writer killed or refused by
the disk before that rename leaves a staging folder, never a series folder without a
manifest. Such leftovers, and manifest-less folders from older versions of the app, are
*unfinished writes*: readers ignore them (they never pin a pair to an exchange), the
next write of the same series removes them (``discard_unfinished``), ``data clear``
removes them, and ``data list`` counts them apart.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote

from models.market.cache.chunks import TEMP_PREFIX, fsync_dir
from models.market.cache.manifest import SeriesKey
from models.market.cache.summary import MANIFEST

SERIES = "series"
CORRUPT = "corrupt"


@dataclass(frozen=True)
class Unfinished:
    """A folder left by a write that did not finish: where, whose (None when its name
    cannot be read) and how many bytes it holds."""

    path: Path
    key: SeriesKey | None
    size_bytes: int


def series_dirs(root: Path) -> list[Path]:
    """Every folder under ``series/`` but the staging ones, sorted by name."""
    base = root / SERIES
    if not base.is_dir():
        return []
    return sorted(p for p in base.iterdir() if p.is_dir() and not _staging(p.name))


def key_of(dirname: str) -> SeriesKey | None:
    """The key a folder name stands for (``SeriesKey.dirname`` read back), or None."""
    name = dirname
    if _staging(name):  # .tmp-<12 hex>-<dirname>
        name = name[len(TEMP_PREFIX) + 13 :]
    parts = name.split("~")
    if len(parts) != 4:
        return None
    source, exchange, symbol, timeframe = (unquote(p) for p in parts)
    return SeriesKey(source, "" if exchange == "-" else exchange, symbol, timeframe)


def unfinished(root: Path) -> list[Unfinished]:
    """Staging folders and series folders without a manifest (see the module docstring)."""
    base = root / SERIES
    if not base.is_dir():
        return []
    out = []
    for path in sorted(base.iterdir()):
        if path.is_dir() and (_staging(path.name) or not (path / MANIFEST).exists()):
            out.append(Unfinished(path, key_of(path.name), folder_size(path)))
    return out


def staging_dir(root: Path, key: SeriesKey) -> Path:
    """A new, empty staging folder for the first write of ``key``."""
    path = root / SERIES / f"{TEMP_PREFIX}{uuid.uuid4().hex[:12]}-{key.dirname}"
    path.mkdir(parents=True)
    return path


def publish(staging: Path, final: Path) -> None:
    """Rename a complete staging folder into place; a manifest-less leftover is replaced.

    Call under the series lock: no other writer of this series is active.
    """
    if final.exists():
        shutil.rmtree(final)
    os.replace(staging, final)
    fsync_dir(final.parent)


def discard_unfinished(root: Path, key: SeriesKey) -> int:
    """Remove the unfinished writes of ``key`` (call under its lock); bytes freed."""
    freed = 0
    for item in unfinished(root):
        if item.key == key:
            shutil.rmtree(item.path, ignore_errors=True)
            freed += item.size_bytes
    return freed


def move_aside(root: Path, directory: Path, dirname: str) -> Path:
    """Move an unreadable series folder to ``corrupt/`` (kept for inspection); its path."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    target = root / CORRUPT / f"{dirname}-{stamp}-{uuid.uuid4().hex[:6]}"
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(directory, target)
    return target


def remove_set_aside(root: Path) -> int:
    """Delete the ``corrupt/`` folder; returns how many set-aside series it held."""
    stash = root / CORRUPT
    count = len(list(stash.iterdir())) if stash.is_dir() else 0
    shutil.rmtree(stash, ignore_errors=True)
    return count


def folder_size(path: Path) -> int:
    """Bytes of the files under ``path`` (0 when it cannot be walked)."""
    total = 0
    for item in path.rglob("*"):
        with contextlib.suppress(OSError):
            if item.is_file():
                total += item.stat().st_size
    return total


def _staging(name: str) -> bool:
    return name.startswith(TEMP_PREFIX)
