"""Light and dark themes: a Fusion palette plus a small style sheet from ``resources/themes``.

The chart and the plots draw with their own pens, so switching a theme also tells them
(``ChartView.set_theme`` and friends) through the caller; this module only owns the
application-wide look.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from models.vocabulary import THEMES
from resources import path as resource_path

_COLOURS = {
    "light": {
        "Window": "#f4f5f7",
        "WindowText": "#1d2430",
        "Base": "#ffffff",
        "AlternateBase": "#eef1f5",
        "Text": "#1d2430",
        "Button": "#e9ecf1",
        "ButtonText": "#1d2430",
        "Highlight": "#2f6fde",
        "HighlightedText": "#ffffff",
        "ToolTipBase": "#ffffe1",
        "ToolTipText": "#1d2430",
        "PlaceholderText": "#7a8291",
        "Link": "#2058c0",
    },
    "dark": {
        "Window": "#1b1e24",
        "WindowText": "#dde1e8",
        "Base": "#14171c",
        "AlternateBase": "#20242b",
        "Text": "#dde1e8",
        "Button": "#2a2f38",
        "ButtonText": "#dde1e8",
        "Highlight": "#4d8dff",
        "HighlightedText": "#0b0d10",
        "ToolTipBase": "#2a2f38",
        "ToolTipText": "#dde1e8",
        "PlaceholderText": "#7d8594",
        "Link": "#7fb0ff",
    },
}


def application_palette(theme: str) -> QPalette:
    """The application palette for ``theme`` ('light' or 'dark')."""
    palette = QPalette()
    for role_name, colour in _COLOURS[_checked(theme)].items():
        role = getattr(QPalette.ColorRole, role_name)
        palette.setColor(role, QColor(colour))
    disabled = QColor("#9aa1ad" if theme == "light" else "#5b6270")
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def style_sheet_for(theme: str) -> str:
    """The style sheet text shipped in ``resources/themes/<theme>.qss``."""
    return resource_path(f"themes/{_checked(theme)}.qss").read_text(encoding="utf-8")


def apply_theme(app: QApplication, theme: str) -> None:
    """Switch the whole application to ``theme`` (Fusion style, palette and style sheet)."""
    app.setStyle("Fusion")
    app.setPalette(application_palette(theme))
    app.setStyleSheet(style_sheet_for(theme))


def _checked(theme: str) -> str:
    if theme not in THEMES:
        raise ValueError(f"unknown theme {theme!r}; choose one of {', '.join(THEMES)}")
    return theme
