"""DataController data flow when series fail: named errors, no stray banner, no refetch storms.

The repository double below extends ``tests.app.fakes.FakeRepository`` with programmable
per-symbol failures, corrupt cache entries (with the notice the real cache writes) and a
network that is down after a delay.
"""

from __future__ import annotations

import functools
import time

import pytest

from models.errors import NetworkDown, SourceUnavailable, UnknownSymbol
from models.market.instruments import load_catalogue
from models.market.repository import CacheRead
from models.notices import CACHE_SET_ASIDE, Notice
from models.session.loading.demo import demo_session
from tests.app.fakes import FakeRepository, synthetic_frame

CATALOGUE = load_catalogue()


class FailingRepository(FakeRepository):
    """FakeRepository whose fetches of ``failing`` symbols raise, and whose ``corrupt``
    entries are set aside on load with the cache's ``cache_set_aside`` notice."""

    def __init__(self, cached=None, failing=None, corrupt=(), fail_after=0.0, **kwargs):
        super().__init__(cached, **kwargs)
        self.failing = dict(failing or {})
        self.corrupt = set(corrupt)
        self.fail_after = fail_after
        self.notices: list[Notice] = []
        self.asked: list[str] = []

    def read_cached(self, inst, timeframe="1d"):
        if inst.symbol in self.corrupt:
            self.corrupt.discard(inst.symbol)
            self.cached.pop(inst.symbol, None)
            text = (
                f"The cached {inst.symbol} (1d) data could not be read (bad chunk); "
                "it was moved to /x/corrupt and will be fetched again."
            )
            notice = Notice(CACHE_SET_ASIDE, inst.label, text, (("path", "/x/corrupt"),))
            self.notices.append(notice)
            return CacheRead(None, [notice])
        return super().read_cached(inst, timeframe)

    def get(self, inst, start=None, end=None, timeframe="1d", control=None):
        self.asked.append(inst.symbol)
        error = self.failing.get(inst.symbol)
        if error is not None:
            deadline = time.monotonic() + self.fail_after
            while time.monotonic() < deadline:
                time.sleep(0.005)
                control.check_cancelled()
            raise error
        return super().get(inst, start, end, timeframe, control)


def _cache(*symbols) -> dict:
    frames = {
        "^RUT": synthetic_frame("2020-01-01", 300, True),
        "IWM": synthetic_frame("2020-01-01", 300, True, seed=3),
        "BTC/USDT": synthetic_frame("2020-01-01", 300, False),
        "ETH/USDT": synthetic_frame("2020-01-01", 300, False, seed=2),
    }
    return {s: frames[s] for s in symbols}


def _idle(qtbot, t):
    qtbot.waitUntil(lambda: not t.w.is_busy("data.load") and not t.w.is_busy("data.fetch"))


def test_offline_uncached_equity_is_named_and_keeps_the_chart(qtbot, make):
    t = make(FailingRepository(_cache("^RUT", "BTC/USDT")), offline=True)
    t.c.select("^RUT", ["BTC/USDT"])
    qtbot.waitUntil(lambda: len(t.session_loaded) == 1)
    shown = t.c.session
    t.c.select("ZZZZQ", ["BTC/USDT"])
    qtbot.waitUntil(lambda: bool(t.symbol_rejected))
    assert "ZZZZQ" in t.symbol_rejected[0] and "offline" in t.symbol_rejected[0]
    assert t.nothing_to_show == []  # the chart is still there: no empty-cache banner
    assert t.c.session is shown
    assert t.c.selection.equity.symbol == "^RUT"  # back to the selection in force


def test_network_down_equity_change_fetches_only_the_new_symbol(qtbot, make):
    down = NetworkDown("Cannot reach Yahoo Finance for ZZZZQ: DNS failed. Check the connection.")
    repo = FailingRepository(_cache("^RUT", "BTC/USDT", "ETH/USDT"), failing={"ZZZZQ": down})
    t = make(repo)
    t.c.select("^RUT", ["BTC/USDT", "ETH/USDT"])
    qtbot.waitUntil(lambda: len(t.session_loaded) == 1)
    t.c.select("ZZZZQ", ["BTC/USDT", "ETH/USDT"])
    qtbot.waitUntil(lambda: bool(t.symbol_rejected))
    _idle(qtbot, t)
    assert repo.asked == ["ZZZZQ"]  # BTC and ETH were cached: not refetched
    assert "ZZZZQ" in t.symbol_rejected[0] and any("ZZZZQ" in e for e in t.error_reported)
    assert t.nothing_to_show == [] and len(t.session_loaded) == 1
    t.c.select("ZZZZQ", ["BTC/USDT", "ETH/USDT"])  # typed again on purpose: tried again
    qtbot.waitUntil(lambda: len(t.symbol_rejected) == 2)
    assert repo.asked == ["ZZZZQ", "ZZZZQ"]


