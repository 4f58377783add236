"""The cascade in the main window: View ▸ Cascade, the dock, its dates linked to the
chart's both ways, the theme, the stage editor saving the chain, the export from the
window, demo data, 1280x720, and the command line's default chain left alone."""

from __future__ import annotations

import json

import pytest

from app.settings import SettingsStore, open_qsettings
from models.cascade.stages import DEFAULT_CHAIN, parse_chain
from tests.app.cascade_rig import CHAIN, cached_chain
from tests.app.fakes import synthetic_frame
from tests.cli_run import run_cli
from tests.conftest import DEMO_ARGS
from widgets.chart.style import chart_palette
from widgets.export_dialog import ExportOptions


def _cache() -> dict:
    return {
        **cached_chain(),
        "BTC/USDT": synthetic_frame("2016-01-01", 1500, False, seed=4),
        "ETH/USDT": synthetic_frame("2016-01-01", 1500, False, seed=5),
    }


def _window(qtbot, make_window, chain=CHAIN, args=None, size=(1600, 960)):
    SettingsStore(open_qsettings()).save_cascade_chain(chain)
    window = make_window(_cache(), *([args] if args else []), size=size)
    if args is None:
        s = window.view_state.state
        window.data.select(s.equity, list(s.crypto), s.exchange)
    qtbot.waitUntil(lambda: window.charts.state.prepared is not None, timeout=15_000)
    return window


def _show_cascade(qtbot, window):
    action = window.docks["cascade"].toggleViewAction()
    assert not action.isChecked()  # hidden until asked for
    action.trigger()
    qtbot.waitUntil(lambda: window.cascade.controller.analysis is not None, timeout=20_000)
    qtbot.waitUntil(lambda: not window.cascade.panel.is_busy(), timeout=20_000)
    return window.cascade.controller.analysis


def test_view_cascade_opens_the_dock_and_judges_the_saved_chain(qtbot, make_window):
    window = _window(qtbot, make_window)
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert "Cascade" in [a.text() for a in view_menu.actions()]
    assert not window.docks["cascade"].isVisible()
    assert window.cascade.controller is None  # nothing built or run while it was hidden
    analysis = _show_cascade(qtbot, window)
    assert window.docks["cascade"].isVisible()
    assert [s.spec for s in analysis.stages] == [s.spec for s in CHAIN]
    assert len(window.cascade.panel.chain_table.rows()) == len(CHAIN) + 1
    assert window.cascade.panel.cycles_table.columns()[0].kind == "now"


def _close(a, b) -> bool:
    return abs(a[0] - b[0]) < 1e-3 and abs(a[1] - b[1]) < 1e-3


def test_the_strip_and_the_chart_show_the_same_dates(qtbot, make_window):
    window = _window(qtbot, make_window)
    _show_cascade(qtbot, window)
    strip, chart = window.cascade.panel.strip, window.chart
    assert _close(strip.visible_range(), chart.visible_range())  # opened on the chart's
    chart.zoom_to("2017-01-01", "2018-06-30")  # the chart leads
    assert _close(strip.visible_range(), chart.visible_range())
    strip.set_visible_range(16800.0, 17300.0)  # the strip leads
    assert _close(chart.visible_range(), (16800.0, 17300.0))
    strip.view.translateBy(x=40.0)  # a pan of the strip moves the chart
    assert _close(chart.visible_range(), (16840.0, 17340.0))
    strip.view.scaleBy(x=0.5)  # and so does a zoom
    assert _close(chart.visible_range(), strip.visible_range())


def test_a_hidden_strip_does_not_follow_and_catches_up_when_shown(qtbot, make_window):
    window = _window(qtbot, make_window)
    _show_cascade(qtbot, window)
    strip, chart = window.cascade.panel.strip, window.chart
    window.docks["cascade"].toggleViewAction().trigger()  # hidden
    before = strip.visible_range()
    chart.zoom_to("2016-03-01", "2016-09-01")
    assert strip.visible_range() == before
    window.docks["cascade"].toggleViewAction().trigger()
    qtbot.waitUntil(lambda: _close(strip.visible_range(), chart.visible_range()), timeout=5000)


def test_the_theme_reaches_the_cascade(qtbot, make_window):
    window = _window(qtbot, make_window)
    _show_cascade(qtbot, window)
    window.apply_theme("dark")
    assert window.cascade.panel.strip.palette_colours == chart_palette("dark")
    window.apply_theme("light")
    assert window.cascade.panel.strip.palette_colours == chart_palette("light")


def test_the_stage_editor_saves_the_chain_and_judges_it(qtbot, make_window):
    window = _window(qtbot, make_window)
    _show_cascade(qtbot, window)
    window.cascade.panel.stages_button.click()
    editor = window.cascade.editor
    assert editor is not None and editor.chain() == CHAIN
    editor.select_row(0)
    assert editor.remove_selected()
    editor.accept()
    edited = parse_chain("SPY, ^RUT, BTC-USD")
    assert window.cascade.controller.chain == edited
    assert SettingsStore(open_qsettings()).cascade_chain() == edited
    qtbot.waitUntil(
        lambda: len(window.cascade.controller.analysis.stages) == len(edited), timeout=20_000
    )


