"""Replay in the window (issue 14): View ▸ Replay, the date bar, the keys, Play, the grey
future, the statistics as of the day (equal to the command line's ``--as-of``), exports
stating ``as_of``, the cascade's cycles as of the day, and leaving back to the live view.

On the demo data (``main.py ... --demo`` reads the same series), whose ^RUT breaks out
on 2016-05-06 (held), 2018-03-21 (failed), 2020-02-04 (held), 2021-12-15 (failed) and
2023-10-31 (held) under the default rule.
"""

from __future__ import annotations

import json

import pandas as pd
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication

from models.replay.as_of import as_of_day
from tests.app.cascade_rig import build_rig, drain
from tests.cli_run import run_cli
from tests.conftest import DEMO_ARGS
from tests.golden.harness import differing_pixels, image_to_array
from widgets.chart.future_shade import CLOSE_OFFSET
from widgets.chart.timecoords import value_to_days
from widgets.export_dialog import CUSTOM, ExportOptions
from widgets.replay_bar import SESSION, WEEK

DEMO_BREAKOUTS = ("2016-05-06", "2018-03-21", "2020-02-04", "2021-12-15", "2023-10-31")
CHANNELS = ("chart.prepare", "chart.replay", "chart.detect", "chart.ccf", "chart.study")


def _settle(qtbot, window) -> None:
    """Wait until the chart's statistics are in and no chart job runs."""
    workers, charts = window.workers, window.charts
    qtbot.wait(400)  # the heavy jobs' and the slider's debounces have started them
    qtbot.waitUntil(lambda: not any(workers.is_busy(c) for c in CHANNELS), timeout=30_000)
    qtbot.waitUntil(
        lambda: charts.state.ccf is not None and charts.state.study is not None, timeout=30_000
    )
    qtbot.waitUntil(lambda: not any(workers.is_busy(c) for c in CHANNELS), timeout=30_000)
    QApplication.processEvents()


def _at(qtbot, window, day) -> None:
    """Replay as of ``day`` and wait for its statistics."""
    window.view_state.set_as_of(day)
    _wait_cut(qtbot, window, day)
    _settle(qtbot, window)


def _wait_cut(qtbot, window, day) -> None:
    day = as_of_day(day)
    qtbot.waitUntil(
        lambda: window.charts.state.session.equity.frame.index[-1] <= day, timeout=20_000
    )


@pytest.fixture
def window(qtbot, make_window):
    made = make_window({}, DEMO_ARGS, size=(1400, 900))
    qtbot.waitUntil(lambda: made.charts.state.prepared is not None, timeout=20_000)
    _settle(qtbot, made)
    return made


