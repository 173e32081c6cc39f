"""Comparisons for the widget tests: a hand-built one with every feature, a long one, the sample."""

from __future__ import annotations

import pytest

from tests.builders import make_doc
from viewer.annotations.model import Side
from viewer.engine.model import (
    AlignedPair,
    Change,
    ChangeKind,
    Comparison,
    Document,
    Flag,
    FlagKind,
    LinkKind,
    Span,
)
from viewer.ui.pane_prep import pane_spec
from viewer.ui.text_pane import TextPane

LEFT_PARAS = [
    ("Home | World | Business\nMarkets | Opinion", True),
    ("Subscribe now", True),
    ("Officials met in Geneva on Tuesday.", False),
    ("The talks lasted three hours, a source said.", False),
    ("Nobody else commented on the meeting.", False),
    ("First half of a long paragraph. Second half of it.", False),
    ("A moved paragraph about sanctions.", False),
    ("Delete me words here.", False),
]
RIGHT_PARAS = [
    ("Menu", True),
    ("Officials met in Geneva on Tuesday.", False),
    ("The talks lasted four hours, two sources said.", False),
    ("First half of a long paragraph.", False),
    ("Second half of it.", False),
    ("Delete words here, now.", False),
    ("A moved paragraph about sanctions.", False),
    ("A new closing paragraph \U0001f4f0 with an emoji.", False),
]


def make_document(source: str, paras: list[tuple[str, bool]]) -> Document:
    """A document of ``(paragraph, is_cruft)``, titled after its source."""
    cruft = [i for i, (_, is_cruft) in enumerate(paras) if is_cruft]
    return make_doc(source, [p for p, _ in paras], cruft, title=source.title())


def span(doc: Document, block_id: int, words: str | None, at: str | None = None) -> Span:
    """The span of ``words`` in a block; an empty span before ``at`` when words is None."""
    block = doc.blocks[block_id]
    if words is None:
        start = block.start + block.text.index(at) if at else block.end
        return Span(start, start, "")
    start = block.start + block.text.index(words)
    return Span(start, start + len(words), words)


def features_comparison() -> Comparison:
    """Identical, reworded (with a flag), one-sided, split, moved and cruft blocks."""
    left = make_document("left", LEFT_PARAS)
    right = make_document("right", RIGHT_PARAS)
    c1 = Change(ChangeKind.REPLACE, span(left, 3, "three"), span(right, 2, "four"))
    c2 = Change(ChangeKind.REPLACE, span(left, 3, "a source"), span(right, 2, "two sources"))
    c3 = Change(ChangeKind.DELETE, span(left, 7, "me "), span(right, 5, None, "words"))
    c4 = Change(ChangeKind.INSERT, span(left, 7, None, "."), span(right, 5, ", now"))
    flag = Flag(FlagKind.NUMBER, c1.left, c1.right, "three -> four")
    pairs = (
        AlignedPair((2,), (1,), LinkKind.SAME, 1.0),
        AlignedPair((3,), (2,), LinkKind.REWORDED, 0.7, changes=(c1, c2), flags=(flag,)),
        AlignedPair((5,), (3, 4), LinkKind.SAME, 0.95),
        AlignedPair((6,), (6,), LinkKind.SAME, 1.0, moved=True),
        AlignedPair((7,), (5,), LinkKind.REWORDED, 0.8, changes=(c3, c4)),
    )
    return Comparison(left, right, pairs, left_only=(4,), right_only=(7,))


def long_comparison(paragraphs: int = 80, every: int = 5, until: int | None = None) -> Comparison:
    """Many 1:1 linked paragraphs, with a long extra paragraph on the right every ``every``
    (up to paragraph ``until``): the right article drifts down, so percentage scrolling
    would fall out of step."""
    sentence = "Paragraph {} says something about the talks in some detail. "
    left_paras = [((sentence.format(i)) * 3, False) for i in range(paragraphs)]
    right_paras: list[tuple[str, bool]] = []
    pairs, right_only = [], []
    for i in range(paragraphs):
        if i % every == every - 1 and (until is None or i < until):
            right_only.append(len(right_paras))
            right_paras.append(("An inserted paragraph of background. " * 12, False))
        pairs.append(AlignedPair((i,), (len(right_paras),), LinkKind.SAME, 1.0))
        right_paras.append(left_paras[i])
    left = make_document("long-left", left_paras)
    right = make_document("long-right", right_paras)
    return Comparison(left, right, tuple(pairs), (), tuple(right_only))


@pytest.fixture
def features() -> Comparison:
    return features_comparison()


@pytest.fixture
def long_pair() -> Comparison:
    return long_comparison()


@pytest.fixture(scope="session")
def sample_comparison() -> Comparison:
    """The bundled sample pair through the real engine."""
    from viewer.assets import sample_pair
    from viewer.engine.compare import compare_paths

    left, right = sample_pair()
    return compare_paths(str(left), str(right))


@pytest.fixture
def pane(qtbot, features: Comparison) -> TextPane:
    """The left side of the features pair in a shown pane; its page cruft (blocks 0 and 1)
    folded."""
    pane = TextPane(Side.LEFT)
    qtbot.addWidget(pane)
    pane.resize(600, 500)
    pane.show()
    pane.set_content(features.left, pane_spec(features, Side.LEFT))
    return pane
