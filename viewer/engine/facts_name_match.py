"""Whether two name keys name one entity: stems, transliterations, initials, designators."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from viewer.engine.facts_aliases import NAME_ALIASES
from viewer.engine.facts_cyrillic import cyrillic_stem
from viewer.engine.facts_name_fold import fold, name_stems, stems_agree
from viewer.engine.facts_names import CONNECTORS, TITLE_MARK

__all__ = [
    "BODIES",
    "name_buckets",
    "names_equivalent",
    "retitled",
    "same_first_name",
    "same_head",
    "short_form",
    "spells",
]


def names_equivalent(a: tuple, b: tuple) -> bool:
    """Same entity: equal keys, an acronym and its initials, every word of one name in the
    other, or three words shared.

    Words compare by stem, so "Russian" is "Russia". "Trump" is "Donald Trump" (but "Japan"
    is not the "Japan Meteorological Agency"), "WHO" the "World Health Organization", and
    the "US National Security Council" the "White House National Security Council". One or
    two shared words are not enough: "North Korea" is not "South Korea", "Bill Clinton" not
    "Hillary Clinton", the "Russian Foreign Ministry" not the "Russian Finance Ministry".
    """
    if a == b:
        return True
    a, b = short_form(a), short_form(b)
    if a == b:
        return True
    if a[:1] == (TITLE_MARK,) or b[:1] == (TITLE_MARK,):
        titled_a, titled_b = a, b
        (ta, a), (tb, b) = _titles(a), _titles(b)
        if _titles_conflict(ta, tb):
            return False  # "Former President Trump" / "President Trump"; "Defence" / "Foreign"
        if _initials_of(a, _spelled(titled_b)) or _initials_of(b, _spelled(titled_a)):
            return True  # "GM" is "General Motors", whose "General" reads as a title
    if a == b or _initials_of(a, b) or _initials_of(b, a):
        return True
    # "US WTI", "U.S. West Texas ..."; "Харківська ОВА", "Харківській обласній військовій ..."
    shared_first = len(a) > 1 and len(b) > 1 and (a[0] == b[0] or _stem_of_cyrillic(a[0], b[0]))
    if shared_first and (_initials_of(a[1:], b[1:]) or _initials_of(b[1:], a[1:])):
        return True
    if _qualified_initials(a, b) or _qualified_initials(b, a):
        return True  # "U.S. FDA" where the other side names no country
    if _other_surname(a, b):
        return False
    sa, sb = name_stems(a), name_stems(b)
    if not (sa and sb):
        return False
    if len(sa & sb) >= 3:
        return True
    if sa == sb:
        return True  # "Velyka Pysarivka" / "Velikaya Pisarevka": one place transliterated
    # Held in a longer name: "Russia" of the "Russian Foreign Ministry", not "Medicaid" of
    # "Vantor Medical".
    if sa < sb and _held_in(sa, b) and stems_agree(a, b):
        return True
    return sb < sa and _held_in(sb, a) and stems_agree(b, a)


# Ukrainian and Russian short forms of bodies, by the stems of their words: "Мінфін" is the
# "Міністерство фінансів", "Нацбанк" the "НБУ", "Єврокомісія" the "Європейська комісія".
_SHORT_FORMS = {
    ("мінфін",): ("міністерств", "фінанс"),
    ("минфин",): ("министерств", "финанс"),
    ("мінекономік",): ("міністерств", "економік"),
    ("минэкономразвит",): ("министерств", "экономическ", "развит"),
    ("мінюст",): ("міністерств", "юстиц"),
    ("минюст",): ("министерств", "юстиц"),
    ("мінрозвитк",): ("міністерств", "розвитк", "громад"),
    ("нацбанк",): ("нбу",),
    ("національн", "банк"): ("нбу",),
    ("національн", "банк", "україн"): ("нбу",),
    ("центробанк",): ("цб",),
    ("банк", "росси"): ("цб",),  # the Bank of Russia is the central bank
    ("центробанк", "росси"): ("цб",),
    ("цб", "росси"): ("цб",),  # "ЦБ РФ" ("РФ" is Russia)
    ("мосбирж",): ("московск", "бирж"),
    ("євросоюз",): ("єс",),
    ("евросоюз",): ("ес",),
    ("єврокоміс",): ("європейськ", "коміс"),
    ("еврокомисси",): ("европейск", "комисси"),
    ("європарламент",): ("європейськ", "парламент"),
    ("европарламент",): ("европейск", "парламент"),
    ("міноборон",): ("міністерств", "оборон"),
    ("миноборон",): ("министерств", "оборон"),
    ("міненерг",): ("міністерств", "енергетик"),
    ("минэнерг",): ("министерств", "энергетик"),
    ("мінцифр",): ("міністерств", "цифр", "трансформац"),
    ("мінкультур",): ("міністерств", "культур"),
    ("мінветеран",): ("міністерств", "ветеран"),
    ("мінінфраструктур",): ("міністерств", "інфраструктур"),
    ("мінсоцполітик",): ("міністерств", "соціальн", "політик"),
    ("мінагрополітик",): ("міністерств", "аграрн", "політик"),
    ("минздрав",): ("министерств", "здравоохранени"),
    ("кабмін",): ("кабінет", "міністр"),
    ("кабмин",): ("кабинет", "министр"),
    ("генштаб",): ("генеральн", "штаб"),
    ("держстат",): ("державн", "служб", "статистик"),
    ("росстат",): ("федеральн", "служб", "государственн", "статистик"),
    ("нацполіц",): ("національн", "поліц"),
    ("держприкордонслужб",): ("державн", "прикордонн", "служб"),
    ("генпрокуратур",): ("генеральн", "прокуратур"),
    ("генпрокурор",): ("генеральн", "прокурор"),
    ("центризбирк",): ("цик",),
    ("нацгвард",): ("національн", "гвард"),
    ("генштаб", "зсу"): ("генеральн", "штаб"),
    ("генеральн", "штаб", "зсу"): ("генеральн", "штаб"),
}


_FULL_FORMS = frozenset(_SHORT_FORMS.values())


@lru_cache(maxsize=8192)
def short_form(key: tuple) -> tuple:
    """A Ukrainian or Russian name key with a short form spelled out (see _SHORT_FORMS):
    two keys equal after it name one body for sure. Cached: matching asks it of every
    pair of names, and their buckets."""
    if not key or not key[0][:1].isalpha() or key[0].isascii():
        return key
    plain = tuple(map(cyrillic_stem, key))
    stems = tuple(
        _region(cyrillic_stem(NAME_ALIASES[w])) if w in NAME_ALIASES else _region(s)
        for w, s in zip(key, plain, strict=True)
    )
    found = _SHORT_FORMS.get(stems)
    if found is None and len(stems) > 1 and stems[:1] in _SHORT_FORMS:
        found = _SHORT_FORMS[stems[:1]] + stems[1:]  # "Минобороны России"
    if found is None and len(stems) > 1 and any((w,) in _SHORT_FORMS for w in stems[1:]):
        # "Офіс генпрокурора" is the "Офіс генерального прокурора"
        found = tuple(w for st in stems for w in _SHORT_FORMS.get((st,), (st,)))
    if found is not None:
        return found
    # Stems when an alias or a region's short form changed a word, so they compare
    return stems if stems in _FULL_FORMS or stems != plain else key


def _region(stem: str) -> str:
    """A Ukrainian region told by its short form, as its adjective: "Київщина" is the
    "Київська" (область), "Донеччина" the "Донецька"."""
    if stem.endswith("ччин"):
        return stem[:-4] + "цьк"
    if stem.endswith("щин") and len(stem) > 5:
        return stem[:-3] + "ськ"
    return stem


def _other_surname(a: tuple, b: tuple) -> bool:
    """Whether two names are one first name with two surnames that only begin alike
    ("Marta Kowalczyk" / "Marta Kowalska"): words compare by their first five letters,
    which would make them one. A spelling ("Zelensky" / "Zelenskiy", "Szijjarto" /
    "Szijjártó") differs in a letter or two; another surname in three or more."""
    pa, pb = _person_words(a), _person_words(b)
    if len(pa) != 2 or len(pb) != 2 or pa[0] != pb[0] or pa[1] == pb[1]:
        return False
    return pa[1][:5] == pb[1][:5] and _edits(pa[1], pb[1]) >= 3


def _person_words(key: tuple) -> list[str]:
    """A name's words without titles ("~president", "dr.")."""
    return [w for w in key if not w.startswith(TITLE_MARK) and w.rstrip(".") != "dr"]


