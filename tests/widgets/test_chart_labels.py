"""Series labels say DEMO exactly once."""

from widgets.chart.chart_view import _demo_label


def test_demo_series_is_labelled_once():
    assert _demo_label("BTC/USDT", True) == "BTC/USDT (DEMO)"
    assert _demo_label("DEMO BTC/USDT", True) == "DEMO BTC/USDT"
    assert _demo_label("BTC/USDT", False) == "BTC/USDT"
