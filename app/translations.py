"""Load the UI translations (Vietnamese, Russian) for the user's language.

The language is ``$LIQUIDITY_CASCADE_LANG`` when set (e.g. ``vi``), else the system
locale. English needs no file. Qt's own strings (standard buttons) come from Qt's
translations when they are installed.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from resources import path as resource_path

LANG_ENV = "LIQUIDITY_CASCADE_LANG"
LANGUAGES = ("en", "vi", "ru")


def chosen_language() -> str:
    """The UI language code: the environment override, else the system locale's language."""
    wanted = os.environ.get(LANG_ENV) or QLocale.system().name()
    code = wanted.split("_")[0].split("-")[0].lower()
    return code if code in LANGUAGES else "en"


def install_translators(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Install the app's and Qt's translators for ``language``; returns them (keep them alive)."""
    language = language or chosen_language()
    if language == "en":
        return []
    installed = []
    ours = QTranslator(app)
    if ours.load(str(resource_path(f"i18n/liquidity_cascade_{language}.qm"))):
        app.installTranslator(ours)
        installed.append(ours)
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    return installed