def _edits(x: str, y: str) -> int:
    """Levenshtein distance between two short words."""
    row = list(range(len(y) + 1))
    for i, cx in enumerate(x, 1):
        prev, row[0] = row[0], i
        for j, cy in enumerate(y, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (cx != cy))
    return row[-1]


def _stem_of_cyrillic(x: str, y: str) -> bool:
    """Whether two Cyrillic words are one word in two cases ("Харківська", "Харківській")."""
    return cyrillic_stem(x) == cyrillic_stem(y) != x


# Last words of names of bodies: a place inside such a name is not the body ("Japan" is
# not the "Japan Meteorological Agency"), while "Trump" is "Donald Trump".
BODIES = frozenset(
    """
    agency ministry council court office party university institute bank company corporation
    commission committee conference survey service department union organization organisation
    authority board fund forum parliament assembly government army force forces police group
    association center centre network times post journal news tribune herald guardian
    """.split()
)


# Last words that only say what kind of body the rest of the name is: "Labour" is the
# "Labour Party", "Boeing" the "Boeing Company".
_DESIGNATORS = frozenset(
    "party company corporation group holdings co co. corp corp. inc inc. ltd ltd. plc llc".split()
)


def _held_in(stems: frozenset[str], longer: tuple) -> bool:
    """Whether a name whose stems all stand in ``longer`` names the same thing."""
    if longer[-1] in _DESIGNATORS and len(longer) > 1 and stems == name_stems(longer[:-1]):
        return True
    return longer[-1] not in BODIES or fold(longer[-1])[:5] in stems


