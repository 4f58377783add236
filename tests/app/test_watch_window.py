"""The evidence and watch docks in the window: listed in the View menu, hidden and not built
until shown; the watch panel states what ``main.py watch --json`` prints on the same cache
(synthetic here, the real ^RUT and BTC-USD in the realdata test: the 2026-01-08 breakout of
``--rule level --level 2600``); the walk's sentence on the real files; the Data menu's
notification switches."""

from __future__ import annotations

import argparse
import json
from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

from app.cli import main
from app.settings import NotificationChoice
from tests.analytics_synth import frame_from_closes
from tests.cli_run import run_cli, write_csv

DATES = pd.bdate_range("2022-01-03", periods=700)


def _synthetic_cache(tmp_path):
    rng = np.random.default_rng(5)
    closes = np.minimum(2000 + np.cumsum(rng.normal(0.8, 12, len(DATES))), 2590)
    closes[650:] = 2610 + np.arange(50)  # the level broken on DATES[650] and held
    volume = rng.lognormal(20, 0.2, len(DATES))
    days = pd.date_range(DATES[0], DATES[-1], freq="D")
    coin = 100 * np.exp(np.cumsum(rng.normal(0, 0.03, len(days))))
    rut = write_csv(frame_from_closes(DATES, closes, volume), tmp_path / "rut.csv")
    btc = write_csv(frame_from_closes(days, coin), tmp_path / "btc.csv")
    cache = tmp_path / "cache"
    assert main(["data", "import", "--cache-dir", str(cache), f"^RUT={rut}", f"BTC-USD={btc}"]) == 0
    return cache


def _window(qtbot, cache):
    from app.bootstrap import build_window

    args = argparse.Namespace(offline=True, cache_dir=str(cache), demo=False, imports=[])
    window, workers = build_window(args)
    qtbot.addWidget(window)
    window.resize(1600, 960)
    window.show()
    window.data.select("^RUT", ["BTC-USD"], "")
    qtbot.waitUntil(
        lambda: (
            window.charts.state.prepared is not None
            and window.charts.state.prepared.primary_key == "BTC-USD"
        ),
        timeout=60_000,
    )
    return window, workers


def _watched_level(qtbot, window, level: float) -> dict:
    window.view_state.set_params(replace(window.view_state.state.params, level=level))
    docks = window.evidence
    assert docks.watch_controller is None  # not built before it is shown
    docks.watch.toggleViewAction().trigger()
    qtbot.waitUntil(
        lambda: docks.watch_controller is not None and len(docks.watch_controller.records) == 3,
        timeout=60_000,
    )
    return next(r for r in docks.watch_controller.records if r["rule"] == "level")


def _cli_watch(capsys, cache, level: str) -> dict:
    capsys.readouterr()  # what the import printed
    code, out, err = run_cli(
        capsys, "--cache-dir", str(cache), "watch", "--crypto", "BTC-USD",
        "--rule", "level", "--level", level, "--json",
    )  # fmt: skip
    assert code in (0, 10), err
    return json.loads(out)


def _same_but_the_rule_text(panel: dict, cli: dict) -> None:
    # the window's params carry the user's other settings; the command line's are its own
    # defaults, so the parameters may differ only where the window's settings do
    for key in set(cli) - {"parameters", "rule_text"}:
        assert panel[key] == cli[key], key


def test_the_docks_wait_to_be_shown_and_the_watch_equals_the_command_line(qtbot, capsys, tmp_path):
    cache = _synthetic_cache(tmp_path)
    window, workers = _window(qtbot, cache)
    try:
        titles = [a.text() for a in window.menuBar().actions()[2].menu().actions()]
        assert "Evidence" in titles and "Watch" in titles
        assert window.evidence.evidence_controller is None and not window.evidence.watch.isVisible()
        panel = _watched_level(qtbot, window, 2600.0)
        assert panel["last_breakout"]["date"] == f"{DATES[650]:%Y-%m-%d}"
        shown = window.evidence.watch_panel.rules_table
        assert shown.item(2, 6).text().startswith(f"{DATES[650]:%Y-%m-%d}, Held")
        _same_but_the_rule_text(panel, _cli_watch(capsys, cache, "2600"))
        # the replay's day (the view state's) reaches the watch through the docks
        controller = window.evidence.watch_controller
        window.view_state.set_as_of(DATES[649])
        qtbot.waitUntil(lambda: controller.records[0]["as_of"] == f"{DATES[649]:%Y-%m-%d}")
        level = next(r for r in controller.records if r["rule"] == "level")
        assert level["triggered"] is False and level["last_breakout"] is None
        window.view_state.set_as_of(None)  # live again: the last bar
        qtbot.waitUntil(lambda: controller.records[0]["as_of"] != f"{DATES[649]:%Y-%m-%d}")
    finally:
        window.close()
        workers.wait_for_done(20_000)


def test_the_data_menu_switches_the_notifications(qtbot, tmp_path):
    cache = _synthetic_cache(tmp_path)
    window, workers = _window(qtbot, cache)
    try:
        docks = window.evidence
        assert docks.notify_action.isChecked() and docks.refresh_actions[0].isChecked()
        docks.refresh_actions[15].trigger()
        assert docks.refresh.minutes == 15
        docks.notify_action.trigger()
        assert window.store.notification_choice() == NotificationChoice(False, 15)
    finally:
        window.close()
        workers.wait_for_done(20_000)


@pytest.mark.realdata
def test_the_real_watch_and_walk(qtbot, capsys, tmp_path, shared_data):
    cache = tmp_path / "cache"
    files = {
        "^RUT": "index/rut_daily.csv",
        "IWM": "index/iwm_daily_adjusted.csv",
        "BTC-USD": "crypto/yahoo/btc_usd_daily.csv",
    }
    specs = [f"{symbol}={shared_data / path}" for symbol, path in files.items()]
    assert main(["data", "import", "--cache-dir", str(cache), *specs]) == 0
    window, workers = _window(qtbot, cache)
    try:
        panel = _watched_level(qtbot, window, 2600.0)
        cli = _cli_watch(capsys, cache, "2600")
        _same_but_the_rule_text(panel, cli)
        last = panel["last_breakout"]
        assert last["date"] == "2026-01-08" and last["verdict"] == cli["last_breakout"]["verdict"]
        shown = window.evidence.watch_panel
        shown.rules_table.selectRow(2)
        here = shown.fan.here_label.text()
        if panel["fan"]["anchor_kind"] == "breakout":
            assert f"of the 2026-01-08 breakout ({last['verdict'].capitalize()})" in here
        docks = window.evidence
        docks.evidence.toggleViewAction().trigger()
        qtbot.waitUntil(
            lambda: docks.evidence_controller is not None and bool(docks.evidence_controller.walk),
            timeout=240_000,
        )
        sentence = docks.walk_view.bar.text_label.text()
        points = docks.evidence_controller.walk["points"]
        assert f"at 0 of {len(points)} month ends" in sentence  # the lead never significant
        assert "Significant at lag 0 d at every month end since" in sentence
    finally:
        window.close()
        workers.wait_for_done(20_000)
