"""Data files loaded at run time (instrument defaults, themes, translations).

Only a Qt-free path helper lives here; everything else in this folder is data.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent


def path(name: str) -> Path:
    """Absolute path of a resource file, e.g. ``path("instruments.json")``."""
    return ROOT / name
