"""A source cut from a claim: "More than 40,000 killed, according to the health ministry"
retold as "More than 40,000 killed".

A source is flagged as replaced by another (facts_pairing), never as dropped alone: a
rewrite often says once, in another sentence, who says what. A claim that loses its whole
source clause (", according to the Hamas-run health ministry", ", the ministry said")
while the statement stays, with no source near the change on the other side and the
source's head word nowhere in the other document, is another matter: the claim now reads
as fact.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from viewer.engine.facts_context import Found, Side, flag, quoted, whole_word_places
from viewer.engine.facts_cyrillic import cyrillic_stem, has_cyrillic
from viewer.engine.facts_numbers import Item
from viewer.engine.facts_source_phrase import NAMED_BEFORE_BARE, PAPERS
from viewer.engine.facts_source_words import SOURCE_HEADS
from viewer.engine.model import Change, FlagKind

__all__ = ["source_cuts", "sources_dropped"]

# Russian and Ukrainian speech verbs by their stems ("сообщили", "повідомила").
_CYRILLIC_SAYS = (
    "(?:сообщи|сообща|заяви|заявля|сказа|рассказа|отмети|повідоми|повідомля|розпові|зазначи)"
)
# A change that is a whole source clause: its introducer first, or its verb last.
# What opens a source clause: "according to", "citing", "за словами", "по данным".
_INTRODUCER = (
    r"(?:according\s+to|citing|as\s+reported\s+by"
    r"|за\s+(?:словами|даними|інформацією)|по\s+(?:словам|данным|информации))"
)
_SOURCE_CLAUSE = re.compile(
    rf"^[\s,;(—–-]*{_INTRODUCER}\b"
    r"|^[\s,;(—–-]*[\w\s'’.-]{0,60}\b(?:said|says|told\s+\w+|reported|reports)"
    r"(?:\s+(?:in|on)\s+[\w\s'’-]{1,30})?[\s.),]*$"  # ", his family said in a statement,"
    # Russian and Ukrainian put the verb first: ", сообщили «Интерфаксу» в пресс-службе".
    rf"|^[\s,]+{_CYRILLIC_SAYS}\w*\b[^.!?]{{0,80}}[.\s]*$",
    re.IGNORECASE,
)
_CYRILLIC_VERB = re.compile(rf"[\s,]+({_CYRILLIC_SAYS}\w*)", re.IGNORECASE)
# A source clause that opens a sentence, cut with it: "According to the health ministry,
# the plant" / "The plant", "Як повідомили в Офісі генпрокурора, за" / "За".
_OPENING_CLAUSE = re.compile(
    rf"^\s*(?:{_INTRODUCER}|(?:як|как)\s+{_CYRILLIC_SAYS}\w*)\b[^.!?]{{1,80}},\s*$",
    re.IGNORECASE,
)
_DATA_AFTER = re.compile(r"\s+(?:data|figures|statistics|estimates)\b", re.IGNORECASE)
# Who made a study or a poll: "an exit poll by public broadcaster RTV", "a survey by the
# central bank".
# "documents reviewed by Reuters", "a draft agreement seen by Reuters": a leak, vouched for.
_MADE_BY = re.compile(
    r"(?:\s+[a-z]+)?(?:\s+(?:seen|reviewed|obtained|viewed))?\s+by\s+([^\W\d_][^,.;:()]{0,40})"
)
_WORD = re.compile(r"[^\W\d_]+")
# How alike the other side's sentence must be to tell the same statement.
_SAME_STATEMENT = 0.5


def _tells_who(source: Item, text: str) -> bool:
    """Whether a source says who vouches for a claim: people or a body described, not a
    body told bare ("the agency", which points back to one named before) nor data, a
    study or a document ("according to central bank data": where a figure comes from)
    unless it says who made it ("an exit poll by public broadcaster RTV")."""
    if source.key[0] != "source":
        return True  # a name: "according to Hamas", "Reuters reported"
    _, count, head, qualifiers, *_ = source.key
    if head in PAPERS:
        by = _MADE_BY.match(text, source.end)
        return by is not None and any(
            w[0].isupper() or w.lower() in SOURCE_HEADS for w in _WORD.findall(by.group(1))
        )
    if _DATA_AFTER.match(text, source.end):
        return False
    bare = not qualifiers or " " not in source.text.strip()  # "the agency", "the carmaker"
    return not (count is None and bare and head in NAMED_BEFORE_BARE)


def _told_in(head: str, document: str) -> bool:
    """Whether a source's head word stands in ``document``: as written, or in Ukrainian
    and Russian in any case ("Повітряних сил" / "повідомили Повітряні сили")."""
    if next(whole_word_places(document, head), None) is not None:
        return True
    if not has_cyrillic(head):
        return False
    stem = cyrillic_stem(head)
    return re.search(rf"(?<!\w){re.escape(stem)}", document, re.I) is not None


def _verb_kept(cut: str, other: Side, index: int) -> bool:
    """Whether a Russian or Ukrainian source clause's verb (its first word) stands in the
    other side's sentence: the source moved there, its body spelled out ("Сумська ОВА" /
    "Сумська обласна військова адміністрація повідомила")."""
    verb = _CYRILLIC_VERB.match(cut)
    if verb is None:
        return False
    start, end = other.sentence_span(index)
    return verb.group(1)[:5].lower() in other.text[start:end].lower()  # "повідомила", "-ли"


def source_cuts(changes: Sequence[Change]) -> dict[int, bool]:
    """The changes that cut (True: from the left) or add (False) a whole source clause on
    one side only, by index: cheap, so a pair is asked for sources then."""
    cuts = {}
    for i, c in enumerate(changes):
        if (is_left := _cut_side(c)) is not None:
            cuts[i] = is_left
    return cuts


def _cut_side(change: Change) -> bool | None:
    """Whether a change cuts a source clause from the left (True) or adds one on the right
    (False); None if it does neither. A clause that opened a sentence takes the capital of
    the word after it along ("According to the ministry, the" / "The")."""
    left, right = change.left.text, change.right.text
    if bool(left.strip()) != bool(right.strip()):
        return bool(left.strip()) if _SOURCE_CLAUSE.search(left or right) else None
    longer, shorter = (left, right) if len(left) > len(right) else (right, left)
    word = shorter.strip()
    if not word or " " in word or not longer.lower().endswith(word.lower()):
        return None
    opening = _OPENING_CLAUSE.match(longer[: len(longer) - len(word)])
    return None if opening is None else longer is left


def sources_dropped(
    a: Side, b: Side, cuts: dict[int, bool], changes: Sequence[Change]
) -> list[Found]:
    """A flag for each source a change in ``cuts`` (source_cuts) drops from (or adds to) a
    statement both sides make, where the other side gives it no source."""
    out = []
    for i, is_left in cuts.items():
        side, other = (a, b) if is_left else (b, a)
        start, end = side.spans[i]
        inside = [x for x in side.facts[FlagKind.ATTRIBUTION] if start <= x.start and x.end <= end]
        if not inside or other.facts[FlagKind.ATTRIBUTION]:
            continue  # no source cut, or the other side tells one: a source replaced, if any
        source = inside[0]
        if not _tells_who(source, side.text):
            continue
        index = other.best_sentence(side.words_of(side.sentence_of(source.start)), _SAME_STATEMENT)
        # its last word, past a trailing preposition ("пресс-службе ГУ МВД по")
        head = next((w for w in reversed(source.text.lower().split()) if len(w) > 2), "")
        document = other.document or other.text
        if index is None or not head or _told_in(head, document):
            continue  # another statement, or the source is told elsewhere in the article
        if _verb_kept(changes[i].left.text or changes[i].right.text, other, index):
            continue  # "..., повідомила Сумська ОВА" / "Сумська обласна ... повідомила:"
        at = other.spans[i][0]
        note = f"source {quoted(source)} {'dropped' if is_left else 'added'}"
        cut, kept = (source.start, source.end), (at, at)
        (s1, e1), (s2, e2) = (cut, kept) if is_left else (kept, cut)
        out.append(flag(FlagKind.ATTRIBUTION, a, s1, e1, b, s2, e2, note, is_left, not is_left))
    return out
