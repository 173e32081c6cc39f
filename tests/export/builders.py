"""Hand-built comparisons and notes for export tests: exact, engine-independent inputs."""

from __future__ import annotations

from tests.builders import make_doc
from viewer.annotations.model import Anchor, Note, Side, TextPositionSelector, TextQuoteSelector
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


def span(doc: Document, needle: str, after: str = "") -> Span:
    """The span of ``needle`` (searched after ``after``); empty needle: point after ``after``."""
    base = doc.text.index(after) + len(after) if after else 0
    start = doc.text.index(needle, base) if needle else base
    return Span(start, start + len(needle), needle)


def change(kind: ChangeKind, left: Span, right: Span) -> Change:
    return Change(kind, left, right)


def note_on(doc: Document, side: Side, quote: str, body: str, tag: str = "Fine") -> Note:
    """A note anchored on the first occurrence of ``quote`` on one side."""
    start = doc.text.index(quote)
    anchor = Anchor(side, TextQuoteSelector(quote), TextPositionSelector(start, start + len(quote)))
    return Note(body=body, tag=tag, anchors=(anchor,), author="Olena Koval")


def news_comparison() -> Comparison:
    """Four left and five right paragraphs: a reworded pair with a fact change, an
    identical pair, a moved pair, one block on each side only, and cruft on the left.
    """
    left = make_doc(
        "left.txt",
        [
            "Home | World | Business",
            "The official said 40 people were hurt in the blast on Monday.",
            "Police closed the road for the whole afternoon.",
            "Witnesses described a loud noise before the fire.",
            "The mayor will visit the site tomorrow.",
        ],
        cruft=(0,),
        title="Blast injures dozens",
    )
    right = make_doc(
        "right.txt",
        [
            "The mayor will visit the site tomorrow.",
            "The official said 45 people were injured in the explosion on Monday.",
            "Police closed the road for the whole afternoon.",
            "Rescuers searched the rubble until late at night.",
        ],
        title="Explosion injures 45",
    )
    reworded = AlignedPair(
        (1,), (1,), LinkKind.REWORDED, 0.71,
        changes=(
            change(ChangeKind.REPLACE, span(left, "40"), span(right, "45")),
            change(ChangeKind.REPLACE, span(left, "hurt"), span(right, "injured")),
            change(ChangeKind.REPLACE, span(left, "blast"), span(right, "explosion")),
        ),
        flags=(Flag(FlagKind.NUMBER, span(left, "40"), span(right, "45"), "casualty count"),),
    )  # fmt: skip
    same = AlignedPair((2,), (2,), LinkKind.SAME, 1.0)
    moved = AlignedPair((4,), (0,), LinkKind.SAME, 1.0, moved=True)
    return Comparison(left, right, (reworded, same, moved), left_only=(3,), right_only=(3,))


UKRAINIAN_LEFT = (
    "Представники США та Росії провели таємні переговори у Швейцарії.",
    "Про деталі зустрічей відомо небагато, зокрема щодо порядку денного.",
)
UKRAINIAN_RIGHT = (
    "Представники США та Росії провели неофіційні переговори у Женеві.",
    "Про деталі зустрічей відомо небагато, зокрема щодо порядку денного.",
    "Ґрунтовні їжакові єноти: перевірка літер ґ, є, і, ї.",
)


def ukrainian_comparison() -> Comparison:
    left = make_doc("ліва.txt", UKRAINIAN_LEFT, title="Таємні переговори")
    right = make_doc("права.txt", UKRAINIAN_RIGHT, title="Неофіційні переговори")
    first = AlignedPair(
        (0,), (0,), LinkKind.REWORDED, 0.8,
        changes=(
            change(ChangeKind.REPLACE, span(left, "таємні"), span(right, "неофіційні")),
            change(ChangeKind.REPLACE, span(left, "Швейцарії"), span(right, "Женеві")),
        ),
    )  # fmt: skip
    second = AlignedPair((1,), (1,), LinkKind.SAME, 1.0)
    return Comparison(left, right, (first, second), left_only=(), right_only=(2,))
