"""The command line: ``python main.py [options]`` opens the window; subcommands run headless.

Each subcommand lives in its own module under ``app/commands`` and exposes
``register(subparsers, common)``; the module imports nothing heavy at top level so
``--help`` stays fast. Every failure ends as one line on stderr and a non-zero exit.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence

from app import __version__

#: subcommand modules, in the order ``--help`` lists them
COMMAND_MODULES = ("data", "events", "leadlag", "altseason", "cascade", "watch", "export")

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: what a shell expects of ``cmd | head``

log = logging.getLogger(__name__)


def add_common_options(parser: argparse.ArgumentParser, *, below_top_level: bool = False) -> None:
    """Options every entry point shares: cache location, offline mode, demo data, imports.

    Subcommands get them with ``below_top_level=True``: their defaults are suppressed,
    because argparse would otherwise copy a subparser's defaults over the values given
    before the subcommand (``main.py --offline data refresh`` would lose ``--offline``).
    """

    def default(value):
        return argparse.SUPPRESS if below_top_level else value

    parser.add_argument(
        "--cache-dir",
        metavar="DIR",
        default=default(None),
        help="cache directory (overrides the default)",
    )
    parser.add_argument(
        "--offline",
        action="store_true",
        default=default(False),
        help="use the cache only; never touch the network",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        default=default(False),
        help="use synthetic demo data (watermarked)",
    )
    parser.add_argument(
        "--import",
        dest="imports",
        action="append",
        default=default([]),
        metavar="SYMBOL=FILE",
        help="import a CSV for SYMBOL before running (repeatable)",
    )


def _add_subcommand_options(parser: argparse.ArgumentParser) -> None:
    add_common_options(parser, below_top_level=True)


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, with every available subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="main.py",
        description="Liquidity Cascade: does a Russell 2000 breakout lead crypto, and by how long?",
    )
    parser.add_argument("--version", action="version", version=f"Liquidity Cascade {__version__}")
    add_common_options(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = _command_module(name)
        if module is not None:
            module.register(subparsers, _add_subcommand_options)
    return parser


def _command_module(name: str):
    try:
        return importlib.import_module(f"app.commands.{name}")
    except ModuleNotFoundError as exc:
        if exc.name == f"app.commands.{name}":
            return None
        raise


def main(argv: Sequence[str]) -> int:
    """Parse ``argv``, run the chosen command and turn every failure into an exit code."""
    from models.errors import DataError

    parser = build_parser()
    args = parser.parse_args(list(argv))
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
            return _launch_window(args)
        code = int(handler(args) or EXIT_OK)
        sys.stdout.flush()  # a reader that went away shows here, not at interpreter exit
        return code
    except BrokenPipeError:
        return _reader_went_away()
    except DataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except OSError as exc:  # the disk refused somewhere no model caught it: still one sentence
        from models.errors import storage_error

        print(
            f"error: {storage_error(exc, exc.filename or '', 'complete the command')}",
            file=sys.stderr,
        )
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:  # the last line of defence: never print a traceback
        log.debug("unexpected failure", exc_info=True)
        print(f"error: unexpected {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_FAILURE


def _reader_went_away() -> int:
    """The reader of stdout closed it (``| head``): stop quietly, as a shell tool does.

    stdout is pointed at devnull so Python's flush at exit does not fail a second time.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is not a real file (captured in a test)
        pass
    return EXIT_BROKEN_PIPE


def _launch_window(args: argparse.Namespace) -> int:
    try:
        bootstrap = importlib.import_module("app.bootstrap")
    except ModuleNotFoundError:
        print("error: the chart window is not available in this build", file=sys.stderr)
        return EXIT_FAILURE
    return int(bootstrap.run(args))
