"""Left-over names that were not replaced: an owner of what the other side names itself,
and a name the other side's counterpart sentence still holds."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from viewer.engine.facts_context import Side
from viewer.engine.facts_cyrillic import cyrillic_stem, has_cyrillic
from viewer.engine.facts_name_match import BODIES, spells
from viewer.engine.facts_names import TITLE_MARK
from viewer.engine.facts_numbers import Item

__all__ = ["names_to_pair"]


def names_to_pair(
    a: Side, xs: list[Item], b: Side, ys: list[Item]
) -> tuple[list[Item], list[Item]]:
    """The left-over names of two sides that may have replaced one another."""
    xs, ys = without_lone_owners(a.text, xs, b.text, ys)
    xs, ys = _halves_apart(a, xs, b, ys)
    return not_named_there(a, xs, b, ys)


def _halves_apart(
    a: Side, xs: list[Item], b: Side, ys: list[Item]
) -> tuple[list[Item], list[Item]]:
    """The left-over names without two that are halves of one name written whole in
    either article: "the A321 crew" / "the Airbus pilots" beside "an Airbus A321"."""
    for x in list(xs):
        whole = next((y for y in ys if _one_name_of(x.text, y.text, a, b)), None)
        if whole is not None:
            xs, ys = [v for v in xs if v is not x], [v for v in ys if v is not whole]
    return xs, ys


def _one_name_of(x: str, y: str, a: Side, b: Side) -> bool:
    if x == y or " " in x or " " in y:
        return False
    return any(
        (x, y) in pairs or (y, x) in pairs
        for pairs in map(_side_by_side, (a.document or a.text, b.document or b.text))
    )


# A word opening with a capital or a digit ("Airbus", "A321", "Київ").
_CAPITALISED = re.compile(r"(?<![\w’'-])[A-ZА-ЯЁЄІЇҐ0-9][\w’'-]*")


@lru_cache(maxsize=4)
def _side_by_side(text: str) -> frozenset[tuple[str, str]]:
    """Every two capitalised words (or digits) of ``text`` that stand side by side, once
    per article: looked up for each pair of left-over names."""
    words = [(m.start(), m.end(), m.group()) for m in _CAPITALISED.finditer(text)]
    return frozenset(
        (x, y) for (_, end, x), (start, _, y) in pairwise(words) if text[end:start].isspace()
    )


def not_named_there(
    a: Side, xs: list[Item], b: Side, ys: list[Item]
) -> tuple[list[Item], list[Item]]:
    """The left-over names to pair, without those the other side's most similar sentence
    names too: "В Курске" retold as "Администрация Курска сообщила" kept its name (as a
    source), so it did not become "БПЛА" there. When names on both sides stand on the
    other too, they traded places ('said Smith, adding that Jones agreed' / 'said Jones,
    adding that Smith agreed') and all are kept. A titled name is kept: its title is what
    may have changed ("former President Trump")."""
    if not xs or not ys:
        return xs, ys  # a name is only ever flagged as replaced by another
    there_x = [x for x in xs if _named_in(x, a, b)]
    there_y = [y for y in ys if _named_in(y, b, a)]
    if there_x and there_y:
        return xs, ys
    return [x for x in xs if x not in there_x], [y for y in ys if y not in there_y]


def _named_in(x: Item, side: Side, other: Side) -> bool:
    """Whether ``x`` stands capitalised, in the same order, in ``other``'s sentence most
    like its own, Ukrainian and Russian words in any case ("Курске" / "Курска"), or an
    acronym is spelled out there in words of any case ("ППО", "протиповітряна оборона")."""
    if any(w.startswith(TITLE_MARK) for w in x.key):
        return False
    written, acronym = _written(x.text), _ACRONYM.fullmatch(x.text) is not None
    if not acronym and written.search(other.text) is None:
        return False  # nowhere on the other side: no sentence to look for
    index = other.best_sentence(side.words_of(side.sentence_of(x.start)), _COUNTERPART)
    if index is None:
        return False
    start, end = other.sentence_span(index)
    if any(
        not _in_a_name_both_keep(side.text, other.text, m)
        for m in written.finditer(other.text, start, end)
    ):
        return True
    return acronym and _spelled_in(x.text, other.text[start:end])


_RUN_BEFORE = re.compile(r"(?:[A-ZА-ЯЁЄІЇҐ][\w'’-]*[ \u00a0]+)+$")
_RUN_AFTER = re.compile(r"(?:[ \u00a0]+[A-ZА-ЯЁЄІЇҐ][\w'’-]*)+")


def _in_a_name_both_keep(own: str, text: str, m: re.Match[str]) -> bool:
    """Whether the words ``m`` found in ``text`` belong to a longer capitalised name that
    ``own`` holds too: "Facebook" in "Facebook Marketplace", kept on both sides, says
    nothing of a "Facebook" swapped for "Instagram" elsewhere in the sentence."""
    before = _RUN_BEFORE.search(text, max(0, m.start() - 40), m.start())
    after = _RUN_AFTER.match(text, m.end())
    if before is None and after is None:
        return False
    run = text[before.start() if before else m.start() : after.end() if after else m.end()]
    return run in own


_ACRONYM = re.compile(r"[A-ZА-ЯЁЄІЇҐ]{2,6}")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _spelled_in(acronym: str, sentence: str) -> bool:
    """Whether consecutive words of ``sentence`` spell ``acronym`` (joining words aside)."""
    letters = acronym.lower()
    words = [w.lower() for w in _WORD.findall(sentence)]
    return any(
        spells(letters, words[i : i + n])
        for i, w in enumerate(words)
        if w.startswith(letters[0])
        for n in range(len(letters) - 1, len(letters) + 3)
    )


# How alike the other side's sentence must be to count as this one's counterpart.
_COUNTERPART = 0.3


@lru_cache(maxsize=4096)
def _written(name: str) -> re.Pattern[str]:
    """A pattern for ``name`` as written, a Cyrillic word with any case ending."""
    words = [w.strip(".,'’") for w in name.split()]
    parts = [
        re.escape(cyrillic_stem(w)[:1].upper() + cyrillic_stem(w)[1:]) + r"\w*"
        if has_cyrillic(w)
        else re.escape(w) + r"(?:['’]s)?"
        for w in words
        if w
    ]
    return re.compile(r"(?<!\w)" + r"[\s\u00a0]+".join(parts) + r"(?!\w)")


# A possessive after a name and at most three lower-case words naming an office or a body:
# the name owns what the words describe ("Ukraine's parliament", "Russia's top diplomat").
_OWNED = frozenset(
    """
    parliament legislature government cabinet army military navy president minister
    premier diplomat envoy ambassador leader chief regulator watchdog adviser advisor aide
    spokesman spokeswoman spokesperson lawyer lawyers attorney attorneys counsel
    """.split()
)
_POSSESSOR = re.compile(
    r"(?:['’]s|(?<=s)['’])[ \u00a0]+(?:([a-z]+)[ \u00a0]+)?(?:([a-z]+)[ \u00a0]+)?([a-z]+)"
)


def without_lone_owners(
    text_a: str, xs: list[Item], text_b: str, ys: list[Item]
) -> tuple[list[Item], list[Item]]:
    """The names to pair, without those that only own an office the other side names
    itself: "Ukraine's parliament" / "the Verkhovna Rada", "Russia's state nuclear company
    Rosatom" / "the IAEA" (Rosatom is what became the IAEA, not Russia). Owners on both
    sides compare ("Argentina's central bank" / "Brazil's central bank")."""
    owners_x = [_owns_an_office(text_a, x.end) for x in xs]
    owners_y = [_owns_an_office(text_b, y.end) for y in ys]
    if any(owners_x) == any(owners_y):
        return xs, ys
    return (
        [x for x, owner in zip(xs, owners_x, strict=True) if not owner],
        [y for y, owner in zip(ys, owners_y, strict=True) if not owner],
    )


def _owns_an_office(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` only owns the office or body the words after it
    describe ("Ukraine's parliament", "Russia's foreign minister", "Putin's adviser")."""
    found = _POSSESSOR.match(text, end)
    return found is not None and any(
        w in _OWNED or w in BODIES for w in found.groups() if w is not None
    )
