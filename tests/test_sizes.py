"""Small modules with one job each: no module over 400 lines, no class over 30 methods.

Splitting is by meaning, not by line count; this test only says when it is due.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LAYERS = ("app", "widgets", "models")
MAX_MODULE_LINES = 400
MAX_CLASS_METHODS = 30


def _modules():
    return sorted(p for layer in LAYERS for p in (ROOT / layer).rglob("*.py"))


def _oversize_classes(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            kinds = ast.FunctionDef | ast.AsyncFunctionDef
            methods = [b for b in node.body if isinstance(b, kinds)]
            if len(methods) > MAX_CLASS_METHODS:
                found.append(f"{path.name}: class {node.name} has {len(methods)} methods")
    return found


def test_no_module_is_over_the_limit():
    lines = {p: len(p.read_text(encoding="utf-8").splitlines()) for p in _modules()}
    over = [f"{p.relative_to(ROOT)}: {n}" for p, n in lines.items() if n > MAX_MODULE_LINES]
    assert over == []


def test_no_class_has_too_many_methods():
    assert [c for p in _modules() for c in _oversize_classes(p)] == []


@pytest.mark.parametrize("methods", [MAX_CLASS_METHODS + 1])
def test_the_class_check_can_fail(tmp_path, methods):
    body = "".join(f"    def m{i}(self):\n        pass\n" for i in range(methods))
    path = tmp_path / "big.py"
    path.write_text(f"class Big:\n{body}")
    assert len(_oversize_classes(path)) == 1