def test_corrupt_equity_offline_names_it_and_does_not_claim_nothing_is_cached(qtbot, make):
    repo = FailingRepository(_cache("^RUT", "BTC/USDT", "ETH/USDT"), corrupt={"^RUT"})
    t = make(repo, offline=True)
    t.c.select("^RUT", ["BTC/USDT", "ETH/USDT"])
    qtbot.waitUntil(lambda: bool(t.nothing_to_show))
    banner = t.nothing_to_show[0]
    assert "^RUT: the cached file could not be read; it was moved to /x/corrupt" in banner
    assert "Cached: BTC/USDT, ETH/USDT;" in banner and "nothing cached" not in banner
    assert any("moved to /x/corrupt" in e and "^RUT" in e for e in t.error_reported)
    assert any("could not be read" in n for n in t.notice_reported)


def test_corrupt_equity_online_is_refetched_alone(qtbot, make):
    repo = FailingRepository(_cache("^RUT", "BTC/USDT", "ETH/USDT"), corrupt={"^RUT"})
    t = make(repo)
    t.c.select("^RUT", ["BTC/USDT", "ETH/USDT"])
    qtbot.waitUntil(lambda: bool(t.session_loaded))
    _idle(qtbot, t)
    assert repo.asked == ["^RUT"]
    assert [s.instrument.symbol for s in t.c.session.series] == ["^RUT", "BTC/USDT", "ETH/USDT"]
    assert any(
        n.startswith("^RUT: the cached file could not be read; it was moved to /x/corrupt")
        for n in t.notice_reported
    )
    assert t.error_reported == []


def test_corrupt_equity_that_cannot_be_refetched_says_both(qtbot, make):
    down = NetworkDown("Cannot reach Yahoo Finance for ^RUT: DNS failed.", NetworkDown.DNS)
    repo = FailingRepository(_cache("^RUT", "BTC/USDT"), corrupt={"^RUT"}, failing={"^RUT": down})
    t = make(repo)
    t.c.select("^RUT", ["BTC/USDT"])
    qtbot.waitUntil(lambda: bool(t.nothing_to_show))
    banner = t.nothing_to_show[0]
    assert "moved to /x/corrupt" in banner and "the name did not resolve" in banner
    assert len(t.error_reported) == 1


def test_offline_uncached_crypto_is_named_and_the_rest_charted(qtbot, make):
    t = make(FailingRepository(_cache("^RUT", "BTC/USDT")), offline=True)
    t.c.select("^RUT", ["BTC/USDT", "ETH/USDT", "SOL/USDT"])
    qtbot.waitUntil(lambda: bool(t.series_missing))
    assert [s.instrument.symbol for s in t.c.session.series] == ["^RUT", "BTC/USDT"]
    # both failed alike: one sentence names both
    assert (
        t.series_missing[0]
        == "ETH/USDT, SOL/USDT: nothing is cached and the app is working offline."
    )
    assert any("ETH/USDT" in e for e in t.error_reported)


def test_unknown_crypto_is_named_and_unticked(qtbot, make):
    unknown = UnknownSymbol("'FOO/BAR' is not listed on binance.")
    repo = FailingRepository(_cache("^RUT", "BTC/USDT"), failing={"FOO/BAR": unknown})
    t = make(repo)
    t.c.select("^RUT", ["BTC/USDT", "FOO/BAR"])
    qtbot.waitUntil(lambda: bool(t.series_missing))
    assert "FOO/BAR" in t.series_missing[0]
    assert [c.symbol for c in t.c.session.selection.crypto] == ["BTC/USDT"]


