"""Search across both articles: every match of a text, a current one, and per-side marks (no Qt)."""

from __future__ import annotations

import re

from viewer.annotations.model import Side
from viewer.engine.model import Comparison

__all__ = ["MAX_FIND_MARKS", "FindState"]

MAX_FIND_MARKS = 5000  # matches painted at most; the current one always is


class FindState:
    """The matches of the searched text in both articles, left ones first, and the current one.

    Members:
      text: what was searched ("" for nothing).
      matches: (side, start, end) document offsets of every match.
      index: the current match, -1 before the first step.
    """

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.text = ""
        self.matches: list[tuple[Side, int, int]] = []
        self.index = -1

    def step(
        self, comparison: Comparison | None, text: str, backwards: bool
    ) -> tuple[Side, int, int] | None:
        """Search ``text`` (case-insensitive) if it is new, then move to the next match."""
        if text != self.text:
            self.text = text
            pattern = re.compile(re.escape(text), re.IGNORECASE)
            self.matches = []
            if comparison is not None:
                for side, doc in ((Side.LEFT, comparison.left), (Side.RIGHT, comparison.right)):
                    self.matches += [(side, m.start(), m.end()) for m in pattern.finditer(doc.text)]
            self.index = len(self.matches) if backwards else -1
        if not self.matches:
            return None
        self.index = (self.index + (-1 if backwards else 1)) % len(self.matches)
        return self.matches[self.index]

    def status(self) -> tuple[int, int]:
        """(index of the current match, number of matches); index -1 before the first."""
        return self.index, len(self.matches)

    def marks(self, side: Side) -> tuple[list[tuple[int, int]], int | None]:
        """One side's matches to paint (capped) and which of them is current."""
        marks: list[tuple[int, int]] = []
        current = None
        for index, (s, start, end) in enumerate(self.matches[:MAX_FIND_MARKS]):
            if s is side:
                if index == self.index:
                    current = len(marks)
                marks.append((start, end))
        if 0 <= self.index < len(self.matches) and current is None:
            s, start, end = self.matches[self.index]
            if s is side:
                current = len(marks)
                marks.append((start, end))
        return marks, current
