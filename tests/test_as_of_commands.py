"""``--as-of DATE`` on every command equals the command on a cache holding only the bars
known by DATE (a property over random dates, the bootstrap p-values included).

Each example draws a day (and a seed or a rule), runs the command with ``--as-of DAY``
on the full synthetic cache and without it on a cache copied with only the bars dated on
or before DAY (``tests/as_of_market.py``), and compares the outputs: the JSON whole, less
the ``as_of`` the first states; the export's sidecar less its time stamp, and its pixels.
A day on which a command has no data must fail on both.
"""

from __future__ import annotations

import json
import shutil

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.as_of_market import BREAKOUTS, FIRST_DAY, LAST_DAY, cache_as_of, full_cache
from tests.cli_run import run_cli

#: from here every command has data enough to answer (BTC-USD listed 2011-06-01)
USABLE = pd.Timestamp("2012-01-01")
SPAN_DAYS = int((LAST_DAY - USABLE).days) + 60  # a few days past the last bar too
SETTINGS = settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
days = st.integers(0, SPAN_DAYS).map(lambda n: USABLE + pd.Timedelta(days=n))
#: days the random draw rarely hits: a breakout, within its hold, a weekend, a Thursday
#: WALCL release (usable from Friday), the day before the crypto starts
SPECIAL_DAYS = [
    BREAKOUTS[1],
    BREAKOUTS[2] + pd.offsets.BDay(2),
    BREAKOUTS[3] + pd.offsets.BDay(4),
    pd.Timestamp("2014-08-02"),  # a Saturday
    pd.Timestamp("2015-04-16"),  # a Thursday
    pd.Timestamp("2011-05-31"),  # before BTC-USD: the commands that need it fail alike
    FIRST_DAY,
]


@pytest.fixture(scope="module")
def market(tmp_path_factory):
    return full_cache(tmp_path_factory.mktemp("as_of_market"))


@pytest.fixture
def known_cache(tmp_path_factory, market):
    """``make(day)``: a fresh cache of the bars known by ``day``."""
    made = []

    def make(day: pd.Timestamp):
        folder = tmp_path_factory.mktemp("known")
        made.append(folder)
        return cache_as_of(market, folder, day)

    yield make
    for folder in made:
        shutil.rmtree(folder, ignore_errors=True)


def _both(capsys, market, known, day, *argv: str):
    """(code, out, err) of ``argv --as-of DAY`` on the full cache, and of ``argv`` on the
    cache of the bars known by DAY."""
    cut = run_cli(capsys, "--cache-dir", str(market), *argv, "--as-of", f"{day:%Y-%m-%d}")
    then = run_cli(capsys, "--cache-dir", str(known(day)), *argv)
    return cut, then


def _assert_same(cut, then, day, states_as_of: bool) -> None:
    (code, out, err), (then_code, then_out, then_err) = cut, then
    assert (code == 0) == (then_code == 0), (err, then_err)
    assert code == 0 or day < USABLE, err  # a drawn day must be answered, not just fail alike
    if code != 0:
        assert err.startswith("error: ") and then_err.startswith("error: ")
        return
    data, expected = json.loads(out), json.loads(then_out)
    if states_as_of:
        assert data.pop("as_of") == f"{day:%Y-%m-%d}"
        assert expected.pop("as_of") is None
    assert data == expected


@SETTINGS
@given(day=days, rule=st.sampled_from(["ath_drought", "n_day_high", "level"]))
@example(day=SPECIAL_DAYS[1], rule="ath_drought")
@example(day=SPECIAL_DAYS[2], rule="ath_drought")
def test_events(capsys, market, known_cache, day, rule):
    argv = ["events", "--rule", rule, "--level", "115", "--n-days", "126", "--json"]
    cut, then = _both(capsys, market, known_cache, day, *argv)
    _assert_same(cut, then, day, states_as_of=False)
    text_cut, text_then = _both(capsys, market, known_cache, day, *argv[:-1])
    if text_cut[0] == 0:  # the text too, less the line stating the cut
        lines = text_cut[1].splitlines()
        assert lines[0].startswith(f"as of {day:%Y-%m-%d}: only the bars known")
        assert lines[1:] == text_then[1].splitlines()


@SETTINGS
@given(day=days, seed=st.integers(0, 3))
@example(day=SPECIAL_DAYS[0], seed=0)
@example(day=SPECIAL_DAYS[3], seed=1)
@example(day=SPECIAL_DAYS[5], seed=0)
@example(day=SPECIAL_DAYS[6], seed=0)
def test_leadlag(capsys, market, known_cache, day, seed):
    argv = ["leadlag", "--crypto", "BTC-USD", "--draws", "199", "--seed", str(seed), "--json"]
    cut, then = _both(capsys, market, known_cache, day, *argv)
    _assert_same(cut, then, day, states_as_of=True)
    if cut[0] == 0:  # the p-values are there to be compared, not all missing
        data = json.loads(cut[1])
        assert data["all_lags"]["best_lag_p_value"] is not None


@SETTINGS
@given(day=days)
@example(day=SPECIAL_DAYS[4])
@example(day=SPECIAL_DAYS[6])
def test_cascade(capsys, market, known_cache, day):
    stages = "FRED:WALCL,-FRED:DGS10,^RUT,BTC-USD"
    argv = ["cascade", "--stages", stages, "--draws", "99", "--max-lag", "60", "--json"]
    cut, then = _both(capsys, market, known_cache, day, *argv)
    _assert_same(cut, then, day, states_as_of=True)


