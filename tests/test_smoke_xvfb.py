"""Smoke test: the real app under Xvfb with demo data shows a window that is not blank."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests import xvfb

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.xvfb
xvfb_display = xvfb.xvfb_display  # the fixture


def test_demo_window_under_xvfb_is_not_blank(xvfb_display, tmp_path):
    shot = tmp_path / "window.png"
    env = {
        **os.environ,
        "DISPLAY": xvfb_display,
        "QT_QPA_PLATFORM": "xcb",
        "LIQUIDITY_CASCADE_SCREENSHOT": str(shot),
        "LIQUIDITY_CASCADE_SETTINGS": str(tmp_path / "settings.ini"),
    }
    cmd = [sys.executable, str(ROOT / "main.py"), "--demo", "--cache-dir", str(tmp_path / "c")]
    proc = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=90)
    assert proc.returncode == 0, proc.stderr[-1500:]
    assert "screenshot=saved" in proc.stdout, proc.stdout + proc.stderr[-800:]
    # the cross-correlation ran in its spawned child process (frozen: freeze_support)
    assert "statistics=shown" in proc.stdout, proc.stdout + proc.stderr[-800:]
    image = QImage(str(shot))
    assert not image.isNull()
    assert image.width() >= 800 and image.height() >= 500
    assert xvfb.distinct_colours(image) > 200, "the window looks blank"
