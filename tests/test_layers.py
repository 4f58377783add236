"""The layer rules of docs/architecture.md: app > widgets > models > resources.

The rules are import-linter contracts in pyproject.toml (``lint-imports`` runs them in
``make test`` and here). Each contract is shown catching a violation planted in a small
stand-in tree, so a contract that silently stopped matching would fail this file. What
import-linter cannot see, imports by name at run time (``importlib.import_module``,
``__import__``), is checked here from the syntax tree.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
LAYERS = ("app", "widgets", "models", "resources")

#: what each layer may never import, also at run time
FORBIDDEN = {
    "models": ("PySide6", "pyqtgraph", "shiboken6", "widgets", "app"),
    "widgets": ("app", "yfinance", "ccxt", "curl_cffi"),
    "resources": ("PySide6", "pyqtgraph", "widgets", "app", "models"),
    "app": ("yfinance", "ccxt", "curl_cffi"),
}

#: the stand-in tree: every module a contract names, empty
STAND_IN = (
    "app/__init__.py",
    "app/cli.py",
    "widgets/__init__.py",
    "widgets/view.py",
    "models/__init__.py",
    "models/core.py",
    "models/market/__init__.py",
    "models/market/cache/__init__.py",
    "models/market/repository.py",
    "models/market/sources/__init__.py",
    "resources/__init__.py",
)

#: contract id -> (file, planted import) that breaks exactly that contract
PLANTED = {
    "layers": ("models/core.py", "import widgets.view\n"),
    "models-qt-free": ("models/core.py", "from PySide6 import QtCore\n"),
    "widgets-no-io": ("widgets/view.py", "import models.market.repository\n"),
    "app-sources-through-models": ("app/cli.py", "import ccxt\n"),
}


def _config() -> dict:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)["tool"]["importlinter"]


def _lint(cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(cwd)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"], cwd=cwd, env=env, capture_output=True, text=True
    )


def _stand_in_tree(tmp_path: Path) -> Path:
    for name in STAND_IN:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text('"""stand-in"""\n')
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_the_contracts_hold_on_the_project():
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout


def test_every_contract_has_a_planted_violation():
    ids = {contract["id"] for contract in _config()["contracts"]}
    assert ids == set(PLANTED)


def test_the_stand_in_tree_keeps_every_contract(tmp_path):
    result = _lint(_stand_in_tree(tmp_path))
    assert result.returncode == 0, result.stdout[-3000:]


@pytest.mark.parametrize("contract", sorted(PLANTED))
def test_each_contract_catches_a_planted_violation(tmp_path, contract):
    root = _stand_in_tree(tmp_path)
    name, line = PLANTED[contract]
    (root / name).write_text(line)
    result = _lint(root)
    assert result.returncode != 0
    broken = [ln for ln in result.stdout.splitlines() if ln.endswith("BROKEN")]
    wanted = next(c["name"] for c in _config()["contracts"] if c["id"] == contract)
    assert any(ln.startswith(wanted) for ln in broken), result.stdout[-3000:]


# --- imports by name at run time -------------------------------------------------------


def _dynamic_imports(path: Path) -> list[tuple[int, str | None]]:
    """(line, target) of every ``importlib.import_module(...)`` and ``__import__(...)``;
    the target is the literal module name, the constant start of an f-string, or None."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _is_dynamic_import(node.func) and node.args:
            found.append((node.lineno, _literal_start(node.args[0])))
    return found


def _is_dynamic_import(func: ast.expr) -> bool:
    if isinstance(func, ast.Attribute):
        return func.attr == "import_module"
    return isinstance(func, ast.Name) and func.id in ("__import__", "import_module")


def _literal_start(arg: ast.expr) -> str | None:
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return arg.value
    if isinstance(arg, ast.JoinedStr) and arg.values and isinstance(arg.values[0], ast.Constant):
        return str(arg.values[0].value)
    return None


def _dynamic_violations(layer: str, root: Path = ROOT) -> list[str]:
    bad = []
    for path in sorted((root / layer).rglob("*.py")):
        for lineno, target in _dynamic_imports(path):
            where = f"{path.relative_to(root)}:{lineno}"
            if target is None:
                bad.append(f"{where} imports a module named at run time")
            elif target.split(".")[0] in FORBIDDEN[layer]:
                bad.append(f"{where} imports {target}")
    return bad


@pytest.mark.parametrize("layer", LAYERS)
def test_no_layer_imports_what_it_may_not_at_run_time(layer):
    assert _dynamic_violations(layer) == []


def test_the_run_time_check_catches_a_violation(tmp_path):
    fake = tmp_path / "models"
    fake.mkdir()
    (fake / "bad.py").write_text(
        "import importlib\n"
        "importlib.import_module('PySide6.QtCore')\n"
        "__import__('app.cli')\n"
        "name = 'x'\n"
        "importlib.import_module(name)\n"
        "importlib.import_module(f'widgets.{name}')\n"
    )
    assert len(_dynamic_violations("models", tmp_path)) == 4
