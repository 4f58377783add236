"""Series labels say DEMO exactly once."""

from widgets.chart.pane_text import demo_label


def test_demo_series_is_labelled_once():
    assert demo_label("BTC/USDT", True) == "BTC/USDT (DEMO)"
    assert demo_label("DEMO BTC/USDT", True) == "DEMO BTC/USDT"
    assert demo_label("BTC/USDT", False) == "BTC/USDT"
