"""Every side panel can be marked DEMO (synthetic data) with ``set_demo``."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from widgets.breakout_table import BreakoutTable
from widgets.ccf_plot import CcfPlot
from widgets.event_study_view import EventStudyView
from widgets.stats_strip import StatsStrip

PANELS = (CcfPlot, EventStudyView, BreakoutTable, StatsStrip)


def visible_demo_labels(widget) -> list[QLabel]:
    return [
        label
        for label in widget.findChildren(QLabel)
        if label.text() == "DEMO" and label.isVisibleTo(widget)
    ]


@pytest.mark.parametrize("panel_class", PANELS, ids=lambda c: c.__name__)
def test_set_demo_shows_and_hides_a_visible_demo_tag(qtbot, panel_class):
    panel = panel_class()
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    assert visible_demo_labels(panel) == []
    assert not panel.is_demo()

    panel.set_demo(True)
    assert len(visible_demo_labels(panel)) == 1
    assert panel.is_demo()

    panel.set_demo(False)
    assert visible_demo_labels(panel) == []
    assert not panel.is_demo()


@pytest.mark.parametrize("panel_class", (CcfPlot, EventStudyView), ids=lambda c: c.__name__)
def test_plots_also_draw_a_demo_watermark_inside_the_plot(qtbot, panel_class):
    panel = panel_class()
    qtbot.addWidget(panel)
    panel.resize(400, 320)
    panel.show()
    qtbot.waitExposed(panel)
    view = panel.plot_item().getViewBox()

    def watermarks():
        return [
            child
            for child in view.childItems()
            if hasattr(child, "textItem")
            and "DEMO" in child.textItem.toPlainText()
            and child.isVisible()
        ]

    assert watermarks() == []
    panel.set_demo(True)
    (mark,) = watermarks()
    centre = view.boundingRect().center()
    assert abs(mark.pos().x() - centre.x()) < 2
    assert abs(mark.pos().y() - centre.y()) < 2
