"""finplot's own benchmark environment: a venv beside the bench, created on demand.

finplot requires PyQt6, which must never enter the app's environment (it would mix Qt
bindings with PySide6), so its figures are measured in a separate interpreter.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENV = HERE / ".finplot-venv"
PACKAGES = ("finplot", "numpy", "pandas")


def _venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")


def _base_python() -> str:
    # A venv's sys.executable would nest venvs; build from the interpreter behind it.
    base = Path(sys.base_prefix) / ("python.exe" if sys.platform == "win32" else "bin/python3")
    return str(base) if base.exists() else sys.executable


def finplot_python() -> tuple[Path | None, str]:
    """(python of the finplot venv, "") when usable, else (None, why not)."""
    python = _venv_python()
    if not python.exists():
        made = subprocess.run(
            [_base_python(), "-m", "venv", str(VENV)], capture_output=True, text=True
        )
        if made.returncode != 0:
            return None, f"python -m venv failed: {made.stderr.strip()[-300:]}"
    probe = [str(python), "-c", "import finplot, PyQt6"]
    if subprocess.run(probe, capture_output=True).returncode == 0:
        return python, ""
    pip = [str(python), "-m", "pip", "install", "-q", *PACKAGES]
    installed = subprocess.run(pip, capture_output=True, text=True)
    if installed.returncode != 0:
        return None, f"pip install finplot failed: {installed.stderr.strip()[-300:]}"
    return python, ""
