"""The Data menu: refresh, cancel, CSV import (menu and drag and drop), the cache dialog and
the gap and provenance report.

An import the calendar rule refuses (24/7 bars under a New York session symbol such as
^RUT) is explained with the sentence the command line prints, and imported only when the
user confirms it on purpose (the window's ``--force``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox, QWidget

from app.data_controller import DataController
from models.market.file_symbol import guess_symbol
from models.records.provenance import provenance_report
from widgets.data_dialogs import CacheDialog, ReportDialog
from widgets.shortcuts import key_for

CSV_FILTER = "Price files (*.csv *.csv.gz *.txt);;All files (*)"


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
        self.menu.addSeparator()
        self.offline_action = self._add(None, self.tr("Work &offline"), data.set_offline)
        self.offline_action.setCheckable(True)
        self.offline_action.setChecked(data.offline)
        self.offline_action.setToolTip(
            self.tr("Use the cache only; uncheck to fetch the missing bars again")
        )
        data.offline_changed.connect(self.offline_action.setChecked)
        data.retry_refused_offline.connect(self.offer_going_online)
        self.refresh_action.setToolTip(self.tr("Fetch only the bars missing since the last one"))
        data.import_refused.connect(self.confirm_import)
        self._refused: dict[QMessageBox, tuple[str, str]] = {}
        data.fetch_started.connect(lambda: self.cancel_action.setEnabled(True))
        data.fetch_finished.connect(lambda: self.cancel_action.setEnabled(False))
        self.cancel_action.setEnabled(False)
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def import_csv(self) -> None:
        """Ask for a file (in the folder last imported from) and its symbol, then import it
        in the background."""
        store = getattr(self._window, "store", None)
        folder = store.folder("import") if store is not None else ""
        path, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Import a price file"), folder, CSV_FILTER
        )
        if path:
            if store is not None:
                store.save_folder("import", str(Path(path).parent))
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

    def confirm_import(self, symbol: str, path: str, reason: str) -> QMessageBox:
        """Say why ``path`` was not imported under ``symbol`` and offer to import it anyway."""
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Import {name}").format(name=Path(path).name))
        box.setText(reason)
        box.setInformativeText(self.tr("Import it anyway?"))
        box.addButton(self.tr("Import anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._refused[box] = (symbol, path)
        box.buttonClicked.connect(self._on_refusal_answered)
        box.open()
        return box

    def offer_going_online(self) -> QMessageBox:
        """Retry while working offline: say so and offer going online (then it retries)."""
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Working offline"))
        box.setText(
            self.tr(
                "The app is working offline (Data ▸ Work offline, or --offline), so nothing "
                "can be fetched."
            )
        )
        box.setInformativeText(self.tr("Go online and fetch the missing bars?"))
        online = box.addButton(self.tr("Go online"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda button: self._data.set_offline(False) if button is online else None
        )
        box.open()
        return box

    def _on_refusal_answered(self, button) -> None:
        box = self.sender()
        symbol, path = self._refused.pop(box, ("", ""))
        if path and box.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole:
            self._data.import_file(symbol, path, force=True)

    def show_cache(self) -> None:
        """Open the cache dialog; its figures arrive from a worker."""
        dialog = CacheDialog(self._window, self._data.cache_path)
        dialog.clear_requested.connect(self._data.clear_cache)
        dialog.clear_series_requested.connect(self._data.clear_series)
        self._data.cache_report_ready.connect(dialog.show_report)
        self._data.request_cache_report()
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
