"""Paragraphs and sentences identical on both sides: linked before any similarity is computed.

Long, lightly edited articles are mostly identical paragraphs; linking those at once (by
their normalised text, when it is unique on each side) leaves the similarity search only
the paragraphs that changed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

__all__ = ["exact_links", "exact_sentences", "settled"]


_WORD = re.compile(r"\w+")


def _normal(text: str) -> str:
    """The words of a paragraph, any case: quote marks and punctuation are style (curly or
    straight quotes, a comma inside or outside them), not what the paragraph says."""
    return " ".join(_WORD.findall(text.casefold()))


def exact_links(left: Sequence[str], right: Sequence[str]) -> dict[tuple[int, int], float]:
    """Paragraphs whose words are identical and unique on both sides: linked at once."""
    by_text: dict[str, list[int]] = defaultdict(list)
    for j, text in enumerate(right):
        by_text[_normal(text)].append(j)
    seen_l: dict[str, list[int]] = defaultdict(list)
    for i, text in enumerate(left):
        seen_l[_normal(text)].append(i)
    return {
        (ls[0], by_text[key][0]): 1.0
        for key, ls in seen_l.items()
        if len(ls) == 1 and len(by_text.get(key, ())) == 1
    }


def exact_sentences(
    left: list[tuple[int, list[str]]], right: list[tuple[int, list[str]]], min_terms: int
) -> tuple[list[int], list[int]]:
    """Indices of sentences whose terms are identical and unique on both sides."""

    def index(units: list[tuple[int, list[str]]]) -> dict[tuple[str, ...], list[int]]:
        out: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for k, (_, words) in enumerate(units):
            if len(words) >= min_terms:
                out[tuple(words)].append(k)
        return out

    by_l, by_r = index(left), index(right)
    pairs = [
        (ks[0], by_r[key][0])
        for key, ks in by_l.items()
        if len(ks) == 1 and len(by_r.get(key, ())) == 1
    ]
    return [a for a, _ in pairs], [b for _, b in pairs]


def settled(
    sent_l: list[tuple[int, list[str]]],
    sent_r: list[tuple[int, list[str]]],
    exact_l: list[int],
    exact_r: list[int],
) -> tuple[set[int], set[int]]:
    """Blocks whose every sentence matched, word for word, a sentence of one same block.

    Such pairs are linked already; leaving them out of the paragraph-level search is
    where most of the time goes on long, lightly edited articles.
    """
    count_l: dict[int, int] = defaultdict(int)
    count_r: dict[int, int] = defaultdict(int)
    for b, _ in sent_l:
        count_l[b] += 1
    for b, _ in sent_r:
        count_r[b] += 1
    partners_l: dict[int, set[int]] = defaultdict(set)
    partners_r: dict[int, set[int]] = defaultdict(set)
    hits_l: dict[int, int] = defaultdict(int)
    hits_r: dict[int, int] = defaultdict(int)
    for si, sj in zip(exact_l, exact_r, strict=True):
        bl, br = sent_l[si][0], sent_r[sj][0]
        partners_l[bl].add(br)
        partners_r[br].add(bl)
        hits_l[bl] += 1
        hits_r[br] += 1
    done_l, done_r = set(), set()
    for bl, partners in partners_l.items():
        if len(partners) != 1 or hits_l[bl] != count_l[bl]:
            continue
        (br,) = partners
        if partners_r[br] == {bl} and hits_r[br] == count_r[br]:
            done_l.add(bl)
            done_r.add(br)
    return done_l, done_r
