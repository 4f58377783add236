"""Composition root: bootstrap, main window, controller, workers, settings, export, CLI."""

__version__ = "0.1.0"
