"""Export: chart images (PNG, SVG, clipboard) with caption and evidence sidecar, data CSVs.

``models.records.snapshot`` freezes what is charted (from the window's view state, or
from command-line arguments by ``app.commands.export_snapshot``); ``headless`` draws that
chart offscreen with the window's presenter; ``render`` and ``svg`` draw it with the
caption, and ``exporter`` ties them together with the evidence sidecar for the window
(``actions``) and for ``main.py export`` (``app/commands/export.py``).
"""