def _initials_of(short: tuple, long: tuple) -> bool:
    """Whether ``short`` is an acronym of ``long`` ("WHO", "World Health Organization")."""
    if len(short) != 1 or len(long) < 2:
        return False
    return spells(short[0].replace(".", "").replace("&", ""), long)  # "J&J": Johnson & Johnson


def spells(letters: str, words: Sequence[str]) -> bool:
    """Whether lower-case ``letters`` are the initials of lower-case ``words``: joining
    words aside ("of", "for", "з", "по": "CDC", "ДСНС", "МЧС"), or only those of names
    when the acronym takes a letter of one; a hyphenated word may give two ("УПЛ" is
    "Українська Прем'єр-ліга")."""
    for skipped in _SKIP_CHOICES:
        kept = [w for w in words if w not in skipped]
        if len(letters) == len(kept) + 1:
            kept = [part for w in kept for part in _parts(w)]
        if len(letters) == len(kept) and all(
            w.startswith(c) for c, w in zip(letters, kept, strict=True)
        ):
            return True
    # An acronym opening the name gives all its letters ("UKHSA": UK Health Security
    # Agency, "UNHCR": UN High Commissioner for Refugees).
    first = words[0] if len(words) >= 3 else ""
    return _SHORT_OPENER.fullmatch(first) is not None and (
        letters.startswith(first) and spells(letters[len(first) :], words[1:])
    )


_SHORT_OPENER = re.compile(r"[^\W\d_]{2,3}")
_TWO_LETTER_PREFIXES = ("анти", "anti")  # "ВАКС": "Вищий антикорупційний суд"


def _parts(word: str) -> list[str]:
    """A word's parts that each give an acronym a letter ("Прем'єр-ліга", "анти|корупційний")."""
    if "-" in word:
        return [p for p in word.split("-") if p]
    if word.startswith(_TWO_LETTER_PREFIXES) and len(word) > 6:
        return [word[:4], word[4:]]
    return [word]


def _qualified_initials(short: tuple, long: tuple) -> bool:
    """Whether ``short`` is a two- or three-letter qualifier and an acronym of ``long``
    ("U.S. FDA", "the Food and Drug Administration"; "UK FCA")."""
    return (
        len(short) == 2
        and 2 <= len(short[0]) <= 3
        and short[0].isalpha()
        and _initials_of(short[1:], long)
    )


# Words inside a name ("&" among them) that give no letter of its acronym; in a phrase
# that names a body, also the joining words of its description ("Centers for Disease
# Control", "Державна служба з надзвичайних ситуацій", "Министерство по чрезвычайным
# ситуациям").
_CONNECTING = CONNECTORS | {"and"}
_SKIPPED = _CONNECTING | {"for", "the", "з", "із", "зі", "у", "в", "та", "і", "й", "и", "по"}
# What an acronym may skip, tried in turn: the most, the connectors of names, nothing
# ("BoE" keeps the "of" of "Bank of England").
_SKIP_CHOICES = (_SKIPPED, _CONNECTING, frozenset[str]())


