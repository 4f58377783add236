"""Where the cache lives: a flag, then an environment variable, then the platform default."""

from __future__ import annotations

import os
from pathlib import Path

CACHE_ENV = "LIQUIDITY_CASCADE_CACHE_DIR"
APP_NAME = "LiquidityCascade"


def default_cache_dir(override: str | os.PathLike | None = None) -> Path:
    """The cache directory: ``override`` if given, else ``$LIQUIDITY_CASCADE_CACHE_DIR``,
    else the platform's user cache directory."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
