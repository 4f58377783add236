"""Property tests: however a series arrives in pieces, the cache ends up with the same rows."""

from __future__ import annotations

import contextlib
import itertools
import tempfile
from pathlib import Path
from unittest import mock

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

import models.market.cache.chunks as chunks_module
import models.market.cache.versions as cache_module
from models.errors import RateLimited
from models.market.cache.store import SeriesCache, SeriesKey
from models.market.repository import Repository
from tests.cache_fixtures import BTC, RUT, bars
from tests.test_repository import FakeSource

SETTINGS = settings(max_examples=50, deadline=None)
KEY = SeriesKey("yahoo", "", "^RUT", "1d")


def no_fsync():
    """fsync guards against power loss, which these tests do not simulate; it only costs time
    here (the SIGKILL crash test and test_cache keep it on)."""
    return mock.patch.object(chunks_module.os, "fsync", lambda fd: None)


@st.composite
def pieces(draw, revisions: bool):
    """A series length and fetches (lo, hi, revision, code) in arrival order."""
    n = draw(st.integers(2, 120))
    cuts = sorted(draw(st.lists(st.integers(1, n - 1), max_size=6, unique=True)))
    bounds = [0, *cuts, n]
    ranges = []
    for lo, hi in itertools.pairwise(bounds):
        overlap_lo = draw(st.integers(0, min(lo, 5)))
        overlap_hi = draw(st.integers(0, min(n - hi, 5)))
        ranges.append((lo - overlap_lo, hi + overlap_hi))
    extra = draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(1, 30)), max_size=3))
    ranges += [(lo, min(n, lo + width)) for lo, width in extra]
    order = draw(st.permutations(ranges))
    fetches = [
        (lo, hi, draw(st.integers(0, 3)) if revisions else 0, draw(st.sampled_from([0, 1])))
        for lo, hi in order
    ]
    return n, fetches


def revised(frame: pd.DataFrame, revision: int) -> pd.DataFrame:
    out = frame.copy()
    out.loc[:, ["open", "high", "low", "close", "volume"]] += revision  # still a sound bar
    return out


@SETTINGS
@given(pieces(revisions=True), st.sampled_from(["1d", "1m"]), st.integers(2, 8))
def test_any_sequence_of_appends_matches_a_row_by_row_model(case, timeframe, max_chunks):
    n, fetches = case
    truth = bars("2021-03-01", n, timeframe)
    model_values: dict[pd.Timestamp, tuple] = {}
    with (
        tempfile.TemporaryDirectory() as root,
        mock.patch.object(cache_module, "MAX_CHUNKS", max_chunks),
        no_fsync(),
    ):
        cache = SeriesCache(Path(root))
        key = SeriesKey("ccxt", "binance", "BTC/USDT", timeframe)
        for lo, hi, revision, code in fetches:
            piece = revised(truth.iloc[lo:hi], revision)
            cache.append(key, piece, code, BTC)
            for stamp, row in zip(piece.index, piece.itertuples(index=False), strict=True):
                model_values[stamp] = (tuple(row), code)
        got = cache.read(key)
        info = cache.list()[0]
    stamps = sorted(model_values)
    assert list(got.frame.index) == stamps
    assert [tuple(r) for r in got.frame.itertuples(index=False)] == [
        model_values[s][0] for s in stamps
    ]
    assert list(got.provenance) == [model_values[s][1] for s in stamps]
    assert info.rows == len(stamps) == got.info.rows
    codes = {model_values[s][1] for s in stamps}
    assert info.provenance == "+".join(("fetched", "imported")[c] for c in sorted(codes))


@SETTINGS
@given(pieces(revisions=False))
def test_any_split_into_fetches_equals_one_fetch(case):
    n, fetches = case
    truth = bars("2019-01-01", n)
    with (
        tempfile.TemporaryDirectory() as split_root,
        tempfile.TemporaryDirectory() as one_root,
        no_fsync(),
    ):
        split, whole = SeriesCache(Path(split_root)), SeriesCache(Path(one_root))
        for lo, hi, _, _ in fetches:
            split.append(KEY, truth.iloc[lo:hi], 0, RUT)
        whole.write(KEY, truth, 0, RUT)
        got, expected = split.read(KEY), whole.read(KEY)
    pd.testing.assert_frame_equal(got.frame, expected.frame)
    assert np.array_equal(got.provenance, expected.provenance)
    assert (got.info.rows, got.info.first, got.info.last) == (
        expected.info.rows,
        expected.info.first,
        expected.info.last,
    )


@st.composite
def growth(draw):
    """A final length, the lengths seen at each refresh, and which refreshes fail midway."""
    n = draw(st.integers(3, 150))
    seen = sorted(draw(st.lists(st.integers(1, n), min_size=1, max_size=6)))
    fails = draw(st.lists(st.booleans(), min_size=len(seen), max_size=len(seen)))
    return n, seen, fails


def forming(truth: pd.DataFrame, length: int) -> pd.DataFrame:
    """What a source shows when only ``length`` bars exist: the last one still forming."""
    shown = truth.iloc[:length].copy()
    shown.iloc[-1, shown.columns.get_loc("close")] *= 0.97
    shown.iloc[-1, shown.columns.get_loc("low")] = shown["close"].iloc[-1]  # a sound bar
    return shown


@SETTINGS
@given(growth(), st.integers(3, 25))
def test_incremental_refreshes_equal_one_full_fetch(case, page):
    n, seen, fails = case
    truth = bars("2018-06-01", n)
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b, no_fsync():
        source = FakeSource(truth.iloc[:0], page=page)
        incremental = Repository(Path(a), sources={"yahoo": source})
        for length, fail in zip(seen, fails, strict=True):
            source.truth = forming(truth, length)
            source.fail_at_page = (1, RateLimited) if fail else None
            with contextlib.suppress(RateLimited):  # the next refresh completes the series
                incremental.refresh(RUT)
        source.truth, source.fail_at_page = truth, None
        got = incremental.refresh(RUT)
        one = Repository(Path(b), sources={"yahoo": FakeSource(truth, page=page)}).get(RUT)
        reloaded = incremental.load(RUT)
    pd.testing.assert_frame_equal(got.frame, one.frame)
    pd.testing.assert_frame_equal(reloaded.frame, one.frame)
    assert np.array_equal(reloaded.provenance, one.provenance)
