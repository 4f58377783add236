"""The evidence views (how the evidence grew, the lag x time heatmap) and the watch panel."""
