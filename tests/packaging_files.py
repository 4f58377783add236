"""What an installation must hold, and the scripts of ``packaging/`` loaded as modules.

``packaging/`` has no ``__init__.py`` on purpose: as a package it would shadow the
``packaging`` library that pip and pytest import. Its scripts are loaded by path here.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("app", "widgets", "models", "resources")
#: files in resources/ that stay in the checkout: translation sources and notes
NOT_SHIPPED_SUFFIXES = (".ts", ".md")


def load_script(name: str):
    """``packaging/<name>.py`` as a module."""
    module_name = f"packaging_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, ROOT / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


def _files(folder: Path) -> set[str]:
    return {
        p.relative_to(ROOT).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def python_modules() -> set[str]:
    """Every module of the four packages, as a path relative to the checkout."""
    return {f for package in PACKAGES for f in _files(ROOT / package) if f.endswith(".py")}


def runtime_resources() -> set[str]:
    """Every data file the app reads at run time from ``resources/``."""
    return {
        f
        for f in _files(ROOT / "resources")
        if not f.endswith(".py") and not f.endswith(NOT_SHIPPED_SUFFIXES)
    }
