"""The live statistics under the lag slider: the correlation at the lag, and the best lag.

Two lines, wrapped to the panel's width (nothing is cut off in a narrow dock or a longer
language)::

    ρ at +42 d: 0.31 (N = 2,310)
    best in lead 30-90 d (+30..+90 d): +45 d, ρ 0.12, p = 0.004, N = 2,280

The first follows every slider step; the best lag comes from the heavier background
computation (its window searched, its family-wise p with the draws when at their floor,
and N beside it), so while that runs the strip says so (``set_busy``). Weekly sampling
shows a "weekly" tag whose tooltip says what it cannot do.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from widgets.formatting import (
    format_correlation,
    format_count,
    format_lag,
    format_lag_window,
    format_p_stated,
    format_sampling,
    weekly_caveat,
)
from widgets.panel_theme import demo_badge


def lag_line(correlation: float | None, n: int, lag_days: int) -> str:
    """The correlation at the slider's lag with its N."""
    return QCoreApplication.translate("StatsStrip", "ρ at {lag}: {rho} (N = {n})").format(
        lag=format_lag(lag_days), rho=format_correlation(correlation), n=format_count(n)
    )


def best_line(ccf) -> str:
    """The best lag of the window searched: lag, ρ, family-wise p and N at that lag."""
    if ccf is None:
        return QCoreApplication.translate("StatsStrip", "best lag —")
    column = int(ccf.best_lag - int(ccf.lags[0]))
    return QCoreApplication.translate(
        "StatsStrip", "best in {window}: {lag}, ρ {rho}, {p}, N = {n}"
    ).format(
        window=format_lag_window(ccf.window),
        lag=format_lag(ccf.best_lag),
        rho=format_correlation(ccf.best_correlation),
        p=format_p_stated(ccf.p_value, ccf.draws),
        n=format_count(int(np.asarray(ccf.n)[column])),
    )


def stats_text(correlation: float | None, n: int, lag_days: int, ccf=None) -> str:
    """The strip's two lines for one set of figures (also used by tests)."""
    return lag_line(correlation, n, lag_days) + "\n" + best_line(ccf)


NBSP = "\u00a0"


def kept_together(text: str) -> str:
    """``text`` with "p = 0.31", "N = 3,291" and "ρ 0.04" unbreakable, so a wrapped line
    never leaves a number apart from its name."""
    for joined in (" = ", " ≤ "):
        text = text.replace(joined, joined.replace(" ", NBSP))
    return text.replace("ρ ", "ρ" + NBSP).replace(" (", NBSP + "(")


class StatsStrip(QWidget):
    """Lead-lag figures with a busy note while the heavy statistics recompute."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = QLabel(self.tr("No statistics yet: load an equity and a crypto series"))
        self._label.setObjectName("stats_text")
        self._label.setWordWrap(True)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._busy = QLabel(self.tr("recomputing…"))
        self._busy.setObjectName("stats_busy")
        self._busy.setToolTip(self.tr("The cross-correlation and its p-value are being recomputed"))
        self._busy.setEnabled(False)  # drawn in the palette's disabled (muted) colour
        self._busy.setVisible(False)
        self._weekly = QLabel(format_sampling("weekly"))
        self._weekly.setObjectName("stats_weekly")
        self._weekly.setToolTip(weekly_caveat())
        self._weekly.setStyleSheet("QLabel { border: 1px solid palette(mid); padding: 0 3px; }")
        self._weekly.setVisible(False)
        self._demo_badge = demo_badge()
        tags = QVBoxLayout()
        tags.setSpacing(2)
        for tag in (self._demo_badge, self._weekly, self._busy):
            tags.addWidget(tag, 0, Qt.AlignmentFlag.AlignRight)
        tags.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self._label, 1)
        layout.addLayout(tags)
        self.setMinimumWidth(240)
        self.setToolTip(
            self.tr(
                "ρ: correlation of daily log returns with crypto shifted by the lag; "
                "N: overlapping return pairs.\nBest: the strongest correlation among the "
                "lags searched (chosen above); its p-value is family-wise over them, so it "
                "allows for having searched every one. At its floor it reads "
                "p ≤ 0.001 (1,000 draws): no draw of the null reached it."
            )
        )

    def text(self) -> str:
        """The figures as shown (with plain spaces)."""
        return self._label.text().replace(NBSP, " ")

    def text_fits(self) -> bool:
        """True when the figures are shown whole: no line wider than the text's room and
        the wrapped text no taller than it (nothing clipped)."""
        label = self._label
        width = label.contentsRect().width()
        lines = label.text().split("\n")
        widest = max(
            label.fontMetrics().horizontalAdvance(word) for line in lines for word in line.split()
        )
        return widest <= width and label.heightForWidth(label.width()) <= label.height()

    def set_demo(self, on: bool) -> None:
        """Show a DEMO tag beside the figures while they come from synthetic data."""
        self._demo_badge.setVisible(bool(on))

    def is_demo(self) -> bool:
        """True while the DEMO tag is shown."""
        return not self._demo_badge.isHidden()

    def is_busy(self) -> bool:
        """True while the busy note is shown."""
        return not self._busy.isHidden()

    def is_weekly(self) -> bool:
        """True while the "weekly" tag (with its caveat) is shown."""
        return not self._weekly.isHidden()

    def weekly_tip(self) -> str:
        """The weekly tag's tooltip: what weekly sampling cannot do."""
        return self._weekly.toolTip()

    def set_stats(self, correlation: float, n: int, lag_days: int, ccf=None) -> None:
        """Show the correlation at ``lag_days`` with its N, and the best lag of ``ccf`` (a
        ``CcfResult`` judged over its window; None while it is not known)."""
        self._label.setText(kept_together(stats_text(correlation, n, lag_days, ccf)))
        self._weekly.setVisible(ccf is not None and bool(getattr(ccf, "caveat", "")))

    def set_busy(self, busy: bool) -> None:
        """Show or hide the "recomputing" note for the background statistics."""
        self._busy.setVisible(busy)
