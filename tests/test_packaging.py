"""``pip install .`` installs the whole app: every module, every resource file, both
launchers and the one version, and the installed app runs from outside the checkout.

The wheel is built offline from a copy of the sources (no build isolation, the project
venv's setuptools), then installed without dependencies into a fresh venv that borrows the
project venv's libraries through a ``.pth`` file, so nothing is downloaded.
"""

from __future__ import annotations

import configparser
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from models.version import __version__
from tests.packaging_files import (
    PACKAGES,
    ROOT,
    load_script,
    python_modules,
    runtime_resources,
)

GUI_LAUNCHER = "liquidity-cascade"
CONSOLE_LAUNCHER = "liquidity-cascade-cli"
PIP = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input"]

# one xdist group: the wheel and the venv are built once per run, not once per worker
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("packaging")]


def _run(command, **kwargs) -> subprocess.CompletedProcess:
    proc = subprocess.run(command, capture_output=True, text=True, timeout=110, **kwargs)
    assert proc.returncode == 0, f"{command}\n{proc.stdout[-1500:]}\n{proc.stderr[-1500:]}"
    return proc


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel of a copy of the checkout (the build leaves build/ and egg-info behind)."""
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    for package in PACKAGES:
        shutil.copytree(
            ROOT / package, source / package, ignore=shutil.ignore_patterns("__pycache__")
        )
    out = tmp_path_factory.mktemp("wheel")
    _run(
        [
            *PIP,
            "wheel",
            str(source),
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "-w",
            str(out),
        ]
    )
    (built,) = out.glob("*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh venv with the wheel installed; its dependencies are the project venv's."""
    venv = tmp_path_factory.mktemp("installed") / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)])
    python = _program(venv, "python")
    _run([*PIP, "--python", python, "install", "--no-deps", "--no-index", str(wheel)])
    site = _run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"])
    here = sysconfig.get_paths()
    # appended after the venv's own site-packages: the installed app comes first
    lines = sorted({here["purelib"], here["platlib"]})
    (Path(site.stdout.strip()) / "project-dependencies.pth").write_text("\n".join(lines) + "\n")
    return venv


def _program(venv: Path, name: str) -> str:
    """A venv's program: ``bin/name`` here, ``Scripts\\name.exe`` on Windows."""
    if os.name == "nt":
        return str(venv / "Scripts" / f"{name}.exe")
    return str(venv / "bin" / name)


def _outside_env(**extra) -> dict:
    """The environment minus anything that would put the checkout on the path."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    return {**env, **extra}


def test_wheel_holds_every_module_and_resource(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert python_modules() - names == set()
    expected = runtime_resources()
    assert {"resources/instruments.json", "resources/icons/liquidity-cascade.svg"} <= expected
    assert any(f.endswith(".qm") for f in expected) and any(f.endswith(".qss") for f in expected)
    assert expected - names == set(), "add the missing files to pyproject's package-data"
    assert not [n for n in names if n.startswith(("tests/", "bench/", "packaging/"))]


def test_wheel_declares_both_launchers_and_the_one_version(wheel):
    archive = zipfile.ZipFile(wheel)
    info = f"liquidity_cascade-{__version__}.dist-info"
    assert wheel.name.startswith(f"liquidity_cascade-{__version__}-")
    points = configparser.ConfigParser()
    points.read_string(archive.read(f"{info}/entry_points.txt").decode())
    assert points["gui_scripts"][GUI_LAUNCHER] == "app.launch:main"
    assert points["console_scripts"][CONSOLE_LAUNCHER] == "app.launch:main"
    metadata = archive.read(f"{info}/METADATA").decode()
    assert f"\nVersion: {__version__}\n" in metadata


def test_installed_launchers_run_outside_the_checkout(installed, tmp_path):
    env = _outside_env()
    version = _run([_program(installed, GUI_LAUNCHER), "--version"], cwd=tmp_path, env=env)
    assert version.stdout.strip() == f"Liquidity Cascade {__version__}"
    helped = _run([_program(installed, CONSOLE_LAUNCHER), "--help"], cwd=tmp_path, env=env)
    assert "export" in helped.stdout and "leadlag" in helped.stdout
    where = _run(
        [
            _program(installed, "python"),
            "-c",
            "import app, resources; print(app.__file__); print(resources.ROOT)",
        ],
        cwd=tmp_path,
        env=env,
    )
    for line in where.stdout.split():
        assert Path(line).is_relative_to(installed), where.stdout


def test_installed_export_reads_the_installed_resources(installed, tmp_path):
    out = tmp_path / "chart.png"
    command = [_program(installed, CONSOLE_LAUNCHER), "export", "--demo", "--out", str(out)]
    command += ["--cache-dir", str(tmp_path / "cache"), "--size", "800x500"]
    env = _outside_env(QT_QPA_PLATFORM="offscreen", LIQUIDITY_CASCADE_LANG="ru")
    _run(command, cwd=tmp_path, env=env)
    image = QImage(str(out))
    assert (image.width(), image.height()) == (800, 500)
    sidecar = json.loads(out.with_suffix(".json").read_text())
    assert sidecar["app"]["version"] == __version__
    listed = _run(
        [
            _program(installed, "python"),
            "-c",
            "import resources; print(*sorted(p.relative_to(resources.ROOT.parent).as_posix()"
            " for p in resources.ROOT.rglob('*') if p.is_file()), sep='\\n')",
        ],
        cwd=tmp_path,
        env=env,
    )
    assert runtime_resources() <= set(listed.stdout.split())


def test_bundle_archive_is_named_for_the_version_and_holds_one_folder(tmp_path):
    build = load_script("build_bundle")
    bundle = tmp_path / "dist" / GUI_LAUNCHER
    (bundle / "_internal").mkdir(parents=True)
    (bundle / GUI_LAUNCHER).write_text("launcher")
    build.add_desktop_files(bundle)
    assert os.access(bundle / "install-desktop.sh", os.X_OK)
    made = build.pack(bundle, tmp_path / "dist")
    assert made.name.startswith(f"{GUI_LAUNCHER}-{__version__}-")
    unpacked = tmp_path / "unpacked"
    shutil.unpack_archive(made, unpacked)
    assert [p.name for p in unpacked.iterdir()] == [GUI_LAUNCHER]
    assert (unpacked / GUI_LAUNCHER / GUI_LAUNCHER).read_text() == "launcher"
    assert (unpacked / GUI_LAUNCHER / f"{GUI_LAUNCHER}.desktop").is_file()
