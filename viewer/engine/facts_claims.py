"""Who says a claim (attribution), found in a text.

Attribution is a source phrase next to a speech verb: "one of the sources described",
"according to three sources", "reports Reuters", "Putin said". Its key is the count, the
kind of source and what qualifies it, so "one source" and "a Western media source" differ
while "three sources" and "three unnamed sources" do not.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from viewer.engine.facts_lexicon import (
    COUNT_WORDS,
    FINDING_VERBS,
    SOURCE_INTRODUCERS,
    SPEECH_VERBS,
    STOP,
    TITLES,
    UNITS_SMALL,
    alternation,
    first_words,
)
from viewer.engine.facts_numbers import Item
from viewer.engine.facts_scan import Anchors, Folded, Scan, Touching
from viewer.engine.facts_source_phrase import (
    CITING,
    noun_phrase,
    qualifier_stems,
)
from viewer.engine.facts_source_words import SOURCE_HEADS
from viewer.engine.model import FlagKind

__all__ = ["OUTLET", "attribution_may_touch", "extract_attributions"]


_VERB = Folded.of(rf"\b(?:{alternation([*SPEECH_VERBS, *FINDING_VERBS])})\b")
_INTRO = Folded.of(rf"\b(?:{alternation(SOURCE_INTRODUCERS)})\b")
_WORDS_BEFORE = re.compile(r"([\w’'-]+)[ \u00a0]*(?:,[ \u00a0]*)?$")
_WORD_AFTER = re.compile(r"[ \u00a0]*([\w’'-]+)")
# A name that reports or writes is a news outlet passing on what its sources told it.
_REPORTING = frozenset({"reported", "reports", "report", "wrote", "writes", "write"})
OUTLET = "outlet"
# What describes a source after its head: "people familiar with the matter", "officials
# briefed on the talks", "sources with direct knowledge of the plans".
# Also what they did or do: "experts who reviewed the data said", "residents who fled
# said", "the union representing them said".
_DESCRIBED_AFTER = re.compile(
    r"\b([\w’'-]+)[ \u00a0]+(?:familiar with|briefed on|close to|seen by|reviewed by|obtained by"
    r"|(?:with|who have|who had)[ \u00a0]+(?:direct[ \u00a0]+)?knowledge of"
    r"|(?P<who>who|representing|overseeing|investigating|leading|running))\b"
    r"[^.,;:!?\"“”]{0,40}$",
    re.IGNORECASE,
)
# What a source takes part in, works at or stands for, between it and its verb:
# "participants in the talks said", "a nurse at the hospital said", "relatives of the
# patients said".
# Not a body ("officials in the defence ministry said": the ministry is the source).
_TAKING_PART = re.compile(
    r"\b([\w’'-]+)[ \u00a0]+(?:involved in|taking part in|in|at|from|of|for)[ \u00a0]+"
    r"(?:the[ \u00a0]+)?"
    r"([a-z][\w’'-]*(?:[ \u00a0]+[a-z][\w’'-]*){0,2})$"
)
# The same description right after a head: "people familiar with the talks".
_KNOWING = re.compile(
    r"[ \u00a0]+(?:familiar with|briefed on|close to"
    r"|(?:with|who have|who had)[ \u00a0]+(?:direct[ \u00a0]+)?knowledge of)\b",
    re.IGNORECASE,
)
# Up to three lower-case words (a title, a place) before the name a speech verb opens.
_LOWER_WORDS = re.compile(r"(?:[a-z][\w’'-]*[ \u00a0]+){1,3}")
_VERB_ANCHORS = Anchors(starts=first_words([*SPEECH_VERBS, *FINDING_VERBS]))
# Who "found" or "showed" something tells it: a study or its researchers, not the police.
_FINDINGS = frozenset(FINDING_VERBS)
_FINDERS = frozenset({"study", "researcher", "document"})
_INTRO_ANCHORS = Anchors(starts=first_words(SOURCE_INTRODUCERS))
_HEADS = frozenset(SOURCE_HEADS)
_CAPITAL = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ]")
_NAME_GAP = 12  # characters between a name and its verb: spaces, a comma, a possessive
_INVERTED = re.compile(r"[,”\"’)][ \u00a0]*$")
# Verbs whose name after them is no speaker: "..., told Reuters", "The vaccine, called R42".
_NOT_INVERTED = frozenset({"told", "tells", "called", "calls"})
_OF_BEFORE = re.compile(r"([\w’'-]+)[ \u00a0]+of[ \u00a0]+$")
# A source placed by the name after it: "officials in Germany", "analysts at Goldman Sachs".
_PLACED = re.compile(r"([\w’'-]+)[ \u00a0]+(?:in|from|at)[ \u00a0]+$")
_PLACED_AFTER = re.compile(r"[ \u00a0]+(?:in|from|at)[ \u00a0]+")
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|[\w’'-]+")  # "U.S." is one word
_PUNCT_BETWEEN = re.compile(r"[.,;:!?\"“”]")
_ARTICLE = re.compile(r"the[ \u00a0]+", re.IGNORECASE)
_DOTTED = re.compile(r"(?:[^\W\d_]\.){2,}")  # "U.S." holds no punctuation that ends a phrase
# A word that describes the name after it: "broadcaster TRT", "industry tracker Barrelworth".
_DESCRIBED = re.compile(
    r"(?:state[- ])?(?:broadcaster|newspaper|daily|outlet|channel|magazine|website|news agency"
    r"|agency|network|tabloid|weekly|(?:[a-z]+[ \u00a0]+)?(?:tracker|consultancy))[ \u00a0]+"
)


def attribution_may_touch(
    scan: Scan, touching: Touching, names: Callable[[], list[tuple[int, int]]]
) -> bool:
    """Whether a source phrase may touch a change (never a wrong no).

    A source is a name (``names()``: capitalised runs touching a change, asked for only
    when a capital stands next to a verb) right before a speech verb or right after a verb
    or an introducer, or a phrase of at most 80 characters ending in a source word
    ("officials") just before a verb, or one within seven words after it.
    """
    intros = scan.candidates(_INTRO_ANCHORS)
    verbs = scan.candidates(_VERB_ANCHORS) + intros
    if not verbs:
        return False
    text = scan.text
    if any(_CAPITAL.search(text, max(0, v - 40), v + 41) for v in verbs):
        for start, end in names():
            if any(-_NAME_GAP <= v - end <= _NAME_GAP or 0 <= start - v <= 40 for v in verbs):
                return True
        # "Veltrix plans" retold "Veltrix said it plans": the verb added, its name kept
        if any(touching(v, v + 1) and _CAPITAL.search(text, max(0, v - 40), v) for v in verbs):
            return True
    for h in scan.positions(_HEADS):
        if touching(h - 90, h + 20) and (
            any(-25 <= v - h <= 90 for v in verbs) or any(-60 <= v - h < 0 for v in intros)
        ):
            return True  # "according to the coroner's office": a longer phrase after it
    return False


# A clause set off between a source and its verb: ", speaking on condition of anonymity,",
# ", who asked not to be named,", ", which makes the drug,", and what the source is: "Sigrún
# Jónsdóttir, a volcanologist at the IMO, told" (the speaker is she, not the IMO).
_ASIDE = re.compile(
    r",\s+(?:speaking|who\s+[a-z]+|asking|requesting|declining"
    # ", sentencing at the Old Bailey,", ", writing in the Guardian," (no ", killing one
    # person,": an event's aside, after which the verb's source comes later); a title
    # without its article (", secretary general of the Norwegian Refugee Council,")
    r"|whose|which|an?|(?-i:[a-z]+ing\s+(?:at|in|on|to|before|from|after|during|outside))"
    r"|(?:secretary|president|chairman|chairwoman|director|head|chief|founder|professor)\s)"
    # ", whose shares rose 4.6%,": a decimal point is no stop
    r"\b(?:[^,.;:\"“”]|(?<=\d)[.,](?=\d)){0,60},\s*$",
    re.IGNORECASE,
)


# The same without commas: "Officials speaking on condition of anonymity said".
_ANONYMOUS = re.compile(
    r"\s+(?:speaking|who\s+spoke)\s+on\s+(?:the\s+)?condition\s+of\s+anonymity\s*$", re.I
)


def extract_attributions(scan: Scan, names: list[Item]) -> list[Item]:
    """Source phrases attached to a speech verb or an introducer ("according to", "citing")."""
    text = scan.text
    by_end = {n.end: n for n in names}
    by_start = {n.start: n for n in names}
    out: dict[int, Item] = {}
    for m in scan.finditer(_VERB, _VERB_ANCHORS):
        item = _source_before(text, m.start(), by_end)
        if m.group() in _FINDINGS and not _finder(item):
            continue
        inverted = _INVERTED.search(text[max(0, m.start() - 3) : m.start()])
        if item is None and inverted and m.group().lower() not in _NOT_INVERTED:
            item = _source_after(text, m.end(), by_start)
        if item is None or CITING.match(text, max(item.end, m.end())):
            continue  # none, or "Reuters reported, citing three sources": the sources say it
        if item.key[0] == "name" and m.group().lower() in _REPORTING:
            item = item._replace(key=(*item.key, OUTLET))  # "Reuters reported": an outlet
        out.setdefault(item.start, item)
    for m in scan.finditer(_INTRO, _INTRO_ANCHORS):
        item = _source_after(text, m.end(), by_start)
        if item is not None:
            out.setdefault(item.start, item)
    for item in _described_sources(scan, by_end):
        out.setdefault(item.start, item)
    return [out[k] for k in sorted(out)]


def _described_sources(scan: Scan, by_end: dict[int, Item]) -> list[Item]:
    """Sources whose description puts their verb past the scanned parts: "two officials
    with knowledge of the negotiations said" (a change at "two officials" is farther
    from "said" than facts are looked for)."""
    out = []
    for at in scan.positions(_HEADS):
        head = _TOKEN.match(scan.text, at)
        if head is None or _KNOWING.match(scan.text, head.end()) is None:
            continue
        verb = _VERB.pattern.search(scan.low, head.end(), head.end() + _DESCRIPTION_REACH)
        if verb is not None and not _PUNCT_BETWEEN.search(scan.text, head.end(), verb.start()):
            item = _source_before(scan.text, verb.start(), by_end)
            if verb.group() in _FINDINGS and not _finder(item):
                continue
            if item is not None and item.start <= at:
                out.append(item)
    return out


def _finder(item: Item | None) -> bool:
    return item is not None and item.key[0] == "source" and item.key[2] in _FINDERS


_DESCRIPTION_REACH = 80  # "with direct knowledge of the negotiations on the port deal said"


def _source_before(text: str, at: int, by_end: dict[int, Item]) -> Item | None:
    aside = _ASIDE.search(text, max(0, at - 80), at) or _ANONYMOUS.search(text, max(0, at - 60), at)
    if aside is not None:  # "A hospital official, speaking on condition of anonymity, said"
        at = aside.start()
    head = text[max(0, at - 80) : at]
    stripped = head.rstrip(" \u00a0,")
    end = at - (len(head) - len(stripped))
    name = by_end.get(end)
    if name is not None:
        of = _OF_BEFORE.search(text[max(0, name.start - 40) : name.start])
        if of and of.group(1).lower() in SOURCE_HEADS:  # "sources of Reuters said"
            start = name.start - len(of.group())
            lo = max(0, start - 60)  # "the health ministry of Lorvania": its modifiers too
            owned = [(m.start(), m.group()) for m in _TOKEN.finditer(text, lo, start)]
            item = noun_phrase(text, [*owned, (start, of.group(1))])
            if item is not None:
                return Item(
                    FlagKind.ATTRIBUTION,
                    item.start,
                    name.end,
                    text[item.start : name.end],
                    item.key,
                )
        placed = _placed_source(text, name)
        if placed is not None:
            return placed
        apposed = _apposed(text, name)
        return _named_source(name) if apposed is None else _with_apposition(text, name, apposed)
    described = _DESCRIBED_AFTER.search(stripped)  # "people familiar with the matter"
    taking = None
    if described is not None and described.group(1).lower() in SOURCE_HEADS:
        stripped = stripped[: described.end(1)]
    elif (part := _TAKING_PART.search(stripped)) is not None and _heads_only_first(part):
        stripped = stripped[: part.end(1)]  # "participants in the talks"
        described, taking = None, part
    words = list(_TOKEN.finditer(stripped))
    if not words or words[-1].end() != len(stripped):
        return None
    if words[-1].group().lower() not in SOURCE_HEADS:
        return None
    item = noun_phrase(text, [(w.start() + at - len(head), w.group()) for w in words])
    if (
        item is not None
        and described is not None
        and not described["who"]
        and item.key[2] == "person"
    ):
        # "people familiar with the matter" are what wire copy calls sources
        item = _as_class(item, "source")
    if (
        item is not None
        and taking is not None
        and item.key[2] in ("person", "source")
        and taking.group().lower().split()[1] in ("taking", "involved")
    ):  # "people taking part in the talks" are participants
        item = _as_class(item, "participant")
    return item


def _as_class(item: Item, head_class: str) -> Item:
    """A source phrase counted in another class: "people familiar with the matter" are the
    sources of wire copy, "people taking part in the talks" its participants."""
    return item._replace(key=(item.key[0], item.key[1], head_class, item.key[3]))


def _heads_only_first(taking: re.Match[str]) -> bool:
    """Whether a source word opens the phrase and no other stands in what it takes part in
    but a place people work at ("a nurse at the hospital": the nurse speaks, not the
    hospital, where "officials in the defence ministry" speak for the ministry)."""
    return taking.group(1).lower() in SOURCE_HEADS and not any(
        SOURCE_HEADS.get(w.lower(), "institution") != "institution" for w in taking.group(2).split()
    )


def _placed_source(text: str, name: Item) -> Item | None:
    """A source phrase placed by the name after it ("officials in Germany said", "sources
    in Kyiv"): the place qualifies the source, as in "German officials" (qualifiers are
    kept by their first five letters, so "Germany" is "German")."""
    placed = _PLACED.search(text, max(0, name.start - 40), name.start)
    if placed is None or placed.group(1).lower() not in SOURCE_HEADS:
        return None
    head_end = placed.end(1)
    before = text[max(0, head_end - 80) : head_end]
    offset = head_end - len(before)
    item = noun_phrase(text, [(m.start() + offset, m.group()) for m in _TOKEN.finditer(before)])
    return None if item is None else _placed_by(text, item, name)


def _placed_by(text: str, item: Item, name: Item) -> Item:
    """The source phrase ``item`` qualified by the name after it ("officials in Germany",
    '", said analysts at Goldman Sachs'): one source, wherever the verb stands."""
    key = (*item.key[:3], item.key[3] | qualifier_stems(name.key))
    return Item(FlagKind.ATTRIBUTION, item.start, name.end, text[item.start : name.end], key)


def _source_after(text: str, at: int, by_start: dict[int, Item]) -> Item | None:
    tail = text[at : at + 80]
    skip = len(tail) - len(tail.lstrip(" \u00a0"))
    article = _ARTICLE.match(tail, skip)  # "according to the Defence Ministry"
    skip = article.end() if article else skip
    described = _DESCRIBED.match(tail, skip)  # "according to broadcaster TRT"
    name = by_start.get(at + skip) or (by_start.get(at + described.end()) if described else None)
    if name is not None:
        body = _body_after(text, name)  # "the U.N. refugee agency": the agency, not the U.N.
        if body is not None:
            return body
        # "said Harlow Bank chair Sir Anthony Blake": the chair speaks, not the bank
        person = (
            _titled_name(text, name.end + 1, by_start)
            if text[name.end : name.end + 1] == " "
            else None
        )
        return person if person is not None else _named_source(name)
    # "said airline chief executive Dana Ruiz": she speaks, not the airline
    person = _titled_name(text, at + skip, by_start)
    if person is not None:
        return person
    words = [(w.start() + at, w.group()) for w in _TOKEN.finditer(tail)][:7]
    for i, (_, w) in enumerate(words):
        if w.lower() in SOURCE_HEADS:
            while i + 1 < len(words) and words[i + 1][1].lower() in SOURCE_HEADS:
                i += 1  # "a police official": the last head of a run
            between = text[words[0][0] : words[i][0]]
            if _PUNCT_BETWEEN.search(_DOTTED.sub("", between)):
                return None
            item = noun_phrase(text, words[: i + 1])
            head_end = words[i][0] + len(words[i][1])
            if item is not None and item.key[2] == "person" and _KNOWING.match(text, head_end):
                # "according to people familiar with the talks": sources, as before a verb
                item = _as_class(item, "source")
            placed = _PLACED_AFTER.match(text, head_end)
            if item is not None and placed is not None and placed.end() in by_start:
                return _placed_by(text, item, by_start[placed.end()])  # "analysts at Nomura"
            return item
    return None


def _titled_name(text: str, at: int, by_start: dict[int, Item]) -> Item | None:
    """The name after a lower-case title or place ('"...," said local councillor Maria
    Gomez'): up to three words, none a count or a function word."""
    m = _LOWER_WORDS.match(text, at, at + 60)
    if m is None or any(
        w in STOP or w in COUNT_WORDS or w in UNITS_SMALL for w in m.group().split()
    ):
        return None
    name = by_start.get(m.end())
    return _named_source(name) if name is not None else None


def _body_after(text: str, name: Item) -> Item | None:
    """The source phrase a name opens ("U.N. refugee agency"), if a source word ends it."""
    after = _TOKEN.finditer(text, name.end, name.end + 40)
    words = [(name.start, name.text), *[(m.start(), m.group()) for m in after][:3]]
    for i, (_, w) in enumerate(words[1:], 1):
        if text[words[i - 1][0] + len(words[i - 1][1]) : words[i][0]].strip():
            return None  # punctuation between: the name stands alone
        if w.lower() in SOURCE_HEADS:
            return noun_phrase(text, words[: i + 1])
        if not w.islower():
            return None
    return None


def _named_source(name: Item) -> Item:
    """A name as the source of a claim, keyed with the titles it carries ("Foreign
    Minister Sergei Lavrov": "foreign", "minister"), which a later "the foreign minister"
    refers back to."""
    titles = frozenset(
        w for w in name.text.lower().replace(".", "").split() if w in TITLES or w in SOURCE_HEADS
    )
    return Item(FlagKind.ATTRIBUTION, name.start, name.end, name.text, ("name", name.key, titles))


def _with_apposition(text: str, name: Item, apposed: Item) -> Item:
    """A named source introduced by a source phrase ("the UN refugee agency UNHCR"): the
    phrase's words count as titles, so the name alone or the phrase alone ("the U.N.
    refugee agency said") names the same source."""
    source = _named_source(name)
    titles = source.key[2] | {w.replace(".", "") for w in apposed.text.lower().split()}
    span = text[apposed.start : name.end]
    return Item(FlagKind.ATTRIBUTION, apposed.start, name.end, span, ("name", name.key, titles))


def _apposed(text: str, name: Item) -> Item | None:
    """The source phrase right before a name in apposition to it ("the UN refugee agency
    UNHCR"), in its sentence; with a comma between, one after the name closes it."""
    gap = text[max(0, name.start - 2) : name.start]
    ends = len(gap) == 2 and (gap[0].isspace() or gap[0] in ".!?;:")
    if not gap.endswith((" ", "\u00a0")) or ends:
        return None  # not "according to witnesses. Mendes said"
    if "," in gap and not text.startswith(",", name.end):
        return None  # "its spokesman, Ian Ray, said"; not "cut 540 jobs, Park said"
    lo = max(0, name.start - 60)
    words = [(m.start(), m.group()) for m in _TOKEN.finditer(text, lo, name.start)]
    if not words or words[-1][1] not in SOURCE_HEADS:  # lower case: a common noun
        return None
    return noun_phrase(text, words)
