"""models.records.evidence: the data digest is stable and changes with any bar, date or
provenance."""

from __future__ import annotations

import numpy as np
import pandas as pd

from models.records.evidence import combined_digest, frame_digest
from tests.app.fakes import synthetic_frame
from tests.export.snapshots import bumped


def test_same_data_same_digest_in_a_fresh_copy():
    frame = synthetic_frame("2020-01-01", 300, True, seed=1)
    assert frame_digest(frame) == frame_digest(frame.copy(deep=True))


def test_digest_changes_with_one_value_one_date_or_the_provenance():
    frame = synthetic_frame("2020-01-01", 300, True, seed=1)
    base = frame_digest(frame, np.zeros(300, dtype=np.uint8))
    moved = frame.copy()
    moved.index = moved.index[:-1].append(
        pd.DatetimeIndex([moved.index[-1] + pd.Timedelta(days=1)])
    )
    provenance = np.zeros(300, dtype=np.uint8)
    provenance[5] = 1
    assert frame_digest(bumped(frame, 150, 1.0000001), np.zeros(300, np.uint8)) != base
    assert frame_digest(moved, np.zeros(300, dtype=np.uint8)) != base
    assert frame_digest(frame, provenance) != base


def test_naive_and_utc_indexes_do_not_collide():
    frame = synthetic_frame("2020-01-01", 50, False, seed=2)
    utc = frame.copy()
    utc.index = utc.index.tz_localize("UTC")
    assert frame_digest(frame) != frame_digest(utc)


def test_combined_digest_depends_on_labels_and_order():
    a, b = ("^RUT", "1" * 64), ("BTC/USDT", "2" * 64)
    assert combined_digest([a, b]) != combined_digest([b, a])
    assert combined_digest([a, b]) != combined_digest([("IWM", a[1]), b])
    assert combined_digest([a, b]) == combined_digest([a, b])
