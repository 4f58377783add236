"""models.session.loading and models.session.imports: the one loading core, without Qt.

Real ``Repository`` objects on a temporary cache; a source double where a fetch is needed.
"""

from __future__ import annotations

import threading

import pandas as pd
import pytest

from models.errors import (
    CacheCorrupt,
    CalendarRefused,
    Cancelled,
    ImportFailed,
    InvalidParameter,
    NetworkDown,
    NoDataInRange,
    NotCachedOffline,
    UnknownSymbol,
)
from models.market.fetch_control import FetchControl
from models.market.instruments import load_catalogue
from models.market.repository import Repository
from models.notices import CACHE_SET_ASIDE, CALENDAR_MISMATCH, STALE
from models.records.event_study_record import event_study_record
from models.session.imports import read_import, read_imports, save_imports
from models.session.loading.cached import load_cached
from models.session.loading.demo import demo_session
from models.session.loading.failures import FailureMemory
from models.session.loading.fetching import (
    FetchBatch,
    fetch_in_batch,
    fetched_outcome,
    not_tried,
)
from models.session.loading.headless import LoadRequest, load_session
from models.session.loading.volume_proxy import load_volume_proxy
from models.session.session import LoadOutcome, resolve_selection
from tests.app.fakes import synthetic_frame

CATALOGUE = load_catalogue()
RUT, BTC, ETH, IWM = (CATALOGUE.resolve(s) for s in ("^RUT", "BTC/USDT", "ETH/USDT", "IWM"))


def _write_csv(path, frame):
    frame.rename_axis("date").to_csv(path, date_format="%Y-%m-%d", float_format="%.6f")
    return path


def _repository(tmp_path, *, offline=True, sources=None, **frames) -> Repository:
    repo = Repository(tmp_path / "cache", sources=sources or {}, offline=offline)
    for instrument, frame in frames.items():
        repo.save_imported(CATALOGUE.resolve(instrument.replace("_", "/")), frame, "1d")
    return repo


def _rut_btc_iwm(tmp_path, **kwargs) -> Repository:
    frames = {
        "^RUT": synthetic_frame("2019-01-01", 500, True, seed=3),
        "BTC_USDT": synthetic_frame("2019-01-01", 700, False, seed=4),
        "IWM": synthetic_frame("2019-01-01", 500, True, seed=5),
    }
    repo = _repository(tmp_path, **kwargs)
    for name, frame in frames.items():
        repo.save_imported(CATALOGUE.resolve(name.replace("_", "/")), frame, "1d")
    return repo


# --- the cache load ---------------------------------------------------------------------------


def test_cache_load_brings_the_selection_and_the_catalogue_volume_proxy(tmp_path):
    repo = _rut_btc_iwm(tmp_path)
    selection = resolve_selection(CATALOGUE, "^RUT", ["BTC/USDT"])
    outcome = load_cached(repo, CATALOGUE, selection, False, FetchControl())
    assert set(outcome.series) == {RUT, BTC} and outcome.errors == {}
    assert outcome.volume_proxy.instrument.symbol == "IWM"
    assert outcome.session("cache").volume_proxy is outcome.volume_proxy


def test_a_set_aside_file_is_known_by_its_notice_kind_not_its_words(tmp_path):
    repo = _rut_btc_iwm(tmp_path)
    folder = next((repo.cache.root / "series").glob("yahoo~-~%5ERUT~1d"))
    (folder / "manifest.json").write_text("not json")
    selection = resolve_selection(CATALOGUE, "^RUT", ["BTC/USDT"])
    outcome = load_cached(repo, CATALOGUE, selection, True, FetchControl())
    assert [(n.kind, n.instrument) for n in outcome.notices] == [(CACHE_SET_ASIDE, "^RUT")]
    error = outcome.errors[RUT]
    assert isinstance(error, CacheCorrupt) and "refetched when online" in str(error)


def test_offline_a_series_with_nothing_cached_is_named(tmp_path):
    repo = _rut_btc_iwm(tmp_path)
    selection = resolve_selection(CATALOGUE, "^RUT", ["BTC/USDT", "ETH/USDT"])
    outcome = load_cached(repo, CATALOGUE, selection, True, FetchControl())
    assert list(outcome.errors) == [ETH] and isinstance(outcome.errors[ETH], NotCachedOffline)
    online = load_cached(repo, CATALOGUE, selection, False, FetchControl())
    assert online.errors == {}  # online it is fetched next, not an error yet


