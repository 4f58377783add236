"""The layer rules of DESIGN.md: main -> app -> widgets -> models, and app -> models."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

FORBIDDEN = {
    "models": ("PySide6", "pyqtgraph", "widgets", "app", "shiboken6"),
    "widgets": ("app", "yfinance", "ccxt", "curl_cffi"),
    "resources": ("PySide6", "pyqtgraph", "widgets", "app", "models"),
}


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
    return found


def _violations(layer: str, root: Path = ROOT) -> list[str]:
    bad = []
    for path in sorted((root / layer).rglob("*.py")):
        for lineno, name in _imports(path):
            top = name.split(".")[0]
            if top in FORBIDDEN[layer]:
                bad.append(f"{path.relative_to(root)}:{lineno} imports {name}")
    return bad


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_what_it_may(layer):
    assert _violations(layer) == []


def test_rule_catches_a_violation(tmp_path):
    """The checker itself must be able to fail."""
    fake = tmp_path / "models"
    fake.mkdir()
    (fake / "bad.py").write_text("from PySide6 import QtCore\nimport app.cli\n")
    assert len(_violations("models", tmp_path)) == 2
