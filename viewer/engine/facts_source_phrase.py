"""A source phrase read as a key: its count, the kind of source at its head and its qualifiers.

"three unnamed sources" is (3, "source", {}), "a Western media source" (1, "source",
{"weste", "media"}); "the ministry" alone refers back to a body the article named.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from viewer.engine.facts_aliases import NAME_ALIASES
from viewer.engine.facts_lexicon import (
    COUNT_WORDS,
    MONTHS,
    SPEECH_VERBS,
    STOP,
    UNITS_SMALL,
    WEEKDAYS,
)
from viewer.engine.facts_numbers import Item
from viewer.engine.facts_source_words import NEUTRAL_MODIFIERS, SOURCE_HEADS
from viewer.engine.model import FlagKind

__all__ = [
    "BODY_SOURCES",
    "CITING",
    "NAMED_BEFORE_BARE",
    "PAPERS",
    "PLURAL",
    "is_plural",
    "noun_phrase",
    "qualifier_stems",
]

_OF_AFTER = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?([\w’'-]+)")
# "Reuters reported, citing three sources": the sources say it; citing data, figures or a
# study, the speaker still does.
CITING = re.compile(
    r"[ \u00a0]*,?[ \u00a0]*(?:citing|quoting)\b"
    r"(?![ \u00a0]+(?:(?:its|their|the|new|early|preliminary|official|internal)[ \u00a0]+)?"
    r"(?:data|figures|statistics|results|research|studies|a\s+study|a\s+report|estimates)\b)",
    re.IGNORECASE,
)
# Source words that also name what a body does: "disaster management agency".
_WORK_WORDS = frozenset({"management", "police"})
# Words that link a source phrase to the clause before it, never qualify it.
_LINKING = frozenset({"yet", "still", "through"})
_ARTICLE_AND_NOUN = re.compile(r"an?\s+([\w’'-]+)\s+", re.IGNORECASE)
# Whom a person speaks for, after them: "lawyers for the plaintiffs", "a spokesman for the
# company" (which is "a company spokesman").
_FOR_THE = re.compile(
    r"[ \u00a0]+for[ \u00a0]+the[ \u00a0]+([a-z][\w’'-]*(?:[ \u00a0]+[a-z][\w’'-]*)?)"
)
# Who made a poll or a document, after it: "a poll compiled by the company".
_MADE_BY = re.compile(
    r"[ \u00a0]+(?:compiled|conducted|carried[ \u00a0]+out|commissioned|published|released)"
    r"[ \u00a0]+by[ \u00a0]+(?:the[ \u00a0]+|an?[ \u00a0]+)?([\w’'-]+)"
)
# Sources that are papers, not people or bodies: what a figure comes from.
PAPERS = frozenset({"study", "document"})
# Sources that are bodies describe a person source: "a military official", "police officers".
BODY_SOURCES = frozenset(
    {"ministry", "government", "military", "company", "agency", "court", "office", "union"}
    | {"police", "media", "club", "service", "navy", "guard", "charity", "institution"}
)
# Sources that, bare ("the ministry", "the report"), point back to one named before.
NAMED_BEFORE_BARE = BODY_SOURCES | {"study"}


# "one in", "two out of", "1 in" before a count make it the whole a share is taken of.
_SHARE_BEFORE = re.compile(r"(?<![\w'’-])([\w'’-]+)[ \u00a0]+(?:in|out[ \u00a0]+of)[ \u00a0]+$")


def _share_before(text: str, at: int) -> bool:
    """Whether a share's first count and "in" stand right before the count at ``at``."""
    m = _SHARE_BEFORE.search(text, max(0, at - 24), at)
    if m is None:
        return False
    first = m.group(1).lower()
    return first.isdigit() or first in UNITS_SMALL or first in COUNT_WORDS


# Bodies that own what their possessive describes without telling which: "the company's
# chief executive", "the charity's annual report" refer back to the one the text names.
_OWNERS = frozenset({"company", "charity", "club"})
# So do places never a source's plain modifier: "the emirate's media office" is Dubai's ("the
# state's governor" stays "the state governor", as "state police" are no "city police").
_PLACES = frozenset("country nation emirate kingdom republic".split())


