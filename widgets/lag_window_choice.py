"""Which lags the best lag is searched in, and on which returns.

"All lags" (-365..+365 days: any dependence at any lag, lag 0 included), "lead 30-90 d"
(+30..+90 days: the thesis, the index leads crypto by one to three months) or a custom
window A..B typed in two spin boxes; beside it daily or weekly returns. The best lag and
its family-wise p-value belong to the window chosen, so the panels state it.

Choosing emits ``window_chosen(min_lag, max_lag)`` or ``sampling_chosen(sampling)``;
``set_window`` and ``set_sampling`` show a value without emitting, so the application
can echo the view state back without a loop.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QWidget

from models.analysis.lag_window import LAG_WINDOW_PRESETS, LagWindow
from widgets.formatting import format_lag_window, format_sampling, weekly_caveat
from widgets.lag_control import MAX_LAG_DAYS, SignedDaySpinBox

#: the combo box's entry for a window typed as A..B
CUSTOM = "custom"
SAMPLINGS = ("daily", "weekly")


def _compact(combo: QComboBox, characters: int) -> None:
    """Let ``combo`` narrow to ``characters`` (its entries elided), so a long name in a
    longer language never widens the dock; the list shows them whole."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)


class LagWindowChoice(QWidget):
    """ "Lags searched: [all lags (-365..+365 d) ▾] [daily ▾]", and A..B when custom."""

    window_chosen = Signal(int, int)
    sampling_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = QLabel(self.tr("Lags searched"))
        self._windows = self._build_windows()
        self._label.setBuddy(self._windows)
        self._sampling = self._build_sampling()
        self._low, self._high = self._spin("lag_window_min"), self._spin("lag_window_max")
        custom = QHBoxLayout()
        custom.setContentsMargins(0, 0, 0, 0)
        self._from = QLabel(self.tr("from"))
        self._to = QLabel(self.tr("to"))
        for widget in (self._from, self._low, self._to, self._high):
            custom.addWidget(widget)
        custom.addStretch(1)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(4)
        layout.addWidget(self._label, 0, 0)
        layout.addWidget(self._windows, 0, 1)
        layout.addWidget(self._sampling, 0, 2)
        layout.addLayout(custom, 1, 1, 1, 2)
        layout.setColumnStretch(1, 1)
        self.set_window(LAG_WINDOW_PRESETS[0])

    def _build_windows(self) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName("lag_window")
        for window in LAG_WINDOW_PRESETS:
            combo.addItem(format_lag_window(window), window)
        combo.addItem(self.tr("custom A..B"), CUSTOM)
        combo.setItemData(
            0,
            self.tr("Any dependence at any lag, lag 0 included"),
            Qt.ItemDataRole.ToolTipRole,
        )
        combo.setItemData(
            1,
            self.tr("The thesis: the index leads crypto by one to three months"),
            Qt.ItemDataRole.ToolTipRole,
        )
        combo.setToolTip(
            self.tr(
                "The lags the best lag is searched in: its p-value is family-wise over "
                "these lags, and the plot's family-wise band is drawn over them"
            )
        )
        combo.activated.connect(self._on_window_activated)
        _compact(combo, 14)
        return combo

    def _build_sampling(self) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName("ccf_sampling")
        for sampling in SAMPLINGS:
            combo.addItem(format_sampling(sampling), sampling)
        combo.setItemData(
            0, self.tr("Daily log returns: use these to find a lead"), Qt.ItemDataRole.ToolTipRole
        )
        combo.setItemData(1, weekly_caveat(), Qt.ItemDataRole.ToolTipRole)
        combo.setToolTip(self.tr("The returns the cross-correlation is computed on"))
        combo.activated.connect(lambda i: self.sampling_chosen.emit(combo.itemData(i)))
        _compact(combo, 6)
        return combo

    def _spin(self, name: str) -> SignedDaySpinBox:
        spin = SignedDaySpinBox()
        spin.setObjectName(name)
        spin.setRange(-MAX_LAG_DAYS, MAX_LAG_DAYS)
        spin.setSuffix(" " + QCoreApplication.translate("formatting", "d"))
        spin.setKeyboardTracking(False)  # typing "45" must not search 4 first
        spin.setToolTip(self.tr("A window of lags in calendar days (positive: the index leads)"))
        spin.valueChanged.connect(self._on_span_typed)
        return spin

    # --- what is shown ------------------------------------------------------------------

    def window(self) -> LagWindow:
        """The window shown (a preset, or the custom span)."""
        chosen = self._windows.currentData()
        if chosen == CUSTOM:
            return LagWindow(*sorted((self._low.value(), self._high.value())))
        return chosen

    def sampling(self) -> str:
        """The sampling shown: "daily" or "weekly"."""
        return self._sampling.currentData()

    def set_window(self, window: LagWindow) -> None:
        """Show ``window`` (a preset's entry when it has a preset's span) without emitting."""
        span = (int(window.min_lag), int(window.max_lag))
        index = next(
            (i for i, w in enumerate(LAG_WINDOW_PRESETS) if (w.min_lag, w.max_lag) == span),
            len(LAG_WINDOW_PRESETS),
        )
        with QSignalBlocker(self._windows), QSignalBlocker(self._low), QSignalBlocker(self._high):
            self._windows.setCurrentIndex(index)
            self._low.setValue(span[0])
            self._high.setValue(span[1])
        self._show_custom(index == len(LAG_WINDOW_PRESETS))

    def set_sampling(self, sampling: str) -> None:
        """Show ``sampling`` without emitting."""
        with QSignalBlocker(self._sampling):
            self._sampling.setCurrentIndex(max(0, self._sampling.findData(sampling)))

    def custom_shown(self) -> bool:
        """True while the A..B spin boxes are shown."""
        return not self._low.isHidden()

    # --- the user chose -----------------------------------------------------------------

    def _on_window_activated(self, index: int) -> None:
        with QSignalBlocker(self._windows):
            self._windows.setCurrentIndex(index)
        chosen = self._windows.itemData(index)
        if chosen != CUSTOM:  # a custom window starts from the last one shown
            with QSignalBlocker(self._low), QSignalBlocker(self._high):
                self._low.setValue(int(chosen.min_lag))
                self._high.setValue(int(chosen.max_lag))
        self._show_custom(chosen == CUSTOM)
        window = self.window()
        self.window_chosen.emit(int(window.min_lag), int(window.max_lag))

    def _on_span_typed(self, _value: int) -> None:
        window = self.window()
        self.window_chosen.emit(int(window.min_lag), int(window.max_lag))

    def _show_custom(self, on: bool) -> None:
        for widget in (self._from, self._low, self._to, self._high):
            widget.setVisible(on)
