"""The cascade panel's presenter: the analysis onto the strip, the chain and the cycles."""

from __future__ import annotations

import pytest

from app.cascade_presenter import CascadePanelPresenter, chain_rows, cycle_columns
from models.cascade.analysis import CascadeOptions, prepare_cascade
from models.cascade.demo import demo_chain
from widgets.cascade.panel import CascadePanel
from widgets.cascade.rows import DIRECT, HOP, SUM
from widgets.chart.style import chart_palette


@pytest.fixture(scope="module")
def analysis():
    return prepare_cascade(demo_chain(), CascadeOptions(draws=200))


def test_the_chain_lines_are_the_hops_then_the_sum_and_the_direct_hop(analysis):
    rows = chain_rows(analysis)
    chain = analysis.chain
    assert [r.kind for r in rows] == [HOP] * len(chain.hops) + [SUM, DIRECT]
    for row, hop in zip(rows, chain.hops, strict=False):
        assert (row.lag_days, row.interval, row.p_value, row.n, row.draws) == (
            hop.lag_days, hop.lag_interval_days, hop.p_value, hop.n, hop.draws,
        )  # fmt: skip
        assert hop.leader.spec in row.detail and hop.alignment in row.detail
    assert rows[-2].lag_days == chain.sum_of_leads and rows[-2].interval == chain.sum_interval
    assert rows[-1].lag_days == chain.direct.lag_days
    assert (rows[-1].leader, rows[-1].follower) == ("net liquidity", "alts")


def test_the_cycle_columns_keep_every_stage_and_where_it_broke(analysis):
    columns = cycle_columns(analysis)
    assert len(columns) == len(analysis.cycles) and columns[-1].kind == "now"
    for column, cycle in zip(columns, analysis.cycles, strict=True):
        assert len(column.cells) == len(analysis.stages)
        assert [c.status for c in column.cells] == [s.status for s in cycle.stages]
        broke = cycle.broke_at
        assert column.broke_at == (None if broke is None else cycle.stages.index(broke))


def test_the_panel_shows_it_all(qtbot, analysis):
    panel = CascadePanel()
    qtbot.addWidget(panel)
    CascadePanelPresenter(panel).show(analysis, "dark", "2018-01-01", "2020-01-01")
    assert len(panel.chain_table.rows()) == len(analysis.stages) + 1
    assert len(panel.cycles_table.columns()) == len(analysis.cycles)
    assert panel.demo_badge.isVisibleTo(panel) and analysis.is_demo
    assert panel.strip.palette_colours == chart_palette("dark")
    low, high = panel.strip.visible_range()
    assert (round(high - low), round(low)) == (730, 17532)  # 2018-01-01 .. 2020-01-01
    assert "Breakouts of ^RUT" in panel.cycles_label.full_text()
