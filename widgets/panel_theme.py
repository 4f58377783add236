"""Colours for the side panels' small plots and status text, light and dark.

The panels follow the application palette for everything Qt draws itself; pyqtgraph
plots and the green/red of returns need explicit colours, chosen here once per theme.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel

LIGHT = "light"
DARK = "dark"


@dataclass(frozen=True)
class PanelTheme:
    """The colours one theme gives to plots and signed numbers (hex strings)."""

    name: str
    background: str
    foreground: str
    grid: str
    line: str
    secondary_line: str
    baseline: str
    band: str
    marker: str
    best: str
    positive: str
    negative: str
    muted: str


_THEMES = {
    LIGHT: PanelTheme(
        name=LIGHT,
        background="#ffffff",
        foreground="#303642",
        grid="#dde1e8",
        line="#1f5fbf",
        secondary_line="#c26b12",
        baseline="#7a808c",
        band="#1f5fbf33",
        marker="#d0342c",
        best="#1b8a4a",
        positive="#1b8a4a",
        negative="#c62828",
        muted="#7a808c",
    ),
    DARK: PanelTheme(
        name=DARK,
        background="#1b1e24",
        foreground="#d5d9e0",
        grid="#343a45",
        line="#5aa2ff",
        secondary_line="#f0a04b",
        baseline="#9aa1ad",
        band="#5aa2ff38",
        marker="#ff6b61",
        best="#4cd483",
        positive="#4cd483",
        negative="#ff6b61",
        muted="#8d94a0",
    ),
}


def theme_named(name: str) -> PanelTheme:
    """The theme called ``name`` ('light' or 'dark'); raises ValueError for others."""
    try:
        return _THEMES[name]
    except KeyError:
        raise ValueError(f"unknown theme {name!r}: use 'light' or 'dark'") from None


def palette_is_dark(palette: QPalette) -> bool:
    """True when the palette's window colour is darker than mid-grey."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def theme_for_palette(palette: QPalette) -> PanelTheme:
    """The theme that matches ``palette`` (dark window colour -> dark theme)."""
    return _THEMES[DARK if palette_is_dark(palette) else LIGHT]


def application_panel_theme() -> PanelTheme:
    """The theme matching the running application's palette (light without an app)."""
    app = QApplication.instance()
    return _THEMES[LIGHT] if app is None else theme_for_palette(app.palette())


DEMO_TEXT = "DEMO"
_DEMO_STYLE = (
    "QLabel { background: #d97706; color: #ffffff; font-weight: bold; "
    "border-radius: 3px; padding: 0px 6px; }"
)


def demo_badge(parent=None) -> QLabel:
    """A small hidden "DEMO" tag for a panel's header row; show it while data is synthetic.

    The same amber in both themes: it must read as a warning, not as part of the data.
    """
    badge = QLabel(DEMO_TEXT, parent)
    badge.setObjectName("demo_badge")
    badge.setStyleSheet(_DEMO_STYLE)
    badge.setToolTip(
        QApplication.translate("PanelTheme", "Synthetic demo data: not real market prices")
    )
    badge.setVisible(False)
    return badge


def demo_watermark(plot_item: pg.PlotItem) -> pg.TextItem:
    """A large faint hidden "DEMO" centred in ``plot_item``'s view, kept centred on resize."""
    view = plot_item.getViewBox()
    mark = pg.TextItem(anchor=(0.5, 0.5))
    mark.setParentItem(view)  # on the view box itself: fixed in pixels, not in data
    mark.setZValue(-1)
    mark.setHtml(
        '<span style="font-size:30pt; font-weight:bold; color:rgba(217,119,6,70);">'
        f"{DEMO_TEXT}</span>"
    )
    mark.setVisible(False)

    def centre() -> None:
        rect = view.boundingRect()
        mark.setPos(rect.width() / 2, rect.height() / 2)

    view.sigResized.connect(centre)
    centre()
    return mark


class FollowsPalette:
    """Mixin for panels with explicit colours: ``set_theme`` plus following the app palette.

    The panel implements ``_apply_theme(theme: PanelTheme)``; list this class before the
    Qt base class so its ``changeEvent`` runs first and hands on to Qt's.
    """

    def set_theme(self, theme: str) -> None:
        """Apply the 'light' or 'dark' colours explicitly."""
        self._apply_theme(theme_named(theme))

    def changeEvent(self, event: QEvent) -> None:
        """Follow the application palette when the app switches between light and dark."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_theme(theme_for_palette(self.palette()))


def style_plot_axes(plot_item: pg.PlotItem, theme: PanelTheme) -> None:
    """Grid-coloured axis lines and foreground-coloured tick labels on the left and bottom."""
    for name in ("left", "bottom"):
        axis = plot_item.getAxis(name)
        axis.setPen(pg.mkPen(theme.grid))
        axis.setTextPen(pg.mkPen(theme.foreground))


def set_plot_title(plot_item: pg.PlotItem, html: str) -> None:
    """A small rich-text title above a panel's plot (what its figures are about)."""
    plot_item.setTitle(html, size="9pt")
