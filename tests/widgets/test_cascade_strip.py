"""The cascade strip: rows stacked on one date axis, labels, turn marks, themes, DEMO,
the x range in and out, its Protocol, and the presenter that fills it."""

from __future__ import annotations

import inspect

import numpy as np
import pytest

from app.cascade_presenter import CascadePresenter, row_label, strip_rows
from models.cascade.analysis import CascadeOptions, prepare_cascade
from models.cascade.demo import demo_chain
from models.cascade.stages import Stage
from tests.app.widget_doubles import protocol_methods
from widgets.cascade.protocols import CascadeStripView
from widgets.cascade.rows import StripRow
from widgets.cascade.strip import ROW_SPAN, CascadeStrip


@pytest.fixture
def strip(qtbot):
    widget = CascadeStrip()
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.close()
    widget.deleteLater()


def rows(count: int = 3) -> list[StripRow]:
    x = np.arange(17000.0, 19000.0)
    made = []
    for n in range(count):
        values = 3 * np.sin(x / (200 + 50 * n))
        made.append(StripRow(f"stage {n}", x, values, np.array([17500.0 + n]), np.array([n == 2])))
    return made


def test_rows_stack_top_first_within_their_bands(strip):
    strip.set_rows(rows(3))
    assert len(strip.curves) == 3
    ticks = strip.row_axis._tickLevels[0]
    assert ticks == [(2, "stage 0"), (1, "stage 1"), (0, "stage 2")]
    top = strip.curves[0].pyramid
    assert top.lows[0].min() >= 2 - ROW_SPAN - 1e-9 and top.highs[0].max() <= 2 + ROW_SPAN + 1e-9
    strip.set_rows(rows(2))
    assert len(strip.curves) == 2 and len(strip.plot.listDataItems()) == 3  # 2 rows + marks


def test_turns_are_marked_on_their_rows_held_filled_pending_hollow(strip):
    strip.set_rows(rows(3))
    points = strip.marks.data
    assert len(points) == 3
    assert sorted(np.round(points["y"]).tolist()) == [0, 1, 2]
    background = strip.palette_colours.background.lower()
    brushes = [p["brush"].color().name() for p in points]
    assert brushes.count(background) == 1  # the pending one


def test_the_x_range_goes_out_by_signal_and_comes_in_by_call(strip, qtbot):
    strip.set_rows(rows(2))
    strip.fit_all()
    with qtbot.waitSignal(strip.visible_range_changed) as blocker:
        strip.set_visible_range(17200.0, 17400.0)
    assert blocker.args == pytest.approx([17200.0, 17400.0])
    assert strip.visible_range() == pytest.approx((17200.0, 17400.0))


def test_theme_and_demo_mark(strip):
    strip.set_theme("dark")
    assert strip.canvas.backgroundBrush().color().name() == strip.palette_colours.background
    strip.set_demo(True)
    assert strip.watermark.isVisible() and "DEMO" in strip.watermark.toPlainText()
    strip.set_demo(False)
    assert not strip.watermark.isVisible()


def test_the_strip_has_what_its_protocol_promises():
    for name, wanted in protocol_methods(CascadeStripView).items():
        have = getattr(CascadeStrip, name)
        assert list(inspect.signature(have).parameters) == list(
            inspect.signature(wanted).parameters
        ), name


def test_the_presenter_fills_the_strip_from_an_analysis(strip):
    analysis = prepare_cascade(demo_chain(), CascadeOptions(draws=100))
    CascadePresenter(strip).show(analysis, "dark", start="2016-01-01", end="2018-01-01")
    assert len(strip.curves) == 8 and strip.watermark.isVisible()
    labels = [label for _, label in strip.row_axis._tickLevels[0]]
    assert labels[0] == "net liquidity" and labels[1] == "credit (inverted) · +7 d"
    low, high = strip.visible_range()
    assert round(high - low) == 731
    made = strip_rows(analysis)
    assert [len(r.turns) for r in made] == [len(t) for t in analysis.turns]


def test_a_long_symbol_is_shortened_in_its_label():
    label = row_label(Stage("basket(SOL-USD, XRP-USD, ADA-USD, DOGE-USD)"), 20)
    assert label.endswith("… · +20 d") and len(label) < 35
