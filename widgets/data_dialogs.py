"""The Data menu's dialogs: a read-only text report, and the cache's size and contents.

The cache dialog lists each cached series in a table (dates as days for daily bars, the
time too for intraday ones), says where the cache lives, and clears one series (its row's
Clear) or all of them, each after asking.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from models.market.frames import is_daily
from models.units import human_size
from widgets.formatting import format_count

#: the cache table's columns (the last holds each row's Clear button)
CACHE_COLUMNS = (
    QT_TRANSLATE_NOOP("CacheDialog", "Series"),
    QT_TRANSLATE_NOOP("CacheDialog", "Source"),
    QT_TRANSLATE_NOOP("CacheDialog", "Timeframe"),
    QT_TRANSLATE_NOOP("CacheDialog", "From"),
    QT_TRANSLATE_NOOP("CacheDialog", "To"),
    QT_TRANSLATE_NOOP("CacheDialog", "Bars"),
    QT_TRANSLATE_NOOP("CacheDialog", "Size"),
    "",
)


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


def series_label(info) -> str:
    """How a cached series is named to the user and to ``clear_series``: the symbol,
    pinned to its exchange when it has one (``BTC/USDT@binance``)."""
    return f"{info.symbol}@{info.exchange}" if info.exchange else info.symbol


def stamp_text(stamp, timeframe: str) -> str:
    """A bar's time as the table writes it: the day for daily bars, day and time else."""
    if stamp is None:
        return "—"
    return f"{stamp:%Y-%m-%d}" if is_daily(timeframe) else f"{stamp:%Y-%m-%d %H:%M} UTC"


class CacheDialog(QDialog):
    """Cache size, place and contents, with a Clear per series and one for all (each asks
    first: ``clear_series_requested(label)``, ``clear_requested``)."""

    clear_requested = Signal()  # the user confirmed: delete every cached series
    clear_series_requested = Signal(str)  # the user confirmed: delete this series

    def __init__(self, parent=None, cache_path: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cache"))
        self.summary = QLabel(self.tr("Measuring the cache…"), self)
        self.place = QLabel(self.tr("Cache folder: {path}").format(path=cache_path), self)
        self.place.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.place.setVisible(bool(cache_path))
        self.table = QTableWidget(0, len(CACHE_COLUMNS), self)
        self.table.setHorizontalHeaderLabels([self.tr(c) if c else "" for c in CACHE_COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the names get the room
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.clear_button = buttons.addButton(
            self.tr("Clear cache…"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.clear_button.setToolTip(self.tr("Delete every cached series (the chart stays)"))
        self.clear_button.clicked.connect(self._confirm_clear)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.place, self.table, buttons):
            layout.addWidget(widget)
        self.resize(820, 420)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def show_report(self, report) -> None:
        """Fill the dialog from a cache report (``size_bytes`` and ``series`` entries)."""
        self.summary.setText(
            self.tr("{count} series, {size} on disk").format(
                count=len(report.series), size=human_size(report.size_bytes)
            )
        )
        self.table.setRowCount(len(report.series))
        for row, info in enumerate(report.series):
            self._fill_row(row, info)

    def row_texts(self, row: int) -> list[str]:
        """The texts of one row (for tests)."""
        return [self.table.item(row, c).text() for c in range(len(CACHE_COLUMNS) - 1)]

    def _fill_row(self, row: int, info) -> None:
        where = info.source + (f" ({info.exchange})" if info.exchange else "")
        size = getattr(info, "size_bytes", None)
        cells = (
            series_label(info),
            where,
            info.timeframe,
            stamp_text(info.first, info.timeframe),
            stamp_text(info.last, info.timeframe),
            format_count(info.rows),
            human_size(size) if size is not None else "—",
        )
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column in (5, 6):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
        button = QPushButton(self.tr("Clear…"), self.table)
        button.setToolTip(self.tr("Delete this series from the cache (the chart stays)"))
        label = series_label(info)
        button.clicked.connect(lambda _=False: self.confirm_clear(label))
        self.table.setCellWidget(row, len(CACHE_COLUMNS) - 1, button)

    def confirm_clear(self, label: str) -> bool:
        """Ask, then ask for ``label`` to be cleared; True when the user said yes."""
        answer = QMessageBox.question(
            self,
            self.tr("Clear {series}?").format(series=label),
            self.tr(
                "Delete {series} from the cache? It is fetched again when next charted."
            ).format(series=label),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.clear_series_requested.emit(label)
        return True

    def _confirm_clear(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Clear the cache?"),
            self.tr("Delete every cached series? The next start fetches them again."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.clear_requested.emit()
