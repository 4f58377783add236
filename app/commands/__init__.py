"""One module per headless subcommand; see ``app.cli``."""
