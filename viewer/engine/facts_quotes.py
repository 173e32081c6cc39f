"""Quotations in a text: double, single, curly and angle quotes, and quotes over paragraphs.

News style opens a quote at every paragraph it covers and closes it only at the last, so an
opening mark with no closing mark quotes to the end of its paragraph, and a closing mark
with no opening mark quotes from the start of its paragraph. British style (and every
headline) quotes in single marks, which are also apostrophes: a single-quoted passage
counts only where a mark opens at a word start and a mark closes it in the same
paragraph, outside double quotes (``_single_quotes``). Keys fold case, curly and straight
marks, hyphens and punctuation, so only a change of words is a change of quote, and a
British and an American outlet quoting the same words agree.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from viewer.engine.facts_cyrillic import CYRILLIC_NUMBER_WORDS, cyrillic_stem, has_cyrillic
from viewer.engine.facts_lexicon import ORDINALS, UNITS_SMALL
from viewer.engine.facts_numbers import Item
from viewer.engine.model import FlagKind

__all__ = [
    "SHORT_QUOTE",
    "content_words",
    "extract_quotes",
    "may_hold_quotes",
    "names_a_work",
    "quoted_name",
    "same_quote",
]

_MARK = re.compile(r"[\"“”«»„]")
_PARAGRAPH = re.compile(r"\n\s*\n")
_OPENERS_BEFORE = " \t\n([{—–-/\u00a0"
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# A single mark opening a quote: at a word start (``_SINGLE_AFTER`` before it), before a
# letter or digit. Elisions that open a word ("'90s", "'em", "rock 'n' roll") are
# apostrophes. The pattern opens with the mark itself, which the regex engine finds fast.
_SINGLE_OPEN = re.compile(r"['‘](?!(?:\d\ds?|em|til|cause|tis|twas|n)\b)(?=[^\W_])")
_SINGLE_AFTER = "([{—–/-"
# A single mark closing one: after a word or a stop, before a space, a stop or the end, so
# never the apostrophe inside a word ("don't", "Trump's").
_SINGLE_CLOSE = re.compile(r"(?<=[^\s'‘’])['’](?=[\s.,;:!?)\]—–-]|$)")
# A plural possessive ("the players' union") closes nothing when a later mark closes the
# passage at a stop or at its end: "'We back the players' demands,' he said".
_AT_STOP = re.compile(r"(?<=[.,;:!?])['’]|['’](?:[.,;:!?)\]—–-]|\s*$)")
_MAX_SINGLE = 400  # characters: a longer single-quoted passage is a run of apostrophes
_NUMBERS = (
    {w: str(n) for w, n in UNITS_SMALL.items()}
    | {w: str(n) for w, n in ORDINALS.items()}
    | {w: str(UNITS_SMALL[e]) for w, e in CYRILLIC_NUMBER_WORDS.items() if e in UNITS_SMALL}
)


def content_words(text: str) -> tuple[str, ...]:
    """Lower-case words of a quote, marks and punctuation dropped: what a quote says.

    Counts and ordinals become digits, so "second track" and "Track Two" say the same
    (and "за три роки" and "за 3 роки").
    """
    words = _WORD.findall(text.lower())
    if _NUMBERS.keys().isdisjoint(words):
        return tuple(words)
    return tuple(_NUMBERS.get(w, w) for w in words)


# A quotation this short in Ukrainian or Russian is mostly a name in guillemets («Нафтогаз»),
# declined as the sentence needs: «Нафтогаз України» is «Нафтогазу України».
SHORT_QUOTE = 3


def same_quote(a: tuple, b: tuple) -> bool:
    """Two quote keys with the same words, in any order ("second track", "Track Two"), or
    a short one in Cyrillic whose words differ only in their case endings."""
    if a == b or sorted(a[1]) == sorted(b[1]):
        return True
    return len(a[1]) == len(b[1]) <= SHORT_QUOTE and sorted(map(cyrillic_stem, a[1])) == sorted(
        map(cyrillic_stem, b[1])
    )


def _is_opening(text: str, i: int) -> bool:
    ch = text[i]
    if ch in "“«„":
        return ch != "“" or i == 0 or not text[i - 1].isalnum()
    if ch in "”»":
        return False
    return i == 0 or text[i - 1] in _OPENERS_BEFORE or (i + 1 < len(text) and text[i - 1] in '"“«')


def may_hold_quotes(text: str) -> bool:
    """Whether ``text`` may hold a quotation (a cheap test: a double mark, or a single one
    at a word start)."""
    return _MARK.search(text) is not None or next(_single_openers(text), None) is not None


def _single_openers(text: str) -> Iterator[int]:
    if "'" not in text and "‘" not in text:
        return
    for m in _SINGLE_OPEN.finditer(text):
        i = m.start()
        if i == 0 or text[i - 1].isspace() or text[i - 1] in _SINGLE_AFTER:
            yield i


def extract_quotes(text: str) -> list[Item]:
    """Each quotation, marks included in the span, keyed by its words, in text order."""
    doubles = _double_quotes(text)
    singles = _single_quotes(text, [(q.start, q.end) for q in doubles])
    if not singles:
        return doubles
    return sorted(doubles + singles, key=lambda q: q.start)


# Words that introduce the title of a work, a slogan or a named plan before its marks.
_WORK_BEFORE = re.compile(
    r"\b(?:film|movie|book|novel|memoir|song|single|album|series|show|documentary|play|opera"
    r"|musical|painting|poem|podcast|titled|entitled|slogan|campaign|operation|programme"
    r"|program|initiative|report|exhibition|festival)[ \u00a0]+$",
    re.IGNORECASE,
)
# One to three capitalised words in marks, nothing else: the name of a company, a club or a
# party as Ukrainian and Russian outlets write it («Нафтогаз України»), no quotation.
_NAME_IN_MARKS = re.compile(
    r"[«\"“„]\s*[A-ZА-ЯЁЄІЇҐ][\w’'-]*(?:\s+[A-ZА-ЯЁЄІЇҐ][\w’'-]*){0,2}\s*[»\"”“]"
)
_SMALL_WORDS = frozenset("a an the of on in at to for and or but by with from as".split())


def quoted_name(quote: Item) -> bool:
    """Whether a Ukrainian or Russian quotation is a name in marks ("«Нафтогаз України»")."""
    return has_cyrillic(quote.text) and _NAME_IN_MARKS.fullmatch(quote.text) is not None


def names_a_work(text: str, quote: Item) -> bool:
    """Whether ``quote`` is the title of a work, a slogan or a plan, in title case after a
    word that introduces one ('the film "All Quiet on the Western Front"'): it quotes
    nobody, so its marks may come and go; another title in its place is still a change."""
    if quoted_name(quote):
        return True  # «Нафтогаз», «Парі Сен-Жермен»: Ukrainian and Russian mark names so
    if not _WORK_BEFORE.search(text, max(0, quote.start - 30), quote.start):
        return False
    words = [w.strip("\"“”«»„‘’'.,!?:;") for w in quote.text.split()]
    words = [w for w in words if w]
    return 1 <= len(words) <= 12 and all(
        w[0].isupper() or w[0].isdigit() or w.lower() in _SMALL_WORDS for w in words
    )


def _single_quotes(text: str, doubles: list[tuple[int, int]]) -> list[Item]:
    """Passages in single marks outside the ``doubles`` spans (a quote within a quote is
    part of it), each opened at a word start and closed in its own paragraph."""
    out: list[Item] = []
    end = 0
    for i in _single_openers(text):
        if i < end or any(s <= i < e for s, e in doubles):
            continue
        close = _closing_single(text, i + 1)
        if close is not None:
            _add(out, text, i, close + 1)
            end = close + 1
    return out


def _closing_single(text: str, at: int) -> int | None:
    """Where the single quote opened just before ``at`` closes, if it does in its paragraph."""
    para = _PARAGRAPH.search(text, at)
    limit = min(para.start() if para else len(text), at + _MAX_SINGLE)
    closers = [m.start() for m in _SINGLE_CLOSE.finditer(text, at, limit)]
    for k, c in enumerate(closers):
        plural_possessive = text[c - 1] == "s" and not _AT_STOP.match(text, c)
        if plural_possessive and any(_AT_STOP.match(text, d) for d in closers[k + 1 :]):
            continue
        if _MARK.search(text, at, c):
            return None  # a double quote inside: the marks are apostrophes after all
        return c
    return None


def _double_quotes(text: str) -> list[Item]:
    out: list[Item] = []
    para_start = 0
    bounds = [m.start() for m in _PARAGRAPH.finditer(text)] + [len(text)]
    open_at: int | None = None
    marks = [m.start() for m in _MARK.finditer(text)]
    if not marks:
        return out
    bi = 0
    for i in marks:
        while bounds[bi] < i:
            if open_at is not None:
                _add(out, text, open_at, bounds[bi])
                open_at = None
            para_start = bounds[bi]
            bi += 1
        if _is_opening(text, i):
            if open_at is None:
                open_at = i
        elif open_at is not None:
            _add(out, text, open_at, i + 1)
            open_at = None
        else:  # closed with no opening mark: quoted since the paragraph or last quote began
            start = max(para_start, out[-1].end if out else 0)
            while start < i and not (text[start].isalnum() or text[start] in "\"“«„‘'"):
                start += 1  # spaces, or the stop and bullet after the last quote
            _add(out, text, start, i + 1)
    if open_at is not None:
        _add(out, text, open_at, bounds[bi])
    return out


def _add(out: list[Item], text: str, start: int, end: int) -> None:
    while end > start and text[end - 1].isspace():
        end -= 1
    words = content_words(text[start:end])
    if words:
        out.append(Item(FlagKind.QUOTE, start, end, text[start:end], ("quote", words)))
