"""The window's export commands: File > Export image…, Export data…, Copy chart (Ctrl+Shift+C),
Export cascade image….

Every export states a snapshot of what the window shows (its view state and the analysis
on screen). A fixed-size image is drawn offscreen from that snapshot by the window's own
presenter, so it is the same on any display; the window-size preset and the clipboard
draw the window's chart as it is, without the crosshair or its readout. Captions are in
the UI language (``caption_words``).

Save dialogs open in the folder last saved to (kept in the settings) with a name made of
the symbols, the lag and the last bar's date (``rut-btc-eth_lag45_2026-12-06.png``).
The clipboard has no file for a sidecar: the evidence goes on it beside the image, as
JSON under the ``application/json`` type (an image editor takes the picture, a text
editor or a script can take the evidence).

The cascade image is the cascade view's strip drawn offscreen by the core's
``export_cascade`` (the dates the strip shows, the window's theme, the caption stating the
stages, the rows' normalisation and the hops, and the cascade sidecar); at window size it
is the strip's on-screen size with the caption added below.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, QSize
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog

from app.export.caption_words import window_words
from app.export.cascade_export import export_cascade
from app.export.exporter import (
    ExportResult,
    caption_for,
    clipboard_evidence,
    export_image,
    export_live,
    live_image,
    live_spec,
)
from models.errors import DataError
from models.records.cascade_record import cascade_caption_lines
from models.records.data_export import write_data_csvs
from models.records.file_names import export_stem
from widgets.export_dialog import WINDOW, ExportImageDialog, ExportOptions
from widgets.shortcuts import key_for

FILTERS = {"png": "PNG image (*.png)", "svg": "SVG drawing (*.svg)"}
#: the evidence's type on the clipboard
EVIDENCE_MIME = "application/json"
#: the settings' name of the folder export dialogs remember
FOLDER_KIND = "export"


class ExportActions(QObject):
    """Owns the three export actions of a ``MainWindow`` and carries them out."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.options = ExportOptions(pixel_ratio=_screen_ratio(window))
        self.image_action = self._action(
            self.tr("Export &image…"), self.export_image, "export_image"
        )
        self.data_action = self._action(self.tr("Export &data (CSV)…"), self.export_data, None)
        self.copy_action = self._action(
            self.tr("&Copy chart to clipboard"), self.copy_to_clipboard, "copy_chart"
        )
        self.cascade_action = self._action(
            self.tr("Export ca&scade image…"), self.export_cascade_image, None
        )

    def actions(self) -> list[QAction]:
        """The actions in File-menu order."""
        return [self.image_action, self.data_action, self.copy_action, self.cascade_action]

    def _action(self, text: str, slot, shortcut: str | None) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(key_for(shortcut))
        action.triggered.connect(slot)
        return action

    # --- snapshot -----------------------------------------------------------------------

    def snapshot(self):
        """What the window shows now, or None (and a message) when nothing is charted."""
        snapshot = self.window.charts.export_snapshot()
        if snapshot is None:
            self._report(self.tr("Nothing to export yet: no chart is shown."))
        return snapshot

    def chart_size(self) -> QSize:
        """The chart's on-screen size in logical pixels (the window preset)."""
        return self.window.chart.size()

    def suggested_path(self, suffix: str, stem: str | None = None) -> str:
        """Where a save dialog starts: the last folder saved to, and a name made of the
        symbols, the lag and the last bar's date (or ``stem``)."""
        session = self.window.charts.state.session
        lag = self.window.view_state.state.lag_days
        if stem is None:
            stem = export_stem(session, lag) if session else "liquidity-cascade"
        name = f"{stem}{suffix}"
        folder = self.window.store.folder(FOLDER_KIND)
        return str(Path(folder) / name) if folder and Path(folder).is_dir() else name

    def _ask_path(self, title: str, suffix: str, filters: str, stem: str | None = None) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self.window, title, self.suggested_path(suffix, stem), filters
        )
        if path:
            self.window.store.save_folder(FOLDER_KIND, str(Path(path).parent))
        return path

    # --- commands -----------------------------------------------------------------------

    def export_image(self) -> None:
        """Ask for options and a file name, then export."""
        dialog = ExportImageDialog(self.chart_size(), self.options, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.options = dialog.options()
        kind = self.options.image_format
        path = self._ask_path(self.tr("Export image"), f".{kind}", FILTERS[kind])
        if path:
            self.export_to(Path(path).with_suffix(f".{kind}"), self.options)

    def export_to(self, path: Path, options: ExportOptions) -> ExportResult | None:
        """Export the current chart to ``path`` with ``options``; reports the outcome."""
        snapshot = self.snapshot()
        if snapshot is None:
            return None
        words = window_words()
        if options.preset == WINDOW:
            chart, ratio = self.window.chart, options.pixel_ratio
            return self._written(
                export_live, chart, snapshot, path, ratio, options.caption, words=words
            )
        spec = options.spec(self.chart_size())
        return self._written(export_image, snapshot, path, spec, words=words)

    def _written(self, write, *arguments, **options) -> ExportResult | None:
        """``write(*arguments, **options)``, then say what was saved (or why not)."""
        try:
            result = write(*arguments, **options)
        except (DataError, OSError) as exc:
            self._report(str(exc))
            return None
        self._notify(
            self.tr("Saved {image} ({w}x{h}) and {sidecar}").format(
                image=result.image_path.name,
                w=result.width_px,
                h=result.height_px,
                sidecar=result.sidecar_path.name,
            )
        )
        return result

    def export_data(self) -> None:
        """Ask for a base file name, then write the three CSV files."""
        path = self._ask_path(self.tr("Export data"), ".csv", "CSV (*.csv)")
        if path:
            self.export_data_to(Path(path))

    def export_data_to(self, base: Path) -> list[Path]:
        """Write the aligned series, breakouts and event study next to ``base``."""
        snapshot = self.snapshot()
        if snapshot is None:
            return []
        try:
            paths = write_data_csvs(snapshot, base)
        except (DataError, OSError) as exc:
            self._report(str(exc))
            return []
        self._notify(self.tr("Saved {files}").format(files=", ".join(p.name for p in paths)))
        return paths

    def copy_to_clipboard(self) -> bool:
        """Put the chart as on screen, with the last caption choice, on the clipboard, and
        its evidence beside it (``EVIDENCE_MIME``)."""
        snapshot = self.snapshot()
        if snapshot is None:
            return False
        options, when = self.options, datetime.now(UTC)
        lines = caption_for(snapshot, options.caption, when, window_words())
        image = live_image(self.window.chart, lines, options.pixel_ratio)
        mime = QMimeData()
        mime.setImageData(image)
        evidence = clipboard_evidence(snapshot, image, lines, when)
        mime.setData(EVIDENCE_MIME, evidence.encode("utf-8"))
        QGuiApplication.clipboard().setMimeData(mime)
        self._notify(
            self.tr("Chart copied ({w}x{h}), its evidence beside it as JSON").format(
                w=image.width(), h=image.height()
            )
        )
        return True

    def export_cascade_image(self) -> None:
        """Ask for options and a file name, then export the cascade view."""
        analysis = self._cascade_analysis()
        if analysis is None:
            return
        strip = self.window.cascade.panel.strip
        dialog = ExportImageDialog(strip.size(), self.options, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.options = dialog.options()
        kind = self.options.image_format
        last = max(level.level.index[-1] for level in analysis.levels)
        stem = f"cascade_{last:%Y-%m-%d}"
        path = self._ask_path(self.tr("Export cascade image"), f".{kind}", FILTERS[kind], stem)
        if path:
            self.export_cascade_to(Path(path).with_suffix(f".{kind}"), self.options)

    def export_cascade_to(self, path: Path, options: ExportOptions) -> ExportResult | None:
        """Export the cascade view to ``path`` with ``options``: the dates its strip
        shows, the window's theme; reports the outcome."""
        analysis = self._cascade_analysis()
        if analysis is None:
            return None
        strip, when = self.window.cascade.panel.strip, datetime.now(UTC)
        if options.preset == WINDOW:
            lines = cascade_caption_lines(analysis, when) if options.caption else []
            spec = live_spec(strip, options.pixel_ratio, lines)
        else:
            spec = options.spec(strip.size())
        start, end = strip.visible_range()
        theme = self.window.view_state.state.theme
        return self._written(export_cascade, analysis, path, spec, theme, start, end, when)

    def _cascade_analysis(self):
        controller = self.window.cascade.controller
        analysis = None if controller is None else controller.analysis
        if analysis is None:
            self._report(self.tr("Nothing to export yet: show the cascade first (View ▸ Cascade)."))
        return analysis

    def _report(self, message: str) -> None:
        self.window.status.set_error(message)

    def _notify(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 8000)


def _screen_ratio(window) -> float:
    """The screen's pixel ratio, for sharp window-size exports on HiDPI displays."""
    screen = window.screen()
    ratio = float(screen.devicePixelRatio()) if screen is not None else 1.0
    return ratio if ratio in (1.0, 1.25, 1.5, 2.0, 3.0) else 1.0
