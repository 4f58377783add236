"""Replay: what the workbench could have said on a past day, and the watch of the next breakout.

* ``as_of``: the one cut of the inputs at a day's close (every command's ``--as-of`` and
  the window's date cursor): a bar is known when its date (session, UTC day or FRED
  publication date) is on or before the day; derived series are computed again from
  their inputs so cut.
* ``step``: one replay step, the light statistics of the session cut at the cursor.
* ``walk_forward``: how the evidence grew, as of the end of each month: the best lag and
  its p, the 30-90 d lead p, the event study at its headline horizon with N; and the
  lag x time heatmap as data a view can draw.
* ``watch`` (with ``base_rate`` and ``cycle_fan``): where each breakout rule stands on
  the last bar (or the as-of day): the distance to its trigger, the volume it would
  need, the last breakout and its verdict, the base rate with N against every day, and
  the past cycles laid from the last breakout with the nearest one named.

Every function is plain (explicit inputs, no Qt), so a worker can run it for any date.
"""
