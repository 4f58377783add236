"""Crash test: a writer SIGKILLed at random moments never leaves an unreadable cache.

A child process keeps writing versions of a large one-minute series (full rewrites,
overlapping appends and compactions); the parent kills it at a random moment, many
times over, and after every kill the cache must hold exactly the last completed
version or the one being written, never a mix, never an error.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from models.market.cache.store import SeriesCache, SeriesKey
from tests.cache_fixtures import BTC as BTC_INSTRUMENT
from tests.cache_fixtures import bars, crash_step

ROOT = Path(__file__).resolve().parents[1]
KEY = SeriesKey("ccxt", "binance", "BTC/USDT", "1m")
ROWS, APPEND_ROWS, KILLS = 60_000, 1_500, 32

# A small script that imports the cache once and then forks one writer per round, so
# each of the many kills costs milliseconds rather than a fresh interpreter's imports.
ZYGOTE = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    sys.path.insert(0, {root!r})
    import models.market.cache.versions as cache_module
    from models.market.cache.store import SeriesCache, SeriesKey
    from tests.cache_fixtures import BTC, crash_step

    cache_module.MAX_CHUNKS = 3  # so some appends are compactions
    key = SeriesKey("ccxt", "binance", "BTC/USDT", "1m")

    def write_forever(version):
        cache = SeriesCache(Path(sys.argv[1]))
        while True:
            frame, code, replace = crash_step(version, {rows}, {append_rows})
            os.write(1, f"start {{version}}\\n".encode())
            (cache.write if replace else cache.append)(key, frame, code, BTC)
            os.write(1, f"done {{version}}\\n".encode())
            version += 1

    write = write_forever

    """
)

# The zygotes' common end: for each "go N" line, fork a writer running ``write(N)``, say
# its pid, wait for it (the parent kills it) and say it was reaped. Each line is one
# os.write, so the lines of the zygote and of its child never interleave.
FORK_LOOP = textwrap.dedent(
    """
    for line in sys.stdin:
        pid = os.fork()
        if pid == 0:
            try:
                write(int(line.split()[1]))
            finally:
                os._exit(1)
        os.write(1, f"pid {pid}\\n".encode())
        os.waitpid(pid, 0)
        os.write(1, b"reaped\\n")
    """
)


def expected_state(version: int, memo: dict[int, tuple[pd.DataFrame, np.ndarray]]):
    """Frame and provenance the cache must hold once ``version`` is complete."""
    if version not in memo:
        frame, code, replace = crash_step(version, ROWS, APPEND_ROWS)
        codes = np.full(len(frame), code, dtype=np.uint8)
        if not replace:
            old, old_codes = expected_state(version - 1, memo)
            keep = ~old.index.isin(frame.index)
            frame = pd.concat([old[keep], frame])
            codes = np.concatenate([old_codes[keep], codes])
        memo[version] = (frame, codes)
    return memo[version]


def held_version(cache: SeriesCache, candidates: list[int], memo) -> int | None:
    """Which candidate version the cache holds exactly (None: nothing cached)."""
    got = cache.read(KEY)  # must never raise: that would be a corrupt cache
    if got is None:
        return None
    for version in candidates:
        frame, codes = expected_state(version, memo)
        same_index = np.array_equal(got.frame.index.asi8, frame.index.asi8)
        if same_index and np.array_equal(got.frame.to_numpy(), frame.to_numpy()):
            assert np.array_equal(got.provenance, codes)
            assert got.info.rows == len(frame)
            return version
    raise AssertionError(f"the cache holds none of versions {candidates}")


