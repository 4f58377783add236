"""The cascade view's widgets: the stacked strip (a row per stage on one date axis)."""
