"""Composition root: bootstrap, main window, controllers, presenter, workers, settings, CLI."""

from models.version import __version__

__all__ = ["__version__"]
