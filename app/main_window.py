"""The main window: lays out the chart, the docks, menus and status bar, and connects signals.

Wiring only: what the user is looking at lives in the view state's owner
(``app.view_state``), the analysis on screen in the chart controller, data in the
models, drawing in the widgets. Widgets ask the owner for changes; the owner's signals
reach the controller and echo back to the widgets that show the state.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.cache_marks import cached_spans
from app.cascade_dock import CascadeDock
from app.chart_controller import ChartController
from app.data_controller import DataController
from app.data_menu import DataMenu
from app.evidence_dock import EvidenceDocks
from app.export.actions import ExportActions
from app.identity import DISPLAY_NAME
from app.presenter_panels import Panels
from app.replay_controller import ReplayController
from app.settings import SettingsStore
from app.spec_curve_controller import SpecCurveController
from app.time_to_target_presenter import TimeToTargetPresenter
from app.universe_menu import UniverseMenu
from app.view_state import ViewStateOwner
from app.workers import WorkerPool
from models.derived.syntax import ALTSEASON
from models.session.session import Session
from models.session.view_state import ViewState
from models.version import __version__
from widgets.app_theme import apply_theme
from widgets.banner import DataBanner
from widgets.breakout_table import BreakoutTable
from widgets.ccf_plot import CcfPlot
from widgets.chart.chart_view import ChartView
from widgets.detector_panel import DetectorPanel
from widgets.event_study_view import EventStudyView
from widgets.lag_control import LagControl
from widgets.lag_window_choice import LagWindowChoice
from widgets.panel_parts import scrolling
from widgets.shortcuts import ShortcutsDialog, key_for
from widgets.spec_curve_view import SpecCurveView
from widgets.stats_strip import StatsStrip
from widgets.status_panel import StatusPanel
from widgets.symbol_picker import SymbolPicker
from widgets.target_picker import TargetPicker
from widgets.time_to_target_view import TimeToTargetView
from widgets.view_toolbar import ViewToolbar

TITLE = "Liquidity Cascade"
#: the right-hand docks take this share of the window's width, within these bounds (px)
RIGHT_SHARE, RIGHT_MIN, RIGHT_MAX = 0.27, 300, 470
#: the breakout table under the chart: this share of the height, within these bounds
BOTTOM_SHARE, BOTTOM_MIN, BOTTOM_MAX = 0.2, 120, 190
#: the lag dock (slider, statistics, cross-correlation) takes this share of the height
LAG_SHARE = 0.5


class MainWindow(QMainWindow):
    """The chart workbench window."""

    def __init__(
        self,
        data: DataController,
        workers: WorkerPool,
        store: SettingsStore,
        settings: ViewState,
        catalogue,
    ) -> None:
        super().__init__()
        self.setWindowTitle(TITLE)
        self.setObjectName("main_window")
        self.data, self.workers, self.store = data, workers, store
        self.catalogue = catalogue
        self.view_state = ViewStateOwner(settings, store, parent=self)
        self._build_widgets(catalogue)
        self.charts = ChartController(self.chart, self.panels, workers, self.view_state, self)
        self.time_to_target = TimeToTargetPresenter(self.time_to_target_view, workers, self)
        self.spec_curve = SpecCurveController(self.spec_curve_view, workers, self)
        self._build_docks()
        self._build_menus()
        self._connect_data()
        self._connect_panels()
        self._connect_view_state()
        self._apply_settings()

    # ----- layout -----

    def _build_widgets(self, catalogue) -> None:
        self.chart = ChartView(self)
        self.banner = DataBanner(self)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.chart, 1)
        self.setCentralWidget(central)
        self.symbol_picker = SymbolPicker(self)
        self.symbol_picker.set_catalogue(catalogue)
        self.panels = Panels(
            LagControl(self),
            StatsStrip(self),
            CcfPlot(self),
            BreakoutTable(self),
            DetectorPanel(self),
            EventStudyView(self),
        )
        self.status = StatusPanel(self.statusBar())
        self.target_picker = TargetPicker(self)
        self.time_to_target_view = TimeToTargetView(self)
        self.lag_window_choice = LagWindowChoice(self)
        self.spec_curve_view = SpecCurveView(self)
        s = self.view_state.state
        self.toolbar = ViewToolbar(
            s.scale, s.equity_style, s.equity_log, s.panes_shown(), self, s.log_axis
        )

    def _build_docks(self) -> None:
        lag_box = QWidget(self)
        lag_layout = QVBoxLayout(lag_box)
        p = self.panels
        shown = (self.target_picker, self.lag_window_choice, p.lag_control, p.stats_strip)
        for widget in (*shown, p.ccf_plot):
            lag_layout.addWidget(widget)
        self.addToolBar(self.toolbar)
        # the right column runs the full height so the bottom docks sit under the chart only
        right = Qt.DockWidgetArea.RightDockWidgetArea
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        self.setCorner(Qt.Corner.BottomRightCorner, right)
        p = self.panels
        specs = (
            ("symbols", self.tr("Instruments"), self.symbol_picker, right),
            ("lag", self.tr("Lag and statistics"), lag_box, right),
            ("detector", self.tr("Breakout rules"), scrolling(p.detector_panel), right),
            ("study", self.tr("Event study"), self._study_tabs(), right),
            ("breakouts", self.tr("Breakouts"), p.breakout_table, bottom),
            ("cascade", self.tr("Cascade"), QWidget(self), bottom),  # built when first shown
        )
        self.docks = {name: self._dock(name, title, w, area) for name, title, w, area in specs}
        self.tabifyDockWidget(self.docks["symbols"], self.docks["detector"])
        self.tabifyDockWidget(self.docks["symbols"], self.docks["study"])
        self.docks["symbols"].raise_()
        self.cascade = CascadeDock(self, self.docks["cascade"])  # View ▸ Cascade shows it
        self.evidence = EvidenceDocks(self)  # View ▸ Evidence, View ▸ Watch; notifications

    def _study_tabs(self) -> QTabWidget:
        """The event study, the same claim under every rule, and the time to target."""
        self.study_tabs = QTabWidget(self)
        self.study_tabs.setObjectName("study_tabs")
        self.study_tabs.setDocumentMode(True)
        study = scrolling(self.panels.event_study_view)
        self.study_tabs.addTab(study, self.tr("After breakouts"))
        self.study_tabs.addTab(scrolling(self.spec_curve_view), self.tr("Every rule"))
        self.study_tabs.addTab(scrolling(self.time_to_target_view), self.tr("Time to target"))
        return self.study_tabs

    def _dock(self, name: str, title: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{name}")  # saveState() needs stable names
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.data_menu = DataMenu(self, self.data)
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.data_menu.import_action)
        self.export_actions = ExportActions(self)
        file_menu.addActions(self.export_actions.actions())
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, "quit")
        self.universe_menu = UniverseMenu(self, self.data_menu.menu)  # Data > Altcoin universe
        bar.addMenu(self.data_menu.menu)
        self.evidence.add_menu(self.data_menu.menu)  # notify me, refresh automatically
        view = bar.addMenu(self.tr("&View"))
        self._action(view, self.tr("&Fit where the series overlap"), self.chart.fit_all, "fit_all")
        self._action(view, self.tr("Snap to &best lag"), self.charts.snap_to_best_lag, "best_lag")
        self._action(
            view, self.tr("Focus the &lag slider"), self.panels.lag_control.setFocus, "focus_lag"
        )
        view.addAction(self.toolbar.candles_action)
        view.addAction(self.toolbar.log_action)
        view.addSeparator()
        for action in self.toolbar.pane_actions.values():
            view.addAction(action)
        view.addSeparator()
        for dock in self.docks.values():
            view.addAction(dock.toggleViewAction())
        self.replay = ReplayController(self, view)  # View ▸ Replay, its bar and keys
        view.addSeparator()
        self.dark_action = self._action(
            view, self.tr("&Dark theme"), self.toggle_theme, "dark_theme"
        )
        self.dark_action.setCheckable(True)
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Keyboard shortcuts"), self.show_shortcuts, "help")
        self._action(help_menu, self.tr("&About"), self.show_about, None)

    def _action(self, menu, text: str, slot, shortcut: str | None) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(key_for(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # ----- signal wiring -----

    def _connect_data(self) -> None:
        data = self.data
        data.session_loaded.connect(self._on_session_loaded)
        data.nothing_to_show.connect(self.banner.show_message)
        # the picker goes back to what is in force
        data.symbol_rejected.connect(self.symbol_picker.set_error)
        data.symbol_rejected.connect(self.status.set_error)
        data.symbol_rejected.connect(self._on_symbol_rejected)
        data.series_missing.connect(self.symbol_picker.show_message)
        data.error_reported.connect(self.status.set_error)
        data.errors_cleared.connect(self.status.clear_errors)
        data.notice_reported.connect(self.status.show_notice)
        data.fetch_started.connect(lambda: self.status.show_progress(0, 0, self.tr("Fetching…")))
        data.fetch_progressed.connect(self.status.show_progress)
        data.fetch_finished.connect(self.status.show_idle)
        self.status.cancel_clicked.connect(data.cancel_fetch)
        self.banner.retry_clicked.connect(data.retry)
        self.banner.import_clicked.connect(self.data_menu.import_csv)
        self.banner.demo_clicked.connect(data.load_demo)
        self.symbol_picker.selection_changed.connect(self._on_selection_changed)
        self.charts.error_reported.connect(self.status.set_error)
        data.cache_report_ready.connect(self._mark_cached)

    def _connect_panels(self) -> None:
        p, view, charts = self.panels, self.view_state, self.charts
        p.lag_control.lag_changed.connect(view.set_lag)
        p.lag_control.best_lag_requested.connect(charts.snap_to_best_lag)
        p.ccf_plot.lag_clicked.connect(view.set_lag)
        p.breakout_table.event_selected.connect(charts.zoom_to_event)
        p.detector_panel.params_changed.connect(view.set_params)
        self.toolbar.scale_chosen.connect(view.set_scale)
        self.toolbar.log_axis_chosen.connect(view.set_log_axis)
        self.toolbar.range_chosen.connect(charts.show_range)
        self.target_picker.target_chosen.connect(view.set_statistics_target)
        self.chart.statistics_target_clicked.connect(view.set_statistics_target)
        self.chart.breadth_requested.connect(lambda: self.symbol_picker.add_series(ALTSEASON))
        charts.prepared_ready.connect(self._show_targets)
        charts.prepared_ready.connect(self.time_to_target.show_prepared)
        self.toolbar.style_chosen.connect(view.set_equity_style)
        self.toolbar.log_toggled.connect(view.set_equity_log)
        self.toolbar.pane_toggled.connect(view.set_pane_visible)
        self.chart.range_changed.connect(view.set_visible_range)
        self.lag_window_choice.window_chosen.connect(view.set_lag_window)
        self.lag_window_choice.sampling_chosen.connect(view.set_sampling)
        p.event_study_view.headline_horizon_chosen.connect(view.set_headline_horizon)
        spec = self.spec_curve
        charts.prepared_ready.connect(spec.show_session)
        self.spec_curve_view.run_requested.connect(spec.run)
        self.spec_curve_view.cancel_requested.connect(spec.cancel)
        spec.error_reported.connect(self.status.set_error)

    def _connect_view_state(self) -> None:
        """The widgets that show a part of the view state follow it (silently)."""
        view = self.view_state
        view.lag_changed.connect(self.panels.lag_control.set_lag)
        view.pane_visibility_changed.connect(self.chart.set_pane_visible)
        view.pane_visibility_changed.connect(self.toolbar.set_pane_shown)
        view.lag_window_changed.connect(self.lag_window_choice.set_window)
        view.sampling_changed.connect(self.lag_window_choice.set_sampling)
        view.headline_horizon_changed.connect(self.panels.event_study_view.set_headline_horizon)

    def _on_session_loaded(self, session: Session) -> None:
        self.banner.hide()
        self.view_state.set_demo(session.is_demo)  # a demo's lag is not the user's
        self.symbol_picker.set_error(None)
        self.status.set_series(session.series)
        if session.selection is not None:
            equity, crypto = session.selection.texts()
            if session.is_demo:
                self.symbol_picker.set_demo(equity, crypto)
            else:
                exchange = self.view_state.state.exchange
                self.symbol_picker.set_selection(equity, crypto, exchange)
        self.charts.show_session(session)
        self.data.request_cache_report()  # what is cached now, for the picker's marks

    def _show_targets(self, prepared) -> None:
        equity = prepared.session.equity.instrument.label
        coins = [o.key for o in (*prepared.overlays, *prepared.breadth)]
        self.target_picker.set_choices(coins, prepared.primary_key, equity)

    def _mark_cached(self, report) -> None:
        texts = self.symbol_picker.listed_texts()
        self.symbol_picker.set_cached(cached_spans(report, texts, self.catalogue))

    def _on_symbol_rejected(self, _message: str) -> None:
        # the exchange saved with the settings is the one in force, not the failed choice
        if not self.symbol_picker.is_demo():
            self.view_state.set_exchange(self.symbol_picker.selection()[2])

    def _on_selection_changed(self, equity: str, crypto: list, exchange: str) -> None:
        added = [text for text in crypto if text not in self.view_state.state.crypto]
        self.view_state.set_exchange(exchange)
        if self.data.select(equity, list(crypto), exchange) and any(
            self.catalogue.resolve(text).is_breadth for text in added
        ):  # a breadth index is drawn in its own pane: show it
            self.view_state.set_pane_visible("breadth", True)

    # ----- settings, theme, dialogs -----

    def _apply_settings(self) -> None:
        s = self.view_state.state
        self.symbol_picker.set_selection(s.equity, list(s.crypto), s.exchange)
        self.panels.lag_control.set_lag(s.lag_days)
        self.lag_window_choice.set_window(s.lag_window)
        self.lag_window_choice.set_sampling(s.sampling)
        self.panels.event_study_view.set_headline_horizon(s.headline_horizon)
        for pane, shown in s.panes_shown().items():
            self.chart.set_pane_visible(pane, shown)
        self.apply_theme(s.theme)
        geometry, state = self.store.window_layout()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1600, 960)
        if state is not None:
            self.restoreState(state)
        self._compact_pending = state is None  # no saved layout: compact docks when shown

    def _compact_docks(self) -> None:
        """Docks that give way: on a small screen the chart keeps most of the window."""
        width = round(min(max(self.width() * RIGHT_SHARE, RIGHT_MIN), RIGHT_MAX))
        height = round(min(max(self.height() * BOTTOM_SHARE, BOTTOM_MIN), BOTTOM_MAX))
        self.resizeDocks([self.docks["breakouts"]], [height], Qt.Orientation.Vertical)
        self.resizeDocks([self.docks["lag"]], [width], Qt.Orientation.Horizontal)
        # the lag dock's plot needs the height more than the instrument list does
        lag = round(self.height() * LAG_SHARE)
        self.resizeDocks([self.docks["lag"]], [lag], Qt.Orientation.Vertical)

    def apply_theme(self, theme: str) -> None:
        """Switch the application and every plot to ``theme``."""
        apply_theme(QApplication.instance(), theme)
        self.chart.set_theme(theme)
        for widget in (
            self.panels.ccf_plot,
            self.panels.event_study_view,
            self.panels.breakout_table,
            self.time_to_target_view,
            self.spec_curve_view,
        ):
            widget.set_theme(theme)
        self.dark_action.setChecked(theme == "dark")
        self.view_state.set_theme(theme)

    def toggle_theme(self) -> None:
        """Light to dark and back."""
        dark = self.view_state.state.theme != "dark"
        self.apply_theme("dark" if dark else "light")

    def show_shortcuts(self) -> None:
        """The keyboard shortcut list."""
        ShortcutsDialog(self).open()

    def show_about(self) -> None:
        """The version, what the app is for and where settings live."""
        QMessageBox.about(
            self,
            self.tr("About Liquidity Cascade"),
            f"{DISPLAY_NAME} {__version__}\n\n"
            + self.tr(
                "Does a Russell 2000 breakout lead crypto, and by how long?\n\n"
                "Not financial advice. Settings: {path}"
            ).format(path=self.store.path),
        )

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._compact_pending:  # dock sizes only stick once the window is laid out
            self._compact_pending = False
            QTimer.singleShot(0, self._compact_docks)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.view_state.flush()
        self.store.save_window(self.saveGeometry(), self.saveState())
        self.workers.cancel("data.fetch")
        super().closeEvent(event)
