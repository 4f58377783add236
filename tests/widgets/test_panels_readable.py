"""Side widgets of issue 11: numbers in the UI locale, the cache table with a Clear per
series, trader wording in the rule form, the statistics target selector, the axis switch
and the range presets in the toolbar."""

from __future__ import annotations

import pandas as pd
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from models.market.cache.summary import SeriesInfo
from models.market.cache_report import CacheReport
from widgets.data_dialogs import CacheDialog
from widgets.detector_panel import DetectorPanel
from widgets.formatting import (
    format_correlation,
    format_count,
    format_percent,
    format_price,
    set_ui_locale,
)
from widgets.target_picker import TargetPicker
from widgets.view_toolbar import ViewToolbar


@pytest.fixture
def russian_numbers():
    set_ui_locale("ru")
    yield
    set_ui_locale("en")


def test_numbers_follow_the_ui_locale(russian_numbers):
    assert format_count(1000) == "1\u00a0000"  # "1 000", with the non-breaking space
    assert format_correlation(0.48) == "0,48"
    assert format_percent(0.1234) == "+12,3%"
    assert format_price(2600) == "2\u00a0600,00"
    set_ui_locale("vi")
    assert (format_count(1000), format_correlation(0.48)) == ("1.000", "0,48")
    set_ui_locale("en")
    assert (format_count(1000), format_correlation(0.48)) == ("1,000", "0.48")


def _info(symbol, exchange, timeframe, first, last, rows) -> SeriesInfo:
    return SeriesInfo(
        symbol, "ccxt" if exchange else "yahoo", exchange, timeframe, symbol, "", "",
        pd.Timestamp(first), pd.Timestamp(last), rows, "fetched", None, "", 4096, 1,
    )  # fmt: skip


def test_the_cache_dialog_is_a_table_with_days_the_path_and_a_clear_per_series(qtbot, monkeypatch):
    dialog = CacheDialog(None, "/home/trader/.cache/liquidity-cascade")
    qtbot.addWidget(dialog)
    minutes = pd.Timestamp("2024-01-01 09:30", tz="UTC"), pd.Timestamp("2024-01-02", tz="UTC")
    report = CacheReport(
        10_000,
        [
            _info("^RUT", "", "1d", "1987-09-10", "2026-08-21", 9800),
            _info("BTC/USDT", "binance", "1d", "2017-08-17", "2026-08-21", 3293),
            _info("BTC/USDT", "binance", "1m", *minutes, 1440),
        ],
    )
    dialog.show_report(report)
    assert dialog.place.text().endswith("/home/trader/.cache/liquidity-cascade")
    assert dialog.row_texts(0)[:5] == ["^RUT", "yahoo", "1d", "1987-09-10", "2026-08-21"]
    assert "00:00:00" not in " ".join(dialog.row_texts(1))  # daily bars are days
    assert dialog.row_texts(2)[3] == "2024-01-01 09:30 UTC"  # intraday bars keep the time
    cleared = []
    dialog.clear_series_requested.connect(cleared.append)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    button = dialog.table.cellWidget(1, dialog.table.columnCount() - 1)
    assert isinstance(button, QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert cleared == ["BTC/USDT@binance"]  # that exchange's copy, not every BTC/USDT
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    assert not dialog.confirm_clear("^RUT") and cleared == ["BTC/USDT@binance"]


def test_the_rule_form_speaks_of_shading_not_runs(qtbot):
    panel = DetectorPanel()
    qtbot.addWidget(panel)
    margin = panel.spin_box("band_margin_pct")
    assert margin.suffix() == " % under the level"  # was "Run ends at 5.0 % below"
    texts = [label.text() for label in panel.findChildren(QLabel)]
    assert "Shade until" in texts and "Run ends at" not in texts


def test_the_statistics_target_is_chosen_and_named(qtbot):
    picker = TargetPicker()
    qtbot.addWidget(picker)
    picker.set_choices(["BTC/USDT", "ETH/USDT"], "ETH/USDT", "^RUT")
    assert picker.current() == "ETH/USDT" and picker.combo.isEnabled()
    chosen = []
    picker.target_chosen.connect(chosen.append)
    picker.combo.activated.emit(0)
    assert chosen == ["BTC/USDT"]
    picker.set_choices([], None, "^RUT")
    assert not picker.combo.isEnabled() and picker.current() is None


def test_the_toolbar_offers_the_axis_switch_and_the_range_presets(qtbot):
    toolbar = ViewToolbar("index", "candles", False, {}, log_axis="auto")
    qtbot.addWidget(toolbar)
    assert [toolbar.scale_box.itemData(i) for i in range(toolbar.scale_box.count())] == [
        "price", "percent", "index",
    ]  # fmt: skip
    axes, ranges = [], []
    toolbar.log_axis_chosen.connect(axes.append)
    toolbar.range_chosen.connect(ranges.append)
    toolbar.axis_box.setCurrentIndex(toolbar.axis_box.findData("on"))
    for name in ("1y", "3y", "5y", "all", "cycle"):
        toolbar.range_actions[name].trigger()
    assert axes == ["on"] and ranges == ["1y", "3y", "5y", "all", "cycle"]
    toolbar.set_log_axis("off")  # shows the state without asking for it again
    assert toolbar.axis_box.currentData() == "off" and axes == ["on"]
