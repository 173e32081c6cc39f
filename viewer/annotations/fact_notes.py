"""Notes on fact changes: drafted from a flag, or dismissing one as no fact change.

A dismissal is an ordinary note with the verdict ``NOT_A_FACT_CHANGE`` on exactly the
flag's words, so it is saved, autosaved, undone, re-anchored and exported like any note,
and the exports show who dismissed what. ``without_dismissed`` takes such flags out of a
comparison before it is shown or exported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from viewer.annotations.anchoring import make_anchor
from viewer.annotations.model import Anchor, Note, Side
from viewer.engine.model import Comparison, Flag, FlagKind, Span

__all__ = [
    "KIND_TAGS",
    "NOT_A_FACT_CHANGE",
    "NoteDraft",
    "dismissal_note",
    "dismissed_places",
    "draft_for_flag",
    "without_dismissed",
]

NOT_A_FACT_CHANGE = "Not a fact change"

# Where a flag stands: each side that holds words, with its offsets.
Place = frozenset[tuple[Side, int, int]]

# The default verdict that names each kind of change. Names and hedges have none: whether
# a name swapped or a hedge dropped is a misquote, an added claim or fine is the verdict.
KIND_TAGS: dict[FlagKind, str] = {
    FlagKind.NUMBER: "Changed number",
    FlagKind.DATE: "Changed date",
    FlagKind.QUOTE: "Misquote",
    FlagKind.ATTRIBUTION: "Attribution changed",
}

# What opens inline Markdown mid-line (the finding never starts a line, so "#" or "-" stay).
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]])")


@dataclass(frozen=True, slots=True)
class NoteDraft:
    """What the note dialog opens with; the fact-checker still writes the verdict.

    ``tag`` is empty when no verdict in the user's list fits the kind.
    """

    anchors: tuple[Anchor, ...]
    body: str
    tag: str


def draft_for_flag(flag: Flag, left_text: str, right_text: str, tags: Sequence[str]) -> NoteDraft:
    """A note on ``flag``, whose spans point into ``left_text`` and ``right_text``.

    The note is anchored on each side that holds words: a fact dropped on one side leaves
    an empty span there, and a note cannot point at nothing, so it is anchored on the
    other side only (the finding says what was dropped). The finding goes into the body,
    escaped so that a quoted asterisk or bracket stays a character, with a blank line
    after it for the verdict. The kind's usual verdict is preset only if the user still
    has it among their tags: a renamed or removed verdict is never brought back.
    """
    tag = KIND_TAGS.get(flag.kind, "")
    body = f"{_finding(flag)}\n\n"
    return NoteDraft(_anchors(flag, left_text, right_text), body, tag if tag in tags else "")


def dismissal_note(flag: Flag, left_text: str, right_text: str, author: str = "") -> Note:
    """The note that dismisses ``flag``: its finding, the verdict ``NOT_A_FACT_CHANGE``."""
    return Note(_finding(flag), NOT_A_FACT_CHANGE, _anchors(flag, left_text, right_text), author)


def dismissed_places(notes: Sequence[Note]) -> frozenset[Place]:
    """The places of the flags that ``notes`` dismiss.

    An orphaned note dismisses nothing: its words are gone, and a flag found where they
    were is a new finding.
    """
    return frozenset(
        frozenset((a.side, a.position.start, a.position.end) for a in note.anchors)
        for note in notes
        if note.tag == NOT_A_FACT_CHANGE and note.anchors and not note.orphaned
    )


def without_dismissed(comparison: Comparison, notes: Sequence[Note]) -> Comparison:
    """``comparison`` without the flags that ``notes`` dismiss (itself when none are).

    A flag is dismissed by a note on exactly its words, side for side; a note on more or
    fewer words, or with another verdict, dismisses nothing.
    """
    places = dismissed_places(notes)
    if not places:
        return comparison
    pairs = tuple(
        replace(pair, flags=kept)
        if len(kept := tuple(f for f in pair.flags if _place(f) not in places)) < len(pair.flags)
        else pair
        for pair in comparison.pairs
    )
    return replace(comparison, pairs=pairs)


def _sides(flag: Flag) -> tuple[tuple[Side, Span], ...]:
    """The sides of ``flag`` that hold words: a fact dropped leaves an empty span."""
    return tuple(
        (side, span)
        for side, span in ((Side.LEFT, flag.left), (Side.RIGHT, flag.right))
        if span.start < span.end
    )


def _place(flag: Flag) -> Place:
    return frozenset((side, span.start, span.end) for side, span in _sides(flag))


def _anchors(flag: Flag, left_text: str, right_text: str) -> tuple[Anchor, ...]:
    texts = {Side.LEFT: left_text, Side.RIGHT: right_text}
    return tuple(make_anchor(side, texts[side], s.start, s.end) for side, s in _sides(flag))


def _finding(flag: Flag) -> str:
    """The flag's note as Markdown, escaped so a quoted asterisk or bracket stays itself."""
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", flag.note)
    return f"**Fact change ({flag.kind.value}):** {escaped}"