def _picture(window) -> dict:
    """What the live view shows: breakouts, table rows, lag, the strip, the chart's marks."""
    state, table = window.charts.state, window.panels.breakout_table.model()
    rows = [
        [str(table.data(table.index(r, c))) for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
    return {
        "events": [(e.date, e.confirmed, e.pending) for e in state.breakouts.events],
        "rows": rows,
        "lag": window.view_state.state.lag_days,
        "stats": window.panels.stats_strip.text(),
        "best": (state.ccf.best_lag, state.ccf.p_value),
        "markers": len(window.chart.equity.markers.data),
        "last_bar": state.session.equity.frame.index[-1],
        "title": window.windowTitle(),
        "grey": window.chart.as_of_shown,
    }


def test_entering_at_the_last_breakout_and_leaving_restores_the_live_view(qtbot, window):
    window.view_state.set_lag(30)
    _settle(qtbot, window)
    live = _picture(window)
    assert live["grey"] is None and not window.replay.toolbar.isVisibleTo(window)
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert window.replay.replay_action in view_menu.actions()
    window.replay.replay_action.trigger()
    assert window.view_state.as_of == pd.Timestamp(DEMO_BREAKOUTS[-1])  # the last breakout
    _wait_cut(qtbot, window, DEMO_BREAKOUTS[-1])
    _settle(qtbot, window)
    replayed = _picture(window)
    assert window.replay.toolbar.isVisibleTo(window)
    assert "2023-10-31" in replayed["title"] and "2023-10-31" in window.replay.status_line.text()
    assert replayed["events"][-1][2] is True  # the day's breakout is pending
    assert replayed["stats"] != live["stats"]
    window.replay.replay_action.trigger()  # again: live
    assert window.view_state.as_of is None
    _settle(qtbot, window)
    assert _picture(window) == live
    assert not window.replay.toolbar.isVisibleTo(window)
    assert not window.replay.status_line.isVisibleTo(window)


def test_leaving_after_a_rule_change_in_replay_shows_the_live_breakouts_of_the_new_rule(
    qtbot, window
):
    from dataclasses import replace

    _at(qtbot, window, "2021-01-15")
    params = replace(window.view_state.state.params, hold_sessions=3)
    window.view_state.set_params(params)
    qtbot.waitUntil(lambda: window.charts.state.breakouts.params == params, timeout=20_000)
    assert window.charts.state.session.equity.frame.index[-1] <= pd.Timestamp("2021-01-15")
    window.replay.leave()
    _settle(qtbot, window)
    shown = window.charts.state
    assert shown.breakouts.params == params
    assert shown.session.equity.frame.index[-1] > pd.Timestamp("2025-01-01")


def test_the_keys_move_the_day_a_session_or_a_week(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    window.view_state.set_as_of("2020-02-04")  # a Tuesday
    sessions = window.replay.sessions

    def key(code, modifiers) -> pd.Timestamp:
        qtbot.keyClick(window, code, modifiers)
        return window.view_state.as_of

    alt, shift = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ShiftModifier
    assert key(Qt.Key.Key_Right, alt) == pd.Timestamp("2020-02-05")
    assert key(Qt.Key.Key_Left, alt) == pd.Timestamp("2020-02-04")
    assert key(Qt.Key.Key_Left, alt) == pd.Timestamp("2020-02-03")
    assert key(Qt.Key.Key_Left, alt) == pd.Timestamp("2020-01-31")  # over the weekend
    assert key(Qt.Key.Key_Right, alt | shift) == pd.Timestamp("2020-02-07")  # a week on
    assert key(Qt.Key.Key_Left, alt | shift) == pd.Timestamp("2020-01-31")
    assert all(day in sessions for day in (pd.Timestamp("2020-01-31"), window.view_state.as_of))
    # the bar's buttons and date field do the same
    window.replay.bar.buttons[(1, WEEK)].click()
    assert window.view_state.as_of == pd.Timestamp("2020-02-07")
    window.replay.bar.buttons[(-1, SESSION)].click()
    assert window.view_state.as_of == pd.Timestamp("2020-02-06")
    window.replay.bar.date_edit.setDate(pd.Timestamp("2020-02-09").date())  # a Sunday
    assert window.view_state.as_of == pd.Timestamp("2020-02-07")  # the session before
    assert window.replay.bar.day() == pd.Timestamp("2020-02-07")


def test_play_advances_one_session_per_tick_and_stops(qtbot, window):
    window.view_state.set_as_of("2020-02-04")
    window.replay.set_speed(20)
    window.replay.bar.play_button.click()
    assert window.replay.playing
    qtbot.waitUntil(lambda: window.view_state.as_of >= pd.Timestamp("2020-02-12"), timeout=5_000)
    window.replay.bar.play_button.click()
    assert not window.replay.playing
    stopped = window.view_state.as_of
    qtbot.wait(300)
    assert window.view_state.as_of == stopped
    sessions = window.replay.sessions
    assert stopped in sessions
    # at the last session Play stops by itself
    window.view_state.set_as_of(sessions[-3])
    window.replay.toggle_play()
    qtbot.waitUntil(lambda: not window.replay.playing, timeout=5_000)
    assert window.view_state.as_of == sessions[-1]
    assert window.replay.bar.play_button.text() == "Play"
    _settle(qtbot, window)


def test_as_of_a_breakout_it_is_pending_and_no_later_one_is_shown(qtbot, window):
    day = pd.Timestamp(DEMO_BREAKOUTS[2])
    _at(qtbot, window, day)
    events = window.charts.state.breakouts.events
    assert [e.date for e in events][-3:] == [pd.Timestamp(d) for d in DEMO_BREAKOUTS[:3]]
    assert events[-1].pending and not events[-1].confirmed
    assert events[-2].confirmed is False and not events[-2].pending  # 2018: failed then too
    assert events[-3].confirmed  # 2016: held
    markers = window.chart.equity.markers.data
    assert max(markers["x"]) == value_to_days(day)  # no marker after the day
    table = window.panels.breakout_table.model()
    dates = {str(table.data(table.index(r, 0))) for r in range(table.rowCount())}
    assert "2020-02-04" in dates and not dates & {"2021-12-15", "2023-10-31"}
    assert "pending" in window.chart.panes["equity"].legend.title


def test_the_statistics_at_the_cursor_are_the_command_lines_as_of(qtbot, window, capsys):
    day = "2021-06-30"
    _at(qtbot, window, day)
    window.view_state.set_lag(40)
    _settle(qtbot, window)
    code, out, _ = run_cli(capsys, "leadlag", "--demo", "--as-of", day, "--lag", "40", "--json")
    assert code == 0
    cli = json.loads(out)
    shown = window.charts.state
    at_40 = next(row for row in cli["lags"] if row["lag_days"] == 40)
    correlation = shown.correlation_at(40)
    assert correlation.n == at_40["n"]
    assert correlation.correlation == pytest.approx(at_40["correlation"])
    assert f"N = {at_40['n']:,}" in window.panels.stats_strip.text()
    assert shown.ccf.best_lag == cli["best_lag_days"]
    assert shown.ccf.p_value == pytest.approx(cli["best_lag_p_value"])
    assert shown.study.n_events == cli["event_study"]["n_events"]


def test_the_grey_covers_exactly_the_future(qtbot, window):
    day = pd.Timestamp("2020-11-13")
    window.chart.zoom_to(pd.Timestamp("2020-03-01"), pd.Timestamp("2021-08-01"))
    _at(qtbot, window, day)
    close = value_to_days(day) + CLOSE_OFFSET
    shades = window.chart.shades
    assert shades["equity"].edge == close and shades["volume"].edge == close
    assert all(shade.line_at == close for shade in shades.values())
    assert shades["equity"].label.toPlainText() == "as of 2020-11-13"
    window.view_state.set_lag(30)  # crypto of t+30 drawn at t: unknown from day - 30
    assert shades["crypto"].edge == close - 30 and shades["correlation"].edge == close - 30
    assert shades["equity"].edge == close
    window.view_state.set_lag(-20)  # the ghost (equity) is unknown after the day itself
    assert shades["crypto"].edge == close
    for name, shade in shades.items():
        assert shade in window.chart.panes[name].plot.items  # one item per pane
    window.replay.leave()
    QApplication.processEvents()
    assert all(shade.edge is None and shade.line_at is None for shade in shades.values())


def test_the_shade_greys_right_of_its_edge_and_nothing_left_of_it(qtbot):
    import pyqtgraph as pg

    from widgets.chart.future_shade import FutureShade
    from widgets.chart.style import LIGHT

    plot = pg.PlotWidget(background="#ffffff")
    qtbot.addWidget(plot)
    plot.resize(400, 200)
    plot.hideAxis("left")
    plot.hideAxis("bottom")
    shade = FutureShade()
    shade.set_colours(LIGHT.future, LIGHT.as_of_line)
    plot.addItem(shade, ignoreBounds=True)
    plot.setRange(xRange=(0, 100), yRange=(0, 1), padding=0)
    shade.set_edge(50.0, 50.0)
    image = plot.grab().toImage()
    view = plot.getPlotItem().vb
    edge = plot.mapFromScene(view.mapViewToScene(QPointF(50.0, 0.5)))
    grey = pg.mkColor(LIGHT.future)  # "#rrggbbaa" as pyqtgraph reads it
    expected = [round(255 * (1 - grey.alphaF()) + c * grey.alphaF()) for c in grey.getRgb()[:3]]
    for dx in (-40, -3):
        assert image.pixelColor(edge.x() + dx, edge.y()).getRgb()[:3] == (255, 255, 255)
    for dx in (3, 40):
        seen = image.pixelColor(edge.x() + dx, edge.y()).getRgb()[:3]
        assert seen == pytest.approx(expected, abs=2)
    line = image.pixelColor(edge.x(), edge.y()).getRgb()[:3]
    assert line == pytest.approx(pg.mkColor(LIGHT.as_of_line).getRgb()[:3], abs=40)  # the 1 px line
    shade.set_edge(None, None)
    image = plot.grab().toImage()
    assert image.pixelColor(edge.x() + 40, edge.y()).getRgb()[:3] == (255, 255, 255)


def test_exports_in_replay_state_as_of(qtbot, window, tmp_path):
    from PySide6.QtGui import QGuiApplication

    _at(qtbot, window, "2020-11-13")
    options = ExportOptions(preset=CUSTOM, width_px=1000, height_px=700, caption=True)
    for name in ("fixed.png", "fixed.svg"):
        result = window.export_actions.export_to(tmp_path / name, options)
        data = json.loads(result.sidecar_path.read_text())
        assert data["parameters"]["as_of"] == "2020-11-13"
        assert any(t.startswith("As of 2020-11-13") for t in data["image"]["caption_text"])
    window_size = ExportOptions(caption=True)  # the window preset: the chart as on screen
    result = window.export_actions.export_to(tmp_path / "screen.png", window_size)
    assert json.loads(result.sidecar_path.read_text())["parameters"]["as_of"] == "2020-11-13"
    assert window.export_actions.copy_to_clipboard()
    mime = QGuiApplication.clipboard().mimeData()
    evidence = json.loads(bytes(mime.data("application/json")).decode("utf-8"))
    assert evidence["parameters"]["as_of"] == "2020-11-13"
    window.replay.leave()
    _settle(qtbot, window)
    live = window.export_actions.export_to(tmp_path / "live.png", options)
    assert json.loads(live.sidecar_path.read_text())["parameters"]["as_of"] is None


def test_an_export_in_replay_equals_the_command_lines_as_of(qtbot, window, tmp_path, capsys):
    day, start, end = "2020-11-13", "2019-06-03", "2021-03-01"
    window.view_state.set_log_axis("off")  # "auto" reads the values in view
    window.chart.zoom_to(pd.Timestamp(start), pd.Timestamp(end))
    _at(qtbot, window, day)
    options = ExportOptions(preset=CUSTOM, width_px=1100, height_px=750, caption=False)
    shown = window.export_actions.export_to(tmp_path / "window.png", options)
    coins = ",".join(s.instrument.symbol for s in window.charts.state.session.crypto)
    code, _, err = run_cli(
        capsys, "export", "--demo", "--crypto", coins, "--as-of", day, "--start", start,
        "--end", end,
        "--log-axis", "off", "--size", "1100x750", "--no-caption",
        "--out", str(tmp_path / "cli.png"),
    )  # fmt: skip
    assert code == 0, err
    ours, theirs = (json.loads(p.read_text()) for p in (shown.sidecar_path, tmp_path / "cli.json"))
    for record in (ours, theirs):
        del record["exported_at"], record["image"]["file"]
    assert ours == theirs
    window_image = image_to_array(_image(tmp_path / "window.png"))
    cli_image = image_to_array(_image(tmp_path / "cli.png"))
    assert differing_pixels(window_image, cli_image, 48).mean() < 0.001


def _image(path):
    from PySide6.QtGui import QImage

    return QImage(str(path))


def test_the_cascade_cycles_as_of_a_day_lack_later_cycles(qtbot, tmp_path):
    rig = build_rig(qtbot, tmp_path)
    try:
        rig.c.set_active(True)
        rig.wait_shown(qtbot)
        rig.wait_idle(qtbot)
        live = [c.anchor for c in rig.c.analysis.cycles if c.kind == "breakout"]
        assert live  # the planted chain's ^RUT breaks out
        day = live[-1] - pd.Timedelta(days=1)
        rig.view.set_as_of(day)
        rig.wait_shown(qtbot, 2)
        rig.wait_idle(qtbot)
        analysis = rig.c.analysis
        assert analysis.options.as_of == day
        assert max(level.level.index[-1] for level in analysis.levels) <= day
        anchors = [c.anchor for c in analysis.cycles if c.kind == "breakout"]
        assert anchors == [a for a in live if a <= day]
        assert live[-1] not in anchors
        columns = rig.panel.cycles_table.columns()
        assert [c.anchor for c in columns if c.kind == "breakout"] == anchors
        assert [c.anchor for c in columns if c.kind == "now"] == [day]
        rig.view.set_as_of(None)  # live again: every cycle
        rig.wait_shown(qtbot, 3)
        assert [c.anchor for c in rig.c.analysis.cycles if c.kind == "breakout"] == live
    finally:
        drain(rig)


def test_nothing_to_replay_without_a_chart(qtbot, make_window):
    window = make_window({})
    window.replay.replay_action.trigger()
    assert window.view_state.as_of is None
    assert not window.replay.replay_action.isChecked()
    assert "Nothing to replay" in window.status.error_label.text()


@pytest.mark.parametrize("language", ["ru", "vi"])
def test_replay_speaks_the_ui_language_with_no_english_left(
    qtbot, make_window, translated, language
):
    from tests.app.test_no_english_left import english_left, visible_texts

    translated(language)
    window = make_window({}, DEMO_ARGS, size=(1366, 768))
    qtbot.waitUntil(lambda: window.charts.state.prepared is not None, timeout=20_000)
    window.replay.replay_action.trigger()
    _wait_cut(qtbot, window, DEMO_BREAKOUTS[-1])
    _settle(qtbot, window)
    texts = visible_texts(window)
    assert window.replay.bar.title.text() in texts
    assert any("2023-10-31" in t for t in (window.windowTitle(), *texts))
    assert window.replay.status_line.text() in texts
    assert english_left(texts, language) == {}
    if language == "ru":
        assert window.replay.status_line.text().startswith("Повтор на 2023-10-31")
        assert "на 2023-10-31" in window.chart.shades["equity"].label.toPlainText()


def test_the_controller_drives_the_bar_through_its_protocol(qtbot, window):
    from tests.app.widget_doubles import recording_replay_bar

    bar = recording_replay_bar()
    window.replay.bar = bar  # the real bar's signals stay wired; its calls go to the double
    window.view_state.set_as_of("2021-06-30")
    assert bar.last("set_day") == (pd.Timestamp("2021-06-30"),)
    window.replay.set_speed(20)
    assert bar.last("set_speed") == (20,)
    window.replay.play(True)
    assert bar.last("set_playing") == (True,)
    window.replay.leave()
    assert bar.last("set_playing") == (False,)
    assert window.view_state.as_of is None


def test_the_cascade_image_in_replay_states_as_of(qtbot, make_window, tmp_path):
    from app.settings import SettingsStore, open_qsettings
    from tests.app.cascade_rig import CHAIN, cached_chain
    from tests.app.fakes import synthetic_frame

    SettingsStore(open_qsettings()).save_cascade_chain(CHAIN)
    cache = {**cached_chain(), "BTC/USDT": synthetic_frame("2016-01-01", 1500, False, seed=4)}
    window = make_window(cache, size=(1600, 960))
    s = window.view_state.state
    window.data.select(s.equity, list(s.crypto), s.exchange)
    qtbot.waitUntil(lambda: window.charts.state.prepared is not None, timeout=20_000)
    window.docks["cascade"].toggleViewAction().trigger()
    qtbot.waitUntil(lambda: window.cascade.controller.analysis is not None, timeout=30_000)
    day = pd.Timestamp("2017-06-30")
    window.view_state.set_as_of(day)
    qtbot.waitUntil(lambda: window.cascade.controller.analysis.options.as_of == day, timeout=30_000)
    qtbot.waitUntil(lambda: not window.cascade.panel.is_busy(), timeout=30_000)
    result = window.export_actions.export_cascade_to(tmp_path / "cascade.png", ExportOptions())
    sidecar = json.loads(result.sidecar_path.read_text())
    assert sidecar["cascade"]["as_of"] == "2017-06-30"
    assert any(t.startswith("As of 2017-06-30") for t in sidecar["image"]["caption_text"])
    window.replay.leave()
    qtbot.waitUntil(
        lambda: window.cascade.controller.analysis.options.as_of is None, timeout=30_000
    )
