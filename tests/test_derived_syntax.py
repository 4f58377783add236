"""Typing derived series and exchange notation: what resolves, to what, and what is refused."""

from __future__ import annotations

import pytest

from models.derived.recipe import DEFAULT_WINDOW_DAYS
from models.derived.syntax import ALTSEASON, BASKET, RATIO, parse_formula, split_symbols
from models.derived.universe import Universe, coin_of
from models.errors import InvalidParameter
from models.market.instruments import load_catalogue

CATALOGUE = load_catalogue()


def _labels(instruments) -> list[str]:
    return [i.label for i in instruments]


def test_a_ratio_needs_spaces_around_its_slash_and_knows_its_inputs():
    ratio = CATALOGUE.resolve("ETH/USDT / BTC/USDT")
    assert ratio.is_derived and ratio.recipe.kind == RATIO
    assert _labels(ratio.inputs) == ["ETH/USDT", "BTC/USDT"]
    assert ratio.label == "ETH/USDT / BTC/USDT" and ratio.is_crypto
    assert CATALOGUE.resolve("ETH/USDT").is_derived is False  # a pair has no spaces


def test_a_ratio_of_new_york_and_24_7_series_lives_on_new_york_sessions():
    assert CATALOGUE.resolve("^RUT / ^GSPC").calendar == "nyse"
    assert CATALOGUE.resolve("^RUT / BTC-USD").calendar == "nyse"
    assert CATALOGUE.resolve("ETH-USD / BTC-USD").calendar == "24/7"


def test_a_basket_lists_its_coins_and_the_btc_of_their_quote():
    basket = CATALOGUE.resolve("basket(sol/usdt,XRP/USDT,  ADA/USDT)")
    assert basket.label == "basket(SOL/USDT, XRP/USDT, ADA/USDT)"
    assert _labels(basket.recipe.members) == ["SOL/USDT", "XRP/USDT", "ADA/USDT"]
    assert basket.recipe.benchmark.label == "BTC/USDT"
    assert _labels(basket.inputs) == ["SOL/USDT", "XRP/USDT", "ADA/USDT", "BTC/USDT"]
    assert CATALOGUE.resolve("basket(SOL-USD, ADA-USD)").recipe.benchmark.label == "BTC-USD"
    assert CATALOGUE.resolve("basket(SOL/BTC, ADA/BTC)").recipe.benchmark is None


def test_altseason_means_the_catalogues_universe_unless_given_one():
    plain = CATALOGUE.resolve("altseason")
    recipe = plain.recipe
    assert plain.label == "altseason" and recipe.kind == ALTSEASON
    assert _labels(recipe.members) == list(CATALOGUE.altseason.universe)
    assert len(recipe.members) == 30 and recipe.benchmark.label == "BTC-USD"
    assert recipe.window_days == DEFAULT_WINDOW_DAYS
    assert CATALOGUE.resolve("ALTSEASON(window=90)") == plain
    sixty = CATALOGUE.resolve("altseason(window=60)")
    assert sixty.label == "altseason(window=60)" and sixty.recipe.window_days == 60
    own = CATALOGUE.resolve("altseason(SOL/USDT, XRP/USDT, window=30)")
    assert own.label == "altseason(SOL/USDT, XRP/USDT, window=30)"
    assert own.recipe.benchmark.label == "BTC/USDT"
    pinned = CATALOGUE.resolve("altseason(SOL-USD, benchmark=BTC/USDT)")
    assert pinned.recipe.benchmark.label == "BTC/USDT"


@pytest.mark.parametrize(
    "text",
    [
        "ETH/USDT / BTC/USDT",
        "^RUT / ^GSPC",
        "basket(SOL/USDT, XRP/USDT, ADA/USDT)",
        "basket(SOL-USD, ADA-USD, benchmark=BTC/USDT) / BTC-USD",
        "altseason",
        "altseason(window=45)",
        "altseason(SOL-USD, XRP-USD, benchmark=BTC-USD)",
    ],
)
def test_the_label_resolves_back_to_the_same_instrument(text):
    """What the settings and the symbol list store (the label) must mean the same later."""
    instrument = CATALOGUE.resolve(text)
    assert CATALOGUE.resolve(instrument.label) == instrument


