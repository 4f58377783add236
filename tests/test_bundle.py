"""The one-folder PyInstaller bundle (``make dist``): built from the checkout, it carries
its own Python and every resource file, opens the window under Xvfb, exports headless,
and installs its own desktop entry.

The build takes about a minute alone and several on a busy machine, so these tests are
marked ``bundle`` and run by ``make test-bundle``, not by ``make test``; the module is one
xdist group, so a parallel run builds the bundle once. The bundle runs with a bare
environment (no Python on PATH, no PYTHONPATH), as on a machine without Python, and is
deleted afterwards (~300 MiB).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from app.identity import ICON_NAME
from models.version import __version__
from tests import xvfb
from tests.packaging_files import ROOT, runtime_resources

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.slow,
    pytest.mark.xdist_group("bundle"),
    pytest.mark.timeout(900),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="built and run on Linux"),
]
xvfb_display = xvfb.xvfb_display  # the fixture
BUILD_TIMEOUT_S = 800


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Iterator[Path]:
    """A fresh bundle built by packaging/build_bundle.py (no archive: not under test)."""
    pytest.importorskip("PyInstaller", reason="make test-bundle installs the bundle extra")
    root = tmp_path_factory.mktemp("bundle")
    command = [sys.executable, str(ROOT / "packaging" / "build_bundle.py"), "--no-archive"]
    command += ["--dist", str(root / "dist"), "--work", str(root / "work")]
    started = time.perf_counter()
    proc = subprocess.run(command, capture_output=True, text=True, timeout=BUILD_TIMEOUT_S)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-3000:]
    print(f"bundle built in {time.perf_counter() - started:.0f} s: {proc.stdout.strip()}")
    yield root / "dist" / ICON_NAME
    shutil.rmtree(root, ignore_errors=True)  # pytest keeps three runs' temp folders


def _bare_env(home: Path, **extra) -> dict:
    """A machine's environment without Python: system PATH only, nothing of the venv."""
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", **extra}


def _run(command, env, timeout=120) -> subprocess.CompletedProcess:
    proc = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout)
    assert proc.returncode == 0, proc.stdout[-1500:] + proc.stderr[-1500:]
    return proc


def test_bundle_carries_its_python_and_every_resource(bundle, tmp_path):
    internal = bundle / "_internal"
    assert list(internal.glob("libpython3*.so*")), "the bundle must carry its own libpython"
    missing = [f for f in sorted(runtime_resources()) if not (internal / f).is_file()]
    assert missing == []
    launcher = bundle / ICON_NAME
    version = _run([str(launcher), "--version"], _bare_env(tmp_path), timeout=60)
    assert version.stdout.strip() == f"Liquidity Cascade {__version__}"


def test_bundled_window_opens_under_xvfb(bundle, xvfb_display, tmp_path):
    shot = tmp_path / "window.png"
    env = _bare_env(
        tmp_path,
        DISPLAY=xvfb_display,
        QT_QPA_PLATFORM="xcb",
        LIQUIDITY_CASCADE_SCREENSHOT=str(shot),
        LIQUIDITY_CASCADE_SETTINGS=str(tmp_path / "settings.ini"),
    )
    command = [str(bundle / ICON_NAME), "--demo", "--cache-dir", str(tmp_path / "cache")]
    proc = _run(command, env)
    assert "screenshot=saved" in proc.stdout, proc.stdout + proc.stderr[-800:]
    # the cross-correlation ran in its spawned child process (frozen: freeze_support)
    assert "statistics=shown" in proc.stdout, proc.stdout + proc.stderr[-800:]
    image = QImage(str(shot))
    assert image.width() >= 800 and image.height() >= 500
    assert xvfb.distinct_colours(image) > 200, "the window looks blank"


def test_bundled_export_writes_png_without_a_display(bundle, tmp_path):
    out = tmp_path / "chart.png"
    command = [str(bundle / ICON_NAME), "export", "--demo", "--out", str(out)]
    command += ["--cache-dir", str(tmp_path / "cache")]
    proc = _run(command, _bare_env(tmp_path))  # no DISPLAY, no QT_QPA_PLATFORM
    assert str(out) in proc.stdout
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1920, 1080)
    assert xvfb.distinct_colours(image, step=8) > 50
    sidecar = json.loads(out.with_suffix(".json").read_text())
    assert sidecar["app"]["version"] == __version__


def test_bundle_installs_its_own_desktop_entry(bundle, tmp_path):
    data = tmp_path / "data"
    _run(["sh", str(bundle / "install-desktop.sh")], _bare_env(tmp_path, XDG_DATA_HOME=str(data)))
    entry = (data / "applications" / f"{ICON_NAME}.desktop").read_text()
    assert f'Exec="{bundle / ICON_NAME}"' in entry
    icon = data / "icons" / "hicolor" / "512x512" / "apps" / f"{ICON_NAME}.png"
    assert icon.read_bytes() == (ROOT / "resources" / "icons" / f"{ICON_NAME}-512.png").read_bytes()
