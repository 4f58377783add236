"""Module-level tasks for the child process of ``app.process_apart`` (a task must be
importable there by name)."""

from __future__ import annotations

import time


def counting_task(name: str, steps: int, control) -> str:
    """Report each of ``steps`` steps as ``name``, checking the cancel between them."""
    for step in range(steps):
        control.check_cancelled()
        control.report(step + 1, steps, f"{name} {step + 1}")
        time.sleep(0.02)
    return name