def test_a_cancelled_cache_load_stops(tmp_path):
    control = FetchControl()
    control.cancel()
    selection = resolve_selection(CATALOGUE, "^RUT", ["BTC/USDT"])
    with pytest.raises(Cancelled):
        load_cached(_rut_btc_iwm(tmp_path), CATALOGUE, selection, False, control)


# --- the volume proxy: one policy ----------------------------------------------------------


def test_volume_proxy_is_the_catalogues_unless_overridden_and_never_fetched(tmp_path):
    repo = _rut_btc_iwm(tmp_path, offline=False)  # no sources: a fetch would fail loudly
    assert load_volume_proxy(repo, CATALOGUE, RUT).instrument.symbol == "IWM"
    assert load_volume_proxy(repo, CATALOGUE, BTC) is None  # no proxy in the catalogue
    assert load_volume_proxy(repo, CATALOGUE, RUT, "BTC/USDT").instrument.symbol == "BTC/USDT"
    empty = _repository(tmp_path / "empty")
    assert load_volume_proxy(empty, CATALOGUE, RUT) is None  # a missing default costs nothing
    with pytest.raises(NoDataInRange, match="volume proxy SPY is not cached"):
        load_volume_proxy(empty, CATALOGUE, RUT, "SPY")  # a named one must be there


# --- fetching in a batch -----------------------------------------------------------------------


class _Repo:
    """Repository double: ``get`` fails as told, or waits for a cancel, or serves a frame."""

    def __init__(self, failing=None, waiting=()):
        self.failing = dict(failing or {})
        self.waiting = set(waiting)
        self.asked = []

    def get(self, instrument, start=None, end=None, timeframe="1d", control=None):
        self.asked.append(instrument.symbol)
        if instrument.symbol in self.failing:
            raise self.failing[instrument.symbol]
        if instrument.symbol in self.waiting:
            for _ in range(500):
                control.check_cancelled()
                threading.Event().wait(0.01)
        from tests.app.fakes import series_for

        return series_for(
            instrument, synthetic_frame("2020-01-01", 30, not instrument.is_crypto), False
        )


def test_a_source_found_down_stops_its_own_other_fetches_which_say_not_tried():
    reset = NetworkDown("binance could not be reached", NetworkDown.RESET)
    repo = _Repo(failing={"BTC/USDT": reset}, waiting={"ETH/USDT"})
    batch = FetchBatch([BTC, ETH])
    control = FetchControl()
    answers = {}
    waiting = threading.Thread(
        target=lambda: answers.setdefault("eth", fetch_in_batch(repo, ETH, batch, control))
    )
    waiting.start()
    answers["btc"] = fetch_in_batch(repo, BTC, batch, control)
    waiting.join(5)
    assert not waiting.is_alive(), "the waiting fetch of the same source was not stopped"
    assert answers["btc"].error is reset and batch.down("the exchange chain") == "BTC/USDT"
    assert str(answers["eth"].error) == not_tried("the exchange chain", "BTC/USDT")
    assert not control.cancelled  # the request's control: other sources go on
    assert batch.progress() == (2, 2, "Fetched")


def test_one_source_down_does_not_stop_another_source():
    """Issue 10, defect 5: one exchange resetting connections stopped every other series."""
    reset = NetworkDown("binance could not be reached", NetworkDown.NO_CONNECTION)
    repo = _Repo(failing={"BTC/USDT": reset})
    batch = FetchBatch([BTC, RUT])
    control = FetchControl()
    assert fetch_in_batch(repo, BTC, batch, control).error is reset
    answer = fetch_in_batch(repo, RUT, batch, control)
    assert answer.error is None and answer.series is not None


def test_a_users_cancel_is_not_dressed_up_as_network_down():
    batch = FetchBatch([BTC])
    control = FetchControl()
    control.cancel()
    with pytest.raises(Cancelled):
        fetch_in_batch(_Repo(waiting={"BTC/USDT"}), BTC, batch, control)


def test_progress_is_counted_over_the_batch_and_the_preparation_runs_once():
    prepared, reports = [], []
    batch = FetchBatch([RUT, BTC, ETH], prepare=lambda: prepared.append(1))
    control = FetchControl(on_progress=lambda *report: reports.append(report))
    for instrument in (RUT, BTC, ETH):
        fetch_in_batch(_Repo(), instrument, batch, control)
    assert prepared == [1]
    assert reports[0] == (0, 3, "Fetching ^RUT, BTC/USDT, ETH/USDT")
    assert reports[-1] == (3, 3, "Fetched")


