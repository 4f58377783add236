"""The optional periodic refresh: while the window is open, Data ▸ Refresh every so many
minutes (off by default; the choice is ``NotificationChoice.refresh_minutes``).

A tick while offline or while a fetch is still running does nothing (the next tick tries
again); what the refresh brings is compared and notified by ``app.notifications``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

MINUTE_MS = 60_000


class PeriodicRefresh(QObject):
    """Calls ``data.refresh()`` every ``minutes`` (``set_minutes``; 0 stops it)."""

    def __init__(self, data, workers, minutes: int = 0, parent=None) -> None:
        super().__init__(parent)
        self._data, self._workers = data, workers
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.tick)
        self.refreshes = 0  # how many ticks asked for a refresh (for tests and diagnostics)
        self.set_minutes(minutes)

    @property
    def minutes(self) -> int:
        """The interval in force (0: off)."""
        return self.timer.interval() // MINUTE_MS if self.timer.isActive() else 0

    def set_minutes(self, minutes: int) -> None:
        """Refresh every ``minutes`` from now on (0: never)."""
        self.timer.stop()
        if minutes > 0:
            self.timer.start(int(minutes) * MINUTE_MS)

    def tick(self) -> None:
        """One periodic refresh, unless offline or a fetch is running."""
        if self._data.offline or self._workers.is_busy("data.fetch"):
            return
        self.refreshes += 1
        self._data.refresh()
