"""Status bar texts and progress, and the empty-cache banner's buttons."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStatusBar

from models.market.frames import conform
from models.market.instruments import load_catalogue
from models.market.series import MarketSeries, Provenance
from widgets.banner import DataBanner
from widgets.status_panel import StatusPanel, describe_series


def _series(symbol: str, exchange: str, from_cache: bool, code=Provenance.FETCHED):
    dates = pd.date_range("2026-08-17", periods=5, freq="D")
    frame = conform(
        pd.DataFrame(
            {c: np.arange(1.0, 6.0) for c in ("open", "high", "low", "close", "volume")},
            index=dates,
        )
    )
    inst = load_catalogue().resolve(symbol)
    source = "ccxt" if "/" in symbol else "yahoo"
    return MarketSeries(
        inst, "1d", frame, np.full(5, code), source, exchange, datetime.now(UTC), "", from_cache
    )


def test_series_description_names_source_last_bar_and_freshness():
    assert describe_series(_series("BTC/USDT", "binance", True)) == (
        "BTC/USDT binance · 2026-08-21 · cached"
    )
    assert describe_series(_series("^RUT", "", False)) == "^RUT yahoo · 2026-08-21 · fresh"
    imported = describe_series(_series("^RUT", "", True, Provenance.IMPORTED))
    assert imported.endswith("cached, imported")
    assert "synthetic" in describe_series(_series("^RUT", "", False, Provenance.DEMO))


def test_progress_and_cancel(qtbot):
    bar = QStatusBar()
    qtbot.addWidget(bar)
    panel = StatusPanel(bar)
    bar.show()
    assert not panel.progress_bar.isVisible()
    panel.show_progress(2, 5, "BTC/USDT page 2")
    assert panel.progress_bar.isVisible() and panel.cancel_button.isVisible()
    assert (panel.progress_bar.value(), panel.progress_bar.maximum()) == (2, 5)
    with qtbot.waitSignal(panel.cancel_clicked, timeout=1000):
        qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    panel.show_idle()
    assert not panel.cancel_button.isVisible()
    panel.set_error("'XYZ/QQQ' is not listed on binance.")
    assert panel.error_label.isVisible()
    assert "XYZ/QQQ" in panel.error_label.text()
    panel.set_error(None)
    assert not panel.error_label.isVisible()


def test_every_current_error_is_kept_and_listed_in_the_tooltip(qtbot):
    bar = QStatusBar()
    qtbot.addWidget(bar)
    panel = StatusPanel(bar)
    bar.show()
    panel.set_error("Cannot reach Yahoo Finance for ^RUT: DNS failed.")
    panel.set_error("BTC/USDT: binance could not be reached; check the connection.")
    assert panel.error_label.text() == "2 errors — hover for details"
    tip = panel.error_label.toolTip()
    assert "^RUT" in tip and "BTC/USDT" in tip
    panel.clear_errors()
    assert panel.errors() == [] and not panel.error_label.isVisible()


def test_series_text_is_compact_survives_notices_and_details_are_in_the_tooltip(qtbot):
    bar = QStatusBar()
    qtbot.addWidget(bar)
    panel = StatusPanel(bar)
    bar.resize(1600, 30)
    bar.show()
    series = [_series("^RUT", "", True), _series("BTC/USDT", "binance", True)]
    panel.set_series(series)
    panel.show_progress(1, 3, "Fetching BTC/USDT, ETH/USDT, SOL/USDT")
    panel.cancel_button.click()
    panel.show_idle()
    panel.show_notice("Fetch cancelled; the chart and cache are unchanged.")
    assert panel.series_label.isVisible()  # a notice no longer hides the series text
    assert panel.series_label.text() == (
        "^RUT yahoo · 2026-08-21 · cached  |  BTC/USDT binance · 2026-08-21 · cached"
    )
    assert "2026-08-17 to 2026-08-21" in panel.series_label.toolTip()
    # however many series, the series text never makes the bar (and window) wider
    panel.set_series(series * 6)
    assert bar.minimumSizeHint().width() < 700


def test_demo_session_is_one_compact_phrase(qtbot):
    bar = QStatusBar()
    qtbot.addWidget(bar)
    panel = StatusPanel(bar)
    demo = [_series(s, "", False, Provenance.DEMO) for s in ("^RUT", "BTC/USDT", "ETH/USDT")]
    panel.set_series(demo)
    text = panel.series_label.text()
    assert text.startswith("DEMO") and text.count("·") == 2 and len(text) < 80


def test_banner_buttons_emit_their_intent(qtbot):
    banner = DataBanner()
    qtbot.addWidget(banner)
    assert banner.isHidden()
    banner.show_message("Offline and nothing cached yet.")
    assert banner.isVisible() and "Offline" in banner.message_label.text()
    for button, signal in (
        (banner.retry_button, banner.retry_clicked),
        (banner.import_button, banner.import_clicked),
        (banner.demo_button, banner.demo_clicked),
    ):
        assert button.toolTip()
        with qtbot.waitSignal(signal, timeout=1000):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
