"""A private Xvfb server for tests that launch the real app, and a blank-window check."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from PySide6.QtGui import QImage


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


def distinct_colours(image: QImage, step: int = 4) -> int:
    """How many colours a grid of every ``step``-th pixel holds (a blank window has few)."""
    colours = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            colours.add(image.pixel(x, y))
    return len(colours)
