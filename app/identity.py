"""Who the app is to the desktop: its names, its version and its icon.

``apply_identity`` gives them to the QApplication once, at start-up. The organisation and
application names scope QSettings (``app.settings``); the desktop file name matches the
``.desktop`` entry that ``make install-desktop`` installs, so a Linux shell groups the
window under that entry and its icon.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app.settings import APPLICATION, ORGANISATION
from models.version import __version__
from resources import path as resource_path

DISPLAY_NAME = "Liquidity Cascade"
#: the name of the icon files and of the desktop entry (``liquidity-cascade.desktop``)
ICON_NAME = "liquidity-cascade"


def icon_files() -> list[Path]:
    """The icon's PNG renderings shipped in ``resources/icons``, smallest first."""
    files = resource_path("icons").glob(f"{ICON_NAME}-*.png")
    return sorted(files, key=lambda p: int(p.stem.rsplit("-", 1)[1]))


def application_icon() -> QIcon:
    """The application icon with every PNG size, so Qt never scales a large one down."""
    icon = QIcon()
    for png in icon_files():
        icon.addFile(str(png))
    return icon


def apply_identity(app: QApplication) -> None:
    """Name, version, desktop entry and window icon of ``app``."""
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(ICON_NAME)
    app.setWindowIcon(application_icon())
