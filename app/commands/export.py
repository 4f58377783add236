"""``main.py export``: render the chart headless to PNG or SVG, with its evidence sidecar.

``main.py export --out FILE.png|.svg [--equity SYMBOL] [--crypto SYMBOL,...] [--lag DAYS]
[--start DATE] [--end DATE] [--scale price|percent|index] [--log-axis auto|on|off]
[--size WxH]
[--pixel-ratio R] [--theme light|dark] [--caption/--no-caption] [rule options]
[--as-of DATE] [--import SYMBOL=FILE ...] [--demo] [--offline] [--cache-dir DIR]``

``--view cascade`` draws the cascade strip instead (a row per stage, turns marked,
the caption stating the stages, the rows' normalisation and each hop's lead, interval,
p and N), with the options of ``main.py cascade`` (``--stages``, ``--min-lag``,
``--max-lag``, ``--draws``, ``--anchor`` ...).

``--as-of DATE`` draws what the app would have shown that day: every series cut at
DATE's close before anything is computed; the caption and the sidecar state the date.

Writes the image at exactly ``--size`` pixels (default 1920x1080) and ``FILE.json``
beside it, prints both paths and exits 0. ``--log-axis auto`` (the default) draws the
crypto pane on a log axis when the values shown span more than 10x, as the window does;
``--scale log`` is kept as ``--scale price --log-axis on``. No display is needed:
without one, the Qt platform is set to ``offscreen``. ``--offline`` uses the cache only.
Bad arguments, an unknown symbol or missing data give a one-line error and a non-zero
exit.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from app.commands.common import add_options_below_top_level, check_output_folder, plain

EXIT_OK = 0
EXIT_USAGE = 2
DEFAULT_SIZE = "1920x1080"


def register(subparsers, add_common_options) -> None:
    """Add ``export`` to the top-level parser."""
    from app.commands.analytics_input import add_as_of_option, add_rule_options
    from app.commands.export_cascade import add_view_options

    parser = subparsers.add_parser(
        "export",
        help="render the chart to PNG or SVG with its evidence sidecar (no window)",
        description=plain(__doc__),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_options_below_top_level(parser, add_common_options)
    parser.add_argument("--out", required=True, metavar="FILE", help="FILE.png or FILE.svg")
    parser.add_argument("--equity", metavar="SYMBOL", help="equity index (default: ^RUT)")
    parser.add_argument("--crypto", metavar="SYMBOL,...", help="crypto (default: BTC, ETH)")
    parser.add_argument("--lag", type=int, default=0, metavar="DAYS", help="lag in days (0)")
    parser.add_argument("--start", metavar="DATE", help="first date shown (YYYY-MM-DD)")
    parser.add_argument("--end", metavar="DATE", help="last date shown (YYYY-MM-DD)")
    parser.add_argument("--scale", choices=("price", "percent", "index", "log"), default="index")
    parser.add_argument(
        "--log-axis", choices=("auto", "on", "off"), default="auto", help="crypto axis (auto)"
    )
    parser.add_argument("--size", default=DEFAULT_SIZE, metavar="WxH", help="pixels (1920x1080)")
    parser.add_argument("--pixel-ratio", type=float, default=1.0, metavar="R", help="(1)")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument(
        "--caption", action=argparse.BooleanOptionalAction, default=True, help="caption block"
    )
    add_rule_options(parser)
    add_as_of_option(parser)
    add_view_options(parser)
    parser.error = lambda message: _usage_error(parser, message)
    parser.set_defaults(handler=run)


def _usage_error(parser: argparse.ArgumentParser, message: str):
    """argparse's error as one line (its default prints the whole usage first)."""
    print(f"{parser.prog}: error: {message}", file=sys.stderr)
    raise SystemExit(EXIT_USAGE)


def run(args: argparse.Namespace) -> int:
    """Load the data, build the chart offscreen, write image and sidecar."""
    use_offscreen_without_display()
    from app.commands.analytics_input import params_from
    from app.commands.export_snapshot import load_snapshot
    from app.export.exporter import export_image, image_format
    from app.export.headless import ensure_application
    from models.analysis.breakouts import check_params
    from models.records.image_spec import ImageSpec, parse_size

    out = Path(args.out).expanduser()
    image_format(out)  # refuse a bad name or folder before any loading
    check_output_folder(out)
    width, height = parse_size(args.size)
    spec = ImageSpec(width, height, float(args.pixel_ratio), bool(args.caption))
    params = params_from(args)
    check_params(params)
    ensure_application()
    if args.view == "cascade":
        from app.commands.export_cascade import run_cascade_export

        result = run_cascade_export(args, out, spec)
    else:
        result = export_image(load_snapshot(args, params), out, spec)
    print(f"{result.image_path} ({result.width_px}x{result.height_px})")
    print(result.sidecar_path)
    return EXIT_OK


def use_offscreen_without_display() -> None:
    """Pick Qt's offscreen platform when no display exists (a server, a cron job, CI)."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
