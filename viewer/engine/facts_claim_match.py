"""Whether two sources of a claim are the same: a name, a source phrase, a title the
article gives a named speaker, or the body a spokesperson speaks for."""

from __future__ import annotations

import re

from viewer.engine.facts_aliases import NAME_ALIASES
from viewer.engine.facts_context import Side, whole_word_places
from viewer.engine.facts_name_match import names_equivalent
from viewer.engine.facts_names import CONNECTORS
from viewer.engine.facts_numbers import Item
from viewer.engine.facts_source_phrase import BODY_SOURCES, PAPERS, PLURAL
from viewer.engine.facts_source_words import SOURCE_HEADS

__all__ = [
    "attributions_equivalent",
    "paper_owner",
    "qualified_around",
    "source_class",
    "spoken_for",
    "told_both_ways",
]


def attributions_equivalent(a: tuple, b: tuple) -> bool:
    """Same source: same name, or same kind, qualifiers and (when both say it) count.

    A source phrase's key is ``("source", count, head class, qualifier stems, refers
    back)``; keys derived from one (``spoken_for``) may leave out the last.
    """
    if _bare_voice(a, b) or _bare_voice(b, a):
        return True
    if a[0] == b[0] == "source" and (a[2] in BODY_SOURCES) != (b[2] in BODY_SOURCES):
        a, b = spoken_for(a, officials=True) or a, spoken_for(b, officials=True) or b
    else:
        a, b = spoken_for(a) or a, spoken_for(b) or b
    if a[0] != b[0]:
        name, source = (a, b) if a[0] == "name" else (b, a)
        return (
            _names_the_body(name[1], source)
            or _titled(name, source)
            or _of_the_body(name[1], source)
        )
    if a[0] == "name":
        return names_equivalent(a[1], b[1]) or _role_named(a, b) or _role_named(b, a)
    return (
        (
            source_class(a[2]) == source_class(b[2])
            and _qualifiers_agree(a, b)
            and _counts_agree(a[1], b[1])
        )
        or _paper_of(a, b)
        or _paper_of(b, a)
    )


def _bare_voice(bare: tuple, voiced: tuple) -> bool:
    """Whether "a spokesperson" with nothing said of whom is the other side's spokesperson
    of a body ("A Veltrix spokesperson said" / "a spokesperson said"): one voice, its body
    left to the story."""
    return (
        bare[0] == voiced[0] == "source"
        and bare[2] == voiced[2] == "spokesperson"
        and not bare[3]
        and bare[1] in (None, 1)
        and voiced[1] in (None, 1)
    )


def _role_named(role: tuple, person: tuple) -> bool:
    """Whether a body's speaker told by role only ("a spokeswoman for Vance Motors") is
    the person the other side names with that role at that body ("Vance Motors spokeswoman
    Lena Ortiz"): the same speaker, named."""
    if len(role) < 3 or len(person) < 3 or not role[2]:
        return False
    return set(role[1]) <= person[2] and role[2] <= person[2]


# A study speaks through its authors: "the study found" is "the researchers said".
_SAME_SOURCE = {"study": "researcher"}


def source_class(head: str) -> str:
    """The class a source phrase's head class counts as when two sources are compared."""
    return _SAME_SOURCE.get(head, head)


def _qualifiers_agree(a: tuple, b: tuple) -> bool:
    """Same qualifiers, or one side points back to the body the other side describes in
    full: "the" and the head alone ("the agency said" / "the U.N. health agency"), or a
    person of "the company's" with no qualifier the other lacks ("the company's former
    finance director" / "a former finance director at Carrowmore Freight")."""
    return a[3] == b[3] or any(
        len(k) > 4 and k[4] and k[3] <= other[3] for k, other in ((a, b), (b, a))
    )


# A body's words by their first five letters, as source qualifiers are kept; not "centr"
# of "centre", which is "central" too ("a spokesman for the central bank": the bank).
_BODY_STEMS = {w[:5]: c for w, c in SOURCE_HEADS.items() if c in BODY_SOURCES and w[:5] != "centr"}


