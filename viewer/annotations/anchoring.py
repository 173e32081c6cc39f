"""Find a note's words again in a text that may have changed, or say plainly that we can't."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import Enum

from viewer.annotations.model import Anchor, Note, Side, TextPositionSelector, TextQuoteSelector

__all__ = [
    "DEFAULT_CONTEXT",
    "AnchorStatus",
    "Resolution",
    "make_anchor",
    "reanchor_notes",
    "resolve",
    "resolve_note",
]

DEFAULT_CONTEXT = 32
# A quote this long is taken as unique wherever it went; a shorter one ("3%", "said")
# found once elsewhere must keep some of its nearby context (NEARBY characters on one
# side), or it is probably another sentence that happens to share the words.
DISTINCTIVE_QUOTE = 32
NEARBY = 8


class AnchorStatus(Enum):
    """Outcome of looking for an anchor's quote in a text."""

    OK = "ok"
    MOVED = "moved"
    ORPHANED = "orphaned"


@dataclass(frozen=True, slots=True)
class Resolution:
    """Where an anchor's quote is now.

    ``start``/``end`` are offsets into the text searched, or ``None`` when orphaned;
    ``reason`` is a short human sentence the notes panel can show as is.
    """

    status: AnchorStatus
    start: int | None
    end: int | None
    reason: str

    @property
    def found(self) -> bool:
        """True when the quote was located (same place or moved)."""
        return self.status is not AnchorStatus.ORPHANED


def make_anchor(
    side: Side | str, text: str, start: int, end: int, context: int = DEFAULT_CONTEXT
) -> Anchor:
    """Anchor ``text[start:end]`` by quote (with ``context`` characters each side) and offsets.

    >>> a = make_anchor("left", "The cat sat on the mat.", 4, 7, context=4)
    >>> (a.quote.prefix, a.quote.exact, a.quote.suffix)
    ('The ', 'cat', ' sat')
    """
    if not 0 <= start < end <= len(text):
        raise ValueError(f"cannot anchor {start}..{end} in a text of {len(text)} characters")
    if context < 0:
        raise ValueError("context must not be negative")
    quote = TextQuoteSelector(
        exact=text[start:end],
        prefix=text[max(0, start - context) : start],
        suffix=text[end : end + context],
    )
    return Anchor(side=Side(side), quote=quote, position=TextPositionSelector(start, end))


def _occurrences(text: str, exact: str) -> list[int]:
    """Every start of ``exact`` in ``text``, overlapping ones included ("aa" in "aaa": 0, 1)."""
    found = []
    at = text.find(exact)
    while at != -1:
        found.append(at)
        at = text.find(exact, at + 1)
    return found


def _context_agrees(text: str, start: int, quote: TextQuoteSelector) -> bool:
    """The text around ``start`` carries the quote's prefix and suffix in full.

    A prefix shorter than the context width (the quote was near the top) still agrees
    when more text now precedes it: only the stored characters are compared.
    """
    end = start + len(quote.exact)
    return text.startswith(quote.suffix, end) and text[:start].endswith(quote.prefix)


def _nearby_context_agrees(text: str, start: int, quote: TextQuoteSelector) -> bool:
    """At least the context next to the quote, on one side, is still there."""
    near = TextQuoteSelector(quote.exact, quote.prefix[-NEARBY:], "")
    if _context_agrees(text, start, near):
        return True
    return _context_agrees(text, start, TextQuoteSelector(quote.exact, "", quote.suffix[:NEARBY]))


def _times(n: int) -> str:
    return "once" if n == 1 else "twice" if n == 2 else f"{n} times"


def resolve(anchor: Anchor, text: str) -> Resolution:
    """Locate ``anchor`` in ``text``: same place, moved to the one true match, or orphaned.

    Only the exact quote is searched for, never a look-alike: a note silently attached to
    the wrong sentence is worse than an orphan, which is shown with its quote and can be
    re-attached by hand. A short quote found once elsewhere must keep some nearby context;
    several exact matches are told apart only by their full stored context, and only if
    exactly one of them carries it.
    """
    quote, pos = anchor.quote, anchor.position
    exact = quote.exact
    if not exact:
        return Resolution(AnchorStatus.ORPHANED, None, None, "the note has no quote")
    if text[pos.start : pos.end] == exact and _context_agrees(text, pos.start, quote):
        return Resolution(AnchorStatus.OK, pos.start, pos.end, "unchanged")
    starts = _occurrences(text, exact)
    if not starts:
        return Resolution(AnchorStatus.ORPHANED, None, None, "quote no longer in the text")
    if len(starts) == 1:
        chosen = starts[0]
        if _context_agrees(text, chosen, quote):
            reason = "found the quote"
        elif len(exact) >= DISTINCTIVE_QUOTE or _nearby_context_agrees(text, chosen, quote):
            reason = "found the quote; the text around it changed"
        else:
            return Resolution(
                AnchorStatus.ORPHANED, None, None, "quote found once, but in other words"
            )
    else:
        in_context = [s for s in starts if _context_agrees(text, s, quote)]
        if len(in_context) != 1:
            detail = "none" if not in_context else _times(len(in_context))
            return Resolution(
                AnchorStatus.ORPHANED,
                None,
                None,
                f"quote appears {len(starts)} times ({detail} with its context)",
            )
        chosen = in_context[0]
        reason = f"quote appears {_times(len(starts))}; its context picks one"
    end = chosen + len(exact)
    if (chosen, end) == (pos.start, pos.end):
        return Resolution(AnchorStatus.OK, chosen, end, reason)
    return Resolution(AnchorStatus.MOVED, chosen, end, reason)


def _side_text(side: Side, left_text: str, right_text: str) -> str:
    return left_text if side is Side.LEFT else right_text


def resolve_note(note: Note, left_text: str, right_text: str) -> tuple[Resolution, ...]:
    """One resolution per anchor of ``note``, in order (the notes panel shows the reasons)."""
    return tuple(resolve(a, _side_text(a.side, left_text, right_text)) for a in note.anchors)


def _moved_anchor(anchor: Anchor, text: str, found: Resolution) -> Anchor:
    """The anchor at its new place, context re-read so it matches the text saved with it."""
    if (found.start, found.end) == (anchor.position.start, anchor.position.end) and (
        _context_agrees(text, anchor.position.start, anchor.quote)
    ):
        return anchor
    if found.start is None or found.end is None:
        return anchor
    width = max(len(anchor.quote.prefix), len(anchor.quote.suffix), DEFAULT_CONTEXT)
    return make_anchor(anchor.side, text, found.start, found.end, context=width)


def reanchor_notes(notes: Iterable[Note], left_text: str, right_text: str) -> tuple[Note, ...]:
    """Notes re-attached to new texts: positions updated, ``orphaned`` set or cleared.

    An orphaned anchor keeps its old selectors untouched, so the quote is still shown and
    the note can find its place again if the text comes back. Notes that need no change
    are returned as the same objects; ids, authors and times never change.
    """
    result = []
    for note in notes:
        anchors = []
        orphaned = False
        for anchor, found in zip(
            note.anchors, resolve_note(note, left_text, right_text), strict=True
        ):
            if found.found:
                text = _side_text(anchor.side, left_text, right_text)
                anchors.append(_moved_anchor(anchor, text, found))
            else:
                orphaned = True
                anchors.append(anchor)
        new_anchors = tuple(anchors)
        if new_anchors == note.anchors and orphaned == note.orphaned:
            result.append(note)
        else:
            result.append(replace(note, anchors=new_anchors, orphaned=orphaned))
    return tuple(result)
