"""No English word left on a Russian or Vietnamese screen (issue 11, item 8).

The main window is rendered with the demo data in each language, every visible text is
collected (labels, buttons, menus, dock and tab titles, combo boxes, spin boxes, table
headers and cells, the chart's legends, hints and date axis, the plots' texts), and each
word is checked against the English the app speaks: a word of the app's English sources
that shows on the translated screen is a text somebody forgot. Symbols, units, product
names and the loanwords each language uses are allowed by name. Tooltips are left out.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QGraphicsTextItem,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QTabBar,
    QWidget,
)

from tests.app.test_translations import LANGUAGE_CODES, ts_messages, ts_path
from tests.conftest import DEMO_ARGS
from widgets.chart.timecoords import value_to_days

#: tickers, exchanges, sources, formats, units and names that read the same in every language
ALLOWED = {
    "demo", "btc", "eth", "usdt", "usd", "sol", "doge", "xrp", "bnb", "ada", "ltc", "rut",
    "iwm", "ath", "nyse", "utc", "csv", "png", "svg", "json", "etf", "binance", "bybit",
    "okx", "kraken", "yahoo", "tradingview", "ccxt", "liquidity", "cascade", "russell",
    "ok", "n", "p", "k", "m", "b", "t", "x", "z",
    "altseason",  # the altcoin season index as typed, like a ticker
    "holm", "benjamini", "hochberg",  # the statisticians' names of the corrections
}  # fmt: skip
#: words of the app's English that are also the language's own (or its trading loanwords)
LOANWORDS = {
    "ru": set(),
    # Vietnamese: syllables that happen to be English words, and the crypto words traders
    # use as they are ("thị trường crypto", "coin")
    "vi": {"so", "to", "con", "theo", "demo", "crypto", "coin", "altcoin", "log", "placebo", "ban"},
}
_TAGS = re.compile(r"<[^>]+>")


def english_words() -> set[str]:
    """Every word of the app's English texts (the .ts sources), lower case, and the day
    unit "d"."""
    words = {"d"}
    for context, message in ts_messages(ts_path("ru")):
        if context == "QPlatformTheme":
            continue
        words |= {w.lower() for w in re.findall(r"[A-Za-z]+", message.findtext("source") or "")}
    return words


def _plain(text: str) -> str:
    return _TAGS.sub(" ", text).replace("&nbsp;", " ").replace("&", "")


def _model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    root = view.rootIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list model (QListWidget's) keeps its column count private
        columns = 1
    rows = model.rowCount(root)
    texts = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
    for row in range(rows):
        texts += [str(model.data(model.index(row, c, root)) or "") for c in range(columns)]
    return texts


def _widget_texts(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel):
        return [_plain(widget.text())]
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QComboBox):
        return [widget.currentText()]
    if isinstance(widget, QLineEdit):
        return [widget.text() or widget.placeholderText()]
    if isinstance(widget, QAbstractSpinBox):
        return [widget.text()]
    if isinstance(widget, QTabBar):
        return [widget.tabText(i) for i in range(widget.count())]
    if isinstance(widget, QDockWidget):
        return [widget.windowTitle()]
    if isinstance(widget, QAbstractItemView):
        return _model_texts(widget)
    return []


def _menu_texts(window) -> list[str]:
    texts = []
    for menu_action in window.menuBar().actions():
        texts.append(menu_action.text())
        menu = menu_action.menu()
        texts += [a.text() for a in (menu.actions() if menu else []) if not a.isSeparator()]
    return texts


def _scene_texts(window) -> list[str]:
    texts = []
    for view in window.findChildren(QGraphicsView):
        if not view.isVisibleTo(window):
            continue
        for item in view.scene().items():
            if isinstance(item, QGraphicsTextItem) and item.isVisible():
                texts.append(item.toPlainText())
    for pane in window.chart.panes.values():
        axis = pane.date_axis
        if pane.plot.isVisible() and axis.isVisible():
            (lo, hi), _ = pane.view.viewRange()
            for spacing, ticks in axis.tickValues(lo, hi, pane.view.width()):
                texts += axis.tickStrings(ticks, 1.0, spacing)
    return texts


def visible_texts(window) -> list[str]:
    """Every text a user sees in ``window`` (and its menus), tooltips aside."""
    texts = [window.windowTitle(), *_menu_texts(window), *_scene_texts(window)]
    for widget in window.findChildren(QWidget):
        if widget.isVisibleTo(window):
            texts += _widget_texts(widget)
    return [t for t in texts if t and t.strip()]


def english_left(texts: list[str], language: str) -> dict[str, str]:
    """Words of the app's English found in ``texts``: word -> the text it is in."""
    english = english_words() - ALLOWED - LOANWORDS[language]
    found = {}
    for text in texts:
        for word in re.findall(r"[^\W\d_]+", text):  # whole words, Vietnamese ones too
            if word.lower() in english:
                found.setdefault(word, text)
    return found


def _show_everything(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.charts.state.prepared is not None, timeout=15_000)
    qtbot.waitUntil(lambda: window.charts.state.study is not None, timeout=30_000)
    qtbot.waitUntil(lambda: window.charts.state.ccf is not None, timeout=30_000)
    window.charts.panels_presenter.show_ccf(window.charts.state, 0)
    pane = window.chart.panes["crypto"]
    (x0, x1), (y0, y1) = pane.view.viewRange()
    saturday = value_to_days("2024-03-02")
    day = saturday if x0 < saturday < x1 else (x0 + x1) / 2
    window.chart.canvas.scene().sigMouseMoved.emit(
        pane.view.mapViewToScene(QPointF(day, (y0 + y1) / 2))
    )
    QCoreApplication.processEvents()


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_no_english_word_is_left_on_the_demo_window(qtbot, make_window, translated, language):
    translated(language)
    window = make_window({}, DEMO_ARGS, size=(1366, 768))
    _show_everything(qtbot, window)
    texts = visible_texts(window)
    assert len(texts) > 150  # the collection really reached the window
    assert any("DEMO" in t for t in texts)
    assert english_left(texts, language) == {}


def test_the_check_finds_english_on_an_english_screen(qtbot, make_window, translated):
    translated("en")
    window = make_window({}, DEMO_ARGS, size=(1366, 768))
    _show_everything(qtbot, window)
    left = english_left(visible_texts(window), "ru")
    assert {"Equity", "Lag", "Breakouts", "Volume"} <= set(left)
