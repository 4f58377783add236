"""Data ▸ Altcoin universe…: the editor of the altseason universe, and its taking effect.

On OK the edited universe is saved through the settings adapter
(``SettingsStore.save_altseason_universe``) and applied at once: the catalogue whose
plain ``altseason`` counts it goes to the data controller (``set_catalogue``), which
loads the altseason index charted with its new alts (the cached ones at once, the others
fetched as one batch with one progress bar), and becomes the window's ``catalogue``
(``catalogue_changed`` says so).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from models.derived.universe import Universe
from models.market.instruments import load_catalogue
from widgets.universe_dialog import UniverseDialog


class UniverseMenu(QObject):
    """The menu entry, the dialog, and the universe in force."""

    catalogue_changed = Signal(object)  # the Catalogue the window resolves with now

    def __init__(self, window: QWidget, menu: QMenu) -> None:
        """``window`` has the ``data`` controller, the settings ``store`` and the
        ``catalogue`` it resolves with (the main window)."""
        super().__init__(window)
        self._window, self._data, self._store = window, window.data, window.store
        self._base = load_catalogue()  # the catalogue's own universe: what Reset restores
        self._universe = Universe(window.catalogue.altseason.universe)
        self.action = QAction(self.tr("Altcoin &universe…"), window)
        self.action.setObjectName("altcoin_universe")
        self.action.setToolTip(
            self.tr("The alts the altcoin season index counts: add, remove, reset to default")
        )
        self.action.triggered.connect(self.open_editor)
        menu.addAction(self.action)

    @property
    def universe(self) -> Universe:
        """The universe in force."""
        return self._universe

    def open_editor(self) -> UniverseDialog:
        """Open the editor on the universe in force; OK applies what it holds then."""
        dialog = UniverseDialog(self._base, self._universe, self._window)
        dialog.accepted.connect(lambda: self.apply(dialog.universe()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def apply(self, universe: Universe) -> None:
        """Save ``universe`` and make it the one ``altseason`` counts, now."""
        if universe == self._universe:
            return
        self._universe = universe
        self._store.save_altseason_universe(universe)
        catalogue = universe.applied_to(self._base)
        self._data.set_catalogue(catalogue)
        self._window.catalogue = catalogue
        self.catalogue_changed.emit(catalogue)
