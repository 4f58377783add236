"""The window's data side with derived series: inputs read, fetched in one batch, recomputed."""

from __future__ import annotations

from models.derived.series import DerivedSeries
from models.market.instruments import load_catalogue
from models.notices import INPUTS_MISSING
from tests.app.fakes import FakeRepository, synthetic_frame
from tests.app.test_data_controller import make  # noqa: F401  (the controller rig)

CATALOGUE = load_catalogue()
RATIO = "ETH/USDT / BTC/USDT"


def _cached(*symbols: str) -> dict:
    frames = {"^RUT": synthetic_frame("2020-01-01", 300, True)}
    for seed, symbol in enumerate(symbols, 2):
        frames[symbol] = synthetic_frame("2020-01-01", 300, False, seed=seed)
    return frames


def test_a_ratio_shows_from_the_cache_then_its_inputs_are_fetched_and_it_is_recomputed(
    qtbot,
    make,  # noqa: F811
):
    repo = FakeRepository(_cached("ETH/USDT", "BTC/USDT"), fetch_delay=0.05)
    t = make(repo)
    progress = []
    t.c.fetch_progressed.connect(lambda done, total, text: progress.append((done, total)))
    assert t.c.select("^RUT", [RATIO])
    qtbot.waitUntil(lambda: len(t.sessions) == 2, timeout=5000)
    cached, fresh = t.sessions
    ratio = cached.crypto[0]
    assert isinstance(ratio, DerivedSeries) and ratio.instrument.label == RATIO
    assert ratio.from_cache and ratio.rows == 300
    assert sorted(repo.fetched) == ["BTC/USDT", "ETH/USDT", "^RUT"]  # never the ratio itself
    assert {total for _, total in progress} == {3}  # one batch, one progress bar
    recomputed = fresh.crypto[0]
    assert recomputed.instrument == ratio.instrument and not recomputed.from_cache
    assert recomputed.rows > ratio.rows and t.errors == []


def test_a_derived_series_with_an_input_not_cached_arrives_with_the_fetch(qtbot, make):  # noqa: F811
    repo = FakeRepository(_cached("ETH/USDT"))
    t = make(repo)
    assert t.c.select("^RUT", ["ETH/USDT", RATIO])
    qtbot.waitUntil(lambda: any(len(s.crypto) == 2 for s in t.sessions), timeout=5000)
    shown = t.sessions[-1]
    assert [s.instrument.label for s in shown.crypto] == ["ETH/USDT", RATIO]
    assert "BTC/USDT" in repo.fetched and t.errors == []


def test_an_alt_the_source_does_not_know_leaves_the_index_standing(qtbot, make):  # noqa: F811
    season = "altseason(ETH/USDT, SOL/USDT, ZZZQ/USDT)"
    repo = FakeRepository(_cached("BTC/USDT", "ETH/USDT", "SOL/USDT"), unknown={"ZZZQ/USDT"})
    t = make(repo)
    notices = []
    t.c.notice_reported.connect(notices.append)
    assert t.c.select("^RUT", [season])
    qtbot.waitUntil(lambda: len(t.sessions) == 2, timeout=5000)
    index = t.sessions[-1].crypto[0]
    assert index.instrument.label == season and set(index.coins) == {2}
    assert INPUTS_MISSING in [n.kind for n in index.caveats]
    assert any("ZZZQ/USDT" in text for text in notices)
    assert not any("ZZZQ" in text for text in t.errors)  # an optional alt: a notice, not an error
