"""Dark theme: an unchecked box in a list (the crypto checklist) must be visible."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QListWidget, QListWidgetItem

from widgets.app_theme import apply_theme


def _brightest_in_indicator(listing: QListWidget) -> int:
    image = listing.viewport().grab().toImage()
    row = listing.visualItemRect(listing.item(0))
    # the check box sits at the row's left edge, before the text
    xs = range(row.left(), row.left() + min(22, row.width()))
    ys = range(row.top(), row.bottom() + 1)
    return max(QColor(image.pixel(x, y)).lightness() for x in xs for y in ys)


def test_unchecked_boxes_stand_out_on_the_dark_base(qtbot):
    app = QApplication.instance()
    listing = QListWidget()
    qtbot.addWidget(listing)
    item = QListWidgetItem("   ")  # no text: only the box can be light
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Unchecked)
    listing.addItem(item)
    listing.resize(200, 80)
    # the theme is application-wide: put back exactly what other tests run with
    saved = (
        app.style().name(),
        app.palette(),
        app.styleSheet(),
        app.property("liquidity_cascade_theme"),
    )
    try:
        apply_theme(app, "dark")
        listing.show()
        qtbot.waitExposed(listing)
        base = QColor("#14171c").lightness()
        assert _brightest_in_indicator(listing) - base > 60
    finally:
        app.setStyle(saved[0])
        app.setPalette(saved[1])
        app.setStyleSheet(saved[2])
        app.setProperty("liquidity_cascade_theme", saved[3])