@pytest.mark.parametrize(("theme", "kind"), [("light", "png"), ("dark", "png"), ("dark", "svg")])
def test_the_cascade_exports_from_the_window(qtbot, make_window, tmp_path, theme, kind):
    window = _window(qtbot, make_window)
    path = tmp_path / f"cascade.{kind}"
    assert window.export_actions.export_cascade_to(path, ExportOptions()) is None  # not yet
    assert any("View ▸ Cascade" in e for e in window.status.errors())
    _show_cascade(qtbot, window)
    window.apply_theme(theme)
    options = ExportOptions(preset="1920x1080", image_format=kind)
    result = window.export_actions.export_cascade_to(path, options)
    assert result is not None and path.is_file()
    sidecar = json.loads(result.sidecar_path.read_text())
    assert sidecar["view"] == "cascade" and sidecar["image"]["theme"] == theme
    assert sidecar["cascade"]["stages"] == [s.symbol for s in CHAIN]
    assert any("Rows:" in line for line in sidecar["image"]["caption_text"])
    if kind == "png":
        assert (result.width_px, result.height_px) == (1920, 1080)


def test_the_window_size_export_is_the_strip_with_its_caption_below(qtbot, make_window, tmp_path):
    window = _window(qtbot, make_window)
    _show_cascade(qtbot, window)
    strip = window.cascade.panel.strip
    result = window.export_actions.export_cascade_to(tmp_path / "w.png", ExportOptions())
    assert result.width_px == strip.width() and result.height_px > strip.height()
    bare = ExportOptions(caption=False)
    result = window.export_actions.export_cascade_to(tmp_path / "bare.png", bare)
    assert (result.width_px, result.height_px) == (strip.width(), strip.height())


def test_demo_data_shows_the_demo_chain(qtbot, make_window):
    window = _window(qtbot, make_window, chain=DEFAULT_CHAIN, args=DEMO_ARGS)
    analysis = _show_cascade(qtbot, window)
    assert analysis.is_demo and window.cascade.panel.demo_badge.isVisibleTo(window)
    assert len(analysis.stages) == len(DEFAULT_CHAIN)


def test_at_1280x720_each_part_gets_the_whole_dock(qtbot, make_window):
    window = _window(qtbot, make_window, size=(1280, 720))
    _show_cascade(qtbot, window)
    panel = window.cascade.panel
    assert not panel.is_wide()  # the strip is a tab of its own beside the chain and cycles
    rows_px = panel.strip.view.height() / len(CHAIN)
    assert rows_px >= 12, f"{rows_px:.1f} px a row"
    panel.tabs.setCurrentWidget(panel.chain_table)
    qtbot.waitUntil(lambda: panel.chain_table.isVisible(), timeout=2000)
    table = panel.chain_table
    assert table.horizontalScrollBar().maximum() == 0  # every column fits its width
    corner = panel.tabs.cornerWidget()
    assert corner.geometry().right() <= panel.tabs.width()


def test_the_command_lines_default_chain_ignores_the_windows(capsys, tmp_path):
    SettingsStore(open_qsettings()).save_cascade_chain(parse_chain("SPY, ^RUT"))
    code, out, _ = run_cli(capsys, "cascade", "--demo", "--json", "--draws", "50")
    assert code == 0
    assert json.loads(out)["stages"] == [s.symbol for s in DEFAULT_CHAIN]


def test_a_saved_layout_shows_the_cascade_after_the_charts_first_paint(qtbot, make_window):
    window = _window(qtbot, make_window)
    _show_cascade(qtbot, window)
    window.close()  # saves the layout with the dock shown
    again = make_window(_cache(), size=(1600, 960))
    assert again.docks["cascade"].isVisible()  # restored
    assert again.cascade.controller is None  # not built before the chart's first paint
    cascade = again.cascade
    qtbot.waitUntil(
        lambda: cascade.controller is not None and cascade.controller.analysis is not None,
        timeout=20_000,
    )
    assert again.charts.state.prepared is not None  # the chart came first


def test_going_online_runs_the_cascade_again(qtbot, make_window):
    window = _window(qtbot, make_window)
    first = _show_cascade(qtbot, window)
    window.data.set_offline(False)
    qtbot.waitUntil(lambda: window.cascade.controller.analysis is not first, timeout=20_000)
    window.data.set_offline(True)


def test_behind_the_chain_tab_the_strip_still_follows_the_chart(qtbot, make_window):
    window = _window(qtbot, make_window, size=(1280, 720))
    _show_cascade(qtbot, window)
    panel = window.cascade.panel
    assert not panel.is_wide()
    panel.tabs.setCurrentWidget(panel.chain_table)  # the strip's tab is not shown
    window.chart.zoom_to("2016-05-01", "2017-05-01")
    panel.tabs.setCurrentIndex(0)
    assert _close(panel.strip.visible_range(), window.chart.visible_range())
