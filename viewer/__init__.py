"""Crosscheck: compare news articles side by side for fact-checking."""

__version__ = "0.1.0"