def _initial_words(key: tuple, skipped: frozenset[str] = _CONNECTING) -> list[str]:
    return [w for w in key if w not in skipped]


def retitled(a: tuple, b: tuple) -> bool:
    """Whether two name keys name one person under titles that contradict each other
    ("former Prime Minister Imran Khan" / "Prime Minister Imran Khan")."""
    (ta, na), (tb, nb) = _titles(a), _titles(b)
    return _titles_conflict(ta, tb) and names_equivalent(na, nb)


_FORMER = TITLE_MARK + "former"


def _titles_conflict(ta: frozenset[str], tb: frozenset[str]) -> bool:
    """Whether two titles of one name contradict each other: both name an office or a
    portfolio ("Senator" / "Governor", "Defence" / "Foreign", "President" / "Former
    President"). A title dropped or only a courtesy ("Mr") contradicts nothing."""
    offices_a, offices_b = ta - {TITLE_MARK, _FORMER}, tb - {TITLE_MARK, _FORMER}
    return bool(offices_a and offices_b) and ta != tb


def _spelled(key: tuple) -> tuple:
    """A titled key with its title words put back in front, for its initials."""
    marks, name = _titles(key)
    return tuple(m[len(TITLE_MARK) :] for m in sorted(marks) if m != TITLE_MARK) + name


@lru_cache(maxsize=8192)
def _titles(key: tuple) -> tuple[frozenset[str], tuple]:
    """The title marks of a name key (empty when untitled) and the name's own words."""
    if not key or key[0] != TITLE_MARK:
        return frozenset(), key
    n = 1
    while n < len(key) and key[n].startswith(TITLE_MARK):
        n += 1
    return frozenset(key[:n]), key[n:]


def name_buckets(key: tuple) -> tuple[str, ...]:
    """Strings two name keys share whenever they may name the same entity (stems, initials)."""
    spelled = ()
    if key and key[0] == TITLE_MARK:
        spelled, key = _spelled(key), _titles(key)[1]
    key = short_form(key)  # "Мінфін" shares the buckets of "Міністерство фінансів"
    stems = set(name_stems(key))
    if len(key) >= 2:
        stems.update(_initials(key))
        if any("-" in w or w.startswith(_TWO_LETTER_PREFIXES) for w in key):  # see spells
            parts = [p for w in _initial_words(key) for p in _parts(w)]
            stems.add("".join(p[0] for p in parts)[:5])
    else:
        stems.add(key[0].replace(".", "").replace("&", "")[:5])
    if len(spelled) >= 2:  # "General Motors" may be "GM"
        stems.update(_initials(spelled))
    if len(key) >= 3 and _SHORT_OPENER.fullmatch(key[0]):  # "UKHSA", see spells
        stems.update(key[0] + i for i in _initials(key[1:]))
    return tuple(s[:5] for s in stems)


def _initials(key: tuple) -> set[str]:
    """A key's initials (their first five), once for each way ``spells`` may skip words."""
    return {"".join(w[0] for w in _initial_words(key, skipped))[:5] for skipped in _SKIP_CHOICES}


def same_head(a: tuple, b: tuple) -> bool:
    """Whether two names of several words end in the same word and begin differently
    ("Calder Pharmaceuticals" / "Meridian Pharmaceuticals", "North Korea" / "South
    Korea"): one kind of thing, another one, wherever the sentence put it."""
    wa = [w for w in a if not w.startswith(TITLE_MARK)]
    wb = [w for w in b if not w.startswith(TITLE_MARK)]
    return len(wa) >= 2 and len(wb) >= 2 and wa[-1] == wb[-1] and wa[0] != wb[0]


def same_first_name(a: tuple, b: tuple) -> bool:
    """Whether two names of two words share the first and differ in the last ("Rui
    Castanheira" / "Rui Almeida"): one person's name changed, wherever the rebuilt
    sentence put it."""
    return len(a) == len(b) == 2 and a[0] == b[0] and a[1] != b[1] and TITLE_MARK not in a[0]
