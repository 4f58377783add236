"""``main.py export --view cascade``: the cascade strip of the chosen stages, headless.

The stages and their options are ``cascade``'s (``--stages``, ``--min-lag``/``--max-lag``,
``--draws``, ``--anchor``, ``--lookback``/``--horizon``; ``--as-of`` as for the chart); the
image options are ``export``'s (``--out``, ``--size``, ``--pixel-ratio``, ``--theme``,
``--caption``, ``--start``/``--end`` for the dates shown). The series come from
``--demo``, ``--import`` or the cache, topped up unless ``--offline``, as for the chart.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def add_view_options(parser: argparse.ArgumentParser) -> None:
    """``--view`` and the cascade's own options, in a group of their own."""
    from app.commands.cascade import add_cascade_options

    parser.add_argument(
        "--view", choices=("chart", "cascade"), default="chart", help="what to draw (chart)"
    )
    add_cascade_options(parser.add_argument_group("the cascade view (--view cascade)"))


def run_cascade_export(args: argparse.Namespace, out: Path, spec) -> object:
    """Judge the chain and write the strip, its caption and sidecar; the ``ExportResult``."""
    from app.commands.cascade import analyse
    from app.commands.export_snapshot import parse_date
    from app.export.cascade_export import export_cascade

    start, end = parse_date(args.start, "--start"), parse_date(args.end, "--end")
    analysis = analyse(args, fetch=True)
    return export_cascade(analysis, out, spec, args.theme, start, end)
