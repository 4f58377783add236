"""Vietnamese and Russian translations load and reach the widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from app.translations import LANG_ENV, chosen_language, install_translators
from resources import path as resource_path
from widgets.banner import DataBanner


@pytest.fixture
def translated(qapp):
    installed = []

    def install(language):
        installed.extend(install_translators(qapp, language))
        return installed

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.mark.parametrize(
    ("language", "retry", "demo"),
    [("vi", "Thử lại", "Tải dữ liệu demo"), ("ru", "Повторить", "Загрузить демо-данные")],
)
def test_banner_speaks_the_language(qtbot, translated, language, retry, demo):
    assert resource_path(f"i18n/liquidity_cascade_{language}.qm").is_file()
    assert translated(language), "no translator was installed"
    banner = DataBanner()
    qtbot.addWidget(banner)
    assert banner.retry_button.text() == retry
    assert banner.demo_button.text() == demo


def test_english_installs_nothing(qapp):
    assert install_translators(qapp, "en") == []
    assert QCoreApplication.translate("DataBanner", "Retry") == "Retry"


def test_language_choice_from_environment(monkeypatch):
    monkeypatch.setenv(LANG_ENV, "ru_RU")
    assert chosen_language() == "ru"
    monkeypatch.setenv(LANG_ENV, "de")
    assert chosen_language() == "en"
