"""Colours and pens of the chart, one palette per theme."""

from __future__ import annotations

from dataclasses import dataclass

from models.vocabulary import THEMES, series_colours


@dataclass(frozen=True)
class Palette:
    """Every colour one theme uses, as '#rrggbb' or '#rrggbbaa' strings."""

    background: str
    foreground: str
    grid: str
    up: str
    down: str
    line: str
    ath: str
    band_confirmed: str
    band_failed: str
    marker_confirmed: str
    marker_failed: str
    volume: str
    threshold: str
    ghost: str
    correlation: str
    zero_line: str
    crosshair: str
    watermark: str
    legend_background: str
    splitter: str
    altcoin_season: str  # the breadth pane's 75 line and label
    bitcoin_season: str  # its 25 line and label
    coverage: str  # the share of the universe the index counted
    future: str  # replay: the grey over what was not known by the day
    as_of_line: str  # replay: the cursor line at the day and its label


LIGHT = Palette(
    background="#ffffff",
    foreground="#2b2b2b",
    grid="#eef0f3",
    up="#26a69a",
    down="#ef5350",
    line="#1f4e79",
    ath="#8e44ad",
    band_confirmed="#26a69a38",
    band_failed="#ef535026",
    marker_confirmed="#138d75",
    marker_failed="#c0392b",
    volume="#90a4ae",
    threshold="#e67e22",
    ghost="#55555566",
    correlation="#2e86c1",
    zero_line="#888888",
    crosshair="#555555",
    watermark="#00000026",
    legend_background="#ffffffd0",
    splitter="#d6d9de",
    altcoin_season="#7b3fc4",
    bitcoin_season="#c77c02",
    coverage="#8a8f98",
    future="#7f848c3d",
    as_of_line="#d35400",
)

DARK = Palette(
    background="#131722",
    foreground="#d1d4dc",
    grid="#1f2431",
    up="#26a69a",
    down="#ef5350",
    line="#90caf9",
    ath="#ce93d8",
    band_confirmed="#26a69a40",
    band_failed="#ff6f6155",
    marker_confirmed="#4dd0a8",
    marker_failed="#ff8a80",
    volume="#546e7a",
    threshold="#ffb74d",
    ghost="#ffffff55",
    correlation="#64b5f6",
    zero_line="#777777",
    crosshair="#9598a1",
    watermark="#ffffff26",
    legend_background="#1e222dd0",
    splitter="#2a2e39",
    altcoin_season="#b38cff",
    bitcoin_season="#f7a531",
    coverage="#8d94a0",
    future="#0b0e1599",
    as_of_line="#ffa040",
)


def chart_palette(theme: str) -> Palette:
    """The palette of ``theme`` ("light" or "dark"); ValueError for anything else."""
    if theme == "light":
        return LIGHT
    if theme == "dark":
        return DARK
    raise ValueError(f"unknown theme {theme!r}; expected one of {THEMES}")


def keyed_colours(items) -> dict[str, str]:
    """Each drawn series' colour by key (``items`` have ``key``, ``label`` and ``color``):
    its own colour, else the one its label gives (``models.vocabulary.series_colours``)."""
    items = list(items)
    fallback = series_colours(item.label for item in items)
    return {item.key: item.color or fallback[item.label] for item in items}
