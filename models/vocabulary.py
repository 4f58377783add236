"""The workbench's shared words, stated once: panes, scales, styles, themes, limits, colours.

The window, its widgets, the settings, the exports and the command line all take these
from here, so a pane or a limit can never mean one thing on screen and another in a file.
"""

from __future__ import annotations

#: the chart's panes, top to bottom
PANES: tuple[str, ...] = ("equity", "volume", "crypto", "correlation")
#: the crypto pane's scales (TradingView's "compare" scales)
SCALES: tuple[str, ...] = ("price", "log", "percent", "index")
#: how the equity is drawn
EQUITY_STYLES: tuple[str, ...] = ("candles", "line")
#: colour themes of the window and of every export
THEMES: tuple[str, ...] = ("light", "dark")
#: the lag slider's reach, in calendar days either side of zero (and the CCF's search)
LAG_LIMIT_DAYS = 365
#: crypto overlay colours in the order series are added (readable on light and dark)
SERIES_COLOURS: tuple[str, ...] = (
    "#f7931a",
    "#8c8cff",
    "#2bb673",
    "#e5484d",
    "#c678dd",
    "#00a3c4",
)
#: sessions in the rolling correlation pane's window
ROLLING_WINDOW = 90
