"""Fact-change flags of one aligned pair: numbers, dates, names, quotes, attribution, certainty.

The word changes say where the two sides differ; the facts say whether that matters. Both
sides get an inventory of typed facts with normalised values (facts_numbers, facts_names,
facts_claims, facts_quotes). A fact whose value also stands on the other side was only
moved or reworded and is never flagged. What is left over and touches a change is paired
with a left-over fact of the same kind on the other side (same change, or a similar
sentence) and flagged as "X becomes Y"; a left-over hedge, negation, number or time with
no partner is flagged as added or dropped. Public entry point: ``find_flags``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from viewer.engine.facts_claims import (
    attributions_equivalent,
    extract_attributions,
    extract_certainty,
)
from viewer.engine.facts_lexicon import STOP
from viewer.engine.facts_names import capitalised_mid_sentence, extract_names, names_equivalent
from viewer.engine.facts_numbers import (
    Item,
    dates_equivalent,
    extract_dates,
    extract_numbers,
    numbers_equivalent,
)
from viewer.engine.facts_quotes import extract_quotes
from viewer.engine.facts_triggers import triggered_kinds
from viewer.engine.model import Change, Flag, FlagKind, Span

__all__ = ["find_flags"]

# Two left-over facts in sentences at least this similar (Dice over content words) are
# taken as one fact stated two ways; below it they are unrelated facts. Names recur all
# over a story, so a swapped name needs a closer sentence than a swapped number.
PAIR_SIMILARITY = {
    FlagKind.NUMBER: 0.2,
    FlagKind.DATE: 0.2,
    FlagKind.ATTRIBUTION: 0.2,
    FlagKind.NAME: 0.2,
    FlagKind.CERTAINTY: 0.4,
    FlagKind.QUOTE: 0.4,
}
# An added or dropped fact is flagged only when the statement around it stands on the
# other side too: some sentence there at least this similar to its own.
UNPAIRED_SIMILARITY = 0.25
# A fact added or dropped is flagged against the other side of its change only when that
# side is short enough to read as "what stands there instead".
MAX_COUNTERPART_WORDS = 16
# A quote with no quoted partner is a paraphrase made a quote (or a quote made a paraphrase)
# when this share of its words stand in one sentence of the other side.
QUOTE_OVERLAP = 0.35

_KIND_ORDER = (
    FlagKind.QUOTE,
    FlagKind.ATTRIBUTION,
    FlagKind.NUMBER,
    FlagKind.DATE,
    FlagKind.NAME,
    FlagKind.CERTAINTY,
)
_EQUIVALENT: dict[FlagKind, Callable[[tuple, tuple], bool]] = {
    FlagKind.NUMBER: numbers_equivalent,
    FlagKind.DATE: dates_equivalent,
    FlagKind.NAME: names_equivalent,
    FlagKind.ATTRIBUTION: attributions_equivalent,
    FlagKind.CERTAINTY: lambda a, b: a == b,
    FlagKind.QUOTE: lambda a, b: a == b,
}
_NEED_NAMES = frozenset({FlagKind.NAME, FlagKind.ATTRIBUTION, FlagKind.NUMBER})
_NEED_ATTRIBUTION = frozenset({FlagKind.ATTRIBUTION, FlagKind.NUMBER, FlagKind.NAME})
_QUOTE_MARKS = ('"', "“", "”", "«", "»", "„")
_FLAG_UNPAIRED = frozenset({FlagKind.NUMBER, FlagKind.DATE, FlagKind.CERTAINTY})
_SENTENCE_BREAK = re.compile(r"(?<![A-Z]\.)(?<=[.!?])[\"”’»)]*\s+(?=[\"“«‘(]?[^\W\d_])|\n\s*")
_WORD = re.compile(r"[^\W\d_]{3,}")
_SPACE_WORDS = re.compile(r"\S+")


@dataclass(slots=True)
class _Side:
    """One side of the pair: its text, its facts by kind, its changes and its sentences."""

    text: str
    facts: dict[FlagKind, list[Item]]
    spans: list[tuple[int, int]]  # this side's span of each change, in change order
    sentence_starts: list[int] = field(default_factory=list)
    sentence_words: dict[int, frozenset[str]] = field(default_factory=dict)

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, pos) - 1)

    def sentence_span(self, index: int) -> tuple[int, int]:
        end = (
            self.sentence_starts[index + 1]
            if index + 1 < len(self.sentence_starts)
            else len(self.text)
        )
        return self.sentence_starts[index], end

    def words_of(self, index: int) -> frozenset[str]:
        words = self.sentence_words.get(index)
        if words is None:
            s, e = self.sentence_span(index)
            words = frozenset(
                w[:5] for w in (x.lower() for x in _WORD.findall(self.text[s:e])) if w not in STOP
            )
            self.sentence_words[index] = words
        return words

    def changes_touching(self, item: Item) -> list[int]:
        return [i for i, (s, e) in enumerate(self.spans) if s <= item.end and item.start <= e]


def find_flags(left: str, right: str, changes: Sequence[Change]) -> tuple[Flag, ...]:
    """Fact changes between two aligned texts, with spans relative to ``left`` and ``right``.

    ``changes`` are the word changes between the two texts; facts far from any change are
    never flagged, and a pair with no changes has no flags.
    """
    if not changes:
        return ()
    kinds = triggered_kinds(changes)
    if any(m in left or m in right for m in _QUOTE_MARKS):
        kinds |= {FlagKind.QUOTE}  # a change inside a quote changes the quote
    if not kinds:
        return ()
    known = capitalised_mid_sentence(left, right) if kinds & _NEED_NAMES else frozenset()
    a = _side(left, [(c.left.start, c.left.end) for c in changes], known, kinds)
    b = _side(right, [(c.right.start, c.right.end) for c in changes], known, kinds)
    flags: list[Flag] = []
    for kind in _KIND_ORDER:
        if kind not in kinds:
            continue
        xs, ys = _unmatched(a, b, kind)
        if kind is FlagKind.QUOTE:
            flags += _quote_flags(a, b, xs, ys, changes)
        else:
            flags += _pair_flags(a, b, kind, xs, ys, changes)
    return _dedupe(flags)


def _side(
    text: str, spans: list[tuple[int, int]], known: frozenset[str], kinds: frozenset[FlagKind]
) -> _Side:
    """The fact inventory of one side, for the kinds its changes could touch."""
    want_numbers = FlagKind.NUMBER in kinds
    dates = extract_dates(text) if want_numbers or FlagKind.DATE in kinds else []
    names = extract_names(text, known) if kinds & _NEED_NAMES else []
    attributions = extract_attributions(text, names) if _NEED_ATTRIBUTION & kinds else []
    quotes = extract_quotes(text) if FlagKind.QUOTE in kinds or FlagKind.CERTAINTY in kinds else []
    taken = [(i.start, i.end) for i in dates + attributions]
    numbers = extract_numbers(text, taken) if want_numbers else []
    date_spans = [(d.start, d.end) for d in dates]
    attr_spans = {(x.start, x.end) for x in attributions}
    names = [n for n in names if (n.start, n.end) not in attr_spans and not _inside(n, date_spans)]
    quote_spans = [(q.start, q.end) for q in quotes]
    certainty = (
        [c for c in extract_certainty(text) if not _inside(c, quote_spans)]
        if FlagKind.CERTAINTY in kinds
        else []
    )
    side = _Side(
        text,
        {
            FlagKind.NUMBER: numbers,
            FlagKind.DATE: dates,
            FlagKind.NAME: names,
            FlagKind.ATTRIBUTION: attributions,
            FlagKind.QUOTE: quotes,
            FlagKind.CERTAINTY: certainty,
        },
        spans,
    )
    side.sentence_starts = [0] + [m.end() for m in _SENTENCE_BREAK.finditer(text)]
    return side


def _inside(item: Item, spans: list[tuple[int, int]]) -> bool:
    return any(s <= item.start and item.end <= e for s, e in spans)


def _similarity(a: _Side, x: Item, b: _Side, y: Item) -> float:
    wa, wb = a.words_of(a.sentence_of(x.start)), b.words_of(b.sentence_of(y.start))
    if not wa or not wb:
        return 0.0
    return 2 * len(wa & wb) / (len(wa) + len(wb))


def _unmatched(a: _Side, b: _Side, kind: FlagKind) -> tuple[list[Item], list[Item]]:
    """Facts of ``kind`` on each side with no equivalent left on the other side."""
    xs, ys = a.facts[kind], b.facts[kind]
    if not xs or not ys:
        return list(xs), list(ys)
    same = _EQUIVALENT[kind]
    candidates = []
    for i, x in enumerate(xs):
        for j, y in enumerate(ys):
            if same(x.key, y.key):
                candidates.append((-_similarity(a, x, b, y), i, j))
    candidates.sort()
    used_x, used_y = set(), set()
    for _, i, j in candidates:
        if i not in used_x and j not in used_y:
            used_x.add(i)
            used_y.add(j)
    return (
        [x for i, x in enumerate(xs) if i not in used_x],
        [y for j, y in enumerate(ys) if j not in used_y],
    )


def _pairs(
    a: _Side, b: _Side, kind: FlagKind, xs: list[Item], ys: list[Item]
) -> list[tuple[Item, Item]]:
    """Left-over facts that replace each other: same change, or similar sentences."""
    same = _EQUIVALENT[kind]
    scored = []
    for x in xs:
        cx = set(a.changes_touching(x))
        for y in ys:
            if _sentence_has(a, x, y, same) or _sentence_has(b, y, x, same):
                continue  # the other fact stands next to this one: an addition, not a swap
            shared = bool(cx & set(b.changes_touching(y)))
            if not _comparable(a, x, b, y):
                continue
            sim = _similarity(a, x, b, y)
            if kind is FlagKind.NAME and not (
                (shared and sim >= 0.3) or _same_neighbour(a, x, b, y)
            ):
                continue
            if shared or sim >= PAIR_SIMILARITY[kind]:
                scored.append((-(sim + shared), x.start, y.start, x, y))
    scored.sort(key=lambda t: t[:3])
    used_x, used_y, out = set(), set(), []
    for _, _, _, x, y in scored:
        if id(x) not in used_x and id(y) not in used_y:
            used_x.add(id(x))
            used_y.add(id(y))
            out.append((x, y))
    return out


_RELATIVE = frozenset({"span", "ago", "ref", "day", "rel", "recent"})
_COUNTED = re.compile(r"[\s\W]*(?:(?:of|the|a|an)\s+)*([^\W\d_]+)")


def _comparable(a: _Side, x: Item, b: _Side, y: Item) -> bool:
    """Facts in different sentences may replace each other only if they are alike in type."""
    if x.kind is FlagKind.DATE:
        return (x.key[0] in _RELATIVE) == (y.key[0] in _RELATIVE)
    if x.kind is FlagKind.NUMBER:
        if x.key[0] != y.key[0] and "freq" not in (x.key[0], y.key[0]):
            return False
        nx, ny = _COUNTED.match(a.text, x.end), _COUNTED.match(b.text, y.end)
        return not (nx and ny) or nx.group(1).lower()[:5] == ny.group(1).lower()[:5]
    return True


_PREVIOUS_WORD = re.compile(r"([\w’'-]+)[^\w]*$")
_NEXT_WORD = re.compile(r"[^\w]*([\w’'-]+)")


def _same_neighbour(a: _Side, x: Item, b: _Side, y: Item) -> bool:
    """A name swapped for another keeps its place: the word before or after is the same."""
    px = _PREVIOUS_WORD.search(a.text, max(0, x.start - 30), x.start)
    py = _PREVIOUS_WORD.search(b.text, max(0, y.start - 30), y.start)
    if px and py and px.group(1).lower() == py.group(1).lower():
        return True
    nx, ny = _NEXT_WORD.match(a.text, x.end), _NEXT_WORD.match(b.text, y.end)
    return bool(nx and ny and nx.group(1).lower() == ny.group(1).lower())


def _sentence_has(side: _Side, at: Item, other: Item, same: Callable[[tuple, tuple], bool]) -> bool:
    s, e = side.sentence_span(side.sentence_of(at.start))
    if any(
        s <= f.start < e and f is not at and same(f.key, other.key) for f in side.facts[at.kind]
    ):
        return True
    if at.kind is FlagKind.ATTRIBUTION and other.key[0] == "name":
        names = side.facts[FlagKind.NAME]
        return any(s <= f.start < e and names_equivalent(f.key, other.key[1]) for f in names)
    return False


def _pair_flags(
    a: _Side,
    b: _Side,
    kind: FlagKind,
    xs: list[Item],
    ys: list[Item],
    changes: Sequence[Change],
) -> list[Flag]:
    xs = [x for x in xs if a.changes_touching(x)]
    ys = [y for y in ys if b.changes_touching(y)]
    if not xs and not ys:
        return []
    flags = []
    paired = _pairs(a, b, kind, xs, ys)
    for x, y in paired:
        flags.append(_flag(kind, a, x.start, x.end, b, y.start, y.end, f"{_q(x)} becomes {_q(y)}"))
    if kind not in _FLAG_UNPAIRED:
        return flags
    done = {id(x) for pair in paired for x in pair}
    for item, side, other, is_left in [(x, a, b, True) for x in xs] + [
        (y, b, a, False) for y in ys
    ]:
        if id(item) in done:
            continue
        span = _counterpart(item, side, other, changes, is_left)
        if span is None:
            continue
        note = f"{_q(item)} {'dropped' if is_left else 'added'}"
        if is_left:
            flags.append(_flag(kind, a, item.start, item.end, b, span[0], span[1], note))
        else:
            flags.append(_flag(kind, a, span[0], span[1], b, item.start, item.end, note))
    return flags


def _counterpart(
    item: Item, side: _Side, other: _Side, changes: Sequence[Change], is_left: bool
) -> tuple[int, int] | None:
    """What stands on the other side instead of an added or dropped fact, or None.

    Only a fact inside a change counts, and only when a similar sentence stands on the
    other side: there, a fact of the same kind with another value is the counterpart (an
    equivalent one means nothing was lost); else the other side of the change if it lies
    in that sentence; else the sentence itself.
    """
    touching = [
        i
        for i in side.changes_touching(item)
        if (changes[i].left if is_left else changes[i].right).start < item.end
        and item.start < (changes[i].left if is_left else changes[i].right).end
    ]
    if not touching or not _worth_flagging_alone(item):
        return None
    index = _best_sentence(side, item, other)
    if index is None:
        return None
    s, e = other.sentence_span(index)
    same = _EQUIVALENT[item.kind]
    there = [f for f in other.facts[item.kind] if s <= f.start < e]
    if any(same(item.key, f.key) for f in there):
        return None
    for f in there:
        if _comparable(side, item, other, f) if is_left else _comparable(other, f, side, item):
            return f.start, f.end
    ch = changes[touching[0]]
    span = ch.right if is_left else ch.left
    if s <= span.start <= e and len(_SPACE_WORDS.findall(span.text)) <= MAX_COUNTERPART_WORDS:
        return (
            _trim(other.text, span.start, span.end) if span.text.strip() else (span.start, span.end)
        )
    return _trim(other.text, s, e)


def _worth_flagging_alone(item: Item) -> bool:
    """Vague quantities and times ("many", "recently") added or dropped are not a fact."""
    if item.kind is FlagKind.NUMBER:
        return item.key[0] != "quant"
    if item.kind is FlagKind.DATE:
        return item.key[0] == "rel" or (item.key[0] in ("span", "ago") and item.key[-1] != "vague")
    return True


def _best_sentence(side: _Side, item: Item, other: _Side) -> int | None:
    words = side.words_of(side.sentence_of(item.start))
    best, best_sim = None, UNPAIRED_SIMILARITY
    for index in range(len(other.sentence_starts)):
        ow = other.words_of(index)
        if words and ow:
            sim = 2 * len(words & ow) / (len(words) + len(ow))
            if sim >= best_sim:
                best, best_sim = index, sim
    return best


def _quote_flags(
    a: _Side, b: _Side, xs: list[Item], ys: list[Item], changes: Sequence[Change]
) -> list[Flag]:
    xs, ys = _drop_fragments(xs, ys), _drop_fragments(ys, xs)
    xs = [x for x in xs if a.changes_touching(x)]
    ys = [y for y in ys if b.changes_touching(y)]
    flags, done = [], set()
    scored = []
    for x in xs:
        for y in ys:
            overlap = _overlap(x.key[1], y.key[1])
            if overlap >= 0.5 or _similarity(a, x, b, y) >= PAIR_SIMILARITY[FlagKind.QUOTE]:
                scored.append((-overlap, x.start, y.start, x, y))
    scored.sort(key=lambda t: t[:3])
    for _, _, _, x, y in scored:
        if id(x) in done or id(y) in done:
            continue
        done |= {id(x), id(y)}
        note = f"quoted text changes: {_q(x)} becomes {_q(y)}"
        flags.append(_flag(FlagKind.QUOTE, a, x.start, x.end, b, y.start, y.end, note))
    for item, _side, other, is_left in [(x, a, b, True) for x in xs] + [
        (y, b, a, False) for y in ys
    ]:
        if id(item) in done or len(item.key[1]) < 3:
            continue
        span = _unquoted_match(item, other)
        if span is None:
            continue
        if is_left:
            note = f"quotation no longer quoted: {_q(item)}"
            flags.append(_flag(FlagKind.QUOTE, a, item.start, item.end, b, *span, note))
        else:
            note = f"presented as a quotation: {_q(item)}"
            flags.append(_flag(FlagKind.QUOTE, a, *span, b, item.start, item.end, note))
    return flags


def _drop_fragments(quotes: list[Item], others: list[Item]) -> list[Item]:
    """Quotes that are pieces of one longer quote on the other side (or the reverse) match."""
    kept = []
    for q in quotes:
        words = " ".join(q.key[1])
        if any(words in " ".join(o.key[1]) for o in others):
            continue
        parts = [o for o in others if " ".join(o.key[1]) in words]
        if sum(len(o.key[1]) for o in parts) >= 0.9 * len(q.key[1]):
            continue
        kept.append(q)
    return kept


def _overlap(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    sa = {w[:5] for w in a if w not in STOP}
    sb = {w[:5] for w in b if w not in STOP}
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))


def _unquoted_match(quote: Item, other: _Side) -> tuple[int, int] | None:
    """The sentence of ``other`` that says what ``quote`` says, without quoting it."""
    words = {w[:5] for w in quote.key[1] if w not in STOP and len(w) > 2}
    if len(words) < 3:
        return None
    quotes = other.facts[FlagKind.QUOTE]
    best, best_score = None, 0.0
    for index in range(len(other.sentence_starts)):
        s, e = other.sentence_span(index)
        inside = sum(max(0, min(e, q.end) - max(s, q.start)) for q in quotes)
        if inside * 2 >= e - s:
            continue  # already a quote there
        sw = other.words_of(index)
        shared = len(words & sw)
        if shared < 3 or not sw:
            continue
        score = shared / min(len(words), len(sw))
        if score > best_score:
            best, best_score = (s, e), score
    if best is None or best_score < QUOTE_OVERLAP:
        return None
    return _trim(other.text, *best)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and not text[start].isalnum() and text[start] not in '"“«$€£':
        start += 1
    while end > start and not text[end - 1].isalnum() and text[end - 1] not in '"”»%':
        end -= 1
    return start, end


def _q(item: Item) -> str:
    text = " ".join(item.text.split())
    return f"'{text if len(text) <= 60 else text[:57] + '...'}'"


def _flag(
    kind: FlagKind, a: _Side, s1: int, e1: int, b: _Side, s2: int, e2: int, note: str
) -> Flag:
    return Flag(kind, Span(s1, e1, a.text[s1:e1]), Span(s2, e2, b.text[s2:e2]), note)


def _dedupe(flags: list[Flag]) -> tuple[Flag, ...]:
    """One flag per place: a later flag overlapping an earlier one on both sides is dropped."""
    out: list[Flag] = []
    for f in flags:
        if not any(_overlaps(f.left, g.left) and _overlaps(f.right, g.right) for g in out):
            out.append(f)
    out.sort(key=lambda f: (f.left.start, f.right.start))
    return tuple(out)


def _overlaps(x: Span, y: Span) -> bool:
    if x.start == x.end or y.start == y.end:
        return y.start <= x.start <= y.end or x.start <= y.start <= x.end
    return x.start < y.end and y.start < x.end
