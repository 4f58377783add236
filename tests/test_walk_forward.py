"""How the evidence grew (``models.replay.walk_forward``): each point is ``leadlag
--as-of`` that day, the walk reports progress and stops when cancelled, a planted lead
shows up once there is data for it, and the heatmap as of a day is the cut pair's."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from models.analysis.align import align
from models.analysis.breakout_params import BreakoutParams
from models.analysis.leadlag import lag_time_matrix
from models.errors import Cancelled
from models.market.fetch_control import FetchControl
from models.market.instruments import load_catalogue
from models.market.repository import Repository
from models.market.series import MarketSeries, Provenance
from models.records.sidecar import plain
from models.records.walk_forward_record import heatmap_record, walk_forward_record
from models.replay.walk_forward import lag_heatmap, month_ends, walk_forward
from models.session.loading.headless import LoadRequest, load_session
from models.session.session import Session
from tests.analytics_synth import planted_pair
from tests.as_of_market import BREAKOUTS, full_cache
from tests.cli_run import run_cli

CATALOGUE = load_catalogue()


def _json(value):
    return json.loads(json.dumps(plain(value), allow_nan=False))


def test_month_ends_and_the_last_bar():
    days = month_ends(pd.Timestamp("2020-01-15"), pd.Timestamp("2020-04-10"))
    assert days == [pd.Timestamp(d) for d in ("2020-01-31", "2020-02-29", "2020-03-31")] + [
        pd.Timestamp("2020-04-10")
    ]
    assert month_ends(pd.Timestamp("2020-01-01"), pd.Timestamp("2020-03-31"))[-1] == pd.Timestamp(
        "2020-03-31"
    )


def test_each_point_is_what_leadlag_says_as_of_that_day(capsys, tmp_path):
    cache = full_cache(tmp_path / "market")
    capsys.readouterr()  # the import's lines
    request = LoadRequest("^RUT", ("BTC-USD",))
    session = load_session(request, CATALOGUE, Repository(cache, offline=True)).session
    days = [pd.Timestamp("2012-03-31"), BREAKOUTS[2] + pd.Timedelta(days=3)]
    days += [pd.Timestamp("2016-06-30"), pd.Timestamp("2017-07-24")]
    walk = walk_forward(session, BreakoutParams(), days, draws=199, seed=2)
    record = _json(walk_forward_record(walk))
    assert [p["as_of"] for p in record["points"]] == [f"{d:%Y-%m-%d}" for d in days]
    for day, point in zip(days, record["points"], strict=True):
        argv = ["--cache-dir", str(cache), "leadlag", "--crypto", "BTC-USD", "--json"]
        code, out, err = run_cli(
            capsys, *argv, "--draws", "199", "--seed", "2", "--as-of", f"{day:%Y-%m-%d}"
        )
        assert code == 0, err
        said = json.loads(out)
        assert point["all_lags"] == said["all_lags"]
        assert point["lead_30_90"] == said["lead_30_90"]
        assert point["n_returns"] == said["n"]
        study, expected = point["event_study"], said["event_study"]
        assert study["n_events"] == expected["n_events"]
        assert study["hit_rate"] == expected["hit_rate"]
        assert study["p_value"] == expected["placebo_p_value"]
        at = next(r for r in expected["by_horizon"] if r["horizon_days"] == 90)
        assert study["n"] == at["n"] and study["baseline_share_up"] == at["baseline_share_up"]


def _session(equity, crypto) -> Session:
    def series(symbol, frame):
        codes = np.full(len(frame), int(Provenance.IMPORTED), dtype=np.uint8)
        return MarketSeries(CATALOGUE.resolve(symbol), "1d", frame, codes, "yahoo")

    return Session(series("^RUT", equity), [series("BTC-USD", crypto)], "import")


def test_a_lead_planted_in_the_second_half_shows_once_the_data_holds_it():
    equity, crypto = planted_pair(45, seed=7, days=2400, beta=0.8)
    calm = crypto.index < pd.Timestamp("2018-01-01")  # no lead before 2018
    noise = np.exp(np.cumsum(np.random.default_rng(3).normal(0, 0.02, calm.sum())))
    crypto.loc[calm, "close"] = 200 * noise
    for column in ("open", "high", "low"):
        crypto[column] = crypto["close"]
    days = [pd.Timestamp("2017-06-30"), pd.Timestamp("2021-06-30")]
    walk = walk_forward(_session(equity, crypto), BreakoutParams(), days, draws=199)
    before, after = walk.points
    assert before.lead.p_value > 0.05
    assert after.lead.best_lag == 45 and after.lead.p_value <= 0.01
    assert after.n_returns > before.n_returns


def test_the_walk_reports_progress_and_stops_when_cancelled():
    equity, crypto = planted_pair(30, seed=1, days=900)
    seen = []
    control = FetchControl(on_progress=lambda done, total, message: seen.append((done, total)))
    days = month_ends(pd.Timestamp("2015-04-01"), pd.Timestamp("2015-09-30"))
    walk = walk_forward(_session(equity, crypto), BreakoutParams(), days, 50, control=control)
    assert seen == [(n, len(days)) for n in range(1, len(days) + 1)]
    assert len(walk.points) == len(days)

    def stop_after_two(done, total, message):
        if done == 2:
            control.cancel()

    control = FetchControl(on_progress=stop_after_two)
    with pytest.raises(Cancelled):
        walk_forward(_session(equity, crypto), BreakoutParams(), days, 50, control=control)


def test_a_day_too_early_for_the_test_is_a_point_with_a_note():
    equity, crypto = planted_pair(30, seed=1, days=900)
    walk = walk_forward(_session(equity, crypto), BreakoutParams(), [pd.Timestamp("2015-01-20")])
    point = walk.points[0]
    assert point.all_lags is None and point.study is None
    assert "returns to correlate" in point.note
    assert walk_forward_record(walk)["points"][0]["all_lags"] is None


def test_the_heatmap_as_of_a_day_is_the_cut_pairs():
    equity, crypto = planted_pair(30, seed=4, days=1200)
    pair = align(equity, crypto)
    day = pd.Timestamp("2017-03-15")
    heatmap = lag_heatmap(pair, day, lags=range(-60, 61, 10), window=60, step=3)
    dates, lags, values = lag_time_matrix(
        align(equity[:day], crypto[:day]), range(-60, 61, 10), 60, 3
    )
    assert heatmap.dates.equals(dates) and np.array_equal(heatmap.lags, lags)
    assert np.array_equal(heatmap.values, values, equal_nan=True)
    assert heatmap.dates[-1] <= day and heatmap.as_of == day
    # a positive lag's last windows miss the coin's days after the cut: fewer pairs, NaN
    assert np.isnan(heatmap.values[-1, -1]) and np.isfinite(heatmap.values[-1, 0])
    record = _json(heatmap_record(heatmap))
    assert record["lags_days"][0] == -60 and len(record["values"]) == len(dates)
    assert lag_heatmap(pair).dates[-1] >= pair.dates[-6]  # every 5th return to the last
