"""Baseline aligners, scored with the same tool as Crosscheck, for docs/benchmarks.md.

usage: python benchmarks/baselines.py line|ratio LEFT RIGHT   (prints comparison JSON)

* ``line``: what a line diff (Meld, WinMerge) links: difflib.SequenceMatcher over the
  blocks' texts; blocks in "equal" and "replace" runs of the same length are linked.
* ``ratio``: every left block linked to its most similar right block by difflib ratio.
Both use Crosscheck's own loading, segmentation and cruft detection, so only the linking
differs.
"""

from __future__ import annotations

import difflib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from viewer.engine.document import load_document
from viewer.engine.model import AlignedPair, Comparison, LinkKind
from viewer.export.json_export import comparison_to_json


def line_links(a: list[str], b: list[str]) -> list[tuple[int, int]]:
    out = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            out.extend(zip(range(i1, i2), range(j1, j2), strict=True))
    return out


def ratio_links(a: list[str], b: list[str]) -> list[tuple[int, int]]:
    out = []
    for i, text in enumerate(a):
        scores = [difflib.SequenceMatcher(None, text, other).ratio() for other in b]
        if scores:
            out.append((i, max(range(len(b)), key=scores.__getitem__)))
    return out


def main() -> None:
    method, left, right = sys.argv[1:4]
    docs = load_document(left), load_document(right)
    lb, rb = (d.body_blocks() for d in docs)
    find = line_links if method == "line" else ratio_links
    links = find([b.text for b in lb], [b.text for b in rb])
    pairs = tuple(AlignedPair((lb[i].id,), (rb[j].id,), LinkKind.REWORDED, 0.0) for i, j in links)
    linked_l = {lb[i].id for i, _ in links}
    linked_r = {rb[j].id for _, j in links}
    comparison = Comparison(
        docs[0],
        docs[1],
        pairs,
        tuple(b.id for b in lb if b.id not in linked_l),
        tuple(b.id for b in rb if b.id not in linked_r),
    )
    print(comparison_to_json(comparison))


if __name__ == "__main__":
    main()
