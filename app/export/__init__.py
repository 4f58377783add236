"""Export: chart images (PNG, SVG, clipboard) with caption and evidence sidecar, data CSVs.

``snapshot`` freezes what is charted (``app.commands.export_snapshot`` makes one from
arguments); ``headless`` builds that chart offscreen; ``render`` and ``svg`` draw it,
``caption`` paints the caption block, ``sidecar`` writes the evidence JSON,
``data_export`` the CSVs; ``exporter`` ties them together for the window (``actions``,
``dialog``) and for ``main.py export`` (``app/commands/export.py``).
"""
