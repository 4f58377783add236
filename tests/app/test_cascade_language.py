"""The cascade in Russian and Vietnamese: its words translated, its numbers in the UI
locale (p at its floor too), and no English word left on the demo window with the
cascade shown."""

from __future__ import annotations

import pytest

from models.cascade.stages import DEFAULT_CHAIN
from tests.app.test_no_english_left import english_left, visible_texts
from tests.app.test_translations import LANGUAGE_CODES
from tests.conftest import DEMO_ARGS
from widgets.cascade.chain_table import CascadeChainTable
from widgets.cascade.rows import HOP, ChainRow
from widgets.cascade.texts import stage_name
from widgets.formatting import format_p_stated as stated_p


def test_the_cascade_speaks_russian_numbers_and_all(qtbot, translated):
    assert translated("ru")
    assert stated_p(1 / 1001, 1000) == "p ≤ 0,001 (выборок: 1\u00a0000)"
    assert stated_p(0.44, 1000) == "p = 0,44"
    assert stage_name(DEFAULT_CHAIN[1]) == "кредит (инверсия)"
    table = CascadeChainTable()
    qtbot.addWidget(table)
    table.set_rows([ChainRow(HOP, "a", "b", 33, (0, 90), 0.8, 1000, 1223, -0.06)])
    assert [table.text_at(0, c) for c in range(1, 6)] == [
        "+33 дн.", "p = 0,80", "1\u00a0223", "0..+90 дн.", "-0,06",
    ]  # fmt: skip
    assert table.horizontalHeaderItem(0).text() == "Звено"


def test_the_cascade_speaks_vietnamese(qtbot, translated):
    assert translated("vi")
    assert stated_p(1 / 1001, 1000) == "p ≤ 0,001 (1.000 lần rút)"
    assert stage_name(DEFAULT_CHAIN[0]) == "thanh khoản ròng"


def _show_cascade(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.charts.state.prepared is not None, timeout=15_000)
    window.docks["cascade"].toggleViewAction().trigger()
    qtbot.waitUntil(lambda: window.cascade.controller.analysis is not None, timeout=30_000)
    qtbot.waitUntil(lambda: not window.cascade.panel.is_busy(), timeout=30_000)


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_no_english_word_is_left_on_the_cascade(qtbot, make_window, translated, language):
    translated(language)
    window = make_window({}, DEMO_ARGS, size=(1920, 1080))  # wide: strip, chain side by side
    _show_cascade(qtbot, window)
    panel = window.cascade.panel
    texts = []
    for page in (panel.chain_table, panel.cycles_table.parentWidget()):
        panel.tabs.setCurrentWidget(page)
        texts += visible_texts(window)
    assert any("DEMO" in t for t in texts)
    cascade_texts = [t for t in texts if t in _panel_texts(panel)]
    assert len(cascade_texts) > 40  # the collection reached the cascade's tables
    assert english_left(texts, language) == {}


def _panel_texts(panel) -> set[str]:
    from tests.app.test_no_english_left import _model_texts

    found = set()
    for table in (panel.chain_table, panel.cycles_table):
        found.update(_model_texts(table))
        found.update(
            table.verticalHeaderItem(r).text()
            for r in range(table.rowCount())
            if table.verticalHeaderItem(r) is not None
        )
    found.update(panel.tabs.tabText(i) for i in range(panel.tabs.count()))
    return found
