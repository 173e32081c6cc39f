"""Paragraphs that will almost surely be linked, guessed before the alignment ends."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

__all__ = ["likely_pairs"]

# A sentence ends at a full stop, question or exclamation mark before a space.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# Shorter sentences ("He declined to comment.") recur in unrelated paragraphs.
MIN_CHARS = 40


def likely_pairs(
    left: Sequence[str], right: Sequence[str], min_chars: int = MIN_CHARS
) -> list[tuple[int, int]]:
    """Changed paragraphs (indices into ``left`` and ``right``) that share a sentence.

    A sentence of ``min_chars`` or more, found word for word in one paragraph of each side
    and nowhere else, is a strong sign that the two are one paragraph edited; each
    paragraph is paired with the partner it shares most such sentences with, when that
    partner's best is it too. A guess, for work begun while the alignment still runs (see
    ``HeadStart``): a wrong one costs only the second core's time. Paragraphs identical
    on both sides are left out, having no changes to work on. Most sentences shared first.
    """

    def where(texts: Sequence[str]) -> dict[str, list[int]]:
        found: dict[str, list[int]] = defaultdict(list)
        for k, text in enumerate(texts):
            for sentence in set(_SENTENCE_END.split(text)):
                if len(sentence) >= min_chars:
                    found[sentence].append(k)
        return found

    in_right = where(right)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for sentence, ks in where(left).items():
        js = in_right.get(sentence)
        if js is not None and len(ks) == 1 and len(js) == 1:
            shared[ks[0], js[0]] += 1
    best_l: dict[int, tuple[int, int]] = {}
    best_r: dict[int, tuple[int, int]] = {}
    for (i, j), n in sorted(shared.items()):  # ties go to the first partner
        if n > best_l.get(i, (0, -1))[0]:
            best_l[i] = (n, j)
        if n > best_r.get(j, (0, -1))[0]:
            best_r[j] = (n, i)
    pairs = [(i, j) for i, (_, j) in best_l.items() if best_r[j][1] == i and left[i] != right[j]]
    return sorted(pairs, key=lambda p: (-shared[p], p))
