"""The specification curve panel: every breakout rule of a grid, not one chosen rule.

*Run* asks for the curve (``run_requested``); while it runs in the background the panel
shows its progress and a *Cancel* (``cancel_requested``). The result
(``models.analysis.spec_curve.SpecCurveResult``) is drawn as two small plots: every
specification's effect, sorted (the curve; significant ones coloured, the default rule
ringed), and the distribution of their p-values against the 5% line. Above them the
shares: how many had events, how many show a positive effect, how many are significant
raw, after Holm (family-wise, the correction the headline share uses) and after
Benjamini-Hochberg; below, how the default rule was chosen (docs/statistics.md, §6).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.analysis.spec_curve import SpecGrid
from widgets.formatting import format_count
from widgets.panel_theme import (
    FollowsPalette,
    PanelTheme,
    application_panel_theme,
    demo_badge,
    style_plot_axes,
)
from widgets.spec_curve_text import (
    curve_key_html,
    default_rule_note,
    default_rule_text,
    shares_text,
)

P_BINS = np.linspace(0.0, 1.0, 21)


class SpecCurveView(FollowsPalette, QWidget):
    """Run, progress and cancel; the sorted effects and the p-values; shares and the note."""

    run_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = application_panel_theme()
        self._run = QPushButton(self.tr("Run"))
        self._run.setObjectName("spec_curve_run")
        self._run.setToolTip(
            self.tr("Run every rule of the grid on the coins charted (in the background)")
        )
        self._run.clicked.connect(self.run_requested)
        self._cancel = QPushButton(self.tr("Cancel"))
        self._cancel.setObjectName("spec_curve_cancel")
        self._cancel.clicked.connect(self.cancel_requested)
        self._progress = QProgressBar()
        self._progress.setObjectName("spec_curve_progress")
        self._title = self._label("spec_curve_title")
        self._status = self._label("spec_curve_status")
        self._shares = self._label("spec_curve_shares")
        self._default = self._label("spec_curve_default")
        self._note = self._label("spec_curve_note")
        self._note.setText(default_rule_note())
        self._note.setToolTip("docs/statistics.md, §6")
        self._key = self._label("spec_curve_key")
        self._demo_badge = demo_badge()
        self._effects = self._plot(
            self.tr("excess log return (%)"), self.tr("specifications, sorted by effect")
        )
        self._p_values = self._plot(self.tr("specifications"), "p")
        self._build_items()
        self._lay_out()
        self.setMinimumSize(280, 420)
        self.set_theme(self._theme.name)
        self.set_running(False)
        self.set_ready("")

    def _label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    def _plot(self, left: str, bottom: str) -> pg.PlotWidget:
        widget = pg.PlotWidget()
        item = widget.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.setMouseEnabled(x=False, y=False)
        item.showGrid(x=False, y=True, alpha=0.25)
        item.setLabel("left", left)
        item.setLabel("bottom", bottom)
        for name in ("left", "bottom"):
            item.getAxis(name).enableAutoSIPrefix(False)
        return widget

    def _build_items(self) -> None:
        self._curve = pg.ScatterPlotItem(size=4, pen=None)
        self._default_mark = pg.ScatterPlotItem(size=12, brush=None)
        self._zero = pg.InfiniteLine(pos=0, angle=0, movable=False)
        effects = self._effects.getPlotItem()
        for it in (self._zero, self._curve, self._default_mark):
            effects.addItem(it)
        self._histogram = pg.BarGraphItem(x0=P_BINS[:-1], x1=P_BINS[1:], height=0 * P_BINS[1:])
        self._alpha = pg.InfiniteLine(pos=0.05, angle=90, movable=False)
        p_values = self._p_values.getPlotItem()
        p_values.addItem(self._histogram)
        p_values.addItem(self._alpha)
        p_values.setLabel("left", self.tr("specifications"))
        p_values.setLabel("bottom", self.tr("p-value (raw)"))

    def _lay_out(self) -> None:
        controls = QHBoxLayout()
        for widget in (self._run, self._cancel):
            controls.addWidget(widget)
        controls.addWidget(self._progress, 10)
        controls.addStretch(1)
        controls.addWidget(self._demo_badge)
        plots = QVBoxLayout()
        plots.addWidget(self._effects, 3)
        plots.addWidget(self._p_values, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(3)
        layout.addWidget(self._title)
        layout.addLayout(controls)
        for label in (self._status, self._shares, self._default, self._key):
            layout.addWidget(label)
        layout.addLayout(plots, 1)
        layout.addWidget(self._note)

    # --- what is shown ------------------------------------------------------------------

    def status(self) -> str:
        """The status line as shown."""
        return self._status.text()

    def shares(self) -> str:
        """The shares line as shown ('' before a result)."""
        return self._shares.text()

    def default_rule(self) -> str:
        """The default rule's line as shown ('' before a result)."""
        return self._default.text()

    def note(self) -> str:
        """How the default rule was chosen, as shown."""
        return self._note.text()

    def is_running(self) -> bool:
        """True while Cancel and the progress bar are shown."""
        return not self._cancel.isHidden()

    def progress(self) -> tuple[int, int]:
        """The progress bar's value and maximum."""
        return self._progress.value(), self._progress.maximum()

    def effects_drawn(self) -> tuple[np.ndarray, np.ndarray]:
        """The curve as drawn: rank and effect (in %) of each specification with events."""
        x, y = self._curve.getData()
        return np.asarray(x), np.asarray(y)

    def default_marked(self) -> tuple[np.ndarray, np.ndarray]:
        """Where the default rule's specifications are ringed on the curve."""
        x, y = self._default_mark.getData()
        return np.asarray(x), np.asarray(y)

    def set_demo(self, on: bool) -> None:
        """Mark the panel DEMO while the data is synthetic."""
        self._demo_badge.setVisible(bool(on))

    def set_title(self, html: str) -> None:
        """What the curve is about (rich text), at the top of the panel."""
        self._title.setText(f"<b>{html}</b>")

    def set_ready(self, coins: str) -> None:
        """Nothing computed for this session yet: what Run would sweep (``coins``; ''
        without a coin)."""
        self._clear_result()
        self._run.setEnabled(bool(coins))
        if coins:
            text = self.tr("Press Run to sweep {n} rules per coin over {coins}").format(
                n=format_count(SpecGrid().size), coins=coins
            )
        else:
            text = self.tr("Add a coin to sweep the breakout rules against it")
        self._status.setText(text)

    def set_running(self, running: bool) -> None:
        """Show progress and Cancel while the curve is computed (Run is off meanwhile)."""
        self._cancel.setVisible(running)
        self._progress.setVisible(running)
        self._run.setEnabled(not running)
        if running:
            self._progress.setRange(0, 0)  # busy until the first report
            self._status.setText(self.tr("Sweeping the rules…"))

    def set_progress(self, done: int, expected: int) -> None:
        """``done`` rules of ``expected`` run."""
        self._progress.setRange(0, max(1, int(expected)))
        self._progress.setValue(int(done))
        self._status.setText(
            self.tr("Sweeping the rules: {done} of {expected}").format(
                done=format_count(done), expected=format_count(expected)
            )
        )

    def set_cancelled(self) -> None:
        """The user cancelled: nothing shown, Run again."""
        self.set_running(False)
        self._status.setText(self.tr("Cancelled: press Run to start again"))

    def set_result(self, result) -> None:
        """Draw a ``SpecCurveResult`` (None: nothing to sweep)."""
        self.set_running(False)
        if result is None:
            self.set_ready("")
            return
        self._run.setEnabled(True)
        self._status.setText(
            self.tr(
                "Effect: mean log return after the breakouts minus any day's; p: rank "
                "placebo, {draws} draws per test"
            ).format(draws=format_count(result.draws))
        )
        self._shares.setText(shares_text(result))
        self._default.setText(default_rule_text(result))
        self._key.setText(curve_key_html(self._theme))
        self._key.setVisible(True)
        self._draw(result)

    def _draw(self, result) -> None:
        tested = result.specs[result.specs["p_value"].notna()]
        order = np.argsort(tested["effect"].to_numpy(), kind="stable")
        ranked = tested.iloc[order]
        x = np.arange(len(ranked), dtype=float)
        y = ranked["effect"].to_numpy(dtype=float) * 100.0
        self._curve.setData(x, y, brush=[self._brush(row) for row in ranked.itertuples()])
        default = ranked["is_default"].to_numpy(dtype=bool)
        self._default_mark.setData(x[default], y[default])
        effects = self._effects.getPlotItem()
        effects.setXRange(0, max(1.0, float(len(x) - 1)), padding=0.02)
        finite = np.concatenate([y[np.isfinite(y)], [0.0]])
        effects.setYRange(float(finite.min()), float(finite.max()), padding=0.08)
        counts, _ = np.histogram(tested["p_value"].to_numpy(dtype=float), bins=P_BINS)
        self._histogram.setOpts(height=counts)
        self._p_values.getPlotItem().setYRange(0, max(1, int(counts.max(initial=0))) * 1.1)
        self._p_values.getPlotItem().setXRange(0, 1, padding=0.02)

    def _brush(self, row):
        t = self._theme
        if row.p_holm < 0.05:
            return pg.mkBrush(t.best)
        if row.p_value < 0.05:
            return pg.mkBrush(t.secondary_line)
        return pg.mkBrush(t.muted)

    def _clear_result(self) -> None:
        self._key.setVisible(False)
        self._shares.setText("")
        self._default.setText("")
        self._curve.setData([], [])
        self._default_mark.setData([], [])
        self._histogram.setOpts(height=0 * P_BINS[1:])

    def _apply_theme(self, t: PanelTheme) -> None:
        self._theme = t
        for widget in (self._effects, self._p_values):
            widget.setBackground(t.background)
            style_plot_axes(widget.getPlotItem(), t)
        self._zero.setPen(pg.mkPen(t.baseline, width=1))
        self._default_mark.setPen(pg.mkPen(t.marker, width=2))
        self._histogram.setOpts(brush=pg.mkBrush(t.line), pen=pg.mkPen(t.background))
        self._alpha.setPen(pg.mkPen(t.marker, width=1, style=Qt.PenStyle.DashLine))
        if not self._key.isHidden():
            self._key.setText(curve_key_html(t))
