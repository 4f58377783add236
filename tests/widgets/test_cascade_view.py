"""The cascade view's widgets: the chain table (lead, p at its floor, N, interval, the
totals), the cycles table (every status shown, where the chain broke), the stage editor
(add, remove, move, invert, default, refusals) and the panel (layout by width, progress,
messages, the rows' normalisation stated)."""

from __future__ import annotations

import pandas as pd
import pytest
from PySide6.QtGui import QColor

from models.cascade.cycles import BEFORE, NO_DATA, NO_TURN, TURNED
from models.cascade.stages import DEFAULT_CHAIN, KNOWN_STAGES, MAX_STAGES, Stage, parse_chain
from widgets.cascade.chain_table import CascadeChainTable, row_texts
from widgets.cascade.cycles_table import CascadeCyclesTable
from widgets.cascade.panel import WIDE_PX, CascadePanel
from widgets.cascade.rows import DIRECT, HOP, SUM, ChainRow, CycleCell, CycleColumn
from widgets.cascade.stage_editor import StageEditor
from widgets.cascade.texts import stage_name
from widgets.formatting import format_p_stated as stated_p
from widgets.panel_theme import theme_named

HOPS = [
    ChainRow(HOP, "net liquidity", "credit", 33, (0, 90), 0.8, 1000, 1223, -0.06),
    ChainRow(HOP, "credit", "bonds", 0, (0, 0), 1 / 1001, 1000, 5898, 0.31),
    ChainRow(HOP, "bonds", "BTC", None, None, note="the stages do not overlap"),
    ChainRow(SUM, "net liquidity", "BTC", 33, (0, 90)),
    ChainRow(DIRECT, "net liquidity", "BTC", 156, (0, 630), 0.93, 1000, 663, -0.08),
]


def test_stated_p_follows_format_p_its_floor_with_the_draws():
    assert stated_p(1 / 1001, 1000) == "p ≤ 0.001 (1,000 draws)"
    assert stated_p(0.0042, 1000) == "p = 0.004"
    assert stated_p(0.44, 1000) == "p = 0.44"
    assert stated_p(float("nan"), 1000) == "p = —"


def test_the_chain_table_states_each_hop_and_the_totals(qtbot):
    table = CascadeChainTable()
    qtbot.addWidget(table)
    table.set_rows(HOPS)
    table.set_search(0, 90, 1000)
    cells = [[table.text_at(r, c) for c in range(6)] for r in range(len(HOPS))]
    assert cells[0] == ["net liquidity → credit", "+33 d", "p = 0.80", "1,223", "0..+90 d", "-0.06"]
    assert cells[1][2] == "p ≤ 0.001 (1,000 draws)" and cells[1][3] == "5,898"  # N beside p
    assert cells[2][1:] == ["—"] * 5 and "do not overlap" in table.item(2, 1).toolTip()
    assert cells[3][:5] == ["Sum of the hops", "+33 d", "—", "—", "0..+90 d"]
    assert cells[4][0] == "Direct: net liquidity → BTC" and cells[4][2] == "p = 0.93"
    assert table.item(3, 0).font().bold() and not table.item(0, 0).font().bold()
    assert table.horizontalHeaderItem(1).text() == "Lead (0..+90 d)"  # the lags searched
    assert "1,000 draws" in table.horizontalHeaderItem(2).toolTip()


def test_a_p_under_5_percent_takes_the_themes_positive_colour(qtbot):
    table = CascadeChainTable()
    qtbot.addWidget(table)
    table.set_rows(HOPS)
    for theme in ("light", "dark"):
        table.set_theme(theme)
        colours = theme_named(theme)
        assert table.item(1, 2).foreground().color() == QColor(colours.positive)
        assert table.item(0, 2).foreground().color() == QColor(colours.foreground)


def test_a_hop_without_figures_shows_dashes_not_numbers():
    assert row_texts(ChainRow(HOP, "a", "b", None, None))[1:] == ["—"] * 5


def _cycles() -> list[CycleColumn]:
    day = pd.Timestamp
    cells = (
        CycleCell(TURNED, day("2016-06-09")),
        CycleCell(TURNED, day("2016-07-11"), 32),
        CycleCell(BEFORE, day("2016-05-02"), -70),
        CycleCell(NO_TURN),
    )
    old = CycleColumn(day("2016-11-14"), "breakout", True, day("2015-11-15"), day("2017-11-14"),
                      cells, broke_at=2)  # fmt: skip
    now = CycleColumn(day("2026-08-21"), "now", None, day("2025-08-21"), day("2026-08-21"),
                      (CycleCell(NO_DATA),) * 4, broke_at=None)  # fmt: skip
    return [old, now]


def test_the_cycles_table_shows_every_stage_and_where_the_chain_broke(qtbot):
    table = CascadeCyclesTable()
    qtbot.addWidget(table)
    stages = ["net liquidity", "credit", "bonds", "BTC"]
    table.set_cycles(stages, _cycles())
    # now first, then the breakouts from the newest back
    headers = [table.horizontalHeaderItem(c).text() for c in range(2)]
    assert headers == ["now\n2026-08-21", "2016-11-14\nheld"]
    column = [table.text_at(r, 1) for r in range(5)]
    assert column == [
        "2016-06-09",
        "2016-07-11 (+32 d)",
        "2016-05-02 (-70 d), out of order",
        "no turn",
        "bonds: out of order",
    ]
    assert [table.text_at(r, 0) for r in range(5)] == ["no data"] * 4 + ["held to the last stage"]
    assert table.verticalHeaderItem(4).text() == "Chain broke at"
    assert table.item(2, 1).font().bold()  # the stage where it broke
    assert "2015-11-15" in table.horizontalHeaderItem(1).toolTip()
    colours = theme_named("light")
    table.set_theme("light")
    assert table.item(1, 1).foreground().color() == QColor(colours.positive)
    assert table.item(3, 1).foreground().color() == QColor(colours.negative)
    assert table.item(0, 0).foreground().color() == QColor(colours.muted)