def test_a_failed_fetch_leaves_the_loaded_series_in_place():
    selection = resolve_selection(CATALOGUE, "^RUT", ["BTC/USDT"])
    base = load_cached(_Base(), CATALOGUE, selection, False, FetchControl()).series
    down = NetworkDown("down")
    batch = FetchBatch([RUT, BTC])
    answers = [
        fetch_in_batch(_Repo(failing={"^RUT": down}), i, batch, FetchControl()) for i in (RUT, BTC)
    ]
    outcome = fetched_outcome(selection, base, answers)
    assert outcome.series[RUT] is base[RUT] and outcome.errors == {RUT: down}
    assert outcome.series[BTC] is not base[BTC]


class _Base:
    """A cache holding ^RUT and BTC/USDT."""

    def read_cached(self, instrument, timeframe="1d"):
        from models.market.repository import CacheRead
        from tests.app.fakes import series_for

        frame = synthetic_frame("2020-01-01", 20, not instrument.is_crypto)
        return CacheRead(series_for(instrument, frame, True))

    def load(self, instrument, timeframe="1d"):
        return None


# --- failures remembered in one place ------------------------------------------------------


def test_failure_memory_remembers_forgets_and_joins_a_lost_cache_file_with_its_refetch():
    memory = FailureMemory()
    selection = resolve_selection(CATALOGUE, "^RUT", ["BTC/USDT"])
    lost = CacheCorrupt(
        "^RUT's cached file was unreadable and was set aside; it is being refetched."
    )
    memory.carry({RUT: lost})
    down = NetworkDown("DNS failed.", NetworkDown.DNS)
    fetched = LoadOutcome(selection, errors={RUT: down})
    memory.settle_fetch(fetched)
    assert fetched.errors[RUT] is down and down.carried is lost  # both are said, fields kept
    assert RUT in memory and memory.not_failed([RUT, BTC]) == [BTC]
    memory.forget([RUT])
    assert RUT not in memory and memory.as_dict() == {}


# --- the demo picker ---------------------------------------------------------------------------


def test_one_demo_picker_for_the_window_and_the_commands():
    every = demo_session(years=4)
    assert every.origin == "demo" and every.is_demo and len(every.crypto) == 4
    picked = demo_session(["^RUT", "DEMO ETH/USDT", "btc/usdt@kraken"], years=4)
    assert [s.instrument.symbol for s in picked.series] == [
        "DEMO ^RUT", "DEMO ETH/USDT", "DEMO BTC/USDT"
    ]  # fmt: skip
    assert picked.selection.crypto == (picked.crypto[0].instrument, picked.crypto[1].instrument)
    assert demo_session(["^RUT"], years=4).crypto == []  # events needs the equity only
    with pytest.raises(InvalidParameter, match="The demo data has no XRP/EUR"):
        demo_session(["^RUT", "XRP/EUR"], years=4)


# --- imports: read in full, the calendar rule ----------------------------------------------


def test_a_24_7_file_under_a_new_york_symbol_is_refused_unless_forced(tmp_path):
    path = _write_csv(tmp_path / "coin.csv", synthetic_frame("2020-01-01", 60, False))
    with pytest.raises(CalendarRefused) as refused:
        read_import(CATALOGUE, "^RUT", path)
    assert str(refused.value) == (
        "coin.csv has weekend bars but ^RUT trades on New York sessions "
        "(the nyse calendar); nothing was imported."
    )
    assert refused.value.label == "^RUT"
    forced = read_import(CATALOGUE, "^RUT", path, force=True)
    assert forced.calendar_warning().kind == CALENDAR_MISMATCH


def test_of_several_files_none_is_saved_until_all_were_read(tmp_path):
    good = _write_csv(tmp_path / "rut.csv", synthetic_frame("2020-01-01", 60, True))
    bad = tmp_path / "bad.csv"
    bad.write_text("date,open,high,low,close,volume\n2020-01-01,1,2,0.5,x,10\n")
    repo = _repository(tmp_path)
    with pytest.raises(ImportFailed, match=r"bad\.csv, line 2"):
        read_imports(CATALOGUE, [f"^RUT={good}", f"BTC/USDT={bad}"])
    assert repo.list_series() == []


