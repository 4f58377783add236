"""The repository: fetch only missing spans, never lose cached bars, imports, venues, offline."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
import pandas as pd
import pytest

from models.errors import (
    BadResponse,
    Cancelled,
    DataError,
    InvalidParameter,
    NoDataInRange,
    RateLimited,
    SourceUnavailable,
)
from models.market.cache.store import SeriesKey
from models.market.fetch_control import FetchControl
from models.market.frames import conform
from models.market.instruments import load_catalogue
from models.market.repository import Repository
from models.market.series import Provenance
from models.market.sources.base import FetchResult
from models.notices import CACHE_SET_ASIDE, PARTIAL_KEPT
from tests.cache_fixtures import BTC, RUT, bars


class FakeSource:
    """An in-memory PriceSource serving slices of ``truth`` in pages, with programmable faults.

    ``fail_at_page``: (page number, error class) raises that error when that page is due,
    with the pages delivered so far as ``err.partial``; ``cancel_at_page`` cancels the
    control at that page. ``exchange`` is what it says served the data.
    """

    def __init__(self, truth: pd.DataFrame, exchange: str = "", page: int = 10) -> None:
        self.name = "fake"
        self.truth = truth
        self.exchange = exchange
        self.page = page
        self.calls: list[tuple] = []
        self.instruments: list = []
        self.fail_at_page: tuple[int, type[DataError]] | None = None
        self.cancel_at_page: int | None = None

    def fetch(self, instrument, start, end, timeframe, control) -> FetchResult:
        self.calls.append((start, end))
        self.instruments.append(instrument)
        rows = self.truth.loc[start:end] if len(self.truth) else self.truth
        pages = [rows.iloc[i : i + self.page] for i in range(0, len(rows), self.page)]
        got = []
        for number, page in enumerate(pages):
            self._maybe_stop(number, got, control)
            got.append(page)
            control.report(number + 1, len(pages))
        if not got:
            raise NoDataInRange(f"{instrument.symbol}: nothing in range")
        return FetchResult(
            frame=pd.concat(got),
            source=instrument.source,
            exchange=self.exchange,
            library_version="fake 1.0",
            fetched_at=datetime(2026, 1, 2, tzinfo=UTC),
        )

    def _maybe_stop(self, number, got, control) -> None:
        if self.cancel_at_page == number:
            control.cancel()
        try:
            control.check_cancelled()
            if self.fail_at_page and self.fail_at_page[0] == number:
                kind, self.fail_at_page = self.fail_at_page[1], None
                raise kind("The source refused: try again in a minute.")
        except DataError as err:
            err.partial = pd.concat(got) if got else None
            raise


def repo_with(tmp_path, source: FakeSource, **kwargs) -> Repository:
    return Repository(tmp_path / "cache", sources={"yahoo": source, "ccxt": source}, **kwargs)


def day(text: str) -> pd.Timestamp:
    return pd.Timestamp(text).as_unit("ns")


def test_first_get_fetches_everything_then_only_the_tail(tmp_path):
    truth = bars("2020-01-01", 100)
    source = FakeSource(truth.iloc[:80])
    repo = repo_with(tmp_path, source)
    first = repo.get(RUT)
    assert source.calls == [(None, None)] and not first.from_cache and first.rows == 80
    source.truth = truth
    second = repo.get(RUT)
    assert source.calls[1] == (truth.index[79], None)  # the possibly forming last bar again
    pd.testing.assert_frame_equal(second.frame, truth, check_freq=False)
    assert not second.from_cache and second.fetched_at == datetime(2026, 1, 2, tzinfo=UTC)


def test_nothing_is_fetched_when_the_range_is_covered(tmp_path):
    truth = bars("2020-01-01", 100)
    source = FakeSource(truth)
    repo = repo_with(tmp_path, source)
    repo.get(RUT, start="2020-01-01", end="2020-04-09")
    again = repo.get(RUT, start="2020-02-01", end="2020-03-01")
    assert len(source.calls) == 1 and again.from_cache and again.rows == 100


def test_head_is_fetched_when_start_moves_earlier_and_only_once(tmp_path):
    truth = bars("2020-01-01", 200)
    source = FakeSource(truth)
    repo = repo_with(tmp_path, source)
    repo.get(RUT, start="2020-03-01", end="2020-07-18")
    repo.get(RUT, start="2019-06-01", end="2020-07-18")  # before the history begins
    assert source.calls[1] == (day("2019-06-01"), day("2020-02-29"))
    got = repo.get(RUT, start="2019-06-01", end="2020-07-18")
    assert len(source.calls) == 2 and got.from_cache
    pd.testing.assert_frame_equal(got.frame, truth, check_freq=False)


def test_quiet_tail_is_not_an_error(tmp_path):
    truth = bars("2020-01-01", 30)
    source = FakeSource(truth)
    repo = repo_with(tmp_path, source)
    repo.get(RUT)
    got = repo.get(RUT)  # e.g. a weekend: the source has nothing after the last bar
    assert got.rows == 30
    pd.testing.assert_frame_equal(got.frame, truth, check_freq=False)


def test_empty_answer_contradicting_the_cache_is_suspect(tmp_path):
    """The tail starts at a bar the source served before: an empty answer is wrong."""
    truth = bars("2020-01-01", 30)
    source = FakeSource(truth)
    repo = repo_with(tmp_path, source)
    repo.get(RUT)
    source.truth = truth.iloc[:0]  # the source now claims to have nothing at all
    with pytest.raises(BadResponse, match="looks wrong"):
        repo.get(RUT)
    pd.testing.assert_frame_equal(repo.load(RUT).frame, truth, check_freq=False)


def test_failed_tail_keeps_cache_and_partial_pages_then_completes(tmp_path):
    truth = bars("2020-01-01", 100)
    source = FakeSource(truth.iloc[:40], page=10)
    repo = repo_with(tmp_path, source)
    repo.get(RUT)
    source.truth = truth
    source.fail_at_page = (3, RateLimited)
    with pytest.raises(RateLimited):
        repo.get(RUT)
    kept = repo.load(RUT)
    pd.testing.assert_frame_equal(kept.frame, truth.iloc[:69], check_freq=False)
    assert [n.kind for n in repo.notices] == [PARTIAL_KEPT]
    assert "Kept 30 bars" in repo.notices[0].text
    done = repo.get(RUT)
    pd.testing.assert_frame_equal(done.frame, truth, check_freq=False)


def test_failed_first_fetch_keeps_its_partial_pages(tmp_path):
    truth = bars("2020-01-01", 50)
    source = FakeSource(truth, page=10)
    source.fail_at_page = (2, RateLimited)
    repo = repo_with(tmp_path, source)
    with pytest.raises(RateLimited):
        repo.get(RUT)
    assert repo.load(RUT).rows == 20


def test_cancelled_fetch_keeps_cache_and_pages(tmp_path):
    truth = bars("2020-01-01", 100)
    source = FakeSource(truth.iloc[:50], page=10)
    repo = repo_with(tmp_path, source)
    repo.get(RUT)
    source.truth = truth
    source.cancel_at_page = 2
    with pytest.raises(Cancelled):
        repo.get(RUT, control=FetchControl())
    assert repo.load(RUT).rows == 69  # 50 cached (last one refetched) + 2 pages
    assert repo.load(RUT).first == truth.index[0]


def test_failure_without_partial_never_shortens_the_cache(tmp_path):
    truth = bars("2020-01-01", 60)
    source = FakeSource(truth, page=100)
    repo = repo_with(tmp_path, source)
    repo.get(RUT)
    before = repo.load(RUT).frame
    source.fail_at_page = (0, RateLimited)
    with pytest.raises(RateLimited):
        repo.get(RUT, start="2019-01-01")
    pd.testing.assert_frame_equal(repo.load(RUT).frame, before)


def test_import_seeds_the_real_key_and_refresh_fetches_only_after_it(tmp_path):
    truth = bars("2020-01-01", 100)
    source = FakeSource(truth)
    repo = repo_with(tmp_path, source)
    imported = repo.save_imported(RUT, truth.iloc[:70], "1d")
    assert imported.provenance_summary == "imported" and imported.source == "yahoo"
    assert [(i.source, i.symbol) for i in repo.list_series()] == [("yahoo", "^RUT")]
    refreshed = repo.refresh(RUT)
    assert source.calls == [(truth.index[70], None)]  # strictly after the imported bars
    assert list(refreshed.provenance) == [1] * 70 + [0] * 30
    pd.testing.assert_frame_equal(refreshed.frame, truth, check_freq=False)


def test_demo_data_is_never_cached(tmp_path):
    repo = repo_with(tmp_path, FakeSource(bars("2020-01-01", 5)))
    with pytest.raises(InvalidParameter):
        repo.save_imported(RUT, bars("2020-01-01", 5), "1d", provenance=Provenance.DEMO)
    assert repo.list_series() == [] and repo.cache_size_bytes() == 0


def test_corrupt_cache_is_set_aside_refetched_and_the_user_told(tmp_path):
    truth = bars("2020-01-01", 40)
    source = FakeSource(truth)
    repo = repo_with(tmp_path, source)
    repo.get(RUT)
    folder = repo.cache.root / "series" / SeriesKey("yahoo", "", "^RUT", "1d").dirname
    (folder / "manifest.json").write_text("not json")
    read = repo.read_cached(RUT)
    assert read.series is None
    assert [(n.kind, n.instrument) for n in read.notices] == [(CACHE_SET_ASIDE, "^RUT")]
    assert len(repo.notices) == 1 and "could not be read" in repo.notices[0].text
    (folder / "manifest.json").parent.mkdir(parents=True, exist_ok=True)
    (folder / "manifest.json").write_text("not json either")
    again = repo.get(RUT)
    assert source.calls[-1] == (None, None) and again.rows == 40
    assert [n.kind for n in again.notices] == [CACHE_SET_ASIDE]
    assert any("could not be read" in w for w in again.warnings)
    assert len(list((repo.cache.root / "corrupt").iterdir())) == 2
    assert repo.load(RUT).rows == 40


def test_fallback_exchange_is_the_key_and_later_refreshes_stay_on_it(tmp_path):
    truth = bars("2020-01-01", 50)
    source = FakeSource(truth.iloc[:30], exchange="bybit")
    repo = repo_with(tmp_path, source, catalogue=load_catalogue())
    first = repo.get(BTC)
    assert first.exchange == "bybit"
    assert [(i.source, i.exchange) for i in repo.list_series()] == [("ccxt", "bybit")]
    source.truth = truth
    source.exchange = "okx"  # a pinned fetch must not be stored elsewhere
    repo.get(BTC)
    assert source.instruments[-1].exchange == "bybit"
    assert repo.load(BTC).exchange == "bybit" and repo.load(BTC).rows == 50
    assert [i.exchange for i in repo.list_series()] == ["bybit"]


def test_offline_serves_cache_and_refuses_when_empty(tmp_path):
    source = FakeSource(bars("2020-01-01", 20))
    repo_with(tmp_path, source).get(RUT)
    offline = repo_with(tmp_path, source, offline=True)
    assert offline.get(RUT, end="2030-01-01").rows == 20 and len(source.calls) == 1
    with pytest.raises(NoDataInRange, match="offline"):
        offline.get(BTC)


def test_unknown_source_is_a_clear_error(tmp_path):
    repo = Repository(tmp_path / "cache", sources={})
    with pytest.raises(SourceUnavailable, match="yahoo"):
        repo.get(RUT)


def test_list_clear_and_size(tmp_path):
    source = FakeSource(bars("2020-01-01", 30))
    repo = repo_with(tmp_path, source)
    repo.get(RUT)
    repo.get(RUT, timeframe="1w")
    repo.get(BTC)
    listed = repo.list_series()
    assert sorted((i.symbol, i.timeframe) for i in listed) == [
        ("BTC/USDT", "1d"),
        ("^RUT", "1d"),
        ("^RUT", "1w"),
    ]
    info = next(i for i in listed if i.symbol == "^RUT" and i.timeframe == "1d")
    assert (info.rows, info.provenance, info.calendar) == (30, "fetched", "nyse")
    assert info.first == pd.Timestamp("2020-01-01") and info.size_bytes > 30 * 49
    size = repo.cache_size_bytes()
    assert repo.clear(RUT, "1w") == 1
    assert 0 < repo.cache_size_bytes() < size
    assert repo.clear(RUT) == 1 and [i.symbol for i in repo.list_series()] == ["BTC/USDT"]
    folder = repo.cache.root / "series" / SeriesKey("yahoo", "", "IWM", "1d").dirname
    folder.mkdir(parents=True)
    (folder / "manifest.json").write_text("{")  # unreadable: not listed, still cleared
    assert repo.clear() == 2 and repo.list_series() == []
    assert not (repo.cache.root / "series").exists() or not any(
        (repo.cache.root / "series").iterdir()
    )


def test_returned_provenance_is_per_row_uint8(tmp_path):
    repo = repo_with(tmp_path, FakeSource(bars("2020-01-01", 12)))
    got = repo.get(RUT)
    assert got.provenance.dtype == np.uint8 and len(got.provenance) == got.rows


@pytest.mark.realdata
def test_real_russell_history_round_trips_through_import_and_load(tmp_path, shared_data):
    raw = pd.read_csv(shared_data / "index" / "rut_daily.csv", index_col="date", parse_dates=True)
    frame = conform(raw, "1d")
    repo = Repository(tmp_path / "cache", sources={})
    repo.save_imported(RUT, frame, "1d")
    loaded = Repository(tmp_path / "cache", sources={}).load(RUT)
    pd.testing.assert_frame_equal(loaded.frame, frame)
    assert loaded.provenance_summary == "imported" and loaded.first.year == 1987
    assert repo.list_series()[0].rows == len(frame)


# --- issue 10: nothing wrong gets in from a source, a future bar stops nothing -----------


@pytest.mark.parametrize(
    ("column", "value", "words"),
    [
        ("close", np.inf, "is not a number"),
        ("close", 1e308, "beyond any real price"),
        ("close", -0.0053, "not positive"),
        ("open", 1000.0, "outside the low-high range"),
        ("volume", -5.0, "volume -5 is not a count"),
    ],
)
def test_a_bad_bar_from_a_source_is_a_bad_response_and_never_cached(tmp_path, column, value, words):
    """Issue 10, defect 1 at the source entrance: a bad bar is a BadResponse, not cached."""
    truth = bars("2020-01-01", 100)
    source = FakeSource(truth.iloc[:80])
    repo = repo_with(tmp_path, source)
    repo.get(BTC)
    source.truth = truth.copy()
    source.truth.iloc[90, source.truth.columns.get_loc(column)] = value
    with pytest.raises(BadResponse) as caught:
        repo.get(BTC)
    assert "BTC/USDT" in str(caught.value) and words in str(caught.value)
    assert "2020-03-31" in str(caught.value)
    pd.testing.assert_frame_equal(repo.load(BTC).frame, truth.iloc[:80], check_freq=False)


def test_a_bad_bar_among_the_pages_of_a_failed_fetch_is_not_kept(tmp_path):
    truth = bars("2020-01-01", 100)
    truth.iloc[5, truth.columns.get_loc("close")] = np.inf
    source = FakeSource(truth, page=10)
    source.fail_at_page = (3, RateLimited)
    repo = repo_with(tmp_path, source)
    with pytest.raises(RateLimited):
        repo.get(RUT)
    assert repo.load(RUT) is None
    assert any("cannot be right" in n.text for n in repo.notices)


def test_a_future_dated_cached_bar_does_not_stop_refreshes(tmp_path):
    """Issue 10, defect 2: two cached bars dated 2031 made every refresh 'up to date'."""
    today = pd.Timestamp.now(tz="UTC").normalize().tz_localize(None)
    truth = bars(str((today - pd.Timedelta(days=99)).date()), 100)
    repo = repo_with(tmp_path, FakeSource(truth.iloc[:80]))
    future = bars("2031-01-02", 2)
    repo.cache.append(SeriesKey("ccxt", "binance", "BTC/USDT", "1d"), truth.iloc[:80], 1, BTC)
    repo.cache.append(SeriesKey("ccxt", "binance", "BTC/USDT", "1d"), future, 1, BTC)
    source = FakeSource(truth, exchange="binance")
    repo._sources = {"ccxt": source}
    got = repo.get(BTC)
    assert source.calls and source.calls[0][0] == truth.index[80]  # after the last real bar
    pd.testing.assert_frame_equal(got.frame, truth, check_freq=False)
    assert any(n.kind == "future_ignored" and "2 cached bars" in n.text for n in got.notices)


def test_an_empty_answer_is_not_believed_after_an_imported_last_bar(tmp_path):
    """Issue 10, item 9: after an imported last bar, 'no bars' was taken as up to date."""
    today = pd.Timestamp.now(tz="UTC").normalize().tz_localize(None)
    truth = bars(str((today - pd.Timedelta(days=99)).date()), 100)
    source = FakeSource(truth.iloc[:0])
    repo = repo_with(tmp_path, source)
    repo.save_imported(BTC, truth.iloc[:80], "1d")
    with pytest.raises(BadResponse, match="market traded since the last imported bar"):
        repo.get(BTC)
    recent = repo_with(tmp_path / "recent", FakeSource(truth.iloc[:0]))
    recent.save_imported(BTC, truth.iloc[:99], "1d")  # up to yesterday: nothing is due
    assert recent.get(BTC).rows == 99


def test_an_imported_pair_is_said_imported_from_its_file_never_from_an_exchange(tmp_path):
    """Moved from issue 12: an imported Yahoo BTC-USD file was captioned "binance via ccxt"."""
    truth = bars("2020-01-01", 100)
    repo = repo_with(tmp_path, FakeSource(truth, exchange="binance"))
    imported = repo.save_imported(BTC, truth.iloc[:80], "1d", file_name="btc-usd.csv")
    assert imported.exchange == "" and imported.origin_text == "imported from btc-usd.csv"
    assert repo.load(BTC).origin_text == "imported from btc-usd.csv"
    mixed = repo.get(BTC)  # the bars after the file come from the exchange
    assert mixed.exchange == "binance"
    assert mixed.origin_text == "binance via ccxt + imported from btc-usd.csv"
