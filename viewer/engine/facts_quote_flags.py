"""Quotation flags: quoted words changed, a paraphrase made a quote, a quote made a paraphrase.

Quotes are matched by their words rather than their place: a quote cut into pieces on the
other side is the same quote, and a quote with no quoted partner is looked for among the
unquoted sentences of the other side.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from viewer.engine.facts_context import (
    Found,
    Side,
    flag,
    flag_cut_whole,
    quoted,
    similarity,
    stands_amid,
    stems_of,
    trim,
)
from viewer.engine.facts_cyrillic import cyrillic_stem, has_cyrillic
from viewer.engine.facts_lexicon import STOP
from viewer.engine.facts_numbers import Item
from viewer.engine.facts_pairing import MAX_COUNTERPART_WORDS
from viewer.engine.facts_quotes import names_a_work, quoted_name
from viewer.engine.model import Change, FlagKind

__all__ = ["quote_flags"]

# Two changed quotes in sentences at least this similar are one quote, reworded.
QUOTE_SIMILARITY = 0.4
# A quote with no quoted partner is a paraphrase made a quote (or a quote made a paraphrase)
# when this share of its words stand in one sentence of the other side.
QUOTE_OVERLAP = 0.35
# A quote with no partner and no paraphrase on the other side was dropped (or added) when
# changes hold at least this share of its letters.
DROPPED_SHARE = 0.75
_TOLD_ALIKE = 0.5
_QUOTE_MARK = re.compile('["“”«»„]')
_ELLIPSIS = re.compile(r"\.\.\.|…")
# A quote is a piece of a longer one when this share of the longer one's other words
# stand on its side too.
_REST_SHARE = 0.5


def _quote_change_note(x: Item, y: Item) -> str:
    """How a quote's words changed: cut to a word-for-word part of it (a brief quoting
    '"deserved it today"' of '"Spain deserved it today. They were better ..."'), or
    shortened with an ellipsis, which may drop what qualified it, so it stays a flag but
    says what was left out; extended by words before, after or inside it; or altered."""
    old, new = x.key[1], y.key[1]
    for short, long, cut in ((new, old, True), (old, new, False)):
        if len(short) >= len(long):
            continue
        if _contiguous(short, long) or (
            _ELLIPSIS.search(y.text if cut else x.text) and _in_order(short, long)
        ):
            kept = set(short)
            rest = " ".join(w for w in long if w not in kept)
            rest = rest if len(rest) <= 60 else rest[:59] + "…"
            how = "quotation cut" if cut else "quotation extended"
            what = "leaving out" if cut else "adding"
            return f"{how}: {quoted(x)} becomes {quoted(y)}, {what} '{rest}'"
    return f"quoted text changes: {quoted(x)} becomes {quoted(y)}"


def _in_order(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """Whether ``part``'s words stand in ``whole`` in the same order (an ellipsis cut)."""
    words = iter(whole)
    return all(w in words for w in part)


