"""Tell article body from page cruft in plain-text copies of web pages.

HTML extractors cannot help once a page has been saved as text, so this works on the
blocks alone, in the spirit of jusText: each block is first judged on its own (long
prose, short line, or a tell-tale cruft pattern such as a view counter, a truncated
teaser, a photo credit or another script), then the article body is taken to be the
largest run of prose blocks that short gaps do not break. Cruft is flagged, never dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from viewer.engine.cruft_rules import RULES
from viewer.engine.segmentation import is_bullet

_WORD = re.compile(r"\w+", re.UNICODE)
_PROSE_END = re.compile(r"[.!?:;][\"'”’»)\]]*$|[\"”»]$")
_NOT_LATIN = re.compile(r"[^A-Za-z]+")
_ASCII_NON_LETTERS = {c: None for c in range(128) if not chr(c).isalpha()}
_NOT_CYRILLIC = re.compile(r"[^\u0400-\u04ff]+")
_PROSE_WORDS = 10  # a sentence-ending block this long reads as prose
_SENTENCE_WORDS = 5  # ...and one this long as a sentence, when it touches the body
_MAX_GAP = 2  # non-prose blocks that may separate two prose blocks of one body
# A run of this many prose paragraphs, with little but prose between them, is article text
# even when a longer run stands apart from it (a "Read more" box in the middle of an article
# cuts it in two); comments (a name and "Reply" around each) and teasers with their
# headlines are prose among short lines.
_OWN_BODY = 3
_OWN_BODY_SHARE = 0.75
_FURNITURE = frozenset(
    {"share or follow link", "date or time line", "byline or time stamp", "reading time"}
)
# A block that is one quotation: a quote in another language is what someone said.
_QUOTED = re.compile(r"\s*[\"“«„].*[\"”»][\s.,]*$", re.S)


_TAIL = 300
# The end of a press release, and the heading of the boilerplate about its issuer.
_END_MARK = re.compile(r"#{3}|-\s*30\s*-|[-—–]*\s*(?:END|ENDS)\s*[-—–]*", re.I)
_ABOUT = re.compile(r"About\s+(?:the\s+)?[A-Z0-9][^\n.!?]{1,70}:?")


class BlockClass(Enum):
    """How a block looks on its own, before its neighbours are considered."""

    PROSE = "prose"
    SHORT = "short"
    CRUFT = "cruft"


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether a block is boilerplate, and a reason a person can read."""

    boilerplate: bool
    reason: str | None = None


def _script_share(text: str) -> tuple[int, int]:
    """Counts of (Latin, Cyrillic) letters; ASCII text (most blocks) takes a quicker path."""
    if text.isascii():
        return len(text.translate(_ASCII_NON_LETTERS)), 0
    return len(_NOT_LATIN.sub("", text)), len(_NOT_CYRILLIC.sub("", text))


def classify(
    text: str,
    main_script_cyrillic: bool | None = None,
    letters: tuple[int, int] | None = None,
) -> tuple[BlockClass, str | None]:
    """Judge one block on its own: tell-tale cruft pattern, prose, or a short line."""
    low = text.lower()
    tail = text[-_TAIL:]
    words = len(_WORD.findall(text))
    for rule in RULES:
        if rule.needles and not any(n in low for n in rule.needles):
            continue
        if rule.max_words is not None and words > rule.max_words:
            continue
        if rule.pattern.search(tail if rule.tail_only else text):
            return BlockClass.CRUFT, rule.reason
    if main_script_cyrillic is not None and not _QUOTED.match(text):
        latin, cyrillic = letters or _script_share(text)
        total = latin + cyrillic
        if total >= 8:
            share = (latin if main_script_cyrillic else cyrillic) / total
            if share > 0.6:
                return BlockClass.CRUFT, "other language than the article"
    if words >= _PROSE_WORDS and _PROSE_END.search(text.rstrip()):
        return BlockClass.PROSE, None
    return BlockClass.SHORT, None


def _main_script_cyrillic(shares: Sequence[tuple[int, int]]) -> bool | None:
    latin = cyrillic = 0
    for la, cy in shares:
        latin += la
        cyrillic += cy
    if latin + cyrillic == 0:
        return None
    return cyrillic > latin


def _body_runs(
    classes: Sequence[BlockClass], sizes: Sequence[int], free: Sequence[bool]
) -> list[tuple[int, int, int]]:
    """Runs (first, last, prose characters) of prose blocks joined across short gaps, where
    the ``free`` blocks do not count toward a gap (``_free_in_gaps``)."""
    runs: list[tuple[int, int, int]] = []
    first = last = -1
    weight = gap = 0
    for i, cls in enumerate(classes):
        if cls is BlockClass.PROSE:
            if first < 0 or gap > _MAX_GAP:
                if first >= 0:
                    runs.append((first, last, weight))
                first, weight = i, 0
            last, gap = i, 0
            weight += sizes[i]
        elif first >= 0 and not free[i]:
            gap += 1
    if first >= 0:
        runs.append((first, last, weight))
    return runs


def _sentence_like(text: str) -> bool:
    """A short block that still reads as a sentence, e.g. a one-line closing paragraph."""
    return len(_WORD.findall(text)) >= _SENTENCE_WORDS and bool(_PROSE_END.search(text.rstrip()))


