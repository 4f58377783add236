"""The cascade: liquidity, credit, bonds, large caps, small caps, crypto and alts as one chain.

* ``publication``: when each FRED series could first be used (the one table of rules).
* ``netliq``: net liquidity, WALCL - WTREGEN - 1000 x RRPONTSYD, on publication dates.
* ``stages``: a stage (symbol, role, direction), the default chain and its settings text.
* ``demo``: a synthetic chain with planted leads (DEMO), for ``--demo`` and the tests.
* ``levels``: each stage's level as the chain reads it (inverted where the stage is), its
  calendar, and the rows of the strip (a rolling z-score so rows compare).
* ``hops``: one hop's alignment, lead, interval and windowed p; ``chain``: every hop, the
  total and the progress and cancel of the whole run.
* ``turns`` and ``cycles``: each stage's turns by the equity's breakout rule, and for each
  equity breakout the date each stage turned and where the chain broke.
* ``analysis``: all of it for one chain (what the command line, the export and later the
  window show).
"""
