"""Themes: switching changes the palette and style sheet, and round-trips back."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel

from models.vocabulary import THEMES
from widgets.app_theme import apply_theme, style_sheet_for


@pytest.fixture
def app(qapp):
    before = (qapp.palette(), qapp.styleSheet())
    yield qapp
    qapp.setPalette(before[0])
    qapp.setStyleSheet(before[1])


def _window_lightness(app: QApplication) -> int:
    return app.palette().color(QPalette.ColorRole.Window).lightness()


def test_dark_and_light_switch_the_palette(app, qtbot):
    label = QLabel("x")
    qtbot.addWidget(label)
    apply_theme(app, "dark")
    assert _window_lightness(app) < 60
    # widgets pick the new palette up through a posted change event
    qtbot.waitUntil(
        lambda: label.palette().color(QPalette.ColorRole.WindowText).lightness() > 180,
        timeout=2000,
    )
    apply_theme(app, "light")
    assert _window_lightness(app) > 200
    assert "QFrame#banner" in app.styleSheet()


@pytest.mark.parametrize("theme", THEMES)
def test_every_theme_ships_a_style_sheet(theme):
    text = style_sheet_for(theme)
    assert "QStatusBar" in text and "QFrame#banner" in text


def test_unknown_theme_is_refused(app):
    with pytest.raises(ValueError, match="unknown theme"):
        apply_theme(app, "neon")
