"""The status bar: where each series came from, its last bar, cached or fresh, fetch progress
with a Cancel button, transient notices, and every current error.

The bar is narrow for all it has to say, so each part is compact and the details are in
its tooltip: one short phrase per series, one line for the errors ("2 errors — hover for
details"), a short progress label.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QSizePolicy, QStatusBar

from models.market.series import MarketSeries

#: how long a notice stays (ms): long enough to read a sentence
NOTICE_MS = 8000
#: widest a single error or notice may be drawn (px) before it is elided
MESSAGE_WIDTH = 420
#: longest progress text shown in the bar itself; the whole text is in its tooltip
PROGRESS_CHARS = 26


def _tr(text: str) -> str:
    return QCoreApplication.translate("StatusPanel", text)


#: where rows came from, as the bar says it (``MarketSeries.provenance_summary`` parts)
PROVENANCE_WORDS = {
    "fetched": QT_TRANSLATE_NOOP("StatusPanel", "fetched"),
    "imported": QT_TRANSLATE_NOOP("StatusPanel", "imported"),
    "demo": QT_TRANSLATE_NOOP("StatusPanel", "demo"),
    "empty": QT_TRANSLATE_NOOP("StatusPanel", "empty"),
}


def provenance_words(summary: str) -> str:
    """'imported+fetched' in the UI language."""
    return "+".join(_tr(PROVENANCE_WORDS.get(part, part)) for part in summary.split("+"))


def _last(series: MarketSeries) -> str:
    if series.last is None:
        return QCoreApplication.translate("StatusPanel", "no bars")
    return series.last.strftime("%Y-%m-%d")


def describe_series(series: MarketSeries) -> str:
    """One short phrase per series: 'BTC/USDT binance · 2026-08-21 · cached'."""
    if series.is_demo:
        synthetic = QCoreApplication.translate("StatusPanel", "synthetic")
        return f"{series.instrument.label} · {synthetic} · {_last(series)}"
    where = series.exchange or series.source
    if series.instrument.is_derived:  # its source names every input: too long for the bar
        where = QCoreApplication.translate("StatusPanel", "derived")
    freshness = (
        QCoreApplication.translate("StatusPanel", "cached")
        if series.from_cache
        else QCoreApplication.translate("StatusPanel", "fresh")
    )
    if series.provenance_summary not in ("fetched", "demo", "empty"):
        freshness += f", {provenance_words(series.provenance_summary)}"
    return f"{series.instrument.label} {where} · {_last(series)} · {freshness}"


def describe_series_details(series: MarketSeries) -> str:
    """Everything the tooltip says about one series: source, span, bars, freshness, warnings."""
    first = series.first.strftime("%Y-%m-%d") if series.first is not None else "—"
    where = series.source + (f" ({series.exchange})" if series.exchange else "")
    if series.instrument.is_derived:
        inputs = [i.label for i in getattr(series, "inputs", {})]
        shown = ", ".join(inputs[:6]) + (", …" if len(inputs) > 6 else "")
        where = QCoreApplication.translate(
            "StatusPanel", "derived from {n} series ({inputs})"
        ).format(n=len(inputs), inputs=shown)
    served = (
        QCoreApplication.translate("StatusPanel", "served from the cache")
        if series.from_cache
        else QCoreApplication.translate("StatusPanel", "fetched now")
    )
    source = QCoreApplication.translate(
        "StatusPanel", "source: {where}; {rows} {timeframe} bars, {first} to {last}"
    ).format(
        where=where, rows=series.rows, timeframe=series.timeframe, first=first, last=_last(series)
    )
    rows = QCoreApplication.translate("StatusPanel", "rows: {provenance}; {served}").format(
        provenance=provenance_words(series.provenance_summary), served=served
    )
    lines = [f"{series.instrument.label} — {series.instrument.name}", f"  {source}", f"  {rows}"]
    if series.fetched_at is not None:
        fetched = QCoreApplication.translate("StatusPanel", "last fetched: {when} UTC")
        lines.append("  " + fetched.format(when=f"{series.fetched_at:%Y-%m-%d %H:%M}"))
    note = QCoreApplication.translate("StatusPanel", "note: {text}")
    lines.extend("  " + note.format(text=w) for w in series.warnings)
    return "\n".join(lines)


def describe_session(series: list[MarketSeries]) -> str:
    """The per-series part of the bar; a demo session is one phrase (DEMO, the labels, last)."""
    if series and all(s.is_demo for s in series):
        labels = ", ".join(s.instrument.label.removeprefix("DEMO ") for s in series)
        synthetic = QCoreApplication.translate("StatusPanel", "DEMO synthetic data")
        return f"{synthetic} · {labels} · {_last(series[-1])}"
    return "  |  ".join(describe_series(s) for s in series)


class StatusPanel(QObject):
    """Fills a QStatusBar; emits ``cancel_clicked`` when the user stops a fetch."""

    cancel_clicked = Signal()

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self._errors: list[str] = []
        self.series_label = QLabel(bar)
        self.series_label.setObjectName("status_series")
        # the bar must never grow wider than the window for this text: details are in the tip
        self.series_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.notice_label = QLabel(bar)
        self.notice_label.setObjectName("status_notice")
        self.error_label = QLabel(bar)
        self.error_label.setObjectName("status_error")
        self.progress_bar = QProgressBar(bar)
        self.progress_bar.setMaximumWidth(200)
        self.cancel_button = QPushButton(self.tr("Cancel"), bar)
        self.cancel_button.setToolTip(self.tr("Stop the fetch; chart and cache stay as they are"))
        self.cancel_button.clicked.connect(self.cancel_clicked)
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(lambda: self.show_notice(None))
        bar.addWidget(self.series_label, 1)
        bar.addPermanentWidget(self.notice_label)
        bar.addPermanentWidget(self.error_label)
        bar.addPermanentWidget(self.progress_bar)
        bar.addPermanentWidget(self.cancel_button)
        self.set_series([])
        self.show_notice(None)
        self.set_error(None)
        self.show_idle()

    def set_series(self, series: list[MarketSeries]) -> None:
        """Describe the charted series compactly; the tooltip holds each one's details."""
        self.series_label.setText(describe_session(series))
        details = "\n".join(describe_series_details(s) for s in series)
        self.series_label.setToolTip(
            details or self.tr("Source, exchange and last bar of each series")
        )

    def show_progress(self, done: int, expected: int, message: str = "") -> None:
        """Show the progress bar (busy indicator when ``expected`` is 0) and Cancel."""
        self.progress_bar.setRange(0, max(0, expected))
        self.progress_bar.setValue(min(done, expected) if expected else 0)
        short = message if len(message) <= PROGRESS_CHARS else message[: PROGRESS_CHARS - 1] + "…"
        self.progress_bar.setFormat(short or "%p%")
        self.progress_bar.setToolTip(message or self.tr("Fetching the missing bars"))
        self.progress_bar.show()
        self.cancel_button.show()

    def show_idle(self) -> None:
        """Hide the progress bar and Cancel."""
        self.progress_bar.hide()
        self.cancel_button.hide()

    def show_notice(self, message: str | None, msecs: int = NOTICE_MS) -> None:
        """Show a transient notice beside the series text (None hides it)."""
        self._notice_timer.stop()
        self._set_elided(self.notice_label, message or "")
        self.notice_label.setToolTip(message or "")
        self.notice_label.setVisible(bool(message))
        if message:
            self._notice_timer.start(msecs)

    def set_error(self, message: str | None) -> None:
        """Add ``message`` to the current errors (kept until cleared); None clears them all."""
        if message is None:
            self._errors.clear()
        elif message not in self._errors:
            self._errors.append(message)
        self._show_errors()

    def clear_errors(self) -> None:
        """Forget every error (a new request started)."""
        self.set_error(None)

    def errors(self) -> list[str]:
        """Every current error, oldest first."""
        return list(self._errors)

    def _show_errors(self) -> None:
        count = len(self._errors)
        if count <= 1:
            self._set_elided(self.error_label, self._errors[0] if count else "")
        else:
            self.error_label.setText(
                self.tr("{count} errors — hover for details").format(count=count)
            )
        self.error_label.setToolTip("\n".join(f"• {e}" for e in self._errors))
        self.error_label.setVisible(bool(count))

    @staticmethod
    def _set_elided(label: QLabel, text: str) -> None:
        metrics = QFontMetrics(label.font())
        label.setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, MESSAGE_WIDTH))