def test_a_symbol_the_catalogue_does_not_know_takes_the_files_calendar(tmp_path):
    path = _write_csv(tmp_path / "coin.csv", synthetic_frame("2020-01-01", 60, False))
    item = read_import(CATALOGUE, "ZZCOIN", path)
    assert item.instrument.calendar == "24/7" and item.instrument.is_crypto
    assert item.calendar_warning() is None
    [series] = save_imports(_repository(tmp_path), [item])
    assert series.instrument.calendar == "24/7"


# --- the headless load of every command --------------------------------------------------------


def test_headless_load_uses_imports_as_imported_and_the_cache_for_the_rest(tmp_path):
    repo = _rut_btc_iwm(tmp_path)
    eth = _write_csv(tmp_path / "eth.csv", synthetic_frame("2019-06-01", 300, False, seed=8))
    request = LoadRequest("^RUT", ("BTC/USDT", "ETH/USDT"), imports=(f"ETH/USDT={eth}",))
    loaded = load_session(request, CATALOGUE, repo)
    session = loaded.session
    assert [s.instrument.symbol for s in session.series] == ["^RUT", "BTC/USDT", "ETH/USDT"]
    assert [loaded.origin(s) for s in session.series] == ["cache", "cache", "import"]
    assert session.volume_proxy.instrument.symbol == "IWM" and session.origin == "import"


def test_headless_load_says_what_is_missing_and_how_to_get_it(tmp_path):
    with pytest.raises(NoDataInRange, match="No daily prices for ETH/USDT in the cache"):
        load_session(LoadRequest("^RUT", ("ETH/USDT",)), CATALOGUE, _rut_btc_iwm(tmp_path))


class _DownSource:
    name = "down"

    def fetch(self, instrument, start, end, timeframe, control):
        raise NetworkDown("The source could not be reached.")


def test_a_failed_top_up_serves_the_cache_with_a_stale_notice(tmp_path):
    sources = {"yahoo": _DownSource(), "ccxt": _DownSource()}
    repo = _rut_btc_iwm(tmp_path, offline=False, sources=sources)
    loaded = load_session(LoadRequest("^RUT", ("BTC/USDT",), fetch=True), CATALOGUE, repo)
    assert [n.kind for n in loaded.notices] == [STALE, STALE]
    assert "BTC/USDT could not be refreshed" in loaded.session.crypto[0].warnings[-1]
    unknown = {"yahoo": _DownSource(), "ccxt": _Unknown()}
    repo = _rut_btc_iwm(tmp_path / "b", offline=False, sources=unknown)
    with pytest.raises(UnknownSymbol):
        load_session(LoadRequest("^RUT", ("BTC/USDT",), fetch=True), CATALOGUE, repo)


class _Unknown:
    name = "unknown"

    def fetch(self, instrument, start, end, timeframe, control):
        raise UnknownSymbol(f"No exchange lists {instrument.symbol}.")


def test_demo_with_a_volume_proxy_is_refused(tmp_path):
    with pytest.raises(InvalidParameter, match="needs real data"):
        load_session(LoadRequest("^RUT", demo=True, volume_proxy="IWM"), CATALOGUE, None)
    loaded = load_session(LoadRequest("^RUT", ("BTC/USDT",), demo=True), CATALOGUE, None)
    assert loaded.session.is_demo and loaded.origin(loaded.session.equity) == "demo"


# --- one event-study record ------------------------------------------------------------------


def test_the_event_study_record_names_every_span_in_days():
    from models.analysis.breakouts import BreakoutParams, detect_breakouts
    from models.analysis.event_study import event_study

    session = demo_session(["^RUT", "BTC/USDT"], years=6)
    events = detect_breakouts(session.equity.frame, BreakoutParams()).events
    study = event_study(session.crypto[0].frame, events, current_lag=30, placebo_draws=20)
    record = event_study_record(study)
    assert record["horizons_days"] == list(study.horizons)
    assert record["current_lag_days"] == 30
    assert record["primary_horizon_days"] == study.primary_horizon
    assert {"horizons", "current_lag", "primary_horizon"}.isdisjoint(record)
    assert len(record["events"]) == study.n_events
    assert all(isinstance(e["date"], str) for e in record["events"])
    assert event_study_record(None) is None
    assert isinstance(pd.DataFrame(record["baseline"]), pd.DataFrame)