def spoken_for(key: tuple, officials: bool = False) -> tuple | None:
    """The body a spokesperson speaks for, as a source key: "a ministry spokesperson" is
    "the ministry", as "a spokesman for the ministry" is; with ``officials``, the body its
    officials speak for too ("zoo officials" may be "the zoo", yet no spokesperson); None
    for any other source."""
    if key[0] != "source" or not (
        (key[2] == "spokesperson" and key[1] in (None, 1)) or (officials and key[2] == "official")
    ):
        return None
    bodies = [(m, _BODY_STEMS[m]) for m in key[3] if m in _BODY_STEMS]
    if len(bodies) != 1:
        return None
    stem, body = bodies[0]
    return ("source", None, body, key[3] - {stem})


def _titled(name: tuple, source: tuple) -> bool:
    """Whether a source phrase ("the foreign minister") is a named speaker's title."""
    titles = name[2]  # every name source carries its titles (_named_source)
    classes = {SOURCE_HEADS.get(t) for t in titles}
    return source[1] in (None, 1) and source[2] in classes and source[3] <= {t[:5] for t in titles}


def _names_the_body(name: tuple, source: tuple) -> bool:
    """Whether a name ("Ministry of Infrastructure", "UN Refugee Agency", "Unite") is the
    body a source phrase describes ("the infrastructure ministry", "the U.N. refugee
    agency", "the Unite union": the name whole, with what it is)."""
    if source[2] not in BODY_SOURCES or source[1] not in (None, 1):
        return False
    words = {w.replace(".", "")[:5] for w in name}
    heads = {SOURCE_HEADS.get(w) for w in name}
    return (source[2] in heads and source[3] <= words) or (bool(words) and source[3] == words)


# People whose words are their body's ("Kremlin officials"); analysts at a bank are not the
# bank ("Analysts at Goldman Sachs said" / "Goldman Sachs said" is another source).
_SPEAK_FOR_A_BODY = frozenset({"researcher", "official", "spokesperson", "representative"})


def _of_the_body(name: tuple, source: tuple) -> bool:
    """Whether a source phrase is the people or the papers of the body a name names whole:
    "World Weather Attribution scientists" / "World Weather Attribution" ("scientists with
    World Weather Attribution said"), "Kremlin officials" / "the Kremlin", "according to
    UN estimates" / "the UN estimated"; one of its people is not ("a senior Hamas official
    told Reuters" / "Hamas said")."""
    words = {w.replace(".", "")[:5] for w in name if w not in CONNECTORS}
    if not source[3] or source[3] != words:
        return False
    return (source[2] in _SPEAK_FOR_A_BODY and source[1] != 1) or source[2] in PAPERS


def _paper_of(paper: tuple, body: tuple) -> bool:
    """Whether a paper is the body's own: "according to a company filing" is "the company
    said in a filing", "a police report" is "police said"."""
    return (
        body[2] in BODY_SOURCES
        and body[1] in (None, 1)
        and paper_owner(paper) == body[2]
        and body[3] <= paper[3]
        and (len(paper[3] - body[3]) == 1 or paper[3] <= _MARKET_FILINGS)
    )


# What a listed company files with its market ("a securities filing", "a stock exchange
# filing", "a regulatory filing"): the company's own paper, as "a company filing" is.
_MARKET_FILINGS = frozenset({"secur", "regul", "excha", "stock"})


def paper_owner(key: tuple) -> str | None:
    """The class of the body a paper belongs to ("a company filing": "company"), when one
    of its qualifiers is a body's word or it is a filing with a market; None for any
    other source."""
    if key[0] != "source" or key[2] not in PAPERS:
        return None
    owner = next((_BODY_STEMS[m] for m in key[3] if m in _BODY_STEMS), None)
    if owner is None and key[2] == "document" and key[3] and key[3] <= _MARKET_FILINGS:
        return "company"
    return owner


def _counts_agree(x: int | str | None, y: int | str | None) -> bool:
    """A count unsaid agrees with any; "sources" with any number above one."""
    if x is None or y is None or x == y:
        return True
    if PLURAL in (x, y):
        other = y if x == PLURAL else x
        return isinstance(other, int) and other >= 2
    return False


def qualified_around(a: Side, x: Item, b: Side, y: Item) -> bool:
    """Whether two source phrases of one kind differ only by places that the other side's
    sentence names: "the regional health office" after "Health authorities in Bavaria" is
    "the Bavarian regional health office". Only a place ("in", "of", "from" a capitalised
    word): "one source told Western media" is no "Western media source"."""
    if not (x.key[0] == y.key[0] == "source" and x.key[1:3] == y.key[1:3]):
        return False
    only_x, only_y = x.key[3] - y.key[3], y.key[3] - x.key[3]
    return bool(only_x or only_y) and only_x <= _around(b, y) and only_y <= _around(a, x)


