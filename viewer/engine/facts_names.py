"""Names of people, places and organisations: capitalised runs and acronyms, keyed loosely.

A run that opens a sentence loses its first word unless that word is capitalised somewhere
mid-sentence too, so "Sources said" is no name but "Reuters said" is. Keys drop titles and
possessives, so "US President Donald Trump's" and "Trump" are the same person, "USA" and
"United States" the same country; whether two keys name one entity ("Russian" and "Russia")
is decided in facts_name_match.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from viewer.engine.facts_aliases import NAME_ALIASES
from viewer.engine.facts_and_bodies import joined_bodies
from viewer.engine.facts_countries import COUNTRY_WORDS, country_of
from viewer.engine.facts_cyrillic_bodies import adjective_body, with_body_words
from viewer.engine.facts_datelines import dateline_end
from viewer.engine.facts_lexicon import (
    MONTHS,
    PORTFOLIOS,
    TITLE_FACT_WORDS,
    TITLES,
    WEEKDAYS,
)
from viewer.engine.facts_numbers import Item
from viewer.engine.facts_openers import (
    JOINERS,
    names_a_speaker,
    opens_a_longer_name,
    possessive_name,
)
from viewer.engine.facts_scan import Scan, Touching, match_at
from viewer.engine.model import FlagKind

__all__ = [
    "CONNECTORS",
    "TITLE_MARK",
    "KnownNames",
    "extract_names",
    "name_key",
    "runs_differ_both_ways",
    "runs_touching",
]

_UP = "A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ"
# A capitalised word ("St." too); an ampersand inside one joins an acronym ("AT&T", "S&P").
_CAP = rf"(?:St|Mt|Ft|Dr)\.|(?:[{_UP}]\.){{2,}}|[{_UP}](?:[\w’'-]|&(?=[{_UP}]))*(?<![’'-])"
# Lower-case words inside a name, and "&" between two of its words ("Johnson & Johnson").
_CONNECT = r"(?:of|de|da|das|del|des|di|do|dos|van|von|der|al|bin|la|le|du|&)"
_CAPITAL = re.compile(rf"[{_UP}]")
_BEGINS = r"(?:(?<![\w’'&-])|(?<=\bal-)|(?<=\bel-))"  # "Gaza City's al-Tuffah district"
_RUN = re.compile(rf"{_BEGINS}(?:{_CAP})(?:[ \u00a0](?:{_CONNECT}[ \u00a0])?(?:{_CAP}))*")
# A straight quote right after a word or a comma closes a quotation ("...," Biden said):
# only one after a space or at the start opens one, and a sentence with it.
_SENTENCE_START = re.compile(
    r"(?:^|[.!?:;•\n]|[“«‘(\[–—]|(?<!\w)-|(?<![\w,;:])\")[\"“”«’'‘()\[\]\s*•–—]*$"
)
_POSSESSIVE = re.compile(r"['’]s?$")
_DOTTED = re.compile(r"(?:[a-z]\.){2,}")
_LOWER_SUFFIX = re.compile(r"(?<=\w)-[a-z][\w-]*")  # "Iran-backed" names Iran
# A capitalised word just before (one space, maybe a connector): the run began there.
_RUN_BEFORE = re.compile(rf"(?:{_CAP})[ \u00a0](?:{_CONNECT}[ \u00a0])?$")
CONNECTORS = frozenset(_CONNECT[3:-1].split("|"))
_NOT_NAMES = (
    frozenset(MONTHS)
    | frozenset(WEEKDAYS)
    | {"i", "a", "an", "the", "mr", "ms", "mrs"}
    | {f"i{m}{end}" for m in "'’" for end in ("ve", "m", "ll", "d")}  # "I’ve lived here"
    | {"no"}  # "the No. 1 spot", "world No 3": a rank, no name
    | {"c", "f", "celsius", "fahrenheit"}  # scales of a temperature ("38°C", "100 F")
    | {"rs", "tk"}  # rupees and taka before an amount ("Rs 9.66")
    # a company's legal form, set off by a comma ("Lumora Health, Inc."): no name alone
    | {"inc", "ltd", "llc", "plc", "corp", "gmbh"}
)


def _find_runs(text: str, at: list[int]) -> list[tuple[int, str]]:
    """Capitalised runs (start, text) tried at capitals ``at``."""
    runs = [
        (m.start(), text[m.start() : with_body_words(text, m.start(), m.end())])
        for m in match_at(_RUN, text, at)
    ]
    return joined_bodies(text, runs) if " and " in text else runs


def _opens_sentence(text: str, at: int) -> bool:
    return bool(_SENTENCE_START.search(text[max(0, at - 4) : at]))


def _runs(scan: Scan) -> list[tuple[int, str]]:
    """Capitalised runs starting in (or just before) the scanned regions, found once."""
    runs = scan.memo.get("runs")
    if runs is None:
        text = scan.text
        at = [
            m.start() for s, e in scan.regions for m in _CAPITAL.finditer(text, max(0, s - 60), e)
        ]
        runs = scan.memo["runs"] = _find_runs(text, sorted(set(at)))
    return runs  # type: ignore[return-value]


def _runs_opening(scan: Scan) -> list[tuple[int, str, bool]]:
    """The runs with whether each opens a sentence: asked only once names are extracted."""
    runs = scan.memo.get("runs opening")
    if runs is None:
        text = scan.text
        runs = scan.memo["runs opening"] = [
            (start, frag, _opens_sentence(text, start)) for start, frag in _runs(scan)
        ]
    return runs  # type: ignore[return-value]


def runs_touching(scan: Scan, touching: Touching) -> list[tuple[int, int]]:
    """Capitalised runs (so maybe names) that touch a change, as (start, end)."""
    found = scan.memo.get("touching runs")
    if found is None:
        found = scan.memo["touching runs"] = [
            (start, start + len(frag))
            for start, frag in _runs(scan)
            if touching(start, start + len(frag))
        ]
    return found  # type: ignore[return-value]


def runs_differ_both_ways(left: Scan, right: Scan) -> bool:
    """Whether each side has a capitalised run the other lacks (where changes are).

    A name is only ever flagged as replaced by another name, so both sides must have a
    run of their own: when one side's runs all stand on the other side too, no name changed.
    """
    lr = Counter((frag, at_start) for _, frag, at_start in _runs_opening(left))
    rr = Counter((frag, at_start) for _, frag, at_start in _runs_opening(right))
    return bool(lr - rr) and bool(rr - lr)


class KnownNames:
    """Words some text capitalises where no sentence starts: evidence they are names.

    Asked only about a word that opens a sentence, so each such word is looked up in the
    texts on demand (a run starts with it mid-sentence somewhere) instead of finding every
    capitalised run of both texts first.
    """

    def __init__(self, *texts: str) -> None:
        self._texts = [(t, t.lower()) for t in texts]
        self._seen: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        found = self._seen.get(word)
        if found is None:
            found = self._seen[word] = any(
                self._opens_run_mid_sentence(text, low, word) for text, low in self._texts
            )
        return found

    @staticmethod
    def _opens_run_mid_sentence(text: str, low: str, word: str) -> bool:
        return any(
            text[i].isupper()
            and not _SENTENCE_START.search(text[max(0, i - 4) : i])
            and not _RUN_BEFORE.search(text, max(0, i - 40), i)
            for i in _whole_word_places(text, low, word)
        )

    def written_lower(self, word: str) -> bool:
        """Whether some text writes ``word`` (lower case) in lower case, as a whole word:
        "winger Tom Reddan" on one side makes "Winger Cian Doyle" on the other a common
        word before a name."""
        return any(
            text[i].islower()
            for text, low in self._texts
            for i in _whole_word_places(text, low, word)
        )


def _whole_word_places(text: str, low: str, word: str) -> Iterator[int]:
    """Where ``word`` (lower case) stands in ``text`` as a word of its own: no letter,
    digit or joiner ("-", "'") touches it ("Trump-era" holds no "Trump")."""
    k, i = len(word), low.find(word)
    while i >= 0:
        j = i + k
        if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in JOINERS)) and (
            j == len(text) or not (text[j].isalnum() or text[j] in JOINERS)
        ):
            yield i
        i = low.find(word, i + 1)


_EX = re.compile(r"ex-(?=\w)")  # "Ex-President" is "Former President"
# "former" before a name, with the words of its title between them (in any case).
_FORMER_BEFORE = re.compile(
    rf"\b(?:former\s+|ex-)(?:(?:{'|'.join(sorted(TITLES - {'the', 'of', 'former'}))})\s+){{0,3}}$",
    re.IGNORECASE,
)
# A titled name's key opens with TITLE_MARK, then one mark for each title word that tells
# a fact about the person: "Former President Trump" is no longer president, a "Defence
# Minister" no "Foreign Minister" (facts_name_match compares them when both are titled).
TITLE_MARK = "~"
_TITLE_FACTS = {w: w for w in TITLE_FACT_WORDS | PORTFOLIOS} | {
    "ex": "former",
    "defense": "defence",
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "gen": "general",
    "col": "colonel",
}


@lru_cache(maxsize=8192)
def name_key(text: str) -> tuple[str, ...]:
    """Lower-case tokens of a name without titles and possessives; aliases folded."""
    low = _POSSESSIVE.sub("", _LOWER_SUFFIX.sub("", text.strip())).lower()
    if low in NAME_ALIASES:
        return (NAME_ALIASES[low],)
    toks = [_POSSESSIVE.sub("", t) for t in low.replace("\u00a0", " ").split()]
    toks = [t.replace(".", "") if _DOTTED.fullmatch(t) else t for t in toks]  # "U.N." is "UN"
    toks = [t[:-1] if t.endswith(".") and t[:-1] in TITLES else t for t in toks]  # "Prof."
    toks = _fold_phrases(toks)
    toks = [w for t in toks for w in (("former", t[3:]) if _EX.match(t) else (t,))]
    # "former" says the title is past wherever it stands ("Former Peruvian President")
    titled = [_is_title(toks, k) or t == "former" for k, t in enumerate(toks)]
    kept = [_alias(t) for t, title in zip(toks, titled, strict=True) if not title]
    titles = {t for t, title in zip(toks, titled, strict=True) if title}
    if not titles or not kept:
        return tuple(kept)
    marks = {TITLE_MARK + _TITLE_FACTS[t] for t in titles if t in _TITLE_FACTS}
    return (TITLE_MARK, *sorted(marks), *kept)


def _former(key: tuple[str, ...], before: str) -> tuple[str, ...]:
    """The key of a name said to have held its title before; ``before`` is what stands
    before the name ("former prime minister "), whose title words mark the key too."""
    words = before.lower().replace("ex-", "former ").split()
    marks = {TITLE_MARK + _TITLE_FACTS[w] for w in words if w in _TITLE_FACTS}
    if key and key[0] == TITLE_MARK:
        while len(key) > 1 and key[1].startswith(TITLE_MARK):
            marks.add(key[1])
            key = (key[0], *key[2:])
        key = key[1:]
    return (TITLE_MARK, *sorted(marks), *key)


_PHRASE_ALIASES = {tuple(k.split()): v for k, v in NAME_ALIASES.items() if " " in k}
_LONGEST_PHRASE = max(map(len, _PHRASE_ALIASES))


def _fold_phrases(toks: list[str]) -> list[str]:
    """Names of several words inside a longer name made one: "United Kingdom's Met Office"
    is the "UK Met Office"."""
    out, k = [], 0
    while k < len(toks):
        for n in range(min(_LONGEST_PHRASE, len(toks) - k), 1, -1):
            alias = _PHRASE_ALIASES.get(tuple(toks[k : k + n]))
            if alias is not None:
                out.append(alias)
                k += n
                break
        else:
            out.append(toks[k])
            k += 1
    return out


# Words that are part of a title only before one ("Foreign Minister", "Chief Executive",
# "District Judge"), not before an institution ("Foreign Ministry", "Defence Ministry"
# are different bodies).
_TITLE_MODIFIERS = frozenset(
    {"foreign", "defence", "defense", "prime", "former", "chief", "district", "vice"}
    | {"deputy", "assistant", "acting"}  # "Deputy Assistant Secretary", not "Deputy Sheriffs"
    | {"financial", "operating", "technology"}  # "Chief Financial Officer", "Financial Times"
    | PORTFOLIOS  # "Finance Minister", not "Finance Ministry"
)


_DEMONYM_MAN = re.compile(r"(\w+?)(?:wo)?m[ae]n")


def _alias(token: str) -> str:
    """A token's usual name: "USA" is "united states", "Japanese" Japan, a "Dutchman" or
    "Frenchwomen" Dutch or French, so the country their demonym names (facts_countries)."""
    alias = NAME_ALIASES.get(token) or country_of(token)
    if alias is None and (m := _DEMONYM_MAN.fullmatch(token)) is not None:
        alias = NAME_ALIASES.get(m.group(1)) or country_of(m.group(1))
    return alias or token


def _is_title(toks: list[str], k: int) -> bool:
    if toks[k] not in TITLES or (0 < k == len(toks) - 1 and toks[k - 1] not in TITLES):
        return False  # "Dollar General": a title stands before a name, not after it
    if toks[k] not in _TITLE_MODIFIERS:
        return True
    rest = toks[k + 1 :]
    head = next((t for t in rest if t not in _TITLE_MODIFIERS), None)
    return head is not None and head in TITLES


def extract_names(scan: Scan, known: KnownNames | frozenset[str]) -> list[Item]:
    """Capitalised runs that name something; ``known``: words capitalised mid-sentence."""
    out, text = [], scan.text
    filed = dateline_end(text)
    for s, frag, at_start in _runs_opening(scan):
        if not scan.in_regions(s) or s < filed:
            continue  # "MUMBAI:", "KYIV (Reuters) -": where the story was filed, no fact
        first = frag.split(None, 1)[0]
        opener_unknown = (
            at_start
            and not _is_acronym(first)
            and not _inner_capitals(first)
            and first.lower() not in _NOT_NAMES
            and first not in CONNECTORS
            and first.lower() not in known
            and first.lower() not in COUNTRY_WORDS  # "Japan has pledged", "Polish troops"
            and not possessive_name(text, s)
            and not names_a_speaker(text, s, frag)
            and not adjective_body(frag)
            and not (
                opens_a_longer_name(text, frag, first)
                and not (isinstance(known, KnownNames) and known.written_lower(first.lower()))
            )
        )
        found = _name_in(frag, opener_unknown)
        if found is not None:
            drop, length, key = found
            lo, at = max(0, s + drop - 40), s + drop
            low = scan.low
            former = (low.find("former", lo, at) >= 0 or low.find("ex-", lo, at) >= 0) and (
                _FORMER_BEFORE.search(text, lo, at)
            )
            if former:  # "former President Trump", "former prime minister Khan"
                key, length, drop = (
                    _former(key, former.group()),
                    length + s + drop - former.start(),
                    former.start() - s,
                )
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
    if (
        unknown_opener
        and not _is_acronym(words[0])
        and (len(words) == 1 or words[0].lower() not in TITLES)
    ):  # "Home sales": no "Home Secretary"
        drop, words = len(words[0]) + 1, words[1:]
    while words and (words[0].lower() in _NOT_NAMES or words[0] in CONNECTORS):
        drop, words = drop + len(words[0]) + 1, words[1:]
    if not words or all(
        part in _NOT_NAMES for w in words for part in w.lower().rstrip(".").split("-")
    ):
        return None  # "Tuesday", "April-June"
    rest = frag[drop:]
    key = name_key(rest)
    if not key:
        return None
    return drop, len(_POSSESSIVE.sub("", rest)), key


def _inner_capitals(word: str) -> bool:
    """Whether a word mixes cases past its first letter ("JPMorgan", not "MPs"): a name."""
    rest = word[1:-1] if word.endswith("s") else word[1:]
    return word.isalpha() and any(c.isupper() for c in rest) and any(c.islower() for c in rest)


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)
