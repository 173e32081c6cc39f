"""Fact-checkers' notes: model, anchoring to text, safe storage and exchange formats."""