def _around(side: Side, item: Item) -> set[str]:
    """The words of a source's sentence that may qualify it from elsewhere: places, what
    it speaks for, bodies, acronyms spelled out and owners ("Lorvania's health ministry")."""
    return (
        _places(side, item)
        | _described(side, item)
        | _entities_named(side, item)
        | _spelled(side, item)
        | _owners(side, item)
    )


def _owners(side: Side, item: Item) -> set[str]:
    """The capitalised owners in ``item``'s sentence ("Lorvania's"), by five letters."""
    s, e = side.sentence_span(side.sentence_of(item.start))
    return {m.group(1).lower()[:5] for m in _OWNER.finditer(side.text, s, e)}


def told_both_ways(a: Side, x: Item, b: Side, y: Item) -> bool:
    """Whether each source stands, word for word, in the other one's sentence: a sentence
    turned around its two sources ("the ministry estimated 1.28 million, while the union
    put it at 3.5 million" / "3.5 million according to the union, whereas the ministry's
    estimate was 1.28 million") kept both, though only one reads as a source each side."""
    return _in_sentence(b, y.start, x.text) and _in_sentence(a, x.start, y.text)


def _in_sentence(side: Side, at: int, words: str) -> bool:
    s, e = side.sentence_span(side.sentence_of(at))
    return (
        next(whole_word_places(side.text[s:e], " ".join(words.lower().split())), None) is not None
    )


# What a source speaks for or belongs to, right after it: "a spokesperson for the fire
# brigade" is "a fire brigade spokesperson".
_DESCRIBED = re.compile(
    r"[ \u00a0]+(?:of|for)[ \u00a0]+(?:the[ \u00a0]+)?((?:[^\W\d_][\w'’-]*[ \u00a0]*){1,3})"
)


def _described(side: Side, item: Item) -> set[str]:
    """The words of the "for" or "of" phrase after a source, by their first five letters."""
    m = _DESCRIBED.match(side.text, item.end)
    return set() if m is None else {w.lower()[:5] for w in m.group(1).split()}


# Countries and bodies a source may be qualified by ("the Dutch defence ministry"), by the first
# five letters of their names, as qualifiers are kept: the entities with other names ("Dutch").
_OTHER_NAMED_STEMS = frozenset(k.replace(".", "")[:5] for k in set(NAME_ALIASES.values()))
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")


def _entities_named(side: Side, item: Item) -> set[str]:
    """The countries and bodies with other names that ``item``'s sentence names anywhere
    ("The Netherlands has ordered ... the defence ministry said" tells whose ministry)."""
    s, e = side.sentence_span(side.sentence_of(item.start))
    found = set()
    for m in _CAPITALISED.finditer(side.text, s, e):
        stem = NAME_ALIASES.get(m.group().lower(), m.group().lower()).replace(".", "")[:5]
        if stem in _OTHER_NAMED_STEMS:
            found.add(stem)
    return found


_PLACE = re.compile(r"\b(?:in|of|from)\s+(?:the\s+)?([A-Z][\w'’-]*)")
# A capitalised run whose initials may be an acronym: "Democratic Republic of Congo's".
_OWNER = re.compile(r"\b([A-Z][\w-]*)['’]s\b")
_ARTICLES = frozenset({"The", "A", "An"})
_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|the|and|for)\s+)*[A-Z][\w'’-]*)+")


def _spelled(side: Side, item: Item) -> set[str]:
    """The acronyms that the capitalised runs of ``item``'s sentence spell ("DRC" for
    "the Democratic Republic of Congo's health minister"), lower case."""
    s, e = side.sentence_span(side.sentence_of(item.start))
    return {
        "".join(w[0] for w in m.group().split() if w[0].isupper() and w not in _ARTICLES).lower()
        for m in _RUN.finditer(side.text, s, e)
    }


def _places(side: Side, item: Item) -> set[str]:
    """The places named in ``item``'s sentence, by their first five letters."""
    s, e = side.sentence_span(side.sentence_of(item.start))
    return {m.group(1).lower()[:5] for m in _PLACE.finditer(side.text, s, e)}
