"""Vietnamese and Russian translations: complete, well-formed, compiled, reaching the widgets."""

from __future__ import annotations

import ast
import importlib
import re
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton

from app.translations import INDIRECT_MESSAGES, LANG_ENV, chosen_language, install_translators
from resources import path as resource_path
from widgets.banner import DataBanner

ROOT = Path(__file__).resolve().parents[2]
I18N = resource_path("i18n")
LANGUAGE_CODES = ("ru", "vi")
BIN = Path(sys.executable).parent
#: lupdate reads every Python file of these folders (see resources/i18n/README.md)
SOURCE_DIRS = ("app", "widgets")

#: data tables whose texts a widget translates by lookup: (module, attribute, context)
INDIRECT_TABLES = (
    ("widgets.breakout_rows", "COLUMNS", "BreakoutTable"),
    ("widgets.breakout_rows", "HEADER_TIPS", "BreakoutTable"),
    ("widgets.breakout_rows", "OUTCOMES", "BreakoutTable"),
    ("widgets.breakout_rows", "_OUTCOME_TIPS", "BreakoutTable"),
    ("widgets.breakout_rows", "_RULE_NAMES", "BreakoutTable"),
    ("widgets.breakout_rows", "INCOMPLETE", "BreakoutTable"),
    ("widgets.breakout_rows", "NOT_AVAILABLE", "BreakoutTable"),
    ("widgets.detector_panel", "RULE_LABELS", "DetectorPanel"),
    ("widgets.detector_panel", "FIELDS", "DetectorPanel"),
    ("models.analysis.ccf_result", "WEEKLY_CAVEAT", "formatting"),
    ("models.records.caption", "PHRASES", "Caption"),
)

# Python format fields ({n}, {lag}, {}), Qt arguments (%1, %L2) and plural counts (%n)
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?\d+|%n")


def ts_path(language: str) -> Path:
    return I18N / f"liquidity_cascade_{language}.ts"


def qm_path(language: str) -> Path:
    return I18N / f"liquidity_cascade_{language}.qm"


