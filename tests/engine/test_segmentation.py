"""Segmentation: real paragraphs from every layout, and full coverage of the text."""

import textwrap

import pytest
from hypothesis import given, settings

from tests.engine.strategies import article_text
from viewer.engine.model import BlockKind
from viewer.engine.segmentation import segment, split_sentences

PARAGRAPHS = [
    "ACME Corp today announced that its quarterly revenue rose by eleven percent compared "
    "with the same quarter of last year, driven by strong demand in Europe and a recovery "
    "in its Asian markets after two difficult years.",
    "The company expects growth to continue.",
    "Chief executive Jane Doe said the results showed the strategy was working and that "
    "the board would propose a higher dividend at the annual meeting in May, subject to "
    "approval by shareholders.",
    "Shares rose in early trading.",
]
HEADLINE = "ACME Corp quarterly revenue rises eleven percent on European demand"
# A press release as wire services send it: wrapped at 70 columns, no blank lines.
PRESS_RELEASE = "\n".join(textwrap.fill(p, 70) for p in PARAGRAPHS) + "\n"


def texts(text: str) -> list[str]:
    return [text[b.start : b.end] for b in segment(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One para.\n\nTwo para.\n", ["One para.", "Two para."]),
        ("  Indented para.  \n\n\n  Next.\n", ["Indented para.", "Next."]),
        (
            "Line one is a paragraph.\nLine two is another.\n",
            ["Line one is a paragraph.", "Line two is another."],
        ),
        ("", []),
        ("   \n\n  \n", []),
        ("Just one", ["Just one"]),
    ],
    ids=["blank-lines", "indented", "one-per-line", "empty", "whitespace", "single"],
)
def test_layouts(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_hard_wrapped_press_release_joins_wrapped_lines() -> None:
    assert [" ".join(t.split()) for t in texts(PRESS_RELEASE)] == PARAGRAPHS


def _wrapped_early(paragraph: str, at: str) -> str:
    """``paragraph`` wrapped at 70 columns, but broken by hand before ``at`` as well."""
    lines = textwrap.fill(paragraph, 70).split("\n")
    k = next(i for i, ln in enumerate(lines) if at in ln)
    head, _, tail = lines[k].partition(at)
    return "\n".join([*lines[:k], head.rstrip(), at + tail, *lines[k + 1 :]])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a line broken a word early runs on in lower case: one paragraph
            "\n".join(
                [_wrapped_early(PARAGRAPHS[0], "driven by")]
                + [textwrap.fill(p, 70) for p in PARAGRAPHS[1:]]
            ),
            PARAGRAPHS,
        ),
        (  # a short line that ends a sentence, before a capital, still ends its paragraph
            PRESS_RELEASE,
            PARAGRAPHS,
        ),
        (  # a headline on its own line, longer than the wrap column, is not one of its lines
            HEADLINE + "\n\n" + "\n".join(textwrap.fill(p, 60) for p in PARAGRAPHS),
            [HEADLINE, *PARAGRAPHS],
        ),
    ],
    ids=["broken-early-runs-on", "short-line-ends-paragraph", "headline-apart"],
)
def test_hand_wrapped_lines(text: str, expected: list[str]) -> None:
    assert [" ".join(t.split()) for t in texts(text)] == expected


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("• First point here.\n• Second point here.\n", [BlockKind.BULLET, BlockKind.BULLET]),
        ("- dash item\n- another item\n", [BlockKind.BULLET, BlockKind.BULLET]),
        ("1. numbered item\n2) second item\n", [BlockKind.BULLET, BlockKind.BULLET]),
        (
            "Talks in Geneva\n\nThe talks began last week, two sources said.",
            [BlockKind.HEADING, BlockKind.PARAGRAPH],
        ),
    ],
    ids=["bullets", "dashes", "numbers", "heading"],
)
def test_bullets_and_headings_are_own_blocks(text: str, kinds: list[BlockKind]) -> None:
    assert [b.kind for b in segment(text)] == kinds


@given(article_text())
@settings(max_examples=300, deadline=None)
def test_every_non_space_character_in_exactly_one_block(text: str) -> None:
    blocks = segment(text)
    owner = [0] * len(text)
    prev_end = 0
    for b in blocks:
        assert prev_end <= b.start < b.end <= len(text)
        assert text[b.start : b.end] == text[b.start : b.end].strip()
        for i in range(b.start, b.end):
            owner[i] += 1
        prev_end = b.end
    for i, ch in enumerate(text):
        assert owner[i] == (0 if ch.isspace() else 1) or (ch.isspace() and owner[i] <= 1)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("One. Two.", ["One.", "Two."]),
        ("The U.S. and Russia met. Talks went on.", ["The U.S. and Russia met.", "Talks went on."]),
        ('He said "it works." Then left.', ['He said "it works."', "Then left."]),
        (
            "Mr. Smith met Dr. Jones on Feb. 5. They talked.",
            ["Mr. Smith met Dr. Jones on Feb. 5.", "They talked."],
        ),
        ("No final stop", ["No final stop"]),
        ("Україна готова. Переговори тривають.", ["Україна готова.", "Переговори тривають."]),
    ],
    ids=["plain", "acronym", "quote", "abbreviations", "no-stop", "cyrillic"],
)
def test_split_sentences(text: str, sentences: list[str]) -> None:
    assert [text[s:e] for s, e in split_sentences(text)] == sentences
