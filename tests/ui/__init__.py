"""Tests of the Qt widgets (pytest-qt, offscreen)."""
