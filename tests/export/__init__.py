"""Tests of app/export: images, caption, sidecar, data CSVs, the export command."""
