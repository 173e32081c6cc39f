"""A note drafted from a fact change: anchored on the changed facts, the finding written in."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from viewer.annotations.anchoring import make_anchor
from viewer.annotations.model import Anchor, Side
from viewer.engine.model import Flag, FlagKind

__all__ = ["KIND_TAGS", "NoteDraft", "draft_for_flag"]

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
    anchors = tuple(
        make_anchor(side, text, span.start, span.end)
        for side, text, span in (
            (Side.LEFT, left_text, flag.left),
            (Side.RIGHT, right_text, flag.right),
        )
        if span.start < span.end
    )
    finding = _MARKDOWN_SPECIAL.sub(r"\\\1", flag.note)
    body = f"**Fact change ({flag.kind.value}):** {finding}\n\n"
    tag = KIND_TAGS.get(flag.kind, "")
    return NoteDraft(anchors, body, tag if tag in tags else "")
