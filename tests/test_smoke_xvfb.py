"""Smoke test: the real app under Xvfb with demo data shows a window that is not blank."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.xvfb


@pytest.fixture
def xvfb_display():
    """A private Xvfb server; its display number comes back through -displayfd."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (CI installs it through .ci/run)")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()  # blocks until the server is ready
        if not number:
            pytest.fail("Xvfb did not report a display number")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def _distinct_colours(image: QImage, step: int = 4) -> int:
    colours = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            colours.add(image.pixel(x, y))
    return len(colours)


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
    image = QImage(str(shot))
    assert not image.isNull()
    assert image.width() >= 800 and image.height() >= 500
    assert _distinct_colours(image) > 200, "the window looks blank"
