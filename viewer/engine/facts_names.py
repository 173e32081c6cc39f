"""Names of people, places and organisations: capitalised runs and acronyms, keyed loosely.

A run that opens a sentence loses its first word unless that word is capitalised somewhere
mid-sentence too, so "Sources said" is no name but "Reuters said" is. Keys drop titles and
possessives, so "US President Donald Trump's" and "Trump" are the same person, "USA" and
"United States" the same country, "Russian" and "Russia" the same place.
"""

from __future__ import annotations

import re
from functools import lru_cache

from viewer.engine.facts_lexicon import MONTHS, NAME_ALIASES, TITLES, WEEKDAYS
from viewer.engine.facts_numbers import Item
from viewer.engine.facts_scan import Scan, match_at
from viewer.engine.model import FlagKind

__all__ = [
    "capitalised_mid_sentence",
    "extract_names",
    "name_key",
    "names_equivalent",
    "runs_touch",
]

_UP = "A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ"
_CAP = rf"(?:[{_UP}]\.){{2,}}|[{_UP}][\w’'-]*(?<![’'-])"
_CONNECT = r"(?:of|de|da|del|van|von|der|al|bin|la|le|du)"
_CAPITAL = re.compile(rf"[{_UP}]")
_RUN = re.compile(rf"(?<![\w’'-])(?:{_CAP})(?:[ \u00a0](?:{_CONNECT}[ \u00a0])?(?:{_CAP}))*")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;•\n]|[\"“«‘(\[–—-])[\"“”«’'‘()\[\]\s*•–—-]*$")
_POSSESSIVE = re.compile(r"['’]s?$")
_CONNECTORS = frozenset(_CONNECT[3:-1].split("|"))
_NOT_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS) | {"i", "a", "an", "the", "mr", "ms", "mrs"}


def _runs(scan: Scan) -> list[tuple[int, str, bool]]:
    """Capitalised runs of a text (start, text, opens a sentence), found once per text."""
    runs = scan.memo.get("runs")
    if runs is None:
        text = scan.text
        runs = [
            (
                m.start(),
                m.group(),
                bool(_SENTENCE_START.search(text[max(0, m.start() - 4) : m.start()])),
            )
            for m in match_at(_RUN, text, [m.start() for m in _CAPITAL.finditer(text)])
        ]
        scan.memo["runs"] = runs
    return runs  # type: ignore[return-value]


def runs_touch(scan: Scan, spans: list[tuple[int, int]]) -> bool:
    """Whether a capitalised run (so maybe a name) touches one of ``spans``."""
    return any(
        s <= start + len(frag) and start <= e for start, frag, _ in _runs(scan) for s, e in spans
    )


def capitalised_mid_sentence(*scans: Scan) -> frozenset[str]:
    """Words that some text capitalises where no sentence starts: evidence they are names."""
    return frozenset(
        frag.split()[0].lower()
        for scan in scans
        for _, frag, at_start in _runs(scan)
        if not at_start
    )


@lru_cache(maxsize=8192)
def name_key(text: str) -> tuple[str, ...]:
    """Lower-case tokens of a name without titles and possessives; aliases folded."""
    low = _POSSESSIVE.sub("", text.strip()).lower()
    if low in NAME_ALIASES:
        return (NAME_ALIASES[low],)
    toks = [_POSSESSIVE.sub("", t) for t in low.replace("\u00a0", " ").split()]
    toks = [NAME_ALIASES.get(t, t) for t in toks if t not in TITLES]
    return tuple(toks)


def extract_names(scan: Scan, known: frozenset[str]) -> list[Item]:
    """Capitalised runs that name something; ``known`` comes from ``capitalised_mid_sentence``."""
    out, text = [], scan.text
    for s, frag, at_start in _runs(scan):
        if not scan.in_regions(s):
            continue
        found = _name_in(frag, at_start and frag.split(None, 1)[0].lower() not in known)
        if found is not None:
            drop, length, key = found
            out.append(
                Item(
                    FlagKind.NAME,
                    s + drop,
                    s + drop + length,
                    text[s + drop : s + drop + length],
                    key,
                )
            )
    return out


@lru_cache(maxsize=8192)
def _name_in(frag: str, unknown_opener: bool) -> tuple[int, int, tuple[str, ...]] | None:
    """Where the name stands in a capitalised run (offset, length) and its key, or None.

    ``unknown_opener``: the run opens a sentence with a word never capitalised elsewhere,
    so that word is capitalised only because it comes first.
    """
    words, drop = frag.split(), 0
    if unknown_opener and not _is_acronym(words[0]):
        drop, words = len(words[0]) + 1, words[1:]
    while words and (words[0].lower() in _NOT_NAMES or words[0] in _CONNECTORS):
        drop, words = drop + len(words[0]) + 1, words[1:]
    if not words or all(w.lower().rstrip(".") in _NOT_NAMES for w in words):
        return None
    rest = frag[drop:]
    key = name_key(rest)
    if not key:
        return None
    return drop, len(_POSSESSIVE.sub("", rest)), key


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@lru_cache(maxsize=8192)
def _stems(key: tuple) -> frozenset[str]:
    return frozenset(t[:5] for t in key)


def names_equivalent(a: tuple, b: tuple) -> bool:
    """Same entity: equal keys, one name inside the other, or a shared demonym stem."""
    if a == b:
        return True
    sa, sb = _stems(a), _stems(b)
    small = min(len(sa), len(sb))
    return small > 0 and len(sa & sb) >= (small + 1) // 2
