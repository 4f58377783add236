"""Fixtures the app tests share."""

from __future__ import annotations

import pytest

from app.translations import install_translators, use_locale_of


@pytest.fixture
def translated(qapp):
    """``translated(language)`` installs the UI language's translators and number locale;
    both are taken back after the test (the next test speaks English)."""
    installed = []

    def install(language):
        installed.extend(install_translators(qapp, language))
        return installed

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)
    use_locale_of("en")