def test_a_failed_series_is_not_retried_until_refresh(qtbot, make):
    down = SourceUnavailable("binance is unavailable (HTTP 503).")  # stops no other series
    down.exchange = "binance"  # as the exchange source marks its errors
    repo = FailingRepository(_cache("^RUT", "BTC/USDT", "IWM"), failing={"SOL/USDT": down})
    t = make(repo)
    t.c.select("^RUT", ["BTC/USDT", "SOL/USDT"])
    qtbot.waitUntil(lambda: bool(t.series_missing))
    _idle(qtbot, t)
    assert repo.asked == ["SOL/USDT"]
    assert "SOL/USDT: binance is unavailable right now" in t.series_missing[0]
    t.c.select("IWM", ["BTC/USDT", "SOL/USDT"])  # a later change: SOL is not tried again
    qtbot.waitUntil(lambda: len(t.series_missing) == 2)
    _idle(qtbot, t)
    assert repo.asked == ["SOL/USDT"] and "SOL/USDT" in t.series_missing[1]
    assert "Refresh tries the failed series again" in t.series_missing[1]
    assert t.c.session.equity.instrument.symbol == "IWM"
    t.c.refresh()  # explicit: everything, SOL included
    qtbot.waitUntil(lambda: len(t.series_missing) == 3)
    assert sorted(repo.asked) == ["BTC/USDT", "IWM", "SOL/USDT", "SOL/USDT"]


@pytest.mark.timing
def test_network_down_reaches_the_banner_fast(qtbot, make):
    """Each source fails only after its timeout: one after another that took their sum."""
    failing = {
        "^RUT": NetworkDown("Cannot reach Yahoo Finance for ^RUT: DNS failed."),
        "BTC/USDT": NetworkDown("binance could not be reached; check the connection."),
        "ETH/USDT": NetworkDown("binance could not be reached; check the connection."),
    }
    t = make(FailingRepository({}, failing=failing, fail_after=1.0))
    started = time.monotonic()
    t.c.select("^RUT", ["BTC/USDT", "ETH/USDT"])
    qtbot.waitUntil(lambda: bool(t.nothing_to_show), timeout=10_000)
    elapsed = time.monotonic() - started
    assert elapsed < 2.0, f"banner after {elapsed:.1f} s; in a row it takes 3 s"
    for label in ("^RUT", "BTC/USDT", "ETH/USDT"):
        assert label in t.nothing_to_show[0]


@pytest.mark.timing
def test_a_source_down_stops_its_own_other_fetches_only(qtbot, make):
    """Issue 10, defect 5: a source that cannot be reached stops its own other series;
    every other source is still asked."""
    failing = {"BTC/USDT": NetworkDown("binance could not be reached; check the connection.")}
    repo = FailingRepository({}, failing=failing, fail_after=0.2, fetch_delay=5.0)
    repo.fetch_delays = {"^RUT": 0.0}
    t = make(repo)
    started = time.monotonic()
    t.c.select("^RUT", ["BTC/USDT", "ETH/USDT"])
    qtbot.waitUntil(lambda: bool(t.series_missing or t.nothing_to_show), timeout=10_000)
    assert time.monotonic() - started < 2.0  # ETH's 5 s fetch was stopped
    said = (t.series_missing or t.nothing_to_show)[0]
    assert "ETH/USDT: not fetched: the exchange could not be reached for BTC/USDT" in said
    assert "^RUT" in repo.asked


def test_demo_session_names_its_instruments_and_leaving_it_is_said(qtbot, make):
    demo = functools.partial(demo_session, years=4)
    t = make(FailingRepository(_cache("^RUT", "BTC/USDT")), offline=True, demo_loader=demo)
    t.c.load_demo()
    qtbot.waitUntil(lambda: bool(t.session_loaded))
    shown = t.session_loaded[0]
    assert shown.is_demo
    assert [c.label for c in shown.selection.crypto] == [
        "DEMO BTC/USDT", "DEMO ETH/USDT", "DEMO SOL/USDT", "DEMO DOGE/USDT"
    ]  # fmt: skip
    t.c.select("^RUT", ["BTC/USDT"])
    assert t.notice_reported == ["Leaving demo data: loading real data from the cache…"]
    qtbot.waitUntil(lambda: len(t.session_loaded) == 2)
    assert t.notice_reported[-1] == "Left demo data; real data is charted."
    assert not t.c.session.is_demo


def test_a_failed_refresh_keeps_the_cached_chart_and_names_each_failure(qtbot, make):
    failing = {
        "^RUT": NetworkDown("Cannot reach Yahoo Finance for ^RUT: DNS failed."),
        "BTC/USDT": NetworkDown("binance could not be reached; check the connection."),
    }
    repo = FailingRepository(_cache("^RUT", "BTC/USDT"), failing=failing)
    t = make(repo, refresh_delay_ms=10)
    t.c.select("^RUT", ["BTC/USDT"])
    qtbot.waitUntil(lambda: len(t.error_reported) == 2)
    _idle(qtbot, t)
    assert len(t.session_loaded) == 1  # the cached chart stays; nothing redrawn
    assert t.nothing_to_show == [] and t.symbol_rejected == []
    assert any(e.startswith("BTC/USDT") for e in t.error_reported)