def test_a_user_edited_universe_changes_what_altseason_means():
    universe = Universe(("SOL-USD", "XRP-USD"))
    catalogue = universe.applied_to(CATALOGUE)
    altseason = catalogue.resolve("altseason")
    assert altseason.label == "altseason"
    assert _labels(altseason.recipe.members) == ["SOL-USD", "XRP-USD"]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("ETH/USDT /BTC/USDT", "spaces on both sides"),
        ("ETH/USDT/ BTC/USDT", "spaces on both sides"),
        ("A / B / C", "a ratio takes two"),
        ("ETH-USD / ", "not a Yahoo ticker"),
        ("basket(SOL-USD", "unbalanced parentheses"),
        ("median(SOL-USD, ADA-USD)", "unknown function"),
        ("basket(SOL-USD)", "two members or more"),
        ("basket()", "two members or more"),
        ("basket(SOL-USD, SOL-USD)", "twice"),
        ("basket(SOL-USD,, ADA-USD)", "empty item"),
        ("basket(SOL-USD, ADA-USD, window=5)", "takes benchmark="),
        ("basket(SOL-USD, ETH-USD / BTC-USD)", "derived series"),
        ("altseason(window=3)", "from 7 to 365"),
        ("altseason(window=soon)", "from 7 to 365"),
        ("altseason(window=60, SOL-USD)", "symbols before"),
        ("altseason(window=60, window=90)", "once"),
        ("altseason / BTC-USD", "breadth index"),
        ("altseason(ETH/BTC)", "quoted in USD or USDT"),
        ("(ETH-USD)", "not basket(...) or altseason(...)"),
    ],
)
def test_bad_syntax_is_refused_with_a_one_line_reason(text, reason):
    with pytest.raises(InvalidParameter) as refused:
        CATALOGUE.resolve(text)
    message = str(refused.value)
    assert reason in message and "\n" not in message


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("BTCUSDT", "BTC/USDT"),
        ("btcusdt", "BTC/USDT"),
        ("ETHBTC", "ETH/BTC"),
        ("SOLFDUSD", "SOL/FDUSD"),
        ("ETHUSDC", "ETH/USDC"),
        ("BNBBUSD", "BNB/BUSD"),
        ("BINANCE:BTCUSDT", "BTC/USDT@binance"),
        ("COINBASE:BTCUSD", "BTC/USD@coinbase"),
    ],
)
def test_exchange_and_tradingview_notation_read_as_the_pair(text, label):
    instrument = CATALOGUE.resolve(text)
    assert instrument.label == label and instrument.source == "ccxt" and instrument.is_crypto


def test_notation_keeps_catalogue_pairs_and_leaves_tickers_alone():
    assert CATALOGUE.resolve("BTCUSDT") == CATALOGUE.get("BTC/USDT")  # the catalogue's entry
    for ticker in ("SPY", "GBTC", "SETH", "IWM", "BTCUSD"):  # no pair: a one-letter coin or USD
        assert CATALOGUE.resolve(ticker).source == "yahoo", ticker


def test_symbol_lists_split_at_commas_outside_parentheses():
    assert split_symbols("BTC/USDT, basket(SOL/USDT, ADA/USDT),altseason(window=60) ,") == [
        "BTC/USDT",
        "basket(SOL/USDT, ADA/USDT)",
        "altseason(window=60)",
    ]
    assert parse_formula("BTC/USDT") is None and parse_formula(" ^RUT ") is None
    assert parse_formula("basket(A, B)").kind == BASKET


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("USDC-USD", "stablecoin"),
        ("USDT/DAI", "stablecoin"),
        ("FDUSD/USDT", "stablecoin"),
        ("PAXG/USDT", "asset-backed"),
        ("WBTC/USDT", "wrapped"),
        ("STETH-USD", "wrapped"),
        ("WETH/USDT", "wrapped"),
    ],
)
def test_stablecoins_and_wrapped_tokens_are_refused_in_a_universe(text, word):
    with pytest.raises(InvalidParameter) as refused:
        CATALOGUE.resolve(f"altseason(SOL-USD, {text})")
    assert word in str(refused.value) and "\n" not in str(refused.value)
    with pytest.raises(InvalidParameter, match=word):
        Universe(("SOL-USD",)).added(CATALOGUE, text)


def test_a_universe_holds_each_coin_once_and_only_crypto_other_than_btc():
    for text, why in (
        ("SOL/USDT", "twice"),
        ("^RUT", "not a crypto asset"),
        ("BTC/USDT", "benchmark"),
        ("altseason(window=30)", "derived"),
    ):
        with pytest.raises(InvalidParameter, match=why):
            Universe(("SOL-USD",)).added(CATALOGUE, text)


def test_the_universe_round_trips_through_the_settings_and_drops_what_no_longer_fits():
    universe = Universe.default(CATALOGUE).removed("cro-usd").added(CATALOGUE, "ATOM/USDT")
    stored = universe.to_settings()
    assert stored[-1] == "ATOM/USDT" and "CRO-USD" not in stored
    assert Universe.from_settings(CATALOGUE, stored) == (universe, [])
    kept, dropped = Universe.from_settings(CATALOGUE, ["SOL-USD", "USDC-USD", "SOL/USDT", 7])
    assert kept.symbols == ("SOL-USD",) and len(dropped) == 3
    assert any("stablecoin" in why for why in dropped)
    assert Universe.from_settings(CATALOGUE, "SOL-USD")[0] == Universe.default(CATALOGUE)
    assert Universe.from_settings(CATALOGUE, [])[0] == Universe.default(CATALOGUE)


def test_the_catalogue_holds_about_30_alts_with_no_stablecoin_or_wrapped_token():
    alts = CATALOGUE.by_class("altcoin") + [
        i for i in CATALOGUE.by_class("crypto") if coin_of(i.symbol) != "BTC"
    ]
    coins = {coin_of(i.symbol) for i in alts}
    assert len(coins) >= 30
    assert not coins & set(CATALOGUE.not_alts)
    default = Universe.default(CATALOGUE).members(CATALOGUE)
    assert len(default) == 30 and len({coin_of(i.symbol) for i in default}) == 30
    assert all(i.in_catalogue and i.is_crypto for i in default)
