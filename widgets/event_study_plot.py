"""The event study's plot: crypto paths after breakouts against the baseline path.

From 8 events on: the mean and median path (faded where one event is all there is, with
an "N=1" tag put where it covers no curve) and the bootstrap band of the mean. Below 8
events (an anecdote): each event's path on its own, with no band and no mean. The key is
text for a label above the plot (``key_html``), so it never covers a curve. The view
range is set here (-30..+180 days, every value drawn), so labels can be placed exactly.
"""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt

from widgets.panel_theme import PanelTheme, style_plot_axes
from widgets.plot_labels import Keep, Spot, place_label

MIN_PATH_N = 2  # fewer events than this behind a day: the mean is one event's path
X_RANGE = (-30.0, 180.0)


def _tr_key() -> dict[str, str]:
    """The key's words in the UI language."""
    return {
        "any_day": QCoreApplication.translate("EventStudyView", "any day"),
        "own": QCoreApplication.translate("EventStudyView", "each event on its own, no band"),
        "mean": QCoreApplication.translate("EventStudyView", "mean"),
        "median": QCoreApplication.translate("EventStudyView", "median"),
        "band": QCoreApplication.translate("EventStudyView", "95% band of the mean"),
    }


def _percent(values) -> np.ndarray:
    return np.asarray(values, dtype=float) * 100.0


def _swatch(colour: str, mark: str) -> str:
    return f'<span style="color:{colour}; font-weight:bold;">{mark}</span>'


