"""Entry point of the installed commands ``liquidity-cascade`` and ``liquidity-cascade-cli``.

Both take the arguments of ``python main.py``: none (or window options) opens the window,
a subcommand runs headless. The installer's wrapper calls ``main()`` with no arguments.
"""

from __future__ import annotations

import multiprocessing
import sys

from app.cli import main as run_command_line


def main() -> int:
    """Run the command line on this process's arguments; returns the exit code."""
    # a frozen app's child processes (a large price file is read in one) start here too
    multiprocessing.freeze_support()
    return run_command_line(sys.argv[1:])
