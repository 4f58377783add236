"""Every widget has what its Protocol (widgets/protocols.py) promises, with the same
parameters: the test doubles are built from the Protocols, so this is what ties them to
the real widgets. A rename on one side only fails here or in the controller tests."""

from __future__ import annotations

import inspect

import pytest

from tests.app.widget_doubles import protocol_methods, protocol_parts
from widgets import protocols as p
from widgets.breakout_table import BreakoutTable
from widgets.ccf_plot import CcfPlot
from widgets.chart.breadth_pane import BreadthPane
from widgets.chart.chart_view import ChartView
from widgets.chart.correlation_pane import CorrelationPane
from widgets.chart.crypto_pane import CryptoPane
from widgets.chart.equity_pane import EquityPane
from widgets.chart.volume_pane import VolumePane
from widgets.detector_panel import DetectorPanel
from widgets.event_study_view import EventStudyView
from widgets.lag_control import LagControl
from widgets.lag_window_choice import LagWindowChoice
from widgets.replay_bar import ReplayBar
from widgets.spec_curve_view import SpecCurveView
from widgets.stats_strip import StatsStrip
from widgets.time_to_target_view import TimeToTargetView

IMPLEMENTATIONS = [
    (p.LagControlView, LagControl),
    (p.StatsStripView, StatsStrip),
    (p.CcfPlotView, CcfPlot),
    (p.BreakoutTableView, BreakoutTable),
    (p.DetectorPanelView, DetectorPanel),
    (p.EventStudyPanelView, EventStudyView),
    (p.TimeToTargetPanelView, TimeToTargetView),
    (p.LagWindowChoiceView, LagWindowChoice),
    (p.SpecCurvePanelView, SpecCurveView),
    (p.EquityPaneView, EquityPane),
    (p.VolumePaneView, VolumePane),
    (p.CryptoPaneView, CryptoPane),
    (p.BreadthPaneView, BreadthPane),
    (p.CorrelationPaneView, CorrelationPane),
    (p.ChartSurface, ChartView),
    (p.ReplayBarView, ReplayBar),
]
PARTS = {
    "equity": EquityPane,
    "volume": VolumePane,
    "crypto": CryptoPane,
    "breadth": BreadthPane,
    "correlation": CorrelationPane,
}


def mismatches(protocol: type, cls: type) -> list[str]:
    """What ``cls`` lacks of ``protocol``'s methods, or where its parameters differ."""
    found = []
    for name, wanted in protocol_methods(protocol).items():
        have = getattr(cls, name, None)
        if not callable(have):
            found.append(f"{cls.__name__} has no {name}")
            continue
        try:
            signature = inspect.signature(have)
        except ValueError:  # Qt's own C++ methods (toolTip, setToolTip) show none
            continue
        if _parameters(signature) != _parameters(inspect.signature(wanted)):
            found.append(f"{cls.__name__}.{name}{signature} != {protocol.__name__}{wanted}")
    return found


def _parameters(signature: inspect.Signature) -> list[tuple[str, object, bool]]:
    return [
        (q.name, q.kind, q.default is inspect.Parameter.empty)
        for q in signature.parameters.values()
    ]


@pytest.mark.parametrize(("protocol", "cls"), IMPLEMENTATIONS, ids=lambda x: x.__name__)
def test_the_widget_has_every_method_of_its_protocol(protocol, cls):
    assert mismatches(protocol, cls) == []


def test_the_chart_has_the_panes_its_protocol_names(qtbot):
    chart = ChartView()
    qtbot.addWidget(chart)
    parts = protocol_parts(p.ChartSurface)
    assert set(parts) == set(PARTS)
    for name, pane_class in PARTS.items():
        assert isinstance(getattr(chart, name), pane_class), name


def test_the_check_sees_a_missing_method_and_a_changed_signature():
    class Renamed:
        def set_stats_for(self, correlation, n, best_lag, p_value, lag_days): ...

        def set_busy(self, busy, animated): ...

        def set_demo(self, on): ...

        def toolTip(self): ...

        def setToolTip(self, text): ...

    found = mismatches(p.StatsStripView, Renamed)
    assert any("has no set_stats" in line for line in found)
    assert any("set_busy" in line for line in found)
    assert not any("set_demo" in line for line in found)
