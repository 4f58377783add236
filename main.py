"""Liquidity Cascade: launch the chart workbench, or run a headless subcommand."""

import sys

from app.launch import main

if __name__ == "__main__":
    sys.exit(main())
