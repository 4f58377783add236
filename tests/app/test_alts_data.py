"""The altseason universe taking effect in the window's data side, and its settings."""

from __future__ import annotations

from models.derived.universe import Universe
from models.market.instruments import load_catalogue
from tests.app.fakes import FakeRepository, synthetic_frame

CATALOGUE = load_catalogue()
FIRST = Universe(("ETH-USD", "SOL-USD", "XRP-USD"))
SECOND = Universe(("ETH-USD", "ADA-USD", "DOGE-USD", "LINK-USD"))


def _cached(*symbols: str) -> dict:
    frames = {"^RUT": synthetic_frame("2020-01-01", 300, True)}
    for seed, symbol in enumerate(symbols, 2):
        frames[symbol] = synthetic_frame("2020-01-01", 300, False, seed=seed)
    return frames


def _members(session) -> tuple[str, ...]:
    index = session.crypto[0]
    return tuple(m.label for m in index.instrument.recipe.members)


def test_a_new_universe_reloads_the_index_at_once_fetching_its_new_alts_in_one_batch(qtbot, make):
    repo = FakeRepository(_cached("BTC-USD", *FIRST.symbols), fetch_delay=0.02)
    t = make(repo, refresh_delay_ms=50)  # the window's refresh after a cached session
    progress = []
    t.c.fetch_progressed.connect(lambda done, total, text: progress.append(total))
    t.c.set_catalogue(FIRST.applied_to(CATALOGUE))
    assert t.c.select("^RUT", ["altseason"])
    qtbot.waitUntil(lambda: bool(repo.fetched), timeout=10_000)  # the refresh of a cached one
    qtbot.waitUntil(lambda: len(t.session_loaded) == 2, timeout=10_000)
    assert _members(t.session_loaded[-1]) == FIRST.symbols
    shown, progress[:] = len(t.session_loaded), []
    repo.fetched.clear()
    t.c.set_catalogue(SECOND.applied_to(CATALOGUE))
    qtbot.waitUntil(
        lambda: len(t.session_loaded) > shown and _members(t.session_loaded[-1]) == SECOND.symbols,
        timeout=10_000,
    )
    # the index is shown from the alts cached at once (ETH-USD), then its new alts arrive:
    # the whole selection's plain inputs fetched as one batch with one progress bar
    new_alts = {"ADA-USD", "DOGE-USD", "LINK-USD"}
    qtbot.waitUntil(lambda: new_alts <= set(repo.fetched), timeout=10_000)
    qtbot.waitUntil(lambda: set(t.session_loaded[-1].crypto[0].coins) == {4}, timeout=10_000)
    assert set(progress) == {len(SECOND.symbols) + 2}  # ^RUT, BTC-USD and the four alts


def test_a_universe_that_changes_nothing_charted_loads_nothing(qtbot, make):
    repo = FakeRepository(_cached("BTC/USDT"))
    t = make(repo)
    assert t.c.select("^RUT", ["BTC/USDT"])
    qtbot.waitUntil(lambda: len(t.session_loaded) == 1, timeout=10_000)
    t.c.set_catalogue(SECOND.applied_to(CATALOGUE))
    qtbot.wait(200)
    assert len(t.session_loaded) == 1 and t.error_reported == []


def test_the_universe_is_kept_in_the_settings_and_read_back_checked(qtbot):
    from app.settings import UNIVERSE_KEY, SettingsStore, open_qsettings

    store = SettingsStore(open_qsettings())
    assert store.altseason_universe(CATALOGUE) == Universe.default(CATALOGUE)  # none saved
    store.save_altseason_universe(SECOND)
    again = SettingsStore(open_qsettings())
    assert again.altseason_universe(CATALOGUE) == SECOND and again.resets == []
    # a stablecoin and a word that is no symbol were written by hand: dropped, said
    raw = open_qsettings()
    raw.setValue(UNIVERSE_KEY, '["SOL-USD", "USDT-USD", "not a symbol!", "ADA-USD"]')
    raw.sync()
    read = SettingsStore(open_qsettings())
    assert read.altseason_universe(CATALOGUE) == Universe(("SOL-USD", "ADA-USD"))
    assert read.resets == [UNIVERSE_KEY]
    raw.setValue(UNIVERSE_KEY, "{not json")
    raw.sync()
    broken = SettingsStore(open_qsettings())
    assert broken.altseason_universe(CATALOGUE) == Universe.default(CATALOGUE)
    assert broken.resets == [UNIVERSE_KEY]
