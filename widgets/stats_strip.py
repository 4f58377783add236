"""The live statistics line under the lag slider.

Reads like ``ρ at +42 d: 0.31 (N=2,310) · best +45 d, p=0.004``. The first half is cheap
and follows every slider step; the best lag and its p-value come from the heavier
background computation, so while that runs the strip says so (``set_busy``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from widgets.formatting import (
    format_correlation,
    format_count,
    format_lag,
    format_p_clause,
    is_missing,
)
from widgets.panel_theme import demo_badge

SEPARATOR = " · "


def _tr(text: str) -> str:
    return QCoreApplication.translate("StatsStrip", text)


def stats_text(
    correlation: float | None,
    n: int,
    best_lag: int | None,
    p_value: float | None,
    lag_days: int,
) -> str:
    """The strip's sentence for one set of figures (also used by exports and tests)."""
    head = _tr("ρ at {lag}: {rho} (N={n})").format(
        lag=format_lag(lag_days), rho=format_correlation(correlation), n=format_count(n)
    )
    if best_lag is None:
        return head + SEPARATOR + _tr("best lag —")
    tail = _tr("best {lag}").format(lag=format_lag(best_lag))
    if not is_missing(p_value):
        tail += ", " + format_p_clause(p_value)
    return head + SEPARATOR + tail


class StatsStrip(QWidget):
    """One line of lead-lag figures with a busy note while the heavy statistics recompute."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = QLabel(self.tr("No statistics yet: load an equity and a crypto series"))
        self._label.setObjectName("stats_text")
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._busy = QLabel(self.tr("recomputing…"))
        self._busy.setObjectName("stats_busy")
        self._busy.setToolTip(self.tr("The cross-correlation and its p-value are being recomputed"))
        self._busy.setEnabled(False)  # drawn in the palette's disabled (muted) colour
        self._busy.setVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        self._demo_badge = demo_badge()
        layout.addWidget(self._demo_badge)
        layout.addWidget(self._label, 1)
        layout.addWidget(self._busy)
        self.setMinimumWidth(320)
        self.setToolTip(
            self.tr(
                "ρ: correlation of daily log returns with crypto shifted by the lag; "
                "N: overlapping return pairs.\nBest lag: the strongest correlation over "
                "all lags; its p-value allows for having searched every lag."
            )
        )

    def text(self) -> str:
        """The figures as shown."""
        return self._label.text()

    def set_demo(self, on: bool) -> None:
        """Show a DEMO tag before the figures while they come from synthetic data."""
        self._demo_badge.setVisible(bool(on))

    def is_demo(self) -> bool:
        """True while the DEMO tag is shown."""
        return not self._demo_badge.isHidden()

    def is_busy(self) -> bool:
        """True while the busy note is shown."""
        return not self._busy.isHidden()

    def set_stats(
        self,
        correlation: float,
        n: int,
        best_lag: int | None,
        p_value: float | None,
        lag_days: int,
    ) -> None:
        """Show the correlation at ``lag_days`` with its N, and the best lag with its p-value."""
        self._label.setText(stats_text(correlation, n, best_lag, p_value, lag_days))

    def set_busy(self, busy: bool) -> None:
        """Show or hide the "recomputing" note for the background statistics."""
        self._busy.setVisible(busy)