def ts_messages(path: Path) -> list[tuple[str, ET.Element]]:
    """(context, message element) for every live message (not obsolete or vanished)."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            kind = message.find("translation").get("type")
            if kind not in ("obsolete", "vanished"):
                found.append((name, message))
    return found


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def accelerators(text: str) -> int:
    """How many keyboard accelerators (a single '&' before a character) ``text`` has."""
    return len(re.findall(r"&[^&\s]", text.replace("&&", "")))


def source_files() -> list[str]:
    return sorted(
        str(path.relative_to(ROOT))
        for folder in SOURCE_DIRS
        for path in (ROOT / folder).rglob("*.py")
    )


def qt_tool(name: str) -> str:
    tool = BIN / f"pyside6-{name}"
    if not tool.exists():
        pytest.skip(f"pyside6-{name} is not installed next to {sys.executable}")
    return str(tool)


@pytest.mark.parametrize(
    ("language", "retry", "demo"),
    [("vi", "Thử lại", "Tải dữ liệu demo"), ("ru", "Повторить", "Загрузить демо-данные")],
)
def test_banner_speaks_the_language(qtbot, translated, language, retry, demo):
    assert qm_path(language).is_file()
    assert translated(language), "no translator was installed"
    banner = DataBanner()
    qtbot.addWidget(banner)
    assert banner.retry_button.text() == retry
    assert banner.demo_button.text() == demo


def test_widgets_speak_russian(qtbot, translated):
    from widgets.breakout_table import BreakoutTable
    from widgets.detector_panel import DetectorPanel
    from widgets.lag_control import LagControl
    from widgets.symbol_picker import SymbolPicker

    assert translated("ru")
    lag = LagControl()
    qtbot.addWidget(lag)
    assert "Лаг" in [label.text() for label in lag.findChildren(QLabel)]
    assert "Лучший лаг" in [button.text() for button in lag.findChildren(QPushButton)]

    picker = SymbolPicker()
    qtbot.addWidget(picker)
    labels = [label.text() for label in picker.findChildren(QLabel)]
    assert {"&Индекс", "&Крипто", "&Биржа"} <= set(labels)

    # texts looked up in tables (marked in app.translations.INDIRECT_MESSAGES)
    panel = DetectorPanel()
    qtbot.addWidget(panel)
    rule_box = panel.findChild(QComboBox, "rule")
    assert [rule_box.itemText(i) for i in range(rule_box.count())] == [
        "ATH после долгой паузы",
        "Максимум за N дней",
        "Пробой уровня",
    ]
    table = BreakoutTable()
    qtbot.addWidget(table)
    headers = [
        table.model().headerData(column, Qt.Orientation.Horizontal)
        for column in range(table.model().columnCount())
    ]
    assert headers[:2] == ["Дата", "Правило"]


def test_english_installs_nothing(qapp):
    assert install_translators(qapp, "en") == []
    assert QCoreApplication.translate("DataBanner", "Retry") == "Retry"


def test_language_choice_from_environment(monkeypatch):
    monkeypatch.setenv(LANG_ENV, "ru_RU")
    assert chosen_language() == "ru"
    monkeypatch.setenv(LANG_ENV, "vi-VN")
    assert chosen_language() == "vi"
    monkeypatch.setenv(LANG_ENV, "de")
    assert chosen_language() == "en"


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_every_message_is_translated_with_the_same_placeholders(language):
    messages = ts_messages(ts_path(language))
    assert len(messages) > 100
    problems = []
    for context, message in messages:
        source = message.findtext("source") or ""
        where = f"{context}: {source!r}"
        if message.find("translation").get("type") == "unfinished":
            problems.append(f"unfinished {where}")
            continue
        for text in translations_of(message):
            if not text.strip():
                problems.append(f"empty translation of {where}")
            elif placeholders(text) != placeholders(source):
                problems.append(f"placeholders differ in {where}: {text!r}")
            elif accelerators(text) != accelerators(source):
                problems.append(f"accelerator count differs in {where}: {text!r}")
            elif "{" in source:
                fields = {name for _, name, _, _ in string.Formatter().parse(source) if name}
                try:
                    text.format(**dict.fromkeys(fields, "x"))
                except (KeyError, IndexError, ValueError) as error:
                    problems.append(f"{where}: {text!r} does not format ({error!r})")
    assert problems == []


def test_both_languages_have_the_same_messages():
    keys = {
        language: sorted((c, m.findtext("source")) for c, m in ts_messages(ts_path(language)))
        for language in LANGUAGE_CODES
    }
    assert keys["ru"] == keys["vi"]


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_qm_is_compiled_from_the_current_ts(tmp_path, language):
    compiled = tmp_path / f"{language}.qm"
    subprocess.run(
        [qt_tool("lrelease"), "-silent", str(ts_path(language)), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == qm_path(language).read_bytes(), (
        "the .qm is stale: run .venv/bin/pyside6-lrelease resources/i18n/*.ts"
    )


def test_ts_files_cover_every_source_text(tmp_path):
    """lupdate over app/ and widgets/ finds no text that the .ts files do not translate."""
    copies = []
    for language in LANGUAGE_CODES:
        copies.append(tmp_path / ts_path(language).name)
        shutil.copy(ts_path(language), copies[-1])
    subprocess.run(
        [qt_tool("lupdate"), "-silent", "-no-obsolete", *source_files(), "-ts", *map(str, copies)],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    for copy in copies:
        untranslated = [
            f"{context}: {message.findtext('source')!r}"
            for context, message in ts_messages(copy)
            if message.find("translation").get("type") == "unfinished"
        ]
        assert untranslated == [], f"{copy.name}: new texts to translate (README.md there)"


def _helper_texts() -> set[tuple[str, str]]:
    """(context, literal) passed to module-level translate helpers, e.g. ``_tr("{n} events")``.

    A helper is a one-argument function returning ``X.translate("Context", argument)``;
    lupdate cannot tell its context, so its literals must be in ``INDIRECT_MESSAGES``.
    """
    trees = {
        path: ast.parse(path.read_text(encoding="utf-8")) for path in map(Path, source_files())
    }
    local: dict[Path, dict[str, str]] = {}
    for path, tree in trees.items():
        for node in tree.body:
            if not isinstance(node, ast.FunctionDef) or len(node.args.args) != 1:
                continue
            argument = node.args.args[0].arg
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "translate"
                    and len(call.args) >= 2
                    and isinstance(call.args[0], ast.Constant)
                    and isinstance(call.args[1], ast.Name)
                    and call.args[1].id == argument
                ):
                    local.setdefault(path, {})[node.name] = call.args[0].value
    imported = {name: context for helpers in local.values() for name, context in helpers.items()}
    texts = set()
    for path, tree in trees.items():
        helpers = {**imported, **local.get(path, {})}
        for call in ast.walk(tree):
            if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.args:
                context = helpers.get(call.func.id)
                if context is None:
                    continue
                for node in ast.walk(call.args[0]):
                    if isinstance(node, ast.Constant) and isinstance(node.value, str):
                        texts.add((context, node.value))
    return texts


def _table_texts() -> set[tuple[str, str]]:
    texts = set()
    for module_name, attribute, context in INDIRECT_TABLES:
        module = importlib.import_module(module_name)
        assert hasattr(module, attribute), (
            f"{module_name}.{attribute} is gone: update INDIRECT_TABLES here and "
            "app.translations.INDIRECT_MESSAGES"
        )
        table = getattr(module, attribute)
        if isinstance(table, str):
            values = [table]
        elif isinstance(table, dict):
            values = list(table.values())
        else:
            values = []
            for item in table:
                # field specs carry a label, a tooltip and a unit; plain tables the text
                if hasattr(item, "label"):
                    values += [item.label, item.tooltip, *([item.suffix] * bool(item.suffix))]
                else:
                    values.append(item)
        texts.update((context, value) for value in values)
    return texts


def test_indirectly_translated_texts_are_marked_for_lupdate():
    marked = {(context, text) for context, texts in INDIRECT_MESSAGES.items() for text in texts}
    missing = sorted((_helper_texts() | _table_texts()) - marked)
    assert missing == [], f"add to app.translations.INDIRECT_MESSAGES, run lupdate: {missing}"


def test_units_and_numbers_speak_russian(qtbot, translated):
    from PySide6.QtWidgets import QSpinBox

    from widgets.formatting import format_count, format_lag
    from widgets.lag_control import LagControl

    assert translated("ru")
    lag = LagControl()
    qtbot.addWidget(lag)
    lag.set_lag(45)
    assert lag.findChild(QSpinBox, "lag_spin").text() == "+45 дн."  # the unit once
    assert format_lag(-7) == "-7 дн." and format_count(1000) == "1\u00a0000"


def test_p_values_and_windows_speak_russian(translated):
    from models.analysis.lag_window import LEAD_30_90
    from widgets.formatting import format_lag_window, format_p_stated, format_sampling

    assert translated("ru")
    assert format_p_stated(1 / 1001, 1000) == "p ≤ 0,001 (выборок: 1\u00a0000)"
    assert format_lag_window(LEAD_30_90) == "опережение 30–90 дн. (+30..+90 дн.)"
    assert format_sampling("daily") == "дневные"
