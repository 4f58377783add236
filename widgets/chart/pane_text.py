"""The chart's words: pane titles as rich text, DEMO-marked labels, and translation.

Every pane's strings belong to one translation context, "ChartView" (the chart as the
user sees it), wherever in ``widgets/chart`` they are written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from widgets.chart.style import Palette


def chart_tr(text: str) -> str:
    """``text`` in the UI language (the literal is marked where it is written)."""
    return QCoreApplication.translate("ChartView", text)


def title_html(palette: Palette, text: str, extra: str = "") -> str:
    """A pane title: ``text`` in bold, then ``extra`` (legend keys, notes) as given."""
    return (
        f'<span style="font-family:DejaVu Sans; font-size:9pt; '
        f'color:{palette.foreground};"><b>{text}</b>{extra}</span>'
    )


def demo_label(label: str, is_demo: bool) -> str:
    """A series label that says DEMO once, whether or not the name already does."""
    return label if not is_demo or "DEMO" in label.upper() else f"{label} (DEMO)"


def hint_html(palette: Palette, text: str) -> str:
    """A hint in the middle of an empty pane: what to do to fill it."""
    return (
        f'<span style="font-family:DejaVu Sans; font-size:10pt; '
        f'color:{palette.foreground};">{text}</span>'
    )
