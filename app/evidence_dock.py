"""The evidence and the watch in the main window: two docks, built when first shown, and the
breakout notifications with the optional periodic refresh.

* **Evidence** (View ▸ Evidence): two tabs, how the evidence grew (the walk-forward) and
  the lag x time heatmap (``EvidenceController``);
* **Watch** (View ▸ Watch): each rule's standing, base rate and fan
  (``WatchController``, judged as of the replay's day from the view state).

Both sit under the chart, tabbed with the breakouts once shown (as the cascade does), are
hidden until asked for, and compute only while shown; nothing of them is built or
imported before. The notifications (``app.notifications``) and the periodic refresh
(``app.refresh_timer``) work whether the docks are shown or not; their switches are in
the Data menu (``add_menu``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QDockWidget, QTabWidget, QWidget

from app.cascade_dock import HEIGHT_MAX, HEIGHT_MIN, HEIGHT_SHARE, STARTUP_WAIT_MS
from app.notifications import BreakoutNotifications
from app.refresh_timer import PeriodicRefresh
from app.settings import REFRESH_MINUTES
from widgets.evidence.tray_notifier import TrayNotifier


class EvidenceDocks(QObject):
    """Makes the Evidence and Watch docks in ``window`` and wires them (module docstring).

    ``walk_view``, ``heatmap_view``, ``watch_panel`` and the two controllers are None
    until their dock is first shown.
    """

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.evidence = self._dock("evidence", self.tr("Evidence"))
        self.watch = self._dock("watch", self.tr("Watch"))
        self.walk_view = self.heatmap_view = self.watch_panel = None
        self.evidence_controller = self.watch_controller = None
        self._sized: set[str] = set()
        self._waited = False
        self.notifications = BreakoutNotifications(
            window.data, window.workers, window.view_state, window.store, window.status,
            TrayNotifier(window), self,
        )  # fmt: skip
        self.refresh = PeriodicRefresh(
            window.data, window.workers, self.notifications.choice.refresh_minutes, self
        )
        self.notifications.choice_changed.connect(
            lambda choice: self.refresh.set_minutes(choice.refresh_minutes)
        )
        window.data.session_loaded.connect(self._on_session_loaded)

    def _dock(self, name: str, title: str) -> QDockWidget:
        window = self.window
        dock = QDockWidget(title, window)
        dock.setObjectName(f"dock_{name}")  # saveState() needs stable names
        dock.setWidget(QWidget(window))  # the view is made when first shown
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        window.docks[name] = dock  # listed in the View menu with the others
        dock.hide()
        dock.visibilityChanged.connect(lambda shown: self._on_visibility(name, shown))
        dock.toggleViewAction().triggered.connect(lambda on: self._on_toggled(dock, on))
        return dock

    # --- built when first shown ----------------------------------------------------------
    def build_evidence(self) -> None:
        """Make the walk and heatmap views and their controller (once)."""
        if self.evidence_controller is not None:
            return
        from app.evidence_controller import EvidenceController
        from widgets.evidence.heatmap_view import HeatmapView
        from widgets.evidence.walk_view import WalkForwardView

        w = self.window
        tabs = QTabWidget(self.evidence)
        tabs.setObjectName("evidence_tabs")
        tabs.setDocumentMode(True)
        self.walk_view = WalkForwardView(tabs)
        self.heatmap_view = HeatmapView(tabs)
        tabs.addTab(self.walk_view, self.tr("How the evidence grew"))
        tabs.addTab(self.heatmap_view, self.tr("Lag × time"))
        self.evidence.setWidget(tabs)
        self.evidence_controller = EvidenceController(
            self.walk_view, self.heatmap_view, w.workers, w.charts, w.view_state, self
        )
        self.walk_view.cancel_requested.connect(self.evidence_controller.cancel)
        self.walk_view.run_requested.connect(lambda: self.evidence_controller.run(again=True))

    def build_watch(self) -> None:
        """Make the watch panel and its controller (once)."""
        if self.watch_controller is not None:
            return
        from app.watch_controller import WatchController
        from widgets.evidence.watch_panel import WatchPanel

        w = self.window
        self.watch_panel = WatchPanel(self.watch)
        self.watch.setWidget(self.watch_panel)
        self.watch_controller = WatchController(
            self.watch_panel, w.workers, w.charts, w.view_state, self
        )
        self.watch_panel.cancel_requested.connect(self.watch_controller.cancel)
        self.watch_panel.run_requested.connect(self.watch_controller.run)

    def _on_visibility(self, name: str, visible: bool) -> None:
        if visible and not self._waited and self.window.charts.state.prepared is None:
            self._waited = True  # once, at start-up: the chart is painted first
            QTimer.singleShot(STARTUP_WAIT_MS, self._activate_shown)
            return
        if visible:
            (self.build_evidence if name == "evidence" else self.build_watch)()
        controller = self.evidence_controller if name == "evidence" else self.watch_controller
        if controller is not None:
            controller.set_active(visible)

    def _activate_shown(self) -> None:
        self._on_visibility("evidence", self.evidence.isVisible())
        self._on_visibility("watch", self.watch.isVisible())

    def _on_toggled(self, dock: QDockWidget, checked: bool) -> None:
        window = self.window
        if not checked:
            return
        if not window.tabifiedDockWidgets(dock) and not dock.isFloating():
            window.tabifyDockWidget(window.docks["breakouts"], dock)  # as the cascade is
        dock.raise_()
        if dock.objectName() not in self._sized and not dock.isFloating():
            self._sized.add(dock.objectName())
            QTimer.singleShot(0, lambda: self._give_height(dock))

    def _give_height(self, dock: QDockWidget) -> None:
        height = round(min(max(self.window.height() * HEIGHT_SHARE, HEIGHT_MIN), HEIGHT_MAX))
        if dock.height() < height:
            self.window.resizeDocks([dock], [height], Qt.Orientation.Vertical)

    def _on_session_loaded(self, session) -> None:
        for view in (self.walk_view, self.watch_panel):
            if view is not None:
                view.bar.set_demo(session.is_demo)

    # --- the Data menu's switches ----------------------------------------------------------
    def add_menu(self, menu) -> None:
        """ "Notify me of new breakouts" and "Refresh automatically" in ``menu`` (Data)."""
        menu.addSeparator()
        choice = self.notifications.choice
        self.notify_action = QAction(self.tr("&Notify me of new breakouts"), self)
        self.notify_action.setCheckable(True)
        self.notify_action.setChecked(choice.notify)
        self.notify_action.setToolTip(
            self.tr(
                "After a refresh, say a new breakout or a changed verdict on the status line "
                "and as a desktop notification (where the desktop has a system tray)"
            )
        )
        self.notify_action.toggled.connect(self.notifications.set_notify)
        menu.addAction(self.notify_action)
        sub = menu.addMenu(self.tr("Refresh &automatically"))
        group = QActionGroup(self)
        self.refresh_actions = {}
        for minutes in REFRESH_MINUTES:
            action = QAction(_interval_text(minutes), self)
            action.setCheckable(True)
            action.setChecked(minutes == choice.refresh_minutes)
            action.triggered.connect(
                lambda _on, m=minutes: self.notifications.set_refresh_minutes(m)
            )
            group.addAction(action)
            sub.addAction(action)
            self.refresh_actions[minutes] = action


def _interval_text(minutes: int) -> str:
    if minutes == 0:
        return QCoreApplication.translate("EvidenceDocks", "Off")
    if minutes < 60:
        return QCoreApplication.translate("EvidenceDocks", "Every {n} minutes").format(n=minutes)
    if minutes == 60:
        return QCoreApplication.translate("EvidenceDocks", "Every hour")
    return QCoreApplication.translate("EvidenceDocks", "Every {n} hours").format(n=minutes // 60)
