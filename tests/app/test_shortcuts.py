"""Every listed shortcut is unique, bound to a window action, and shown in the help dialog."""

from __future__ import annotations

import argparse

import pytest
from PySide6.QtGui import QAction, QKeySequence

from app.bootstrap import build_window
from tests.app.fakes import FakeRepository
from widgets.shortcuts import SHORTCUTS, WIDGET_KEYS, ShortcutsDialog, key_for


def test_shortcut_keys_are_unique():
    keys = [QKeySequence(s.keys).toString() for s in SHORTCUTS]
    assert len(keys) == len(set(keys))
    with pytest.raises(KeyError):
        key_for("no_such_command")


def test_every_shortcut_is_bound_in_the_window(qtbot):
    args = argparse.Namespace(offline=True, cache_dir=None, demo=False, imports=[])
    window, workers = build_window(args, repository=FakeRepository({}))
    qtbot.addWidget(window)
    bound = {a.shortcut().toString() for a in window.findChildren(QAction)}
    missing = [s.name for s in SHORTCUTS if QKeySequence(s.keys).toString() not in bound]
    assert missing == []
    workers.wait_for_done(5000)


def test_help_dialog_lists_every_key(qtbot):
    dialog = ShortcutsDialog()
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(SHORTCUTS) + len(WIDGET_KEYS)
    described = {dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert "Snap the lag to the best lag" in described
