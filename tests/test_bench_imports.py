"""The benchmarks stand on their own: nothing under bench/ imports the test suite."""

from __future__ import annotations

import ast
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"


def _imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


def test_no_benchmark_imports_tests():
    offenders = {
        path.name: sorted(m for m in _imported_modules(path) if m.split(".")[0] == "tests")
        for path in sorted(BENCH.glob("*.py"))
    }
    assert {name: found for name, found in offenders.items() if found} == {}


def test_the_check_sees_an_import_of_tests(tmp_path):
    planted = tmp_path / "bench_planted.py"
    planted.write_text("def f():\n    from tests.widgets.chart_data import equity_frame\n")
    assert "tests.widgets.chart_data" in _imported_modules(planted)
