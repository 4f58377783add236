"""The workbench's shared words, stated once: panes, scales, styles, themes, limits, colours.

The window, its widgets, the settings, the exports and the command line all take these
from here, so a pane or a limit can never mean one thing on screen and another in a file.
"""

from __future__ import annotations

import re
import zlib

#: the chart's panes, top to bottom
PANES: tuple[str, ...] = ("equity", "volume", "crypto", "breadth", "correlation")
#: the panes shown until the user chooses: the breadth pane (the altcoin season index,
#: whose 30 inputs are fetched only when asked for) waits to be turned on
DEFAULT_PANES: tuple[str, ...] = tuple(p for p in PANES if p != "breadth")
#: the crypto pane's scales (TradingView's "compare" scales); the log axis is apart
SCALES: tuple[str, ...] = ("price", "percent", "index")
#: the crypto pane's log axis: chosen from the visible range, or always on, or off
LOG_AXES: tuple[str, ...] = ("auto", "on", "off")
#: "auto" draws a log axis when the visible values span more than this ratio
AUTO_LOG_RATIO = 10.0
#: how the equity is drawn
EQUITY_STYLES: tuple[str, ...] = ("candles", "line")
#: colour themes of the window and of every export
THEMES: tuple[str, ...] = ("light", "dark")
#: the lag slider's reach, in calendar days either side of zero (and the CCF's search)
LAG_LIMIT_DAYS = 365
#: the colour of a coin traders know by it (readable on light and dark)
KNOWN_SERIES_COLOURS: dict[str, str] = {
    "BTC": "#f7931a",
    "ETH": "#5b7cfa",
    "SOL": "#9d5cff",
}
#: the other series' colours; a series takes one by its symbol, not by its place in a list
SERIES_COLOURS: tuple[str, ...] = (
    "#2bb673",
    "#e5484d",
    "#00a3c4",
    "#c678dd",
    "#d4a017",
    "#ff6fae",
    "#8d6e63",
    "#7cb342",
)
#: sessions in the rolling correlation pane's window
ROLLING_WINDOW = 90

_QUOTED = re.compile(r"^([A-Z0-9]+)[/-](USDT|USDC|BUSD|FDUSD|USD|EUR)$")


def series_asset(label: str) -> str:
    """What a series' colour follows: the base coin of a pair ('BTC' of 'BTC/USDT@kraken',
    'ETH-USD', 'DEMO ETH/USDT'), else the label itself (ratios, baskets)."""
    text = label.strip().removeprefix("DEMO ").split("@")[0].upper()
    match = _QUOTED.match(text)
    return match.group(1) if match else text


def series_colours(labels) -> dict[str, str]:
    """Each label's colour, from its symbol alone: adding a series never recolours the others.

    BTC, ETH and SOL have their own; any other symbol hashes into ``SERIES_COLOURS``. Two
    series that would share a colour (BTC/USDT and BTC-USD) are told apart in list order:
    the later one takes the next free colour.
    """
    palette = tuple(KNOWN_SERIES_COLOURS.values()) + SERIES_COLOURS
    taken: set[str] = set()
    colours = {}
    for label in labels:
        asset = series_asset(label)
        wanted = KNOWN_SERIES_COLOURS.get(asset)
        start = (
            palette.index(wanted)
            if wanted
            else (len(KNOWN_SERIES_COLOURS) + zlib.crc32(asset.encode()) % len(SERIES_COLOURS))
        )
        free = [palette[(start + k) % len(palette)] for k in range(len(palette))]
        colour = next((c for c in free if c not in taken), free[0])
        taken.add(colour)
        colours[label] = colour
    return colours
