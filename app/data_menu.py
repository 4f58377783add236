"""The Data menu: refresh, cancel, CSV import (menu and drag and drop), the cache dialog and
the gap and provenance report."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.data_controller import CacheReport, DataController
from app.shortcuts import key_for
from models.session.session import Session

CSV_FILTER = "Price files (*.csv *.csv.gz *.txt);;All files (*)"
_SUFFIXES = re.compile(r"([_-](daily|1d|adjusted)|[_-]1m.*|\.csv|\.gz|\.txt)+$", re.IGNORECASE)


def guess_symbol(path: str | Path) -> str:
    """A first guess of the symbol a price file holds, from its name (the user confirms it).

    ``rut_daily.csv`` -> ``^RUT``, ``btcusdt_daily.csv`` -> ``BTC/USDT``,
    ``eth_usd_daily.csv`` -> ``ETH-USD``, ``IWM.csv`` -> ``IWM``.
    """
    stem = _SUFFIXES.sub("", Path(path).name).lower()
    if stem in ("rut", "^rut", "russell2000", "russell_2000"):
        return "^RUT"
    pair = re.fullmatch(r"([a-z0-9]{2,10}?)[_-]?(usdt|busd|usdc)", stem)
    if pair:
        return f"{pair.group(1).upper()}/{pair.group(2).upper()}"
    yahoo = re.fullmatch(r"([a-z0-9]{2,10})[_-](usd|eur|btc)", stem)
    if yahoo:
        return f"{yahoo.group(1).upper()}-{yahoo.group(2).upper()}"
    return stem.upper()


def human_size(size_bytes: int) -> str:
    """Bytes as a short human-readable size ('3.2 MB')."""
    size = float(size_bytes)
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GB"


class DataMenu(QObject):
    """Builds the Data menu and handles CSV drops on the window."""

    def __init__(self, window: QWidget, data: DataController) -> None:
        super().__init__(window)
        self._window = window
        self._data = data
        self.menu = QMenu(self.tr("&Data"), window)
        self.refresh_action = self._add("refresh", self.tr("&Refresh"), data.refresh)
        self.cancel_action = self._add("cancel_fetch", self.tr("&Cancel fetch"), data.cancel_fetch)
        self.import_action = self._add("import_csv", self.tr("&Import CSV…"), self.import_csv)
        self.menu.addSeparator()
        self.report_action = self._add(
            "data_report", self.tr("Gap and &provenance report…"), self.show_report
        )
        self.cache_action = self._add(None, self.tr("Cache &size and clear…"), self.show_cache)
        self.refresh_action.setToolTip(self.tr("Fetch only the bars missing since the last one"))
        data.fetch_started.connect(lambda: self.cancel_action.setEnabled(True))
        data.fetch_finished.connect(lambda: self.cancel_action.setEnabled(False))
        self.cancel_action.setEnabled(False)
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def import_csv(self) -> None:
        """Ask for a file and its symbol, then import it in the background."""
        path, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Import a price file"), "", CSV_FILTER
        )
        if path:
            self.import_path(path)

    def import_path(self, path: str) -> None:
        """Confirm the symbol for ``path`` with the user and import it."""
        symbol, ok = QInputDialog.getText(
            self._window,
            self.tr("Import {name}").format(name=Path(path).name),
            self.tr("Symbol these prices belong to (e.g. ^RUT, BTC/USDT, ETH-USD):"),
            text=guess_symbol(path),
        )
        if ok and symbol.strip():
            self._data.import_file(symbol.strip(), path)

    def show_cache(self) -> None:
        """Open the cache dialog; its figures arrive from a worker."""
        dialog = CacheDialog(self._data, self._window)
        dialog.open()

    def show_report(self) -> None:
        """Open the gap and provenance report for the series on screen."""
        session = self._data.session
        text = provenance_report(session) if session else self.tr("Nothing is charted yet.")
        ReportDialog(self.tr("Gap and provenance report"), text, self._window).open()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.DragEnter and _file_urls(event):
            event.acceptProposedAction()
            return True
        if event.type() == QEvent.Type.Drop and _file_urls(event):
            event.acceptProposedAction()
            for path in _file_urls(event):
                self.import_path(path)
            return True
        return super().eventFilter(watched, event)

    def _add(self, shortcut: str | None, text: str, slot) -> QAction:
        action = QAction(text, self._window)
        if shortcut:
            action.setShortcut(key_for(shortcut))
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action


def _file_urls(event: QDragEnterEvent | QDropEvent) -> list[str]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]


def provenance_report(session: Session) -> str:
    """Plain-text report: per series its source, range, provenance and calendar gaps."""
    from models.market.gaps import find_gaps  # only when the report is asked for

    lines = []
    for series in session.series:
        inst = series.instrument
        gaps = find_gaps(series.frame, inst.calendar, series.timeframe)
        missing = sum(g.missing for g in gaps)
        lines += [
            f"{inst.label} — {inst.name}",
            f"  source {series.source}{' / ' + series.exchange if series.exchange else ''}, "
            f"{series.timeframe}, {series.rows:,} bars {_span(series)}",
            f"  provenance: {series.provenance_summary}; "
            f"{'from the cache' if series.from_cache else 'fetched this session'}"
            + (f", fetched {series.fetched_at:%Y-%m-%d %H:%M} UTC" if series.fetched_at else ""),
            f"  gaps on the {inst.calendar} calendar: {len(gaps)} ({missing:,} missing bars)",
        ]
        lines += [f"    {g.start:%Y-%m-%d} → {g.end:%Y-%m-%d}: {g.missing}" for g in gaps[:12]]
        if len(gaps) > 12:
            lines.append(f"    … and {len(gaps) - 12} more")
        lines += [f"  note: {w}" for w in series.warnings]
        lines.append("")
    return "\n".join(lines)


def _span(series) -> str:
    if series.first is None:
        return ""
    return f"from {series.first:%Y-%m-%d} to {series.last:%Y-%m-%d}"


class ReportDialog(QDialog):
    """A read-only text report with a Close button."""

    def __init__(self, title: str, text: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QPlainTextEdit(text, self)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(720, 480)


class CacheDialog(QDialog):
    """Cache size and contents, with a Clear button that asks first."""

    def __init__(self, data: DataController, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cache"))
        self._data = data
        self.summary = QLabel(self.tr("Measuring the cache…"), self)
        self.listing = QPlainTextEdit(self)
        self.listing.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.clear_button = buttons.addButton(
            self.tr("Clear cache…"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.clear_button.setToolTip(self.tr("Delete every cached series (the chart stays)"))
        self.clear_button.clicked.connect(self._confirm_clear)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.listing, buttons):
            layout.addWidget(widget)
        self.resize(640, 380)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        data.cache_report_ready.connect(self.show_report)
        data.request_cache_report()

    def show_report(self, report: CacheReport) -> None:
        """Fill the dialog from a ``CacheReport``."""
        self.summary.setText(
            self.tr("{count} series, {size} on disk").format(
                count=len(report.series), size=human_size(report.size_bytes)
            )
        )
        self.listing.setPlainText("\n".join(_describe_entry(e) for e in report.series))

    def _confirm_clear(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Clear the cache?"),
            self.tr("Delete every cached series? The next start fetches them again."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._data.clear_cache()


def _describe_entry(info) -> str:
    fields = ("symbol", "source", "exchange", "timeframe", "first", "last", "rows", "provenance")
    parts = [str(getattr(info, f, "")) for f in fields if getattr(info, f, "") not in ("", None)]
    size = getattr(info, "size_bytes", None)
    return "  ".join(parts) + (f"  {human_size(size)}" if size is not None else "")