class EventPaths:
    """The curves of one event study on ``plot`` (a ``pg.PlotItem``)."""

    def __init__(self, plot: pg.PlotItem, theme: PanelTheme) -> None:
        self.plot = plot
        self._theme = theme
        self._zero = pg.InfiniteLine(pos=0, angle=0, movable=False)
        self._event_line = pg.InfiniteLine(pos=0, angle=90, movable=False)
        self.band_low = pg.PlotCurveItem()
        self.band_high = pg.PlotCurveItem()
        self._band = pg.FillBetweenItem(self.band_low, self.band_high)
        self.baseline = pg.PlotCurveItem()
        self.median = pg.PlotCurveItem(connect="finite")
        self.mean = pg.PlotCurveItem(connect="finite")
        # the stretches resting on a single event: same curves, faded, with an "N=1" tag
        self.median_thin = pg.PlotCurveItem(connect="finite")
        self.mean_thin = pg.PlotCurveItem(connect="finite")
        self.thin_label = pg.TextItem(anchor=(0, 1))
        self.thin_days = np.empty(0)
        self._paths: list[pg.PlotCurveItem] = []  # an anecdote's events, one curve each
        items = (self._zero, self._event_line, self._band, self.band_low, self.band_high)
        curves = (self.baseline, self.median_thin, self.mean_thin, self.median, self.mean)
        for z, it in enumerate((*items, *curves, self.thin_label)):
            it.setZValue(z)
            plot.addItem(it)
        plot.getViewBox().sigResized.connect(self.place_thin_label)

    def show(self, result) -> None:
        """Draw ``result``: its mean and band, or each event's path for an anecdote."""
        days = np.asarray(result.path_days, dtype=float)
        self.baseline.setData(days, _percent(result.baseline_mean_path))
        if result.is_anecdote:
            self._set_anecdote(days, result)
        else:
            self._set_mean(days, result)
        self._fit_view()
        self.place_thin_label()

    def clear(self) -> None:
        """No curves, the study's own window."""
        curves = (self.mean, self.median, self.mean_thin, self.median_thin, self.baseline)
        for curve in (*curves, self.band_low, self.band_high):
            curve.setData([], [])
        self._show_paths([])
        self.thin_label.setVisible(False)
        self.thin_days = np.empty(0)
        self.plot.disableAutoRange()
        self.plot.setXRange(*X_RANGE, padding=0.02)
        self.plot.setYRange(-50, 50, padding=0)

    def path_curves(self) -> list[pg.PlotCurveItem]:
        """The event paths drawn one by one (an anecdote), visible ones only."""
        return [c for c in self._paths if c.isVisible()]

    def band_shown(self) -> bool:
        """True while the bootstrap band of the mean is drawn."""
        x, y = self.band_high.getData()
        return x is not None and bool(np.isfinite(y).any())

    def _set_mean(self, days: np.ndarray, result) -> None:
        """Mean and median with the band: solid where N >= 2, faded where one event is all
        there is."""
        self._show_paths([])
        mean, median = _percent(result.mean_path), _percent(result.median_path)
        counts = getattr(result, "path_n", None)
        thin = np.zeros(days.size, bool) if counts is None else np.asarray(counts) < MIN_PATH_N
        # the faded stretch includes its solid neighbours so the two curves join up
        thin_ends = thin.copy()
        thin_ends[1:] |= thin[:-1]
        thin_ends[:-1] |= thin[1:]
        self.thin_days = days[thin & np.isfinite(mean)]
        self.mean.setData(days, np.where(thin, np.nan, mean))
        self.median.setData(days, np.where(thin, np.nan, median))
        self.mean_thin.setData(days, np.where(thin_ends, mean, np.nan))
        self.median_thin.setData(days, np.where(thin_ends, median, np.nan))
        self.band_low.setData(days, _percent(result.band_low))
        self.band_high.setData(days, _percent(result.band_high))
        start = np.flatnonzero(thin & np.isfinite(mean) & (days >= 0))
        self.thin_label.setVisible(start.size > 0)
        if start.size:
            text = QCoreApplication.translate("EventStudyView", "N={n}")
            self.thin_label.setText(text.format(n=int(counts[start[0]])))

    def _set_anecdote(self, days: np.ndarray, result) -> None:
        """Each event's path on its own; no mean, no median, no band."""
        for curve in (self.mean, self.median, self.mean_thin, self.median_thin):
            curve.setData([], [])
        self.band_low.setData([], [])
        self.band_high.setData([], [])
        self.thin_label.setVisible(False)
        self.thin_days = np.empty(0)
        paths = np.asarray(result.event_paths if result.event_paths is not None else [])
        self._show_paths([(days, _percent(path)) for path in paths])

    def _show_paths(self, paths: list) -> None:
        while len(self._paths) < len(paths):
            curve = pg.PlotCurveItem(connect="finite")
            curve.setZValue(8)
            self.plot.addItem(curve)
            self._paths.append(curve)
        for n, curve in enumerate(self._paths):
            if n < len(paths):
                curve.setData(*paths[n])
            curve.setVisible(n < len(paths))
        self._style_paths()

    def _path_colours(self) -> list[str]:
        t = self._theme
        return [t.line, t.secondary_line, t.best, t.marker, t.muted]

    def _style_paths(self) -> None:
        colours = self._path_colours()
        styles = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine)
        for n, curve in enumerate(self._paths):
            style = styles[(n // len(colours)) % 2]
            curve.setPen(pg.mkPen(colours[n % len(colours)], width=1.8, style=style))

    def key_html(self, result) -> str:
        """The key for a label above the plot: what each curve is (its colour and line)."""
        t, words = self._theme, {k: html.escape(v) for k, v in _tr_key().items()}
        baseline = f"{_swatch(t.baseline, '···')}&nbsp;{words['any_day']}"
        if result.is_anecdote:
            studied = result.table[~result.table["before_data"]]
            colours = self._path_colours()
            entries = [
                f"{_swatch(colours[n % len(colours)], '—')}&nbsp;{date:%Y-%m-%d}"
                for n, date in enumerate(studied["date"])
            ]
            return " &nbsp;".join([*entries, baseline]) + f" &nbsp;<i>{words['own']}</i>"
        entries = [
            f"{_swatch(t.line, '—')}&nbsp;{words['mean']}",
            f"{_swatch(t.secondary_line, '-&nbsp;-')}&nbsp;{words['median']}",
            f"{_swatch(t.band[:7], '■')}&nbsp;{words['band']}",
            baseline,
        ]
        return " &nbsp;".join(entries)

    def _fit_view(self) -> None:
        """The study's own window (-30..+180 d) and every value drawn, with a margin."""
        curves = [self.baseline, self.mean, self.median, self.mean_thin, self.median_thin]
        curves += [self.band_low, self.band_high, *self.path_curves()]
        values = [c.getData()[1] for c in curves if c.getData()[1] is not None]
        finite = np.concatenate([v[np.isfinite(v)] for v in values] + [np.zeros(1)])
        low, high = float(finite.min()), float(finite.max())
        pad = max(1.0, 0.08 * (high - low))
        self.plot.disableAutoRange()
        self.plot.setXRange(*X_RANGE, padding=0.02)
        self.plot.setYRange(low - pad, high + pad, padding=0)

    def place_thin_label(self, *_resized) -> None:
        """Put "N=1" beside the start of the faded stretch, where it covers no curve."""
        if not self.thin_label.isVisible() or self.thin_days.size == 0:
            return
        x, y = self.mean_thin.getData()
        first = float(self.thin_days[self.thin_days >= 0][0])
        at = float(y[np.flatnonzero(x == first)[0]])
        gap = 0.01 * (X_RANGE[1] - X_RANGE[0])
        spots = [Spot(first + gap, at, anchor) for anchor in ((0, 1.1), (0, -0.1))]
        spots += [Spot(first - gap, at, anchor) for anchor in ((1, 1.1), (1, -0.1))]
        keep = [Keep(*c.getData()) for c in self._drawn_curves()]
        place_label(self.thin_label, self.plot.getViewBox(), spots, keep)

    def _drawn_curves(self) -> list[pg.PlotCurveItem]:
        curves = (self.mean, self.median, self.mean_thin, self.median_thin, self.baseline)
        return [c for c in curves if c.getData()[0] is not None and len(c.getData()[0])]

    def apply_theme(self, t: PanelTheme) -> None:
        """The curves' colours in theme ``t``."""
        self._theme = t
        style_plot_axes(self.plot, t)
        self._zero.setPen(pg.mkPen(t.grid, width=1))
        self._event_line.setPen(pg.mkPen(t.marker, width=1, style=Qt.PenStyle.DashLine))
        self._band.setBrush(pg.mkBrush(t.band))
        for edge in (self.band_low, self.band_high):
            edge.setPen(pg.mkPen(None))
        self.baseline.setPen(pg.mkPen(t.baseline, width=2, style=Qt.PenStyle.DotLine))
        self.median.setPen(pg.mkPen(t.secondary_line, width=2, style=Qt.PenStyle.DashLine))
        self.mean.setPen(pg.mkPen(t.line, width=2))
        faded = Qt.PenStyle.DotLine
        self.mean_thin.setPen(pg.mkPen(t.line + "80", width=1.5, style=faded))
        self.median_thin.setPen(pg.mkPen(t.secondary_line + "80", width=1.5, style=faded))
        self.thin_label.setColor(t.muted)
        self._style_paths()
