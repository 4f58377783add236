"""File > Export image: size (window, 1920x1080, 2560x1440, 3840x2160, custom), pixel ratio,
caption on or off, PNG or SVG. The dialog only collects options; ``actions`` exports.

Sizes are device pixels of the file. The window preset is the chart's on-screen size
times the pixel ratio (a HiDPI copy of what is on screen, the caption added below); a
fixed preset is the whole file, caption included, and the ratio sets how large text and
lines are drawn in it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from models.records.image_spec import MAX_SIDE_PX, MIN_SIDE_PX, RATIOS, ImageSpec

WINDOW, CUSTOM = "window", "custom"
PRESETS: tuple[tuple[str, int, int], ...] = (
    ("1920x1080", 1920, 1080),
    ("2560x1440", 2560, 1440),
    ("3840x2160", 3840, 2160),
)
FORMATS: tuple[str, ...] = ("png", "svg")


@dataclass(frozen=True)
class ExportOptions:
    """What the user chose: a size preset (or custom pixels), ratio, caption and format."""

    preset: str = WINDOW
    width_px: int = 1920
    height_px: int = 1080
    pixel_ratio: float = 1.0
    caption: bool = True
    image_format: str = "png"

    def spec(self, window_size: QSize) -> ImageSpec:
        """The ``ImageSpec`` of an offscreen export (the window preset: the chart's size
        with the caption inside it; the window exports its own chart instead)."""
        width, height = self.pixels(window_size)
        return ImageSpec(width, height, self.pixel_ratio, self.caption)

    def pixels(self, window_size: QSize) -> tuple[int, int]:
        """Device pixels of the file."""
        if self.preset == WINDOW:
            ratio = self.pixel_ratio
            return math.ceil(window_size.width() * ratio), math.ceil(window_size.height() * ratio)
        for name, width, height in PRESETS:
            if self.preset == name:
                return width, height
        return self.width_px, self.height_px


class ExportImageDialog(QDialog):
    """Collects ``ExportOptions``; ``options()`` reads them after ``exec()``."""

    def __init__(self, window_size: QSize, options: ExportOptions, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export image"))
        self._window_size = window_size
        self._build()
        self._load(options)
        self._update()

    def _build(self) -> None:
        self.size_combo = QComboBox(self)
        width, height = self._window_size.width(), self._window_size.height()
        self.size_combo.addItem(self.tr("Window size ({w}x{h})").format(w=width, h=height), WINDOW)
        for name, _w, _h in PRESETS:
            self.size_combo.addItem(name, name)
        self.size_combo.addItem(self.tr("Custom"), CUSTOM)
        self.width_spin, self.height_spin = self._spin(), self._spin()
        custom = QWidget(self)
        row = QHBoxLayout(custom)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.width_spin)
        row.addWidget(QLabel("x", custom))
        row.addWidget(self.height_spin)
        self.ratio_combo = QComboBox(self)
        for ratio in RATIOS:
            self.ratio_combo.addItem(f"{ratio:g}x", ratio)
        self.caption_check = QCheckBox(self.tr("Caption with instruments, settings and figures"))
        self.format_combo = QComboBox(self)
        self.format_combo.addItem("PNG", "png")
        self.format_combo.addItem("SVG", "svg")
        self.result_label = QLabel(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Size"), self.size_combo)
        form.addRow(self.tr("Custom pixels"), custom)
        form.addRow(self.tr("Pixel ratio"), self.ratio_combo)
        form.addRow(self.tr("Format"), self.format_combo)
        form.addRow("", self.caption_check)
        form.addRow("", self.result_label)
        form.addRow(buttons)
        for combo in (self.size_combo, self.ratio_combo, self.format_combo):
            combo.currentIndexChanged.connect(self._update)
        for spin in (self.width_spin, self.height_spin):
            spin.valueChanged.connect(self._update)

    def _spin(self) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(MIN_SIDE_PX, MAX_SIDE_PX)
        spin.setSuffix(" px")
        return spin

    def _load(self, options: ExportOptions) -> None:
        self.size_combo.setCurrentIndex(max(0, self.size_combo.findData(options.preset)))
        self.width_spin.setValue(options.width_px)
        self.height_spin.setValue(options.height_px)
        ratio_index = self.ratio_combo.findData(options.pixel_ratio)
        self.ratio_combo.setCurrentIndex(max(0, ratio_index))
        self.caption_check.setChecked(options.caption)
        self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(options.image_format)))

    def options(self) -> ExportOptions:
        """The options as the dialog shows them now."""
        return ExportOptions(
            preset=self.size_combo.currentData(),
            width_px=self.width_spin.value(),
            height_px=self.height_spin.value(),
            pixel_ratio=float(self.ratio_combo.currentData()),
            caption=self.caption_check.isChecked(),
            image_format=self.format_combo.currentData(),
        )

    def _update(self) -> None:
        options = self.options()
        custom = options.preset == CUSTOM
        self.width_spin.setEnabled(custom)
        self.height_spin.setEnabled(custom)
        width, height = options.pixels(self._window_size)
        if options.image_format == "svg":
            text = self.tr("SVG of {w}x{h} units").format(
                w=math.ceil(width / options.pixel_ratio), h=math.ceil(height / options.pixel_ratio)
            )
        else:
            text = self.tr("PNG of {w}x{h} pixels").format(w=width, h=height)
        if options.preset == WINDOW and options.caption:
            text += self.tr(", plus the caption below")
        self.result_label.setText(text)
