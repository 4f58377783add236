"""Build the one-folder bundle with PyInstaller and pack it as the released archive.

``make dist`` runs this; without make (Windows PowerShell)::

    .venv\\Scripts\\python -m pip install -e ".[bundle]"
    .venv\\Scripts\\python packaging\\build_bundle.py

It writes ``dist/liquidity-cascade/`` (the launcher ``liquidity-cascade`` and its
``_internal`` folder; on Windows also ``liquidity-cascade-cli.exe`` for the subcommands)
and ``dist/liquidity-cascade-<version>-<os>-<machine>.tar.gz`` (``.zip`` on Windows). On
Linux the folder also holds ``install-desktop.sh`` and the desktop entry it installs.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script from anywhere: app and models are here

from app.identity import ICON_NAME as NAME  # noqa: E402  the spec's COLLECT name too
from models.version import __version__  # noqa: E402

SPEC = ROOT / "packaging" / "liquidity-cascade.spec"
#: copied beside the launcher so an unpacked bundle can add itself to the menu
DESKTOP_FILES = ("install-desktop.sh", f"{NAME}.desktop")


def archive_base(dist: Path) -> Path:
    """``dist/liquidity-cascade-<version>-<os>-<machine>``, without the archive suffix."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    return dist / f"{NAME}-{__version__}-{system}-{platform.machine().lower()}"


def run_pyinstaller(dist: Path, work: Path) -> Path:
    """Run the spec; returns the bundle folder."""
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    subprocess.run(command, check=True, cwd=ROOT)
    return dist / NAME


def add_desktop_files(bundle: Path) -> None:
    """The Linux menu installer and its entry, beside the launcher."""
    for name in DESKTOP_FILES:
        shutil.copy2(ROOT / "packaging" / name, bundle / name)


def pack(bundle: Path, dist: Path) -> Path:
    """The released archive of ``bundle`` (one top folder, ``liquidity-cascade/``)."""
    kind = "zip" if sys.platform == "win32" else "gztar"
    made = shutil.make_archive(str(archive_base(dist)), kind, bundle.parent, bundle.name)
    return Path(made)


def folder_size(folder: Path) -> int:
    """Bytes of every file below ``folder``."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build(dist: Path, work: Path, archive: bool = True) -> Path:
    """Build the bundle into ``dist`` (and its archive); returns the bundle folder."""
    started = time.perf_counter()
    bundle = run_pyinstaller(dist, work)
    if sys.platform.startswith("linux"):
        add_desktop_files(bundle)
    print(f"bundle: {bundle} ({folder_size(bundle) / 2**20:.0f} MiB)")
    if archive:
        made = pack(bundle, dist)
        print(f"archive: {made} ({made.stat().st_size / 2**20:.0f} MiB)")
    print(f"built in {time.perf_counter() - started:.0f} s")
    return bundle


def main(argv: list[str] | None = None) -> int:
    """Parse the folders and build."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's cache"
    )
    parser.add_argument("--no-archive", action="store_true", help="only the folder")
    args = parser.parse_args(argv)
    build(args.dist.resolve(), args.work.resolve(), archive=not args.no_archive)
    return 0


if __name__ == "__main__":
    sys.exit(main())
