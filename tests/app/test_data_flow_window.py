"""The composed window when a selection cannot be loaded: inline message, status bar, the
chart and picker back on the selection in force, and no empty-cache banner; demo mode."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.app.fakes import synthetic_frame
from tests.conftest import DEMO_ARGS, OFFLINE_ARGS


def _cache() -> dict:
    return {
        "^RUT": synthetic_frame("2019-01-01", 600, True, seed=3),
        "BTC/USDT": synthetic_frame("2019-01-01", 900, False, seed=4),
        "ETH/USDT": synthetic_frame("2019-01-01", 900, False, seed=5),
    }


def _type_equity(qtbot, window, text: str) -> None:
    edit = window.symbol_picker.findChild(object, "equity_box").lineEdit()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_uncached_equity_offline_is_explained_and_the_chart_kept(qtbot, make_window):
    window = make_window(_cache(), OFFLINE_ARGS)
    qtbot.waitUntil(lambda: window.charts.state.session is not None, timeout=10_000)
    shown = window.charts.state.session
    _type_equity(qtbot, window, "ZZZZQ")
    picker = window.symbol_picker
    qtbot.waitUntil(lambda: "ZZZZQ" in picker.error_text(), timeout=5000)
    assert "offline" in picker.error_text()
    assert window.banner.isHidden()
    assert "ZZZZQ" in window.status.error_label.text()
    assert picker.findChild(object, "equity_box").currentData() == "^RUT"
    assert picker.selection()[0] == "^RUT" and window.data.selection.equity.symbol == "^RUT"
    assert window.charts.state.session is shown


def test_demo_is_shown_in_the_picker(qtbot, make_window):
    window = make_window(_cache(), DEMO_ARGS)
    qtbot.waitUntil(lambda: window.data.session is not None, timeout=20_000)
    picker = window.symbol_picker
    assert picker.is_demo()
    crypto = picker.findChild(object, "crypto_list")
    ticked = [
        crypto.item(r).text()
        for r in range(crypto.count())
        if crypto.item(r).checkState() == Qt.CheckState.Checked
    ]
    assert ticked == [s.instrument.label for s in window.data.session.crypto]
    assert window.status.series_label.text().startswith("DEMO")


def test_demo_tags_every_statistics_panel_and_real_data_clears_them(qtbot, make_window):
    window = make_window(_cache(), DEMO_ARGS)
    qtbot.waitUntil(lambda: window.charts.state.prepared is not None, timeout=20_000)
    qtbot.waitUntil(lambda: not window.charts.panels_pending)  # the panels follow the chart
    panels = window.charts.panels
    shown = (panels.stats_strip, panels.ccf_plot, panels.breakout_table, panels.event_study_view)
    assert all(panel.is_demo() for panel in shown)

    real = make_window(_cache(), OFFLINE_ARGS)
    qtbot.waitUntil(lambda: real.charts.state.prepared is not None, timeout=20_000)
    qtbot.waitUntil(lambda: not real.charts.panels_pending)
    real_panels = real.charts.panels
    assert not any(
        panel.is_demo()
        for panel in (
            real_panels.stats_strip,
            real_panels.ccf_plot,
            real_panels.breakout_table,
            real_panels.event_study_view,
        )
    )
