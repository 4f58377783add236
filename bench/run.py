"""Run every benchmark of the project and print its figures.

``python bench/run.py [--quick] [--json] [--only NAME ...]``

Each ``bench/bench_*.py`` module defines ``run(quick: bool) -> dict[str, float]``
returning figures by name (medians of repeated runs, in the unit the name says).
Each module runs in its own interpreter so one benchmark's imports, Qt state and
heap cannot colour another's. ``--json`` prints one JSON object of name to number.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def _modules(only: list[str]) -> list[str]:
    names = sorted(p.stem for p in HERE.glob("bench_*.py"))
    if only:
        names = [n for n in names if any(o in n for o in only)]
    return names


def _run_inner(name: str, quick: bool) -> dict[str, float]:
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(HERE))
    module = importlib.import_module(name)
    return {k: float(v) for k, v in module.run(quick).items()}


def _run_module(name: str, quick: bool) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    cmd = [sys.executable, str(Path(__file__)), "--inner", name] + (["--quick"] if quick else [])
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT)
    if proc.returncode != 0:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:]
        print(f"[{name}] failed: {tail[0] if tail else proc.returncode}", file=sys.stderr)
        return {}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    """Entry point; see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats, smaller sizes")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--only", nargs="*", default=[], help="run modules matching these")
    parser.add_argument("--inner", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.inner:
        print(json.dumps(_run_inner(args.inner, args.quick)))
        return 0
    figures: dict[str, float] = {}
    failed = False
    for name in _modules(args.only):
        started = time.perf_counter()
        result = _run_module(name, args.quick)
        failed |= not result
        figures.update(result)
        if not args.json:
            for key, value in result.items():
                print(f"{key:48s} {value:12.3f}")
            print(f"  ({name}: {time.perf_counter() - started:.1f} s)", file=sys.stderr)
    if args.json:
        print(json.dumps(figures, indent=2, sort_keys=True))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
