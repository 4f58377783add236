"""The Linux desktop entry: its template names the app's icon and window class, and
``make install-desktop`` (packaging/install-desktop.sh) puts a valid entry starting the
given launcher, and every icon size, in the user's data folder; ``--uninstall`` removes them."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.identity import DISPLAY_NAME, ICON_NAME, icon_files
from app.settings import APPLICATION
from tests.packaging_files import ROOT

SCRIPT = ROOT / "packaging" / "install-desktop.sh"
TEMPLATE = ROOT / "packaging" / f"{ICON_NAME}.desktop"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux desktops")


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, comment_prefixes=("#",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read_string(path.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def _launcher(folder: Path) -> Path:
    """A stand-in executable (the entry only needs a path that runs)."""
    folder.mkdir(parents=True, exist_ok=True)
    launcher = folder / ICON_NAME
    launcher.write_text("#!/bin/sh\nexit 0\n")
    launcher.chmod(0o755)
    return launcher


def _install(data_home: Path, *args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(data_home), "XDG_DATA_HOME": str(data_home)}
    return subprocess.run(
        ["sh", str(SCRIPT), *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=60
    )


def test_template_names_the_app_its_icon_and_its_window_class():
    entry = _entry(TEMPLATE)
    assert entry["Type"] == "Application"
    assert entry["Name"] == DISPLAY_NAME
    assert entry["Icon"] == ICON_NAME
    assert entry["StartupWMClass"] == APPLICATION
    assert entry["Terminal"] == "false"


def test_install_puts_entry_and_every_icon_size(tmp_path):
    data = tmp_path / "data"
    launcher = _launcher(tmp_path / "with space")
    proc = _install(data, str(launcher))
    assert proc.returncode == 0, proc.stderr
    entry = _entry(data / "applications" / f"{ICON_NAME}.desktop")
    assert entry["Exec"] == f'"{launcher}"'  # quoted: the path holds a space
    assert entry["TryExec"] == str(launcher)
    assert entry["Icon"] == ICON_NAME
    hicolor = data / "icons" / "hicolor"
    for png in icon_files():
        size = png.stem.rsplit("-", 1)[1]
        installed = hicolor / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
        assert installed.read_bytes() == png.read_bytes()
    assert (hicolor / "scalable" / "apps" / f"{ICON_NAME}.svg").is_file()


def test_uninstall_removes_what_install_put(tmp_path):
    data = tmp_path / "data"
    assert _install(data, str(_launcher(tmp_path / "bin"))).returncode == 0
    proc = _install(data, "--uninstall")
    assert proc.returncode == 0, proc.stderr
    left = [p for p in data.rglob("*") if p.is_file() and ICON_NAME in p.name]
    assert left == []


def test_install_refuses_a_launcher_that_is_not_executable(tmp_path):
    proc = _install(tmp_path / "data", str(tmp_path / "missing"))
    assert proc.returncode != 0
    assert "is not an executable file" in proc.stderr
    assert not (tmp_path / "data" / "applications" / f"{ICON_NAME}.desktop").exists()


def test_install_refuses_a_path_the_entry_could_not_quote(tmp_path):
    proc = _install(tmp_path / "data", str(_launcher(tmp_path / "a$b")))
    assert proc.returncode != 0
    assert "may not contain" in proc.stderr


def test_make_install_desktop_uses_the_given_launcher(tmp_path):
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    data = tmp_path / "data"
    launcher = _launcher(tmp_path / "bin")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(data)}
    proc = subprocess.run(
        ["make", "--no-print-directory", "install-desktop", f"LAUNCHER={launcher}"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert _entry(data / "applications" / f"{ICON_NAME}.desktop")["TryExec"] == str(launcher)


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_installed_entry_passes_desktop_file_validate(tmp_path):
    data = tmp_path / "data"
    assert _install(data, str(_launcher(tmp_path / "with space"))).returncode == 0
    for path in (TEMPLATE, data / "applications" / f"{ICON_NAME}.desktop"):
        proc = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
        assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout + proc.stderr
