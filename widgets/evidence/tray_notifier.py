"""Desktop notifications through the system tray (``QSystemTrayIcon.showMessage``).

The icon is made and shown on the first message only (a tray icon nobody asked for
would sit in the tray from start-up). Without a system tray (many Linux desktops
without an applet, offscreen runs) ``is_available`` is False and nothing is shown: the
window's status line is then the only place a notification is said.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QSystemTrayIcon

#: how long the desktop shows a message (ms)
MESSAGE_MS = 15_000


class TrayNotifier:
    """``widgets.protocols.DesktopNotifier`` through a tray icon."""

    def __init__(self, parent=None) -> None:
        self._parent = parent
        self.icon: QSystemTrayIcon | None = None

    def is_available(self) -> bool:
        """True when the desktop has a system tray to show a message in."""
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show_message(self, title: str, text: str) -> None:
        """Show ``text`` under ``title`` as a desktop notification."""
        if not self.is_available():
            return
        if self.icon is None:
            self.icon = QSystemTrayIcon(QApplication.windowIcon(), self._parent)
            self.icon.setToolTip(title)
        self.icon.show()
        self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)