def noun_phrase(text: str, words: list[tuple[int, str]]) -> Item | None:
    """Count, modifiers and head of the source phrase ending with ``words[-1]``."""
    head_at, head = words[-1]
    count: int | str | None = None  # str: PLURAL
    mods: set[str] = set()
    start = head_at
    owned = False  # "the company's chief executive": its own, the one named before
    for pos, w in reversed(words[:-1]):
        low = w.lower()
        owner = False
        if w.islower():  # "the defence ministry's spokesperson" ("Ukraine's" stays a stop)
            owner = low.replace("’", "'").endswith("'s")
            low = low.replace("’", "'").removesuffix("'s")
        if text[pos + len(w) : start].strip():
            break  # punctuation between: the phrase ended
        if low == "dozen" and count is None:
            count = 12  # "a dozen former employees" are "12 former employees"
        elif low in COUNT_WORDS or low in UNITS_SMALL or low.isdigit():
            if _share_before(text, pos):
                break  # "one in four participants": a share of them, not four sources
            dozens = count == 12 and text.startswith("dozen", start)
            if dozens and low in ("a", "an"):
                start = pos
                continue  # the "a" of "a dozen"
            value = (
                COUNT_WORDS.get(low)
                or UNITS_SMALL.get(low)
                or (int(low) if low.isdigit() else None)
            )
            count = 12 * value if dozens and value is not None else value  # "two dozen"
        elif low in ("some", "several", "many", "few", "multiple"):
            count = PLURAL if count is None else count  # "several people": more than one
        elif low in ("of", "the", "these", "those"):
            if count is not None:
                break
        elif owner and (SOURCE_HEADS.get(low) in _OWNERS or low in _PLACES):
            owned = True  # "the company's chief executive" is "its chief executive"
        elif owner and low in SOURCE_HEADS and SOURCE_HEADS[head.lower()] in BODY_SOURCES:
            mods.add(low)  # "the prosecutor's office": whose office it is
        elif (
            low in STOP
            or low in _LINKING  # "yet monitors reported", "through a spokesperson"
            # a source word ends the phrase ("police officials"), save one that names a
            # body's work ("the disaster management agency", "the police department")
            or (
                low in SOURCE_HEADS
                and SOURCE_HEADS[low] not in BODY_SOURCES
                and not (low in _WORK_WORDS and SOURCE_HEADS[head.lower()] in BODY_SOURCES)
            )
            or len(mods) >= 3
            # "a senior U.S. official", "a state-run bank" (not "the Boise-based company")
            or not (
                low.replace(".", "").isalpha() or (w.islower() and low.replace("-", "").isalpha())
            )
            or low in MONTHS
            or low in WEEKDAYS  # "On Monday the governor said"
        ):
            break
        else:
            mods.add(low)
        start = pos
    if count == 1 and is_plural(head.lower()) and text[start : start + 2].lower() in ("a ", "an"):
        # "a decision district officials said": the article has a noun of its own, and
        # the phrase begins after it
        article_of = _ARTICLE_AND_NOUN.match(text, start)
        if article_of is not None and article_of.end() <= head_at:
            mods.discard(article_of.group(1).lower())
            count, start = None, article_of.end()
    while text[start:head_at].lower().startswith(("of ", "the ")) and start < head_at:
        start = text.index(" ", start) + 1
    end = head_at + len(head)
    of = _OF_AFTER.match(text, end) if SOURCE_HEADS[head.lower()] in BODY_SOURCES else None
    if of is not None and of.group(1).lower() not in STOP:
        mods.add(of.group(1).lower())  # "the Ministry of Finance" is the finance ministry
        end = of.end()
    if SOURCE_HEADS[head.lower()] not in BODY_SOURCES and (
        speaks_for := _FOR_THE.match(text, end)
    ):  # "lawyers for the plaintiffs" are no "lawyers for the company"
        for word in speaks_for.group(1).split():
            if word in STOP or word in SPEECH_VERBS:
                break  # "a spokesperson for the fire brigade said"
            mods.add(word)
            end = text.index(word, end) + len(word)
    made = _MADE_BY.match(text, end) if SOURCE_HEADS[head.lower()] in PAPERS else None
    if made is not None and made.group(1).lower() not in STOP:
        mods.add(made.group(1).lower())  # "a poll compiled by the company": a company poll
        end = made.end()
    mods -= NEUTRAL_MODIFIERS
    # "the agency" alone points back to a body the article has named: a fuller phrase on
    # the other side ("the U.N. health agency") names the same one (facts_claim_match).
    # Not a person: "the chairman" and "the chief executive" are two people.
    refers_back = owned or (
        not mods
        and count is None
        and SOURCE_HEADS[head.lower()] in BODY_SOURCES
        and text[max(0, head_at - 4) : head_at].lower() == "the "
    )
    if count is None and is_plural(head.lower()):
        count = PLURAL  # "officials said" is not "an official said"
    if head.lower() in ("ceo", "ceos") or (head.lower() == "executive" and "chief" in mods):
        mods = (mods - {"chief"}) | {"ceo"}  # "the chief executive" is "the CEO", no chairman
    mods |= _TRADE_OF.get(head.lower(), set())  # "the drugmaker": a pharmaceutical company
    # "U.N." is "UN"; "American officials" are "U.S. officials", "British" ones "UK" ones
    key = ("source", count, SOURCE_HEADS[head.lower()], qualifier_stems(mods), refers_back)
    return Item(FlagKind.ATTRIBUTION, start, end, text[start:end], key)


# Qualifiers that say the same of a body: "the municipal transportation department" is
# the city's.
_SAME_QUALIFIER = {
    "municipal": "city",
    "metropolitan": "city",
    "drug": "pharmaceutical",  # "the drug company" is "the pharmaceutical company"
    "auto": "car",
    "automotive": "car",
    "semiconductor": "chip",
    "force": "police",  # "a spokesman for the force" is "a police spokesman"
}
# Company heads that tell their trade: "the Swiss drugmaker" is "the Swiss pharmaceutical
# group".
_TRADE_OF = {
    "drugmaker": {"pharmaceutical"},
    "carmaker": {"car"},
    "automaker": {"car"},
    "chipmaker": {"chip"},
}


# Aliases of more than one word, as the sets of their words: a source's qualifiers come as
# a set ("the United Nations refugee agency": {"united", "nations", "refugee"}).
_ALIASES_IN_WORDS = [
    (frozenset(alias.split()), entity) for alias, entity in NAME_ALIASES.items() if " " in alias
]


def qualifier_stems(words: Iterable[str]) -> frozenset[str]:
    """A source's qualifiers by their first five letters, aliases folded: "American
    officials" are "U.S. officials", "officials in Germany" "German officials", "a United
    Nations spokesman" "a UN spokesman"."""
    folded = {_SAME_QUALIFIER.get(w, w) for w in words}
    for parts, entity in _ALIASES_IN_WORDS:
        if parts <= folded:
            folded = (folded - parts) | {entity}
    return frozenset(NAME_ALIASES.get(w, w).replace(".", "")[:5] for w in folded)


PLURAL = "plural"  # a count unsaid, but more than one


def is_plural(head: str) -> bool:
    """Whether a source head names more than one ("sources", "people familiar")."""
    return head in ("spokespeople", "people") or (head.endswith("s") and not head.endswith("ss"))
