"""Fact flags through the whole engine: wire stories retold with merged, split, moved,
dropped and added paragraphs, and a few planted fact changes (or none).

``data/fact_articles.json`` holds 847 stories as paragraph lists. Every planted change
must be flagged (its kind, on its words on either side) in both directions, and no other
flag may appear except the few listed as ``allowed``, each with why (defensible, such as
a "failed to" that a rewrite dropped, or a known limit, such as a number moved between two
aligned pairs). Four hundred and twenty-four stories have no planted change at all: heavy
rewording and restructuring alone must give no flag. A story with a ``limit`` is a strict
expected failure: a planted change the finder does not catch yet, with the reason.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from viewer.engine.compare import compare_documents
from viewer.engine.document import document_from_text
from viewer.engine.model import Flag

ARTICLES = json.loads(
    (Path(__file__).parent / "data" / "fact_articles.json").read_text(encoding="utf-8")
)


def _matches(flag: Flag, want: dict, swap: bool) -> bool:
    left, right = (want["right"], want["left"]) if swap else (want["left"], want["right"])
    on_left = bool(left) and left.lower() in flag.left.text.lower()
    on_right = bool(right) and right.lower() in flag.right.text.lower()
    return flag.kind.value in want["kinds"] and (on_left or on_right)


def _params() -> list:
    out = []
    for a in ARTICLES:
        marks = [pytest.mark.xfail(strict=True, reason=a["limit"])] if "limit" in a else []
        out.append(pytest.param(a, id=a["id"], marks=marks))
    return out


@pytest.mark.parametrize("swap", [False, True], ids=["forward", "swapped"])
@pytest.mark.parametrize("article", _params())
def test_planted_fact_changes_are_flagged_and_nothing_else(article: dict, swap: bool) -> None:
    left, right = "\n\n".join(article["left"]), "\n\n".join(article["right"])
    if swap:
        left, right = right, left
    comparison = compare_documents(document_from_text(left, "l"), document_from_text(right, "r"))
    flags = [f for pair in comparison.pairs for f in pair.flags]
    unused = list(flags)
    for want in article["planted"]:
        hit = next((f for f in unused if _matches(f, want, swap)), None)
        assert hit is not None, (want, [f.note for f in flags])
        unused.remove(hit)
    extra = [
        f for f in unused if not any(_matches(f, ok, swap) for ok in article.get("allowed", []))
    ]
    assert not extra, [f.note for f in extra]


def test_the_stories_include_clean_retellings() -> None:
    assert sum(1 for a in ARTICLES if not a["planted"]) >= 250
    assert all("why" in ok for a in ARTICLES for ok in a.get("allowed", []))
