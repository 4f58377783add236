"""Fingerprints of the data behind an export, so a picture can be tied to its inputs.

A digest covers the bar dates, every OHLCV value and the per-row provenance, in a
fixed byte layout (int64 nanoseconds, little-endian float64, int8 codes), so it is the
same on every platform and changes when any bar, date or provenance changes. The
combined digest of an export hashes the per-series digests in order with their labels.
"""

from __future__ import annotations

import hashlib

import numpy as np
import pandas as pd

from models.market.frames import COLUMNS

DIGEST_NAME = "sha256"


def frame_digest(frame: pd.DataFrame, provenance: np.ndarray | None = None) -> str:
    """Hex SHA-256 of a contract frame's dates, OHLCV values and (optional) provenance."""
    digest = hashlib.sha256()
    index = pd.DatetimeIndex(frame.index)
    if index.tz is not None:
        index = index.tz_convert("UTC").tz_localize(None)
    digest.update(b"tz:" + (b"utc" if frame.index.tz is not None else b"naive"))
    digest.update(index.as_unit("ns").asi8.astype("<i8").tobytes())
    for column in COLUMNS:
        digest.update(column.encode("ascii"))
        values = frame[column].to_numpy(dtype="float64") if column in frame else np.array([])
        digest.update(values.astype("<f8").tobytes())
    if provenance is not None:
        digest.update(b"provenance")
        digest.update(np.asarray(provenance, dtype="int8").tobytes())
    return digest.hexdigest()


def combined_digest(parts: list[tuple[str, str]]) -> str:
    """Hex SHA-256 over ``(label, digest)`` pairs in the given order."""
    digest = hashlib.sha256()
    for label, part in parts:
        digest.update(f"{label}\x00{part}\n".encode())
    return digest.hexdigest()
