"""The altseason index on the real files (../shared/data): known seasons stand out, the
coverage change shows. Skipped when the data is absent."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from app.cli import main
from models.market.instruments import load_catalogue

pytestmark = pytest.mark.realdata


@pytest.fixture(scope="module")
def real_cache(tmp_path_factory):
    """BTC, the catalogue's 30 alts (Yahoo files) and ^RUT imported into a temporary cache."""
    from tests.conftest import SHARED_DATA

    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present")
    yahoo = SHARED_DATA / "crypto" / "yahoo"
    specs = [f"^RUT={SHARED_DATA / 'index' / 'rut_daily.csv'}"]
    for symbol in ("BTC-USD", *load_catalogue().altseason.universe):
        path = yahoo / f"{symbol.removesuffix('-USD').lower()}_usd_daily.csv"
        specs.append(f"{symbol}={path}")
    cache = tmp_path_factory.mktemp("real") / "cache"
    assert main(["data", "import", "--cache-dir", str(cache), *specs]) == 0
    return cache


def _json(capsys, *argv) -> object:
    code = main(list(argv))
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return json.loads(captured.out)


def _index(capsys, cache) -> pd.DataFrame:
    rows = _json(capsys, "altseason", "--cache-dir", str(cache), "--offline", "--json")
    frame = pd.DataFrame(rows)
    return frame.set_index(pd.to_datetime(frame.pop("date")))


def test_early_2018_and_spring_2021_stand_out_as_altcoin_seasons(capsys, real_cache):
    index = _index(capsys, real_cache)["index"]
    early_2018 = index["2018-01-08":"2018-02-28"]
    spring_2021 = index["2021-03-25":"2021-05-31"]
    assert early_2018.median() >= 75 and spring_2021.median() >= 75
    assert early_2018.mean() > index.quantile(0.75) and spring_2021.mean() > index.quantile(0.75)
    # and a bitcoin season between them: the 2019 run-up, when BTC outran the alts
    assert index["2019-05-15":"2019-08-31"].median() <= 25


def test_the_universe_size_changes_over_time_and_the_output_shows_it(capsys, real_cache):
    coins = _index(capsys, real_cache)["coins"]
    assert coins["2014-06-01"] < 8 < coins["2018-01-15"] < coins["2021-04-15"] == 30
    assert coins["2023-06-01"] < 20  # many Yahoo copies end in 2022: the universe shrinks
    main(["altseason", "--cache-dir", str(real_cache), "--offline"])
    out = capsys.readouterr().out
    assert "universe: 30 alts:" in out and "survivorship" in out
    month_2014 = next(line for line in out.splitlines() if line.startswith("  2014-06"))
    month_2021 = next(line for line in out.splitlines() if line.startswith("  2021-04"))
    assert "*" in month_2014 and " 30 " in month_2021  # thin years are marked, not hidden


def test_time_to_altseason_after_the_2016_and_2020_breakouts(capsys, real_cache):
    report = _json(
        capsys, "leadlag", "--cache-dir", str(real_cache), "--offline", "--crypto", "altseason",
        "--draws", "50", "--json",
    )  # fmt: skip
    cycles = {c["date"]: c for c in report["time_to_target"]["cycles"]}
    assert {"2016-11-14", "2020-11-13", "2025-09-18"} <= set(cycles)
    assert cycles["2020-11-13"]["reached_on"].startswith("2021-03")
    assert cycles["2016-11-14"]["reached"] and cycles["2016-11-14"]["reached_on"] < "2017-06-01"
    # the Yahoo copies of most alts end before September 2025: that cycle cannot be judged
    assert not cycles["2025-09-18"]["studied"] and cycles["2025-09-18"]["note"]
