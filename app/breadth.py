"""The breadth pane's series as the chart draws them: each altseason index with the alts
it counted, its universe and its survivorship caveat in the UI language.

Used by the presenter (``app.presenter``), so the window and every export draw the same
pane.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication

from app import data_wording as words
from app.overlays import as_days
from models.session.prepared import Prepared
from widgets.chart.breadth_pane import BreadthSeries
from widgets.formatting import format_count


def breadth_series(prepared: Prepared) -> list[BreadthSeries]:
    """The breadth indices of ``prepared`` (``Prepared.breadth``), ready for the pane."""
    loaded = {s.instrument.label: s for s in prepared.session.crypto}
    out = []
    for overlay in prepared.breadth:
        series = loaded[overlay.key]
        recipe = series.instrument.recipe
        coins = series.coins.to_numpy(dtype="int64") if series.coins is not None else None
        if coins is None:  # every index carries its count; never draw one without it
            coins = np.zeros(len(overlay.dates), dtype="int64")
        universe = len(recipe.members)
        out.append(
            BreadthSeries(
                key=overlay.key,
                label=overlay.label,
                dates=as_days(overlay.dates),
                values=overlay.close,
                coins=coins,
                universe=universe,
                window_days=recipe.window_days,
                benchmark=recipe.benchmark.label,
                color=overlay.colour,
                is_demo=overlay.is_demo,
                caveat=survivorship_words(overlay.label, universe, overlay.dates, coins),
            )
        )
    return out


def survivorship_words(label: str, universe: int, dates, coins: np.ndarray) -> str:
    """The survivorship caveat with the index's coverage, in the UI language (the
    models' ``survivorship_text`` says the same in English for the command line)."""
    text = f"{label}: {words.survivorship(format_count(universe))}"
    counted = np.flatnonzero(np.asarray(coins) > 0)
    if not len(counted):
        return text
    first, last = counted[0], counted[-1]
    coverage = QCoreApplication.translate(
        "ChartView", "It counts {first} on {first_date}, {most} at most, {last} on {last_date}."
    ).format(
        first=format_count(int(coins[first])),
        first_date=f"{dates[first]:%Y-%m-%d}",
        most=format_count(int(np.max(coins))),
        last=format_count(int(coins[last])),
        last_date=f"{dates[last]:%Y-%m-%d}",
    )
    return f"{text} {coverage}"
