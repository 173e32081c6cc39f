"""Names that an acronym on the other side spells out, lower-case inner words and all.

Ukrainian and Russian institutions capitalise only their first word and the places in
them ("Національний банк України" is the "НБУ", "Служба безпеки України" the "СБУ"), so
a capitalised run finds "України" alone, and "України" / "НБУ" would read as one name
replacing another. Only an acronym standing on the other side says how many words the
name has; the words before the run are read then, and only then.
"""

from __future__ import annotations

import re

from viewer.engine.facts_name_match import spells
from viewer.engine.facts_names import name_key
from viewer.engine.facts_numbers import Item
from viewer.engine.model import FlagKind

__all__ = ["spell_out_acronyms"]

# An acronym: one word of two to six letters written in capitals; as many words around.
_LONGEST = 6
# The words just before a name, in its sentence: letters, apostrophes and hyphens.
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’-]*)[ \u00a0]+$")
_WORD_AFTER = re.compile(r"[ \u00a0]+[^\W\d_][\w'’-]*(?![\w'’-])")
Facts = dict[FlagKind, list[Item]]
# A name's opening word in capitals that qualifies the body after it ("U.S.", "UK", "EU").
_QUALIFIER = re.compile(r"(?:[A-Z]\.){2,3}[ \u00a0]+|[A-Z]{2,3}[ \u00a0]+")


def spell_out_acronyms(facts: Facts, text: str, other: Facts, other_text: str) -> None:
    """Grow, in ``facts`` (of ``text``), each name that an acronym of ``other`` spells out
    over the words around it: "України" becomes "Національний банк України" where the other
    side says "НБУ", so the two match as one name; so does a source ("Федеральная" said
    it, of "Федеральная служба безопасности", where the other side says "ФСБ")."""
    acronyms = [a for key, span in _names(other) if (a := _acronym(key, other_text, span))]
    if not acronyms:
        return
    grown: list[Item] = []
    names = [_grown(n, text, acronyms, grown) for n in facts.get(FlagKind.NAME, [])]
    sources = []
    for z in facts.get(FlagKind.ATTRIBUTION, []):
        if z.key[0] == "name":
            g = _spelled_out(z, text, acronyms) or next(
                (g for g in grown if g.start <= z.start and z.end <= g.end), None
            )
            if g is not None:
                z = z._replace(
                    start=g.start, end=g.end, text=g.text, key=("name", g.key, *z.key[2:])
                )
                grown.append(g)
        sources.append(z)
    if not grown:
        return
    spans = {(z.start, z.end) for z in sources}
    facts[FlagKind.NAME] = [
        n
        for n in names
        if (n.start, n.end) not in spans and not any(g != n and _inside(n, g) for g in grown)
    ]
    if FlagKind.ATTRIBUTION in facts:
        facts[FlagKind.ATTRIBUTION] = sources


def _grown(x: Item, text: str, acronyms: list[str], grown: list[Item]) -> Item:
    g = _spelled_out(x, text, acronyms)
    if g is None:
        return x
    grown.append(g)
    return g


def _names(facts: Facts) -> list[tuple[tuple, tuple[int, int]]]:
    """Name keys of a side and their spans: its names and the names that say something."""
    out = [(n.key, (n.start, n.end)) for n in facts.get(FlagKind.NAME, [])]
    out += [
        (z.key[1], (z.start, z.end))
        for z in facts.get(FlagKind.ATTRIBUTION, [])
        if z.key[0] == "name"
    ]
    return out


def _acronym(key: tuple, text: str, span: tuple[int, int]) -> str | None:
    """The acronym a name is ("НБУ") or ends with after a short qualifier in capitals
    ("FDA" of "U.S. FDA", as wire copy writes "the U.S. Food and Drug Administration")."""
    written = text[span[0] : span[1]].split()
    if len(key) == 2 == len(written) and _written_in_capitals(written[0]):
        key, written = key[1:], written[1:]
    if len(key) != 1 or len(written) != 1:
        return None
    word = written[0]
    short = _written_in_capitals(word) and sum(map(str.isalpha, word)) <= _LONGEST
    return key[0] if short else None


def _written_in_capitals(word: str) -> bool:
    """Whether ``word`` has two letters or more, all capitals ("НБУ", "U.N.", "J&J")."""
    return word.isupper() and sum(c.isalpha() for c in word) >= 2


def _inside(n: Item, g: Item) -> bool:
    return g.start <= n.start and n.end <= g.end


def _spelled_out(x: Item, text: str, acronyms: list[str]) -> Item | None:
    """``x`` grown over the words around it, in its clause, into a name one of
    ``acronyms`` abbreviates, opening with a capital; None if there is none."""
    own = x.start  # where the spelled-out words begin: after a qualifier ("U.S. Food")
    qualifier = _QUALIFIER.match(x.text)
    if qualifier and qualifier.end() < len(x.text):
        own += qualifier.end()
    first = text[own : own + 1].lower()
    if not any(first in a for a in acronyms):
        return None  # the name's own first word gives no letter of any acronym
    starts, at = [own], x.start
    for _ in range(_LONGEST):
        word = _WORD_BEFORE.search(text, max(0, at - 40), at)
        if word is None:
            break
        at = word.start(1)
        starts.append(at)
    ends, at = [x.end], x.end
    for _ in range(_LONGEST):
        word = _WORD_AFTER.match(text, at)
        if word is None:
            break
        at = word.end()
        ends.append(at)
    initials = {a[0].lower() for a in acronyms}
    for start in starts:
        if not text[start].isupper() or text[start].lower() not in initials:
            continue  # "банк" in "Національний банк України": an inner word
        for end in ends:
            phrase = text[start:end]
            if (start, end) != (x.start, x.end) and any(_abbreviates(a, phrase) for a in acronyms):
                start = min(start, x.start)  # the qualifier stays part of the name
                return Item(x.kind, start, end, text[start:end], name_key(text[start:end]))
    return None


def _abbreviates(acronym: str, phrase: str) -> bool:
    """Whether ``acronym`` is made of the first letters of ``phrase``'s words, joining
    words ("of", "do") aside: "НБУ" of "Національний банк України", "BCB" of "Banco Central
    do Brasil", "ДСНС" of "Державна служба з надзвичайних ситуацій"; a hyphenated word
    may give two ("УПЛ", "Українська Прем'єр-ліга"). Never a phrase holding an acronym
    ("US and States" spells no "US")."""
    if any(_written_in_capitals(w) for w in phrase.split()):
        return False
    letters = acronym.replace(".", "").replace("&", "").lower()
    return spells(letters, phrase.lower().split())
