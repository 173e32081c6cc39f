"""The comparison as a whole: invariants of the JSON contract and moved/one-sided pairs."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings

from tests.engine.strategies import article_text
from tests.engine.test_alignment import SPLIT_A, SPLIT_B, P
from viewer.engine.alignment import Link
from viewer.engine.compare import _group, add_flags, compare_documents, pair_side_text
from viewer.engine.document import document_from_text
from viewer.engine.model import LinkKind
from viewer.engine.worddiff import apply_changes, word_changes

REPO = Path(__file__).resolve().parents[2]


def compare_texts(left: str, right: str):
    return compare_documents(document_from_text(left, "l"), document_from_text(right, "r"))


def check_invariants(c) -> None:
    for doc, only, side in ((c.left, c.left_only, "left"), (c.right, c.right_only, "right")):
        covered = [0] * len(doc.text)
        for b in doc.blocks:
            assert doc.text[b.start : b.end] == b.text
            for i in range(b.start, b.end):
                covered[i] += 1
        assert all(
            n == (0 if ch.isspace() else 1) or ch.isspace()
            for n, ch in zip(covered, doc.text, strict=True)
        )
        paired = {i for p in c.pairs for i in getattr(p, side)}
        body = {b.id for b in doc.blocks if not b.boilerplate}
        assert paired | set(only) == body, "every body block is linked or one-sided"
        assert not paired & set(only)
    for p in c.pairs:
        for ch in p.changes:
            assert c.left.text[ch.left.start : ch.left.end] == ch.left.text
            assert c.right.text[ch.right.start : ch.right.end] == ch.right.text


@given(article_text(), article_text())
@settings(max_examples=150, deadline=None)
def test_invariants_on_arbitrary_text(left: str, right: str) -> None:
    check_invariants(compare_texts(left, right))


@given(article_text(max_words=60))
@settings(max_examples=100, deadline=None)
def test_pair_changes_rebuild_the_right_side(text: str) -> None:
    edited = text.replace("talks", "meetings").replace("3", "4")
    c = compare_texts(text, edited)
    check_invariants(c)
    for p in c.pairs:
        a, b = pair_side_text(c.left, p.left), pair_side_text(c.right, p.right)
        assert apply_changes(a, word_changes(a, b)) == b
        if len(p.left) == len(p.right) == 1:
            base_l, base_r = c.left.blocks[p.left[0]].start, c.right.blocks[p.right[0]].start
            rebuilt, pos = [], 0
            for ch in p.changes:
                rebuilt.append(a[pos : ch.left.start - base_l])
                rebuilt.append(ch.right.text)
                pos = ch.left.end - base_l
                assert ch.right.start - base_r >= 0
            rebuilt.append(a[pos:])
            assert "".join(rebuilt) == b


def test_moved_split_and_one_sided() -> None:
    left = "\n\n".join([SPLIT_A + " " + SPLIT_B, P[2], P[3], P[4]])
    right = "\n\n".join(
        [
            P[4],
            SPLIT_A,
            SPLIT_B,
            P[2],
            "An added paragraph about the weather in the mountains today.",
        ]
    )
    c = compare_texts(left, right)
    check_invariants(c)
    summary = {(p.left, p.right, p.moved) for p in c.pairs}
    assert ((0,), (1, 2), False) in summary
    assert ((3,), (0,), True) in summary
    assert c.left_only == (2,)
    assert c.right_only == (4,)
    assert all(p.kind is LinkKind.SAME for p in c.pairs)


def _mirror(links: list[tuple[int, int, float]]) -> list[Link]:
    return [Link(r, left, sim) for left, r, sim in links]


@pytest.mark.parametrize(
    ("links", "want"),
    [
        # A chain L3-R3-L4-R4: two stars of degree 2 (L4 and R3); the stronger one, R3's,
        # is taken whichever side it stands on.
        ([(3, 3, 0.9), (4, 3, 0.5), (4, 4, 0.8)], [((3, 4), (3,)), ((4,), (4,))]),
        ([(3, 3, 0.5), (4, 3, 0.9), (4, 4, 0.8)], [((3,), (3,)), ((4,), (3, 4))]),
        # A plain split: one star.
        ([(0, 0, 0.7), (0, 1, 0.6)], [((0,), (0, 1))]),
    ],
)
def test_grouping_does_not_depend_on_which_article_is_left(
    links: list[tuple[int, int, float]], want: list
) -> None:
    got = [(g.left, g.right) for g in _group([Link(*k) for k in links])]
    assert got == want
    mirrored = sorted((g.right, g.left) for g in _group(_mirror(links)))
    assert mirrored == sorted(want)


def _stories() -> list[dict]:
    data = json.loads((REPO / "tests/engine/data/fact_articles.json").read_text("utf-8"))
    return data if isinstance(data, list) else data["stories"]


@pytest.mark.parametrize("story", _stories(), ids=lambda s: s["id"])
def test_swapping_the_articles_mirrors_the_pairs(story: dict) -> None:
    left, right = "\n\n".join(story["left"]), "\n\n".join(story["right"])
    there = compare_texts(left, right)
    back = compare_texts(right, left)
    assert sorted((p.left, p.right) for p in there.pairs) == sorted(
        (p.right, p.left) for p in back.pairs
    )
    assert (there.left_only, there.right_only) == (back.right_only, back.left_only)


def test_reworded_pair_has_changes_with_document_offsets() -> None:
    c = compare_texts("Intro line here.\n\n" + P[0], P[0].replace("Monday", "Tuesday"))
    (pair,) = c.pairs
    assert pair.kind is LinkKind.REWORDED
    (change,) = pair.changes
    assert (change.left.text, change.right.text) == ("Monday", "Tuesday")
    assert c.left.text[change.left.start : change.left.end] == "Monday"


WRAPPED = (
    "The inter-\nnational agency said on Monday that consumer prices rose\nsharply in the"
    " third quarter, driven by energy costs and a weaker\ncurrency, officials said.\n\n"
    "The agency's chief economist, Maria Lopez, told reporters the\nfigures were worse"
    " than expected and warned that inflation could\nstay above target until next year."
)


def test_a_hard_wrapped_release_differs_from_its_unwrapped_copy_only_where_words_do() -> None:
    """Line breaks and a word hyphenated at a line end are layout: no change, no flag."""
    unwrapped = WRAPPED.replace("-\nn", "n").replace("\n\n", "\0").replace("\n", " ")
    right = unwrapped.replace("\0", "\n\n").replace("rose sharply", "rose steeply")
    c = compare_texts(WRAPPED, right)
    first, second = c.pairs
    assert [(ch.left.text, ch.right.text) for ch in first.changes] == [("\nsharply", " steeply")]
    assert not first.flags
    assert (second.kind, second.changes) == (LinkKind.SAME, ())


def test_result_does_not_depend_on_hash_seed() -> None:
    """Set iteration order varies between runs; the comparison must not."""
    samples = REPO / "resources" / "samples"
    code = (
        "import sys; from viewer.engine.compare import compare_paths;"
        "from viewer.export.json_export import comparison_to_json;"
        "print(comparison_to_json(compare_paths(sys.argv[1], sys.argv[2])))"
    )
    outs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run(
            [
                sys.executable,
                "-c",
                code,
                str(samples / "closest-copy.txt"),
                str(samples / "drifting-rewrite.txt"),
            ],
            capture_output=True,
            text=True,
            env=env,
            cwd=REPO,
            check=True,
        )
        outs.add(json.dumps(json.loads(run.stdout)["pairs"]))
    assert len(outs) == 1


def test_flags_added_later_equal_flags_computed_at_once() -> None:
    """The window shows the alignment first and adds flags after: same result either way."""
    left = "\n\n".join([P[0], P[1], P[2]])
    right = "\n\n".join([P[0].replace("13 billion", "15 billion"), P[1], P[2]])
    at_once = compare_documents(document_from_text(left, "l"), document_from_text(right, "r"))
    first = compare_documents(
        document_from_text(left, "l"), document_from_text(right, "r"), flag_finder=None
    )
    assert all(not p.flags for p in first.pairs)
    assert add_flags(first) == at_once
    assert [f.kind.value for p in at_once.pairs for f in p.flags] == ["number"]


def _long_article(seed: int, paragraphs: int) -> str:
    """Distinct paragraphs of made-up news with numbers and names, deterministic."""
    import random

    rng = random.Random(seed)
    words = "the talks minister said on Monday that 12 sources in Kyiv would meet".split()
    return "\n\n".join(
        " ".join(rng.choice(words) for _ in range(30)) + f" Item {k} of {rng.randint(2, 9999)}."
        for k in range(paragraphs)
    )


def test_two_processes_give_the_same_comparison_as_one() -> None:
    """Pairs diffed and flagged in a forked child come back exactly as computed here."""
    left = _long_article(1, 260)
    right = "\n\n".join(
        p.replace("Monday", "Tuesday").replace("12", "14") if k % 3 else p
        for k, p in enumerate(left.split("\n\n"))
    )
    docs = document_from_text(left, "l"), document_from_text(right, "r")
    one = compare_documents(*docs, workers=1)
    two = compare_documents(*docs, workers=2)
    assert len(one.pairs) >= 200  # enough pairs for the fork to happen
    assert two == one
    assert sum(len(p.flags) for p in two.pairs) > 0


def test_pairs_begun_while_the_alignment_runs_come_back_exactly(monkeypatch) -> None:
    """A second process diffs and flags the pairs it guesses before the alignment ends
    (HeadStart); the comparison is the same as one made in one process, and the guesses
    were used (a sentence of each paragraph kept word for word makes them easy)."""
    import viewer.engine.compare as compare_module
    from viewer.engine.fork_map import HeadStart

    used = []

    class Counted(HeadStart):
        def results(self):
            done = super().results()
            used.append(len(done))
            return done

    monkeypatch.setattr(compare_module, "HeadStart", Counted)
    kept = _long_article(2, 260).split("\n\n")
    edited = _long_article(3, 260).split("\n\n")
    left = "\n\n".join(f"{a} {b}" for a, b in zip(kept, edited, strict=True))
    right = "\n\n".join(
        f"{a} {b.replace('Monday', 'Tuesday').replace('12', '14')}" if k % 4 else f"{a} {b}"
        for k, (a, b) in enumerate(zip(kept, edited, strict=True))
    )
    docs = document_from_text(left, "l"), document_from_text(right, "r")
    one = compare_documents(*docs, workers=1)
    two = compare_documents(*docs, workers=2)
    assert two == one
    assert sum(len(p.flags) for p in two.pairs) > 0
    if hasattr(os, "fork"):
        assert used[-1] > 0
