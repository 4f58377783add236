"""The evidence views, the watch panel, the tray notifier and the status panel have what
their Protocols promise (the controllers' doubles are built from them)."""

from __future__ import annotations

import pytest

from tests.widgets.test_protocols import mismatches
from widgets import protocols as p
from widgets.evidence.heatmap_view import HeatmapView
from widgets.evidence.tray_notifier import TrayNotifier
from widgets.evidence.walk_view import WalkForwardView
from widgets.evidence.watch_panel import WatchPanel
from widgets.status_panel import StatusPanel


@pytest.mark.parametrize(
    ("protocol", "cls"),
    [
        (p.WalkForwardPanelView, WalkForwardView),
        (p.HeatmapPanelView, HeatmapView),
        (p.WatchPanelView, WatchPanel),
        (p.DesktopNotifier, TrayNotifier),
        (p.StatusNoticeView, StatusPanel),
    ],
)
def test_the_widget_has_what_its_protocol_promises(protocol, cls):
    assert mismatches(protocol, cls) == []


def test_without_a_tray_the_notifier_shows_nothing(qapp, monkeypatch):
    from PySide6.QtWidgets import QSystemTrayIcon

    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    notifier = TrayNotifier()
    assert not notifier.is_available()
    notifier.show_message("title", "text")
    assert notifier.icon is None
