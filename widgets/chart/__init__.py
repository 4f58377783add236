"""The linked chart panes: equity, volume, crypto overlay and rolling correlation."""