def _contiguous(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    n = len(part)
    return n > 0 and any(whole[i : i + n] == part for i in range(len(whole) - n + 1))


def quote_flags(
    a: Side, b: Side, xs: list[Item], ys: list[Item], changes: Sequence[Change]
) -> list[Found]:
    xs, ys = _drop_fragments(xs, ys, a, b), _drop_fragments(ys, xs, b, a)
    xs = [x for x in xs if a.changes_touching(x)]
    ys = [y for y in ys if b.changes_touching(y)]
    flags, done = [], set()
    scored = []
    for x in xs:
        for y in ys:
            if _one_name(x, y) or _name_and_nickname(x, y):
                continue  # «Нафтогаз» / «Нафтогаз України», «Шахтаря» / «гірників»: names
            overlap = _overlap(x.key[1], y.key[1])
            if overlap >= 0.5 or similarity(a, x, b, y) >= QUOTE_SIMILARITY:
                scored.append((-overlap, x.start, y.start, x, y))
    scored.sort(key=lambda t: t[:3])
    for _, _, _, x, y in scored:
        if id(x) in done or id(y) in done:
            continue
        done |= {id(x), id(y)}
        if quoted_name(x) and quoted_name(y):  # «Олександрією» / «Кривбасом»: another club
            note = f"'{_unmarked(x)}' becomes '{_unmarked(y)}'"
            flags.append(flag(FlagKind.NAME, a, x.start, x.end, b, y.start, y.end, note))
            continue
        note = _quote_change_note(x, y)
        flags.append(flag(FlagKind.QUOTE, a, x.start, x.end, b, y.start, y.end, note))
    for item, side, other, is_left in [(x, a, b, True) for x in xs] + [
        (y, b, a, False) for y in ys
    ]:
        if id(item) in done or len(item.key[1]) < 3 or names_a_work(side.text, item):
            continue
        span = _unquoted_match(item, other)
        if span is None:
            flags += _dropped(item, side, other, is_left)
            continue
        if is_left:
            note = f"quotation no longer quoted: {quoted(item)}"
            flags.append(flag(FlagKind.QUOTE, a, item.start, item.end, b, *span, note))
        else:
            note = f"presented as a quotation: {quoted(item)}"
            flags.append(flag(FlagKind.QUOTE, a, *span, b, item.start, item.end, note))
    return flags


_MARKS = "«»“”„\"' "


def _unmarked(quote: Item) -> str:
    return quote.text.strip(_MARKS)


def _name_and_nickname(x: Item, y: Item) -> bool:
    """Whether two Ukrainian or Russian words in marks are a name and a nickname in its
    place («Шахтаря» / «гірників»): they quote nobody. Two names in marks stay a change
    («Енергоатом» / «Укргідроенерго»)."""
    return _marked_word(x) and _marked_word(y) and not (quoted_name(x) and quoted_name(y))


def _marked_word(quote: Item) -> bool:
    return quoted_name(quote) or (has_cyrillic(quote.text) and len(quote.key[1]) == 1)


def _one_name(x: Item, y: Item) -> bool:
    """Whether two names in marks name one thing: one's words stand in the other."""
    if not (quoted_name(x) and quoted_name(y)):
        return False
    sx, sy = ({cyrillic_stem(w) for w in q.key[1]} for q in (x, y))
    return sx <= sy or sy <= sx


def _dropped(quote: Item, side: Side, other: Side, is_left: bool) -> list[Found]:
    """A quotation cut (or added) whole, with nothing like it on the other side, or made
    the outlet's own words.

    Dropped only when changes hold nearly all its words (``DROPPED_SHARE``): a quote partly
    changed that matches nothing was reworded beyond recognition, which is no evidence it
    was dropped. A quote partly changed whose sentence the other side tells alike with no
    quotation mark lost its marks, however few of its words changed ('would respond to
    any further provocation' / 'will "respond decisively to any further provocation"').
    The other side shows what stands in its place, or the place itself.
    """
    touching = side.changes_touching(quote)
    share = side.changed_share(quote) if touching else 0.0
    reworded = share < DROPPED_SHARE and _told_unquoted(quote, side, other)
    if share < DROPPED_SHARE and not reworded:
        return []
    if _stands_in(quote, other.document):
        return []
    if reworded:  # '"outplayed in every department"' / 'beaten in every area'
        what = "quotation no longer quoted, reworded" if is_left else "reworded into a quotation"
        note = f"{what}: {quoted(quote)}"
    else:
        note = f"quotation {'dropped' if is_left else 'added'}: {quoted(quote)}"
    return [
        flag_cut_whole(FlagKind.QUOTE, quote, side, other, is_left, note, MAX_COUNTERPART_WORDS)
    ]


def _told_unquoted(quote: Item, side: Side, other: Side) -> bool:
    """Whether the other side tells the quote's sentence with no quotation in it: a sentence
    alike (``_TOLD_ALIKE``) and no quotation mark, so the quote became the outlet's own
    words ('had been "outplayed in every department"' / 'had been beaten in every area')."""
    words = side.words_of(side.sentence_of(quote.start))
    index = other.best_sentence(words, _TOLD_ALIKE)
    if index is None or len(quote.key[1]) < 3:
        return False
    start, end = other.sentence_span(index)
    return _QUOTE_MARK.search(other.text, start, end) is None


def _stems(quote: Item) -> set[str]:
    """A quote's content words by their first five letters, as sentences are compared."""
    return {w[:5] for w in quote.key[1] if w not in STOP and len(w) > 2}


def _stands_in(quote: Item, document: str | None) -> bool:
    """Whether the words of ``quote`` stand together somewhere in ``document``: a quotation
    moved into another paragraph, which the aligner linked apart, was not dropped."""
    words = _stems(quote)
    if document is None or not words:
        return False
    return stands_amid(document, max(quote.key[1], key=len), words, DROPPED_SHARE)


def _drop_fragments(quotes: list[Item], others: list[Item], side: Side, other: Side) -> list[Item]:
    """Quotes that are pieces of one longer quote on the other side (or the reverse) match.

    Not a quote whose words were edited between its marks, in the place of the longer one:
    '"good place"' and '"very good place"' are one quotation altered, not a part and a whole.
    """
    kept = []
    for q in quotes:
        words = " ".join(q.key[1])
        if any(
            words in " ".join(o.key[1])
            and (_split_from(o, side) or not _edited_within(q, side, o, other))
            and _rest_stands(o, q, side)
            for o in others
        ):
            continue
        parts = [o for o in others if " ".join(o.key[1]) in words]
        if sum(len(o.key[1]) for o in parts) >= 0.9 * len(q.key[1]):
            continue
        if (
            parts
            and _only_glue_left(q, parts)
            and not any(_edited_within(q, side, o, other) for o in parts)
        ):
            continue  # '"These are the most convincing data"' quoted from "the most" on;
            # a word put between the marks is an edit: '"good place"' / '"very good place"'
        kept.append(q)
    return kept


def _split_from(whole: Item, side: Side) -> bool:
    """Whether the quotes of ``side`` that are pieces of ``whole`` hold nearly all its
    words: one quotation split around its speaker ('"The market is cooling," said Foley,
    "but it is not cracking."'), whatever the word diff cut between the marks."""
    words = " ".join(whole.key[1])
    pieces = [p for p in side.facts[FlagKind.QUOTE] if " ".join(p.key[1]) in words]
    return len(pieces) > 1 and sum(len(p.key[1]) for p in pieces) >= 0.9 * len(whole.key[1])


def _only_glue_left(whole: Item, parts: list[Item]) -> bool:
    """Whether the words of ``whole`` outside its quoted ``parts`` are all function words
    ("These are"): the other side quotes it from a later word on, nothing of it lost."""
    kept = {w for o in parts for w in o.key[1]}
    return all(w in STOP or w in kept for w in whole.key[1])


def _rest_stands(whole: Item, piece: Item, side: Side) -> bool:
    """Whether the words of ``whole`` missing from ``piece`` stand on the piece's side.

    A quote split into pieces, or partly told in the writer's words, keeps its other words
    nearby; a quote cut short ('"We will not veto the package, but ..."' retold as '"We will
    not veto the package,"') has lost them: the quote was altered, not split.
    """
    rest = {w[:5] for w in whole.key[1] if w not in STOP} - {w[:5] for w in piece.key[1]}
    if not rest:
        return True
    there = stems_of(side.text)
    return len(rest & there) >= _REST_SHARE * len(rest)


def _edited_within(q: Item, side: Side, o: Item, other: Side) -> bool:
    """Whether one change stands between the marks of ``q`` and of ``o`` on the other side."""
    for i in side.touching(q.start, q.end):
        (s, e), (os_, oe) = side.spans[i], other.spans[i]
        if q.start < s and e < q.end and o.start < os_ and oe < o.end:
            return True
    return False


def _overlap(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    sa = {w[:5] for w in a if w not in STOP}
    sb = {w[:5] for w in b if w not in STOP}
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))


