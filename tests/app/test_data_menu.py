"""Data menu helpers: symbol guesses for dropped files, sizes, the provenance report,
and a CSV dropped on the window goes to the import with the confirmed symbol."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QObject, QPointF, Qt, QUrl, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QMainWindow

from app.data_menu import DataMenu
from models.market.file_symbol import guess_symbol
from models.market.instruments import load_catalogue
from models.records.provenance import provenance_report
from models.session.session import Session
from models.units import human_size
from tests.app.fakes import series_for, synthetic_frame


@pytest.mark.parametrize(
    ("name", "symbol"),
    [
        ("rut_daily.csv", "^RUT"),
        ("btcusdt_daily.csv", "BTC/USDT"),
        ("ETHUSDT-1d.csv", "ETH/USDT"),
        ("eth_usd_daily.csv", "ETH-USD"),
        ("iwm_daily_adjusted.csv", "IWM"),
        ("btcusdt_1m_2024-01-01_2025-11-30.csv.gz", "BTC/USDT"),
    ],
)
def test_symbol_guess_from_file_name(name, symbol):
    assert guess_symbol(f"/data/{name}") == symbol


def test_human_size():
    assert human_size(512) == "512 bytes"
    assert human_size(3 * 1024 * 1024) == "3.0 MB"


def test_provenance_report_names_source_range_and_gaps():
    catalogue = load_catalogue()
    frame = synthetic_frame("2024-01-01", 60, False)
    holed = frame.drop(frame.index[10:13])  # three missing UTC days
    btc = series_for(catalogue.resolve("BTC/USDT"), holed, True)
    rut = series_for(catalogue.resolve("^RUT"), synthetic_frame("2024-01-02", 40, True), True)
    text = provenance_report(Session(rut, [btc], "cache"))
    assert "BTC/USDT" in text and "binance" in text and "from the cache" in text
    assert "gaps on the 24/7 calendar: 1 (3 missing bars)" in text
    assert "2024-01-11 → 2024-01-13: 3" in text


class _FakeData(QObject):
    fetch_started = Signal()
    fetch_finished = Signal()
    import_refused = Signal(str, str, str)
    offline_changed = Signal(bool)
    retry_refused_offline = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.imports = []
        self.session = None
        self.offline = False

    def set_offline(self, offline: bool) -> None:
        self.offline = offline
        self.offline_changed.emit(offline)

    def import_file(self, symbol, path, force=False):
        self.imports.append((symbol, path) if not force else (symbol, path, "forced"))

    refresh = cancel_fetch = request_cache_report = clear_cache = lambda self: None


def test_dropped_csv_is_imported_under_the_confirmed_symbol(qtbot, monkeypatch, tmp_path):
    window = QMainWindow()
    qtbot.addWidget(window)
    data = _FakeData()
    DataMenu(window, data)
    asked = []

    def confirm(parent, title, label, text=""):
        asked.append(text)
        return text, True

    monkeypatch.setattr(QInputDialog, "getText", confirm)
    window.show()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "btcusdt_daily.csv"))])
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Qt delivers a drop only to a widget that accepted the drag when it entered
    enter = QDragEnterEvent(window.rect().center(), *args)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, QDropEvent(QPointF(window.rect().center()), *args))
    assert asked == ["BTC/USDT"]
    assert data.imports == [("BTC/USDT", str(tmp_path / "btcusdt_daily.csv"))]
