"""The status bar: where each series came from, its last bar, cached or fresh, fetch progress
with a Cancel button, and the last error."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar

from models.series import MarketSeries


def describe_series(series: MarketSeries) -> str:
    """One short phrase per series: 'BTC/USDT binance · last 2026-08-21 · cached'."""
    last = series.last.strftime("%Y-%m-%d") if series.last is not None else "no bars"
    if series.is_demo:
        return f"{series.instrument.label} · synthetic · last {last}"
    where = series.exchange or series.source
    freshness = "cached" if series.from_cache else "fresh"
    if series.provenance_summary not in ("fetched", "demo", "empty"):
        freshness += f", {series.provenance_summary}"
    return f"{series.instrument.label} {where} · last {last} · {freshness}"


class StatusPanel(QObject):
    """Fills a QStatusBar; emits ``cancel_clicked`` when the user stops a fetch."""

    cancel_clicked = Signal()

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.series_label = QLabel(bar)
        self.series_label.setToolTip(self.tr("Source, exchange and last bar of each series"))
        self.error_label = QLabel(bar)
        self.error_label.setObjectName("status_error")
        self.progress_bar = QProgressBar(bar)
        self.progress_bar.setMaximumWidth(180)
        self.progress_bar.setToolTip(self.tr("Fetching the missing bars in the background"))
        self.cancel_button = QPushButton(self.tr("Cancel"), bar)
        self.cancel_button.setToolTip(self.tr("Stop the fetch; chart and cache stay as they are"))
        self.cancel_button.clicked.connect(self.cancel_clicked)
        bar.addWidget(self.series_label, 1)
        bar.addPermanentWidget(self.error_label)
        bar.addPermanentWidget(self.progress_bar)
        bar.addPermanentWidget(self.cancel_button)
        self.show_idle()

    def set_series(self, series: list[MarketSeries]) -> None:
        """Describe the charted series, each with source, last bar and freshness."""
        self.series_label.setText("   |   ".join(describe_series(s) for s in series))

    def show_progress(self, done: int, expected: int, message: str = "") -> None:
        """Show the progress bar (busy indicator when ``expected`` is 0) and Cancel."""
        self.progress_bar.setRange(0, max(0, expected))
        self.progress_bar.setValue(min(done, expected) if expected else 0)
        self.progress_bar.setFormat(message or "%p%")
        self.progress_bar.show()
        self.cancel_button.show()

    def show_idle(self) -> None:
        """Hide the progress bar and Cancel."""
        self.progress_bar.hide()
        self.cancel_button.hide()

    def set_error(self, message: str | None) -> None:
        """Show the last error (kept until the next one or until cleared with None)."""
        self.error_label.setText(message or "")
        self.error_label.setToolTip(message or "")
        self.error_label.setVisible(bool(message))
