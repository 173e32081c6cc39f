"""Names of people, places and organisations: capitalised runs and acronyms, keyed loosely.

A run that opens a sentence loses its first word unless that word is capitalised somewhere
mid-sentence too, so "Sources said" is no name but "Reuters said" is. Keys drop titles and
possessives, so "US President Donald Trump's" and "Trump" are the same person, "USA" and
"United States" the same country, "Russian" and "Russia" the same place.
"""

from __future__ import annotations

import re

from viewer.engine.facts_lexicon import MONTHS, NAME_ALIASES, TITLES, WEEKDAYS
from viewer.engine.facts_numbers import Item
from viewer.engine.facts_scan import Scan, match_at
from viewer.engine.model import FlagKind

__all__ = ["capitalised_mid_sentence", "extract_names", "name_key", "names_equivalent"]

_UP = "A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ"
_CAP = rf"(?:[{_UP}]\.){{2,}}|[{_UP}][\w’'-]*(?<![’'-])"
_CONNECT = r"(?:of|de|da|del|van|von|der|al|bin|la|le|du)"
_CAPITAL = re.compile(rf"[{_UP}]")
_RUN = re.compile(rf"(?<![\w’'-])(?:{_CAP})(?:[ \u00a0](?:{_CONNECT}[ \u00a0])?(?:{_CAP}))*")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;•\n]|[\"“«‘(\[–—-])[\"“”«’'‘()\[\]\s*•–—-]*$")
_POSSESSIVE = re.compile(r"['’]s?$")
_CONNECTORS = frozenset(_CONNECT[3:-1].split("|"))
_NOT_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS) | {"i", "a", "an", "the", "mr", "ms", "mrs"}


def _runs(scan: Scan) -> list[re.Match[str]]:
    """Capitalised runs of a text; a run can only begin at a capital letter."""
    runs = scan.memo.get("runs")
    if runs is None:
        text = scan.text
        runs = list(match_at(_RUN, text, [m.start() for m in _CAPITAL.finditer(text)]))
        scan.memo["runs"] = runs
    return runs  # type: ignore[return-value]


def capitalised_mid_sentence(*scans: Scan) -> frozenset[str]:
    """Words that some text capitalises where no sentence starts: evidence they are names."""
    seen = set()
    for scan in scans:
        text = scan.text
        for m in _runs(scan):
            if not _SENTENCE_START.search(text[max(0, m.start() - 4) : m.start()]):
                seen.add(m.group().split()[0].lower())
    return frozenset(seen)


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
    for m in _runs(scan):
        s, frag = m.start(), m.group()
        if not scan.in_regions(s):
            continue
        words = frag.split()
        at_start = bool(_SENTENCE_START.search(text[max(0, s - 4) : s]))
        if at_start and not _is_acronym(words[0]) and words[0].lower() not in known:
            drop = len(words[0]) + 1
            s, frag, words = s + drop, frag[drop:], words[1:]
        while words and (words[0].lower() in _NOT_NAMES or words[0] in _CONNECTORS):
            drop = len(words[0]) + 1
            s, frag, words = s + drop, frag[drop:], words[1:]
        if not words or all(w.lower().rstrip(".") in _NOT_NAMES for w in words):
            continue
        key = name_key(frag)
        if not key:
            continue
        end = s + len(_POSSESSIVE.sub("", frag))
        out.append(Item(FlagKind.NAME, s, end, text[s:end], key))
    return out


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _stem(tok: str) -> str:
    return tok[:5]


def names_equivalent(a: tuple, b: tuple) -> bool:
    """Same entity: equal keys, one name inside the other, or a shared demonym stem."""
    if a == b:
        return True
    sa, sb = {_stem(t) for t in a}, {_stem(t) for t in b}
    small = min(len(sa), len(sb))
    return small > 0 and len(sa & sb) >= (small + 1) // 2