@SETTINGS
@given(day=days)
@example(day=pd.Timestamp("2014-05-30"))  # ADA-USD not listed yet: the universe shrinks
@example(day=SPECIAL_DAYS[5])
def test_altseason(capsys, market, known_cache, day):
    argv = ["altseason", "--universe", "SOL-USD,XRP-USD,ADA-USD", "--window", "30", "--json"]
    cut, then = _both(capsys, market, known_cache, day, *argv)
    _assert_same(cut, then, day, states_as_of=False)
    if cut[0] == 0:  # the caveats (stderr): alts without bars named alike
        assert cut[2] == then[2]


def _export(capsys, cache, folder, day=None):
    folder.mkdir()
    out = folder / "chart.png"
    argv = ["--cache-dir", str(cache), "export", "--out", str(out), "--offline"]
    argv += ["--crypto", "BTC-USD", "--size", "480x300", "--no-caption", "--lag", "30"]
    if day is not None:
        argv += ["--as-of", f"{day:%Y-%m-%d}"]
    code, _, err = run_cli(capsys, *argv)
    return code, err, out


def _pixels(path):
    from PySide6.QtGui import QImage

    image = QImage(str(path)).convertToFormat(QImage.Format.Format_ARGB32)
    return np.frombuffer(image.constBits(), dtype=np.uint8).copy()


@settings(SETTINGS, max_examples=4)
@given(day=days)
@example(day=SPECIAL_DAYS[2])
@example(day=SPECIAL_DAYS[5])
def test_export(capsys, qapp, tmp_path_factory, market, known_cache, day):
    folder = tmp_path_factory.mktemp("export")
    code, err, cut = _export(capsys, market, folder / "cut", day)
    then_code, then_err, then = _export(capsys, known_cache(day), folder / "then")
    assert (code == 0) == (then_code == 0), (err, then_err)
    assert code == 0 or day < USABLE, err
    if code != 0:
        return
    data = json.loads(cut.with_suffix(".json").read_text())
    expected = json.loads(then.with_suffix(".json").read_text())
    assert data.pop("exported_at") and expected.pop("exported_at")
    assert data["parameters"].pop("as_of") == f"{day:%Y-%m-%d}"
    assert expected["parameters"].pop("as_of") is None
    assert data == expected
    assert np.array_equal(_pixels(cut), _pixels(then))


def test_an_export_as_of_a_day_states_it_in_its_caption_and_sidecar(capsys, qapp, tmp_path):
    out = tmp_path / "then.png"
    code, _, err = run_cli(
        capsys, "export", "--demo", "--out", str(out), "--size", "1280x800", "--as-of", "2020-11-13"
    )
    assert code == 0, err
    data = json.loads(out.with_suffix(".json").read_text())
    assert data["parameters"]["as_of"] == "2020-11-13"
    caption = data["image"]["caption_text"]
    assert "As of 2020-11-13: only the data known by that day's close" in " ".join(caption)
    assert all(i["last_bar"] <= "2020-11-13" for i in data["instruments"])
    assert data["parameters"]["visible_end"] <= "2020-12-13"  # the last bar and a margin


def test_a_cascade_export_as_of_a_day_states_it_in_its_caption(capsys, qapp, tmp_path):
    out = tmp_path / "cascade.png"
    argv = ["export", "--view", "cascade", "--demo", "--out", str(out), "--size", "1200x800"]
    code, _, err = run_cli(capsys, *argv, "--draws", "50", "--as-of", "2019-06-28")
    assert code == 0, err
    data = json.loads(out.with_suffix(".json").read_text())
    assert data["cascade"]["as_of"] == "2019-06-28"
    assert any(t.startswith("As of 2019-06-28") for t in data["image"]["caption_text"])
    assert all(i["last_bar"] <= "2019-06-28" for i in data["instruments"])


@SETTINGS
@given(day=days, rule=st.sampled_from(["ath_drought", "n_day_high", "level"]))
@example(day=BREAKOUTS[2], rule="ath_drought")  # it fired that day: exit 10 on both
@example(day=SPECIAL_DAYS[5], rule="level")
def test_watch(capsys, market, known_cache, day, rule):
    argv = ["watch", "--crypto", "BTC-USD", "--rule", rule, "--level", "115", "--draws", "199"]
    (code, out, err), (then_code, then_out, then_err) = _both(
        capsys, market, known_cache, day, *argv, "--json"
    )
    assert code == then_code, (err, then_err)
    assert code in (0, 10) or day < USABLE, err
    if code not in (0, 10):
        return
    data, expected = json.loads(out), json.loads(then_out)
    assert data.pop("as_of") == f"{day:%Y-%m-%d}"
    assert expected.pop("as_of") == expected["last_bar"]  # without the cut: the last bar
    assert data == expected


def test_a_breakout_within_its_hold_reads_pending_everywhere(capsys, market):
    day = BREAKOUTS[2] + pd.offsets.BDay(2)
    argv = ["--cache-dir", str(market), "leadlag", "--crypto", "BTC-USD", "--draws", "99"]
    code, out, err = run_cli(capsys, *argv, "--as-of", f"{day:%Y-%m-%d}")
    assert code == 0, err
    row = next(line for line in out.splitlines() if line.startswith(f"{BREAKOUTS[2]:%Y-%m-%d}"))
    assert " pending " in row
    code, out, err = run_cli(capsys, *argv, "--as-of", f"{day:%Y-%m-%d}", "--json")
    data = json.loads(out)
    event = next(
        e for e in data["event_study"]["events"] if e["date"] == f"{BREAKOUTS[2]:%Y-%m-%d}"
    )
    assert event["pending"] is True and event["confirmed"] is False
    cycle = next(c for c in data["time_to_target"]["cycles"] if c["date"] == event["date"])
    assert cycle["pending"] is True
    code, out, _ = run_cli(capsys, *argv, "--json")  # without the cut it held
    held = next(e for e in json.loads(out)["event_study"]["events"] if e["date"] == event["date"])
    assert held["pending"] is False and held["confirmed"] is True