def start_zygote(tmp_path: Path, writer: str) -> subprocess.Popen:
    """Run a zygote (``writer`` defines ``write(N)``; ``FORK_LOOP`` follows) on the cache
    ``tmp_path / "cache"``; it reads "go N" lines and forks one writer per line."""
    script = tmp_path / "zygote.py"
    script.write_text(writer + FORK_LOOP)
    return subprocess.Popen(
        [sys.executable, str(script), str(tmp_path / "cache")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        bufsize=1,
    )


def kill_at_random(zygote: subprocess.Popen, version: int, rng: random.Random) -> list[str]:
    """Fork a writer starting at ``version``, SIGKILL it after a random delay, return its log."""
    zygote.stdin.write(f"go {version}\n")
    zygote.stdin.flush()
    log: list[str] = []
    while not (any(x.startswith("pid") for x in log) and any(x.startswith("start") for x in log)):
        log.append(zygote.stdout.readline().strip())
    time.sleep(rng.uniform(0.0, 0.2))
    os.kill(int(next(x for x in log if x.startswith("pid")).split()[1]), signal.SIGKILL)
    while log[-1] != "reaped":
        log.append(zygote.stdout.readline().strip())
    return log


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL (POSIX)")
def test_sigkill_at_random_moments_leaves_old_or_new_version(tmp_path):
    root = tmp_path / "cache"
    zygote = start_zygote(
        tmp_path, ZYGOTE.format(root=str(ROOT), rows=ROWS, append_rows=APPEND_ROWS)
    )
    cache, memo, rng = SeriesCache(root), {}, random.Random(20260121)
    held, interrupted = None, 0
    try:
        for _ in range(KILLS):
            log = kill_at_random(zygote, 0 if held is None else held + 1, rng)
            done = [int(line.split()[1]) for line in log if line.startswith("done")]
            started = [int(line.split()[1]) for line in log if line.startswith("start")]
            interrupted += started[-1] not in done
            before = done[-1] if done else held
            candidates = [v for v in (before, started[-1]) if v is not None]
            found = held_version(cache, candidates, memo)
            assert found is not None or before is None
            held = found if found is not None else held
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=30)
        zygote.stdout.close()
    assert interrupted >= KILLS // 2, "the kills should mostly land inside a write"
    assert held is not None and held >= KILLS


FIRST_WRITE_ZYGOTE = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    sys.path.insert(0, {root!r})
    from models.market.cache.store import SeriesCache, SeriesKey
    from tests.cache_fixtures import BTC, bars

    frame = bars("2024-01-01", {rows}, "1m")

    def first_writes(round_number):
        cache = SeriesCache(Path(sys.argv[1]))
        for n in range(1000):
            key = SeriesKey("ccxt", "binance", f"K{{round_number}}X{{n}}/USDT", "1m")
            os.write(1, f"start {{n}}\\n".encode())  # one write: lines never interleave
            cache.append(key, frame, 1, BTC)
            os.write(1, f"done {{n}}\\n".encode())

    write = first_writes
    """
)
FIRST_WRITE_KILLS = 15


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL (POSIX)")
def test_a_killed_first_write_leaves_no_series_folder_without_a_manifest(tmp_path):
    """Issue 10, defect 6: 11 of 15 kills left a manifest-less folder that pinned the pair
    to its exchange and hid its bytes. A first write now appears whole or not at all."""
    from models.market.cache.folders import series_dirs

    root = tmp_path / "cache"
    zygote = start_zygote(tmp_path, FIRST_WRITE_ZYGOTE.format(root=str(ROOT), rows=200_000))
    rng = random.Random(20261206)
    interrupted = 0
    try:
        for round_number in range(FIRST_WRITE_KILLS):
            log = kill_at_random(zygote, round_number, rng)
            done = {line.split()[1] for line in log if line.startswith("done")}
            started = [line.split()[1] for line in log if line.startswith("start")]
            interrupted += started[-1] not in done
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=30)
        zygote.stdout.close()
    cache = SeriesCache(root)
    assert interrupted >= FIRST_WRITE_KILLS // 2, "the kills should mostly land inside a write"
    assert all((d / "manifest.json").is_file() for d in series_dirs(root))
    listed = cache.list()
    assert len(listed) == len(series_dirs(root)) and not cache.notices
    for info in listed:
        assert cache.read(info.key).info.rows == 200_000
    leftovers = cache.unfinished()
    assert all(item.path.name.startswith(".tmp-") for item in leftovers)
    for item in leftovers:  # the next write of that series removes its leftovers
        cache.append(item.key, bars("2024-01-01", 10, "1m"), 1, BTC_INSTRUMENT)
    assert not cache.unfinished()
