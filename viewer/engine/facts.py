"""Fact-change flags of one aligned pair: numbers, dates, names, quotes, attribution, certainty.

The word changes say where the two sides differ; the facts say whether that matters. The
text around the changes gets an inventory of typed facts with normalised values
(facts_inventory), for the kinds a change could touch (facts_triggers, then a quick test
per kind). A fact whose value also stands on the other side was only moved or
reworded and is never flagged. What is left over and touches a change is paired with a
left-over fact of the same kind on the other side (same change, or a similar sentence)
and flagged as "X becomes Y"; a left-over hedge, negation, number or time with no partner
is flagged as added or dropped (facts_pairing, facts_quote_flags), and so is a source
clause cut whole from a claim (facts_dropped_sources). Public entry point: ``find_flags``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial

from viewer.engine.facts_acronyms import spell_out_acronyms
from viewer.engine.facts_caveats import caveats_cut
from viewer.engine.facts_certainty import certainty_touches
from viewer.engine.facts_claims import attribution_may_touch
from viewer.engine.facts_context import Found, Side
from viewer.engine.facts_conversions import conversions_disagree
from viewer.engine.facts_cyrillic import CYRILLIC_SPEECH_VERBS
from viewer.engine.facts_cyrillic_claims import cyrillic_sources_touch
from viewer.engine.facts_dates import dates_touch
from viewer.engine.facts_days_after import days_told_as_dates
from viewer.engine.facts_dropped_sources import source_cuts, sources_dropped
from viewer.engine.facts_inventory import inventory
from viewer.engine.facts_lexicon import (
    COUNT_WORDS,
    PAST_TITLE_WORDS,
    SPEECH_VERBS,
    TENS,
    UNITS_SMALL,
)
from viewer.engine.facts_listed_names import (
    listed_name_cuts,
    names_dropped_from_lists,
    names_dropped_in_rewrites,
)
from viewer.engine.facts_lower_bodies import bodies_against_bodies, lower_bodies
from viewer.engine.facts_matching import unmatched
from viewer.engine.facts_names import KnownNames, runs_differ_both_ways, runs_touching
from viewer.engine.facts_numbers import Item, numbers_touch
from viewer.engine.facts_opposites import opposite_flags
from viewer.engine.facts_pairing import pair_flags
from viewer.engine.facts_quote_flags import quote_flags
from viewer.engine.facts_quote_speakers import quotes_given_to_others
from viewer.engine.facts_quotes import extract_quotes, may_hold_quotes, quoted_name
from viewer.engine.facts_ranges import joined_ranges
from viewer.engine.facts_results import reversed_results
from viewer.engine.facts_scan import Scan
from viewer.engine.facts_speakers import with_document_titles
from viewer.engine.facts_swaps import SWAP_KINDS, may_swap_names, swap_flags
from viewer.engine.facts_triggers import body_modifier_swapped, triggered_kinds
from viewer.engine.facts_two_ends import told_as_two_ends
from viewer.engine.model import Change, Flag, FlagKind, Span
from viewer.engine.worddiff import layout_only

__all__ = ["find_flags"]

# One flag per place: when two kinds claim the same words, the earlier kind wins.
_KIND_ORDER = (
    FlagKind.QUOTE,
    FlagKind.ATTRIBUTION,
    FlagKind.NUMBER,
    FlagKind.DATE,
    FlagKind.NAME,
    FlagKind.CERTAINTY,
)
_NAMED_KINDS = frozenset({FlagKind.NAME, FlagKind.ATTRIBUTION})
_NEED_QUOTES = frozenset({FlagKind.QUOTE, FlagKind.CERTAINTY})
_SPEAKER_KINDS = frozenset({FlagKind.QUOTE, FlagKind.ATTRIBUTION})
_WORDS = re.compile(r"\w+")
_COUNT_WORDS = frozenset(COUNT_WORDS) | frozenset(UNITS_SMALL) | frozenset(TENS)
# A quotation and its speaker stand at most this many characters apart (' said: ', ', '),
# or this many with a speech verb and a title between them.
_BESIDE = 25
_TITLED_BESIDE = 70
# A quotation this many words long or more, word for word on both sides, is one quote.
_QUOTED_WORDS = 3
_SPEAKING = frozenset(SPEECH_VERBS) | CYRILLIC_SPEECH_VERBS
_CLAUSE_MARKS = re.compile(r"[;:()\"“”«»]")
_SENTENCE_END = re.compile(r"[.!?]\s")
_LINE_BREAK = re.compile(r"(?<!\n)\n(?!\n)")  # one, not a paragraph break ("\n\n")


def find_flags(
    left: str,
    right: str,
    changes: Sequence[Change],
    documents: tuple[str, str] | None = None,
) -> tuple[Flag, ...]:
    """Fact changes between two aligned texts, with spans relative to ``left`` and ``right``.

    ``changes`` are the word changes between the two texts; facts far from any change are
    never flagged, and a pair with no changes (or with changes of layout only, such as a
    word hyphenated at a line end) has no flags. ``documents`` are the whole
    texts the two sides come from (default: the sides themselves): a quotation missing
    from one side of the pair is dropped only if it stands nowhere in the other document.
    """
    changes = [c for c in changes if not layout_only(c)]  # "inter-\nnational" / "international"
    if not changes:
        return ()
    left, right = _unwrapped(left), _unwrapped(right)
    # A reversed result is told as such, not as the names or counts it moved.
    results = reversed_results(left, right, changes)
    opposites = opposite_flags(left, right, changes)
    kinds = triggered_kinds(changes)
    if not kinds >= _NAMED_KINDS and body_modifier_swapped(left, right, changes):
        kinds |= _NAMED_KINDS  # "interior" / "defence ministry", "Міністерство енергетики"
    if may_hold_quotes(left) or may_hold_quotes(right):
        kinds |= {FlagKind.QUOTE}  # a change inside a quote changes the quote
    cuts = listed_name_cuts(changes)  # ", France" cut from "Britain, France and Germany"
    sources_cut = source_cuts(changes)  # ", according to the health ministry" cut
    if not kinds and not cuts:
        return _dedupe(results + opposites)
    a = Side.of(left, [(c.left.start, c.left.end) for c in changes])
    b = Side.of(right, [(c.right.start, c.right.end) for c in changes])
    if documents is not None:
        a.document, b.document = documents
    sa, sb = Scan(left, a.regions), Scan(right, b.regions)
    quotes = [extract_quotes(s.text) if kinds & _NEED_QUOTES else [] for s in (a, b)]
    live = _live_kinds(kinds, (a, sa, quotes[0]), (b, sb, quotes[1]))
    wanted = live | {FlagKind.NAME} if cuts else live
    wanted |= {FlagKind.ATTRIBUTION} if sources_cut else frozenset()
    if not wanted:
        return _dedupe(results + opposites)
    known = KnownNames(left, right)
    for side, scan, side_quotes in ((a, sa, quotes[0]), (b, sb, quotes[1])):
        side.extract = partial(inventory, kinds=kinds, known=known, quotes=side_quotes)
        side.facts = side.extract(scan, live=wanted)
        if side.facts[FlagKind.ATTRIBUTION]:  # "Tusk said" is "the prime minister said"
            document = side.document or side.text
            side.facts[FlagKind.ATTRIBUTION] = [
                with_document_titles(x, document) for x in side.facts[FlagKind.ATTRIBUTION]
            ]
    if live & _NAMED_KINDS:  # "Національний банк України" / "НБУ"
        facts_a = dict(a.facts)
        spell_out_acronyms(a.facts, a.text, b.facts, b.text)
        spell_out_acronyms(b.facts, b.text, facts_a, a.text)
    if FlagKind.ATTRIBUTION not in live and (
        all(_counted_sources_touch(s) for s in (a, b))
        or (FlagKind.NAME in live and all(_named_source_touches(s) for s in (a, b)))
    ):
        live |= {FlagKind.ATTRIBUTION}
    flags: list[Found] = []
    for kind in _KIND_ORDER:
        if kind not in live:
            continue
        xs, ys = unmatched(a, b, kind)
        if kind is FlagKind.NUMBER and (xs or ys):  # "doubled to 22" / "from 11 to 22"
            xs, ys = told_as_two_ends(a, b, list(xs), list(ys))
        elif kind is FlagKind.DATE and (xs and ys):  # "the following day" / "on May 3"
            xs, ys = days_told_as_dates(a, b, list(xs), list(ys))
        elif kind is FlagKind.NAME and (xs or ys):  # "the intelligence agency" / "GUR"
            xs, ys = bodies_against_bodies(xs, ys)
        if kind is FlagKind.QUOTE:
            flags += quote_flags(a, b, xs, ys, changes)
        elif kind is FlagKind.ATTRIBUTION:
            flags += [_speaker_of_quote(f, a, b) for f in pair_flags(a, b, kind, xs, ys, changes)]
        elif kind is FlagKind.NUMBER:  # "30-40%" / "50-60%": one range changed
            flags += joined_ranges(pair_flags(a, b, kind, xs, ys, changes), a.text, b.text)
        else:
            flags += pair_flags(a, b, kind, xs, ys, changes)
        if kind is FlagKind.NAME and (xs or ys):
            flags += names_dropped_in_rewrites(a, b, xs, ys)
    for kind in SWAP_KINDS:
        if kind in live:
            flags += swap_flags(a, b, kind)
    if live & _SPEAKER_KINDS and quotes[0] and quotes[1]:  # a quote given to someone else
        given = quotes_given_to_others(a, b, quotes[0], quotes[1], known)
        flags += [g for g in given if not _renamed_already(g.flag, flags)]
    if FlagKind.NUMBER in live:  # "€50 million ($54 million)" / "€50 million (£54 million)"
        flags += conversions_disagree(a, b)
    if cuts:
        flags += names_dropped_from_lists(a, b, cuts, changes)
    if sources_cut:
        flags += sources_dropped(a, b, sources_cut, changes)
    if FlagKind.CERTAINTY in kinds:  # "Reuters could not independently verify the report."
        flags += caveats_cut(a, b, changes)
    return _dedupe(results + flags + opposites)


def _renamed_already(given: Flag, flags: list[Found]) -> bool:
    """Whether the speakers of a quotation given to someone else are a name already flagged
    as replaced ("Erik Lindqvist" / "Erik Lundgren", then '," Lindqvist said' / '," he
    said'): the quotation follows its speaker, one change told once."""
    old, new = given.left.text.split()[-1], given.right.text.split()[-1]
    return any(
        f.flag.kind in _NAMED_KINDS | {FlagKind.QUOTE}
        and old in f.flag.left.text
        and new in f.flag.right.text
        for f in flags
    )


def _unwrapped(text: str) -> str:
    """The text with each line break inside a paragraph read as a space (offsets kept): a
    hard-wrapped press release breaks names ("FAC President\nMonica Treadwell") and
    sentences where its lines end, and a capital after a break is no sentence's start."""
    return _LINE_BREAK.sub(" ", text) if "\n" in text else text


def _speaker_of_quote(found: Found, a: Side, b: Side) -> Found:
    """A source swapped right beside a quotation on both sides gives the quote to someone
    else: '"...," the mayor said' retold as '"...," the governor said' is a quote flag."""
    f = found.flag
    beside = _beside_a_quote(a, f.left.start, f.left.end) and _beside_a_quote(
        b, f.right.start, f.right.end
    )
    if not beside and not _one_quote_in_both(a, f.left.start, b, f.right.start):
        return found
    note = f"quotation attributed to someone else: {f.note}"
    return found._replace(flag=replace(f, kind=FlagKind.QUOTE, note=note))


def _beside_a_quote(side: Side, start: int, end: int) -> bool:
    """Whether a quotation ends shortly before ``start`` or opens shortly after ``end``, in
    the same sentence ('"...," the mayor said', 'the mayor said: "..."'), or farther with
    only a speech verb and a title between ('«...», — сказав міський голова Харкова Ігор
    Терехов')."""
    for q in side.facts.get(FlagKind.QUOTE, ()):
        if quoted_name(q):
            continue  # "сообщил «Интерфаксу» источник": a name in marks quotes nobody
        gap = side.text[q.end : start] if q.end <= start else side.text[end : q.start]
        before = q.end <= start  # the quotation, then its verb and speaker
        titled = before and len(gap) <= _TITLED_BESIDE and _speech_and_title(gap)
        near = len(gap) <= _BESIDE or titled
        if (before or end <= q.start) and near and not _SENTENCE_END.search(gap):
            return True
    return False


def _one_quote_in_both(a: Side, at_a: int, b: Side, at_b: int) -> bool:
    """Whether the sentences of the two sources hold one quotation, word for word: the
    quote given to someone else in a sentence turned around it ('Starmer said the deal was
    "the right thing for working people"' / 'The deal is "the right thing for working
    people", opposition leader Kemi Badenoch said')."""
    sa, sb = a.sentence_of(at_a), b.sentence_of(at_b)
    quotes_b = {q.key for q in b.facts.get(FlagKind.QUOTE, ()) if b.sentence_of(q.start) == sb}
    return any(
        a.sentence_of(q.start) == sa and len(q.key[1]) >= _QUOTED_WORDS and q.key in quotes_b
        for q in a.facts.get(FlagKind.QUOTE, ())
    )


def _speech_and_title(gap: str) -> bool:
    """Whether the words between a quotation and the source after it are its speech verb
    and lower-case words (a title: '", said the city's mayor, '), nothing else."""
    words = _WORDS.findall(gap)
    return (
        bool(words)
        and words[0].lower() in _SPEAKING
        and all(w.islower() for w in words)
        and not _CLAUSE_MARKS.search(gap)
    )


def _live_kinds(
    kinds: frozenset[FlagKind], *sides: tuple[Side, Scan, list[Item]]
) -> frozenset[FlagKind]:
    """The triggered kinds with a fact that may touch a change on every side it needs.

    A flag of any kind stands on a fact that touches a change; names and attributions are
    only ever flagged as one replacing another, so they need such a fact on both sides.
    The tests here are quick and may keep a kind wrongly, never drop one wrongly.
    """
    live = set()
    for kind, test in _TOUCH_TESTS.items():
        if kind not in kinds:
            continue
        hits = (test(side, scan, quotes) for side, scan, quotes in sides)
        if all(hits) if kind in _BOTH_SIDES else any(hits):
            live.add(kind)
    if FlagKind.NAME in kinds and any(_title_changed(side) for side, _, _ in sides):
        live.add(FlagKind.NAME)  # "former" may stand before a run it does not touch
    elif (
        FlagKind.NAME in live
        and not runs_differ_both_ways(sides[0][1], sides[1][1])
        and not may_swap_names(sides[0][0], sides[1][0])
        and not all(_lower_body_touches(side, scan) for side, scan, _ in sides)
    ):
        live.discard(FlagKind.NAME)
    return frozenset(live)


def _lower_body_touches(side: Side, scan: Scan) -> bool:
    """Whether a body named in lower case ("the interior ministry") touches a change: no
    capitalised run need change when its remit does."""
    return any(side.touching(x.start, x.end) for x in lower_bodies(scan))


def _title_changed(side: Side) -> bool:
    """Whether "former" or "ex-" stands in a change: written in lower case before a name
    ("former prime minister Imran Khan"), it changes a title without changing any
    capitalised run, so the runs need not differ."""
    return any(
        not PAST_TITLE_WORDS.isdisjoint(_WORDS.findall(side.text[s:e].lower()))
        for s, e in side.spans
    )


def _counted_sources_touch(side: Side) -> bool:
    """Whether the count of a source phrase ("three sources") stands in a change.

    Such a change triggers numbers only, and the count is then no number fact but part
    of the source phrase (found to set it apart): the source is what changed.
    """
    return any(
        x.key[0] == "source"
        and x.key[1] is not None
        and any(_holds_count(side.text[slice(*side.spans[i])]) for i in side.changes_touching(x))
        for x in side.facts[FlagKind.ATTRIBUTION]
    )


def _named_source_touches(side: Side) -> bool:
    """Whether a named speaker stands in a change. A name that says something is a source,
    not a name fact, and its verb may stand farther from the change than the quick test
    of sources looks ("Lars Holm, an economist at Nordea, said"): without this, a speaker
    replaced there would be neither a name nor a source change."""
    return any(
        x.key[0] == "name" and side.changes_touching(x) for x in side.facts[FlagKind.ATTRIBUTION]
    )


def _holds_count(changed: str) -> bool:
    return any(w.isdigit() or w in _COUNT_WORDS for w in _WORDS.findall(changed.lower()))


def _quotes_touch(side: Side, _scan: Scan, quotes: list[Item]) -> bool:
    return any(side.changes_touching(q) for q in quotes)


_TOUCH_TESTS: dict[FlagKind, Callable[[Side, Scan, list[Item]], bool]] = {
    FlagKind.QUOTE: _quotes_touch,
    FlagKind.NUMBER: lambda side, scan, _: numbers_touch(scan, side.touching),
    FlagKind.DATE: lambda side, scan, _: dates_touch(scan, side.touching),
    FlagKind.CERTAINTY: lambda side, scan, _: certainty_touches(scan, side.touching),
    FlagKind.NAME: lambda side, scan, _: (
        bool(runs_touching(scan, side.touching)) or _lower_body_touches(side, scan)
    ),
    FlagKind.ATTRIBUTION: lambda side, scan, _: (
        attribution_may_touch(scan, side.touching, lambda: runs_touching(scan, side.touching))
        or cyrillic_sources_touch(scan, side.touching)
    ),
}
_BOTH_SIDES = frozenset({FlagKind.NAME, FlagKind.ATTRIBUTION})


def _dedupe(found: list[Found]) -> tuple[Flag, ...]:
    """One flag per place: a later flag whose facts overlap an earlier one's is dropped.

    When two kinds claim the same words the earlier kind wins. Only the sides holding a
    fact count: a dropped "not" and an added "34" may share the words shown as what stands
    in their place, yet both need a flag; two quotations made plain text in one sentence
    are two flags on that sentence.
    """
    out: list[Found] = []
    for f in found:
        if not any(_same_place(f, g) for g in out):
            out.append(f)
    flags = [f.flag for f in out]
    flags.sort(key=lambda f: (f.left.start, f.right.start))
    return tuple(flags)


def _same_place(f: Found, g: Found) -> bool:
    sides = []
    if f.fact_left and g.fact_left:
        sides.append(_overlaps(f.flag.left, g.flag.left))
    if f.fact_right and g.fact_right:
        sides.append(_overlaps(f.flag.right, g.flag.right))
    return bool(sides) and all(sides)


def _overlaps(x: Span, y: Span) -> bool:
    if x.start == x.end or y.start == y.end:
        return y.start <= x.start <= y.end or x.start <= y.start <= x.end
    return x.start < y.end and y.start < x.end
