"""What the command-line tests share: run ``main.py`` in-process and write a frame as CSV."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from app.cli import main


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    """``main.py ARGV`` in this process: (exit code, stdout, stderr)."""
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def write_csv(frame: pd.DataFrame, path: Path) -> Path:
    """``frame`` as a CSV file ``--import`` reads (the app's own format)."""
    frame.to_csv(path, index_label="date", float_format="%.6f")
    return path
