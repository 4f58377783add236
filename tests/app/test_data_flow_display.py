"""Launching the window without a display: one clear line and exit code 1, not Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.bootstrap import NO_DISPLAY_MESSAGE, no_display

ROOT = Path(__file__).resolve().parents[2]


def test_no_display_is_detected_only_on_linux_without_any_platform():
    assert no_display({}, "linux")
    assert not no_display({"DISPLAY": ":0"}, "linux")
    assert not no_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not no_display({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not no_display({}, "darwin") and not no_display({}, "win32")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland check is Linux's")
def test_main_without_a_display_prints_one_line_and_exits_1(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["LIQUIDITY_CASCADE_SETTINGS"] = str(tmp_path / "s.ini")
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--offline", "--cache-dir", str(tmp_path / "c")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert done.returncode == 1
    assert done.stderr.strip() == NO_DISPLAY_MESSAGE
    assert "error: no display found; set DISPLAY" in done.stderr