def _extend(
    first: int, last: int, texts: Sequence[str], classes: Sequence[BlockClass]
) -> tuple[int, int]:
    """Grow a body run over the short sentences right before and after it.

    Articles often open or close with a one-line paragraph; it belongs to the body when
    it touches it, but a caption or a link list further away does not.
    """
    while first > 0 and classes[first - 1] is BlockClass.SHORT and _sentence_like(texts[first - 1]):
        first -= 1
    while (
        last + 1 < len(texts)
        and classes[last + 1] is BlockClass.SHORT
        and _sentence_like(texts[last + 1])
    ):
        last += 1
    return first, last


def _free_in_gaps(texts: Sequence[str], reasons: Sequence[str | None]) -> list[bool]:
    """Blocks that do not widen a gap in the body: a list counts as one block however long
    (an article's "Key facts" between its lede and the rest does not cut it in two), and
    furniture (a time, "Posted by", "Share this post") as none (a live blog's entries are
    one body)."""
    bullets = [is_bullet(t) for t in texts]
    return [
        reason in _FURNITURE or (bullet and i > 0 and bullets[i - 1])
        for i, (bullet, reason) in enumerate(zip(bullets, reasons, strict=True))
    ]


def _own_body(classes: Sequence[BlockClass], first: int, last: int) -> bool:
    prose = sum(1 for c in classes[first : last + 1] if c is BlockClass.PROSE)
    return prose >= _OWN_BODY and prose >= _OWN_BODY_SHARE * (last - first + 1)


def detect_cruft(texts: Sequence[str], main_mask: Sequence[bool] | None = None) -> list[Verdict]:
    """One verdict per block text, in order.

    ``main_mask`` comes from an HTML extractor when the input was HTML: blocks outside
    the extracted main text are cruft whatever they look like, except a paragraph of prose
    between two of its paragraphs (text an extractor skipped inside the article, such as
    a quote written straight into a ``<div>``).
    """
    shares = [_script_share(t) for t in texts]
    cyr = _main_script_cyrillic(shares)
    judged = [classify(t, cyr, share) for t, share in zip(texts, shares, strict=True)]
    classes = [c for c, _ in judged]
    if main_mask is not None:
        extracted = [i for i, keep in enumerate(main_mask) if keep]
        lo, hi = (extracted[0], extracted[-1]) if extracted else (0, -1)
        classes = [
            c if keep or (c is BlockClass.PROSE and lo < i < hi) else BlockClass.CRUFT
            for i, (c, keep) in enumerate(zip(classes, main_mask, strict=True))
        ]
    free = _free_in_gaps(texts, [reason for _, reason in judged])
    runs = _body_runs(classes, [len(t) for t in texts], free)
    if not runs:
        # No prose at all (a list, a short note): nothing to tell body from, keep it all.
        return [
            Verdict(True, reason) if cls is BlockClass.CRUFT and reason else Verdict(False)
            for cls, (_, reason) in zip(classes, judged, strict=True)
        ]
    best = max(w for _, _, w in runs)
    keep = [
        _extend(f, la, texts, classes)
        for f, la, w in runs
        if w >= 0.4 * best or _own_body(classes, f, la)
    ]
    out = []
    for i, (cls, (_, reason)) in enumerate(zip(classes, judged, strict=True)):
        inside = any(f <= i <= la for f, la in keep)
        if cls is BlockClass.CRUFT:
            out.append(Verdict(True, reason or "outside the extracted main text"))
        elif inside:
            out.append(Verdict(False))
        else:
            where = "before" if i < keep[0][0] else "after" if i > keep[-1][1] else "between"
            out.append(Verdict(True, f"{where} the article body"))
    return _release_tail(texts, classes, out)


def _release_tail(
    texts: Sequence[str], classes: Sequence[BlockClass], out: list[Verdict]
) -> list[Verdict]:
    """A press release's closing furniture, which reads like prose: everything after its
    end mark ("###", "- 30 -", "-END-"), and the "About ..." boilerplate that closes it (a
    heading starting "About" with at most two prose blocks after it and at least two of
    the body before it). Both are kept and shown, as all cruft is."""
    body = [i for i, v in enumerate(out) if not v.boilerplate]
    if len(body) < 3:
        return out
    first, end = body[0], len(texts)
    for i in range(first + 1, len(texts)):
        if _END_MARK.fullmatch(texts[i].strip()):
            out[i] = Verdict(True, "end mark of a press release")
            for j in range(i + 1, len(texts)):
                if not out[j].boilerplate:
                    out[j] = Verdict(True, "after the end mark of a press release")
            end = i
            break
    for i in range(end - 1, first, -1):
        if not _ABOUT.fullmatch(texts[i].strip()) or out[i].boilerplate:
            continue
        after = sum(1 for c in classes[i + 1 : end] if c is BlockClass.PROSE)
        before = sum(1 for j in body if j < i and classes[j] is BlockClass.PROSE)
        if after <= 2 and before >= 2:
            for j in range(i, end):
                if not out[j].boilerplate:
                    out[j] = Verdict(True, "press release boilerplate")
        break
    return out