def _unquoted_match(quote: Item, other: Side) -> tuple[int, int] | None:
    """The sentence of ``other`` that says what ``quote`` says, without quoting it."""
    words = _stems(quote)
    content = {w for w in quote.key[1] if w not in STOP and len(w) > 2}
    if len(content) == 2 and quote.text.strip(_MARKS).islower():
        return _said_word_for_word(quote, other)  # "close to capacity" / close to capacity
    if len(content) < 3 or not words:
        return None  # "policing policies" are two words, one stem: count the words
    need = min(3, len(words))
    quotes = other.facts[FlagKind.QUOTE]
    best, best_score = None, 0.0
    for index in range(len(other.starts)):
        s, e = other.sentence_span(index)
        inside = sum(max(0, min(e, q.end) - max(s, q.start)) for q in quotes)
        if inside * 2 >= e - s:
            continue  # already a quote there
        sw = other.words_of(index)
        shared = len(words & sw)
        if shared < need or not sw:
            continue
        score = shared / min(len(words), len(sw))
        if score > best_score:
            best, best_score = (s, e), score
    if best is None or best_score < QUOTE_OVERLAP:
        return None
    return trim(other.text, *best)


def _said_word_for_word(quote: Item, other: Side) -> tuple[int, int] | None:
    """The sentence of ``other`` that holds a short quote's words as they stand, outside
    any quotation: two content words put in marks or taken out of them ('were "close to
    capacity"' / 'were close to capacity') are a quote made or unmade, as a longer quote
    reworded is; lower-case only, so that a name or a title in marks stays a name."""
    words = r"\W+".join(re.escape(w) for w in quote.key[1])
    quotes = other.facts[FlagKind.QUOTE]
    for m in re.finditer(rf"(?<!\w){words}(?!\w)", other.text.lower()):
        if not any(q.start <= m.start() < q.end for q in quotes):
            return trim(other.text, *other.sentence_span(other.sentence_of(m.start())))
    return None
