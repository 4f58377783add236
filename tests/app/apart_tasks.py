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


def slow_walk(session, params, draws, seed, horizon, control):
    """``walk_task`` after about 20 seconds of steps that each check the cancel (for the
    cancel tests: unless the cancel reaches it, the child is busy that long)."""
    from app.evidence_controller import walk_task

    control.report(1, 100, "a long first month")
    for _ in range(4000):
        control.check_cancelled()
        time.sleep(0.005)
    return walk_task(session, params, draws, seed, horizon, control)