def _editor(qtbot, chain=DEFAULT_CHAIN, check=None) -> StageEditor:
    editor = StageEditor(chain, [*DEFAULT_CHAIN, *KNOWN_STAGES], check)
    qtbot.addWidget(editor)
    return editor


def test_the_editor_adds_removes_moves_and_inverts(qtbot):
    editor = _editor(qtbot, parse_chain("NETLIQ, ^RUT"))
    editor.select_row(0)
    assert editor.add_stage("HYG")  # after the selected stage
    assert [s.symbol for s in editor.chain()] == ["NETLIQ", "HYG", "^RUT"]
    assert editor.add_stage("FRED:DGS10", inverted=True)
    assert editor.chain()[2] == Stage("FRED:DGS10", True, "bonds")
    editor.select_row(2)
    assert editor.move_up() and [s.symbol for s in editor.chain()][1] == "FRED:DGS10"
    assert editor.move_down() and editor.selected_row() == 2
    assert editor.invert_selected() and not editor.chain()[2].inverted
    editor.select_row(1)
    assert editor.remove_selected() and len(editor.chain()) == 3
    assert editor.table.item(0, 0).text() == "net liquidity"
    editor.reset_to_default()
    assert editor.chain() == DEFAULT_CHAIN


def test_the_editor_refuses_what_no_chain_can_be(qtbot):
    reasons = {"NOPE!": "NOPE! is not a ticker"}
    editor = _editor(qtbot, parse_chain("NETLIQ, ^RUT"), reasons.get)
    assert not editor.add_stage("netliq") and "already" in editor.error_text()
    assert not editor.add_stage("NOPE!") and editor.error_text() == "NOPE! is not a ticker"
    assert not editor.add_stage("  ") and editor.error_text()
    editor.select_row(0)
    assert not editor.remove_selected() and "at least 2" in editor.error_text()
    assert editor.chain() == parse_chain("NETLIQ, ^RUT")
    for n in range(MAX_STAGES - 2):
        assert editor.add_stage(f"T{n}")
    assert not editor.add_stage("ONE-MORE") and f"at most {MAX_STAGES}" in editor.error_text()
    assert editor.add_stage("ONE-MORE") is False


def test_choosing_a_suggestion_sets_its_direction(qtbot):
    editor = _editor(qtbot, parse_chain("NETLIQ, ^RUT"))
    box = editor.symbol_box
    index = next(i for i in range(box.count()) if box.itemData(i).symbol == "FRED:BAMLH0A0HYM2")
    box.setCurrentIndex(index)
    box.activated.emit(index)
    assert editor.inverted_box.isChecked()
    editor._buttons["add"].click()
    assert editor.chain()[-1] == Stage("FRED:BAMLH0A0HYM2", True, "credit")


def test_stage_names_are_roles_and_say_inverted():
    assert stage_name(DEFAULT_CHAIN[1]) == "credit (inverted)"
    assert stage_name(DEFAULT_CHAIN[1], mark_inverted=False) == "credit"
    assert stage_name(Stage("basket(SOL-USD, XRP-USD, ADA-USD, DOGE-USD)")).endswith("…")


@pytest.mark.parametrize(("width", "wide"), [(1280 - 390, False), (WIDE_PX + 200, True)])
def test_the_panel_puts_the_strip_beside_the_tables_only_when_there_is_room(qtbot, width, wide):
    panel = CascadePanel()
    qtbot.addWidget(panel)
    panel.resize(width, 200)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.is_wide() is wide
    titles = [panel.tabs.tabText(i) for i in range(panel.tabs.count())]
    assert titles == (["Chain", "Cycles"] if wide else ["Chart", "Chain", "Cycles"])
    assert panel.strip.isVisibleTo(panel)


def test_the_panel_states_the_normalisation_and_shows_progress_and_messages(qtbot):
    panel = CascadePanel()
    qtbot.addWidget(panel)
    panel.show()
    method = panel.method_label.toolTip()
    assert "z-score" in method and "365" in method and "±3" in method and "pending" in method
    assert not panel.is_busy() and not panel.cancel_button.isVisibleTo(panel)
    panel.show_progress(3, 8, "credit → bonds")
    assert panel.is_busy() and panel.cancel_button.isVisibleTo(panel)
    assert panel.progress.value() == 3 and panel.progress.maximum() == 8
    panel.show_idle()
    assert not panel.is_busy()
    panel.show_message("FRED:WALCL: nothing cached")
    assert panel.message() == "FRED:WALCL: nothing cached"
    panel.show_message("")
    assert panel.message() == ""
    with qtbot.waitSignal(panel.stages_requested):
        panel.stages_button.click()
    with qtbot.waitSignal(panel.export_requested):
        panel.export_button.click()


def test_the_cascade_widgets_have_what_their_protocols_promise(qtbot):
    from tests.app.widget_doubles import protocol_parts
    from tests.widgets.test_protocols import mismatches
    from widgets.cascade.protocols import CascadePanelView, CascadeStripView
    from widgets.cascade.strip import CascadeStrip

    assert mismatches(CascadePanelView, CascadePanel) == []
    assert mismatches(CascadeStripView, CascadeStrip) == []
    assert protocol_parts(CascadePanelView) == {"strip": CascadeStripView}
    panel = CascadePanel()
    qtbot.addWidget(panel)
    assert isinstance(panel.strip, CascadeStrip)
