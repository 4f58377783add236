"""The cascade in the main window: its dock, its controller, the link of its date axis to
the chart's, and the stage editor.

The cascade is a dock, tabbed with the breakout table under the chart, rather than a
view that replaces the chart: it is read against the chart (the same dates, linked), so
both must be visible at once; as a dock it can also float, for instance onto a second
screen. It is hidden until View ▸ Cascade shows it, and runs only while shown. Nothing of
it is built or imported before it is first shown (the window's first paint does not wait
for it). When first raised it takes a good share of the window's height; the user's own
size is kept from then on.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer

from models.cascade.stages import DEFAULT_CHAIN, KNOWN_STAGES

#: the dock's height when first raised: this share of the window, within these bounds (px)
HEIGHT_SHARE, HEIGHT_MIN, HEIGHT_MAX = 0.45, 250, 560
#: a dock a saved layout shows at start-up waits this long before it is built, loads and
#: computes, so the chart's first paint does not share the interpreter with it
STARTUP_WAIT_MS = 1500


def stage_suggestions() -> list:
    """What the stage editor offers: the default chain's stages, then the other usual ones."""
    seen, stages = set(), []
    for stage in (*DEFAULT_CHAIN, *KNOWN_STAGES):
        if stage.symbol.upper() not in seen:
            seen.add(stage.symbol.upper())
            stages.append(stage)
    return stages


class CascadeDock(QObject):
    """Wires the cascade view into ``window``'s ``dock`` (see the module docstring).

    ``panel`` (the ``CascadePanel``), ``controller`` (the ``CascadeController``) and
    ``link`` (the ``TimeAxisLink``) are None until the dock is first shown.
    """

    def __init__(self, window, dock) -> None:
        super().__init__(window)
        self.window = window
        self.dock = dock
        self.panel = None
        self.controller = None
        self.link = None
        self.editor = None
        self._demo = False
        self._sized = False
        self._waited = False
        dock.hide()  # until View ▸ Cascade (a saved layout may show it again)
        dock.visibilityChanged.connect(self._on_visibility_changed)
        dock.toggleViewAction().triggered.connect(self._on_toggled)
        window.data.session_loaded.connect(self._on_session_loaded)
        window.data.offline_changed.connect(self._on_offline_changed)

    def build(self) -> None:
        """Make the view, its controller and the date link (once)."""
        if self.controller is not None:
            return
        from app.cascade_controller import CascadeController
        from app.cascade_link import TimeAxisLink
        from widgets.cascade.panel import CascadePanel

        window = self.window
        self.panel = CascadePanel(self.dock)
        self.dock.setWidget(self.panel)
        self.link = TimeAxisLink(window.chart, self.panel.strip, self)
        self.controller = CascadeController(
            self.panel, window.workers, window.data, window.catalogue, window.store,
            window.view_state, self.link, self,
        )  # fmt: skip
        self.controller.set_demo(self._demo)
        self.panel.stages_requested.connect(self.edit_stages)
        self.panel.refresh_requested.connect(self.controller.refresh)
        self.panel.cancel_requested.connect(self.controller.cancel)
        self.panel.export_requested.connect(self._export)

    def edit_stages(self):
        """Open the stage editor on the current chain; an accepted edit is saved and run."""
        from widgets.cascade.stage_editor import StageEditor

        self.build()
        controller = self.controller
        self.editor = StageEditor(
            controller.chain, stage_suggestions(), controller.check_symbol, self.window
        )
        self.editor.accepted.connect(self._on_editor_accepted)
        self.editor.open()
        return self.editor

    def _on_editor_accepted(self) -> None:
        chain = self.editor.chain() if self.editor is not None else self.controller.chain
        if chain != self.controller.chain:
            self.controller.set_chain(chain)

    def _on_visibility_changed(self, visible: bool) -> None:
        if visible and not self._waited and self.window.charts.state.prepared is None:
            self._waited = True  # once, at start-up: the chart is painted first
            QTimer.singleShot(STARTUP_WAIT_MS, self._activate_if_shown)
            return
        if visible:
            self.build()
        if self.controller is not None:
            self.controller.set_active(visible)

    def _activate_if_shown(self) -> None:
        self._on_visibility_changed(self.dock.isVisible())

    def _on_toggled(self, checked: bool) -> None:
        if not checked:
            return
        if not self.window.tabifiedDockWidgets(self.dock) and not self.dock.isFloating():
            # tabbed with the breakouts only once shown: a hidden dock in a tab group took
            # a tab bar's height from the right-hand docks at 1280x720
            self.window.tabifyDockWidget(self.window.docks["breakouts"], self.dock)
        self.dock.raise_()
        if not self._sized and not self.dock.isFloating():
            self._sized = True
            QTimer.singleShot(0, self._give_height)  # a size sticks once the dock is laid out

    def _give_height(self) -> None:
        height = round(min(max(self.window.height() * HEIGHT_SHARE, HEIGHT_MIN), HEIGHT_MAX))
        if self.dock.height() < height:
            self.window.resizeDocks([self.dock], [height], Qt.Orientation.Vertical)

    def _on_session_loaded(self, session) -> None:
        self._demo = session.is_demo
        if self.controller is not None:
            self.controller.set_demo(session.is_demo)

    def _on_offline_changed(self, offline: bool) -> None:
        if not offline and self.controller is not None:  # what is missing can be fetched now
            self.controller.run()

    def _export(self) -> None:
        self.window.export_actions.export_cascade_image()
