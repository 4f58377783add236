"""Exports from the window: File menu actions, the image dialog, clipboard, data CSVs."""

from __future__ import annotations

import json
import math
from dataclasses import replace

import pandas as pd
import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QImage

from tests.app.fakes import synthetic_frame
from widgets.export_dialog import CUSTOM, WINDOW, ExportImageDialog, ExportOptions


def _cache() -> dict:
    return {
        "^RUT": synthetic_frame("2019-01-01", 900, True, seed=3),
        "BTC/USDT": synthetic_frame("2019-01-01", 1300, False, seed=4),
        "ETH/USDT": synthetic_frame("2019-01-01", 1300, False, seed=5),
    }


@pytest.fixture
def window(make_window):
    return make_window(_cache(), size=(1200, 800))


def _charted(qtbot, window):
    s = window.view_state.state
    window.data.select(s.equity, list(s.crypto), s.exchange)
    qtbot.waitUntil(lambda: window.charts.state.prepared is not None, timeout=10_000)


def test_file_menu_offers_the_exports_with_shortcuts(window):
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert any("Export &image" in t for t in texts)
    assert any("Export &data" in t for t in texts)
    copy = window.export_actions.copy_action
    assert copy in file_menu.actions() and copy.shortcut().toString() == "Ctrl+Shift+C"


def test_nothing_charted_reports_instead_of_exporting(qtbot, make_window, tmp_path):
    window = make_window({}, size=(1200, 800))
    s = window.view_state.state
    window.data.select(s.equity, list(s.crypto), s.exchange)
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=10_000)
    assert window.export_actions.export_to(tmp_path / "x.png", ExportOptions()) is None
    assert "Nothing to export" in window.status.error_label.text()
    assert not (tmp_path / "x.png").exists()


def test_export_image_matches_what_the_window_shows(qtbot, window, tmp_path):
    _charted(qtbot, window)
    window.panels.lag_control.lag_changed.emit(25)
    window.toolbar.pane_actions["volume"].setChecked(False)
    window.chart.zoom_to(pd.Timestamp("2020-01-06"), pd.Timestamp("2021-03-01"))
    options = ExportOptions(preset="2560x1440", pixel_ratio=2.0, caption=True)
    result = window.export_actions.export_to(tmp_path / "w.png", options)
    image = QImage(str(result.image_path))
    assert (image.width(), image.height()) == (2560, 1440)
    data = json.loads(result.sidecar_path.read_text())
    params = data["parameters"]
    assert params["lag_days"] == 25 and params["panes"]["volume"] is False
    assert params["visible_start"] == "2020-01-06" and params["visible_end"] == "2021-03-01"
    assert data["statistics"]["correlation_at_lag"]["lag_days"] == 25
    assert data["statistics"]["event_study"] is None or (
        data["statistics"]["event_study"]["current_lag_days"] == 25
    )
    assert "Saved w.png" in window.statusBar().currentMessage()


def test_window_preset_draws_the_chart_on_screen_times_the_ratio(qtbot, window, tmp_path):
    _charted(qtbot, window)
    size = window.chart.size()
    options = ExportOptions(preset=WINDOW, pixel_ratio=1.5, caption=False)
    result = window.export_actions.export_to(tmp_path / "w.png", options)
    expected = (math.ceil(size.width() * 1.5), math.ceil(size.height() * 1.5))
    assert (result.width_px, result.height_px) == expected
    image = QImage(str(result.image_path))
    assert (image.width(), image.height()) == expected
    svg = window.export_actions.export_to(tmp_path / "w.svg", replace(options, caption=True))
    assert svg.image_path.read_text().lstrip().startswith("<?xml")
    assert svg.width_px == size.width() and svg.height_px > size.height()  # caption below


def test_window_export_leaves_the_crosshair_out_and_restores_it(qtbot, window, tmp_path):
    _charted(qtbot, window)
    pane = window.chart.panes["crypto"]
    pane.vline.setVisible(True)
    seen = []
    original = window.chart.render

    def spy(*args):
        seen.append(pane.vline.isVisible())
        return original(*args)

    window.chart.render = spy
    options = ExportOptions(preset=WINDOW, caption=False)
    window.export_actions.export_to(tmp_path / "x.png", options)
    assert seen == [False]
    assert pane.vline.isVisible()


def test_copy_to_clipboard_puts_the_chart_and_caption_there(qtbot, window):
    _charted(qtbot, window)
    window.export_actions.options = ExportOptions(pixel_ratio=1.0, caption=True)
    assert window.export_actions.copy_to_clipboard()
    image = QGuiApplication.clipboard().image()
    assert image.width() == window.chart.width()
    assert image.height() > window.chart.height() + 40  # the caption block below the chart
    assert "Chart copied" in window.statusBar().currentMessage()


def test_export_data_writes_the_three_csvs(qtbot, window, tmp_path):
    _charted(qtbot, window)
    window.panels.lag_control.lag_changed.emit(10)
    paths = window.export_actions.export_data_to(tmp_path / "session.csv")
    assert [p.name for p in paths] == [
        "session_aligned.csv",
        "session_breakouts.csv",
        "session_event_study.csv",
    ]
    aligned = pd.read_csv(paths[0])
    assert "BTC/USDT close at t+10d" in aligned.columns and "ETH/USDT close" in aligned.columns


def test_dialog_options_follow_the_choices(qtbot):
    dialog = ExportImageDialog(QSize(1000, 600), ExportOptions(pixel_ratio=2.0))
    qtbot.addWidget(dialog)
    assert dialog.options().pixels(QSize(1000, 600)) == (2000, 1200)
    assert "2000x1200" in dialog.result_label.text()
    assert not dialog.width_spin.isEnabled()
    dialog.size_combo.setCurrentIndex(dialog.size_combo.findData("3840x2160"))
    assert dialog.options().spec(QSize(1000, 600)).width_px == 3840
    dialog.size_combo.setCurrentIndex(dialog.size_combo.findData(CUSTOM))
    dialog.width_spin.setValue(1234)
    dialog.height_spin.setValue(567)
    dialog.caption_check.setChecked(False)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("svg"))
    options = dialog.options()
    assert dialog.width_spin.isEnabled()
    assert (options.width_px, options.height_px, options.caption) == (1234, 567, False)
    assert options.image_format == "svg" and "SVG" in dialog.result_label.text()
